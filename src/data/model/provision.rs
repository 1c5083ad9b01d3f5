//! A provision: one article or section, what it covers and whom it protects,
//! its penalty ladder and where a repeat escalates to.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Prosecution;
use crate::data::model::penalty::{Duration, PenaltyTier};

/// One article or section that bears on sexual harassment.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// Id unique within the file, e.g. `kz-coao-449`.
    pub id: String,
    /// The article or section as cited: `Art. 449`, `s. 3`, `Art. 222-33`.
    pub article: String,
    /// Its heading, in English.
    pub title: String,
    /// Its heading in the original language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_original: Option<String>,
    /// Whether this is sexual harassment proper or a related offence used in
    /// its place. Comparisons never mix the two silently.
    pub offence_kind: OffenceKind,
    /// The kind of liability the provision attaches.
    pub liability: Liability,
    /// The conduct it covers.
    #[serde(default)]
    pub conduct: Vec<Conduct>,
    /// The settings it covers; `anywhere` when not limited.
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// Who is protected.
    #[serde(default)]
    pub protected: Vec<Protected>,
    /// Details on who is protected, in your own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected_note: Option<String>,
    /// Whether the definition rests on lack of consent (unwelcome, unwanted)
    /// or on effect (violates dignity, creates a hostile environment), or both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition_basis: Option<DefinitionBasis>,
    /// A short quote of the official text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<Excerpt>,
    /// What the provision does, in your own words (Markdown).
    pub summary: String,
    /// The ladder of penalties: base offence, aggravated forms, repeat offences.
    #[serde(default)]
    pub penalties: Vec<PenaltyTier>,
    /// Set when the source does not state the penalties (explains an empty ladder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalties_note: Option<String>,
    /// Escalation to another provision (often another kind of liability) on repetition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation: Option<Escalation>,
    /// How the offence is prosecuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prosecution: Option<Prosecution>,
    /// Ids of the sources for this provision.
    pub sources: Vec<String>,
    /// Markdown notes in your own words.
    #[serde(default)]
    pub notes: String,
    /// How this was researched: which texts were read, what could not be
    /// verified, which source a figure follows where sources conflict.
    /// Provenance only; pages show it under "How this was researched" and
    /// exports keep it. Public `notes` and summaries say what the law is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub research: String,
}

/// Sexual harassment proper, or the related offence a provision defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OffenceKind {
    /// An offence, prohibition or duty named and defined as sexual harassment.
    SexualHarassment,
    /// Stalking or persistent pursuit.
    Stalking,
    /// Hooliganism or breach of public order, where it covers accosting.
    Hooliganism,
    /// Compulsion or coercion to sexual acts (e.g. abuse of dependence).
    SexualCoercion,
    /// Sexist or sexual insult (e.g. *outrage sexiste*).
    SexistInsult,
    /// Indecent exposure or exhibitionism.
    IndecentExposure,
    /// Non-consensual intimate images and similar image-based abuse.
    ImageBasedAbuse,
    /// Indecent assault or unwanted sexual touching short of rape.
    IndecentAssault,
    /// Another related offence (explain in `notes`).
    OtherRelated,
}

impl Provision {
    /// Whether the provision protects adults: it is not limited to children.
    /// An empty `protected` list (unknown) counts as general.
    pub fn protects_adults(&self) -> bool {
        self.protected.is_empty() || self.protected.iter().any(|p| *p != Protected::Minors)
    }
}

impl OffenceKind {
    /// Sexual harassment proper, as opposed to a related offence.
    pub fn is_harassment(self) -> bool {
        self == OffenceKind::SexualHarassment
    }
}

/// Kind of liability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Liability {
    /// Criminal liability.
    Criminal,
    /// Administrative-offence liability (fines, administrative arrest).
    Administrative,
    /// Civil liability (damages, injunctions).
    Civil,
    /// Labour or disciplinary liability (employer duties, dismissal).
    Labour,
}

/// Conduct a provision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Conduct {
    /// Remarks, jokes, propositions.
    Verbal,
    /// Gestures, leering, whistling.
    NonVerbal,
    /// Physical contact.
    Physical,
    /// Sexual favours demanded in exchange for a benefit or to avoid a detriment.
    QuidProQuo,
    /// Conduct creating an intimidating, hostile or offensive environment.
    HostileEnvironment,
    /// Persistent pursuit, following, stalking.
    Stalking,
    /// Street harassment, catcalling.
    Street,
    /// Online harassment.
    Online,
    /// Taking or sharing sexual images without consent.
    ImageBased,
    /// Exhibitionism, indecent exposure.
    Exhibitionism,
}

/// Settings a provision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// Employment and the world of work.
    Workplace,
    /// Schools, universities, training.
    Education,
    /// Streets and public places.
    PublicSpace,
    /// Public transport.
    PublicTransport,
    /// Online and by telecommunications.
    Online,
    /// Healthcare.
    Healthcare,
    /// The civil service.
    CivilService,
    /// Provision of goods, services or housing.
    ServicesHousing,
    /// Not limited to any setting.
    Anywhere,
}

/// Who a provision protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Protected {
    /// Any person.
    Anyone,
    /// Employees.
    Employees,
    /// Job applicants.
    JobApplicants,
    /// Students and pupils.
    Students,
    /// Trainees, interns, apprentices, volunteers.
    Trainees,
    /// People in a relationship of dependence or subordination to the offender.
    Dependants,
    /// Children.
    Minors,
    /// Women only.
    Women,
    /// Clients, customers, patients.
    Clients,
}

/// What a definition rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DefinitionBasis {
    /// Lack of consent: unwelcome, unwanted, against the person's will.
    Consent,
    /// Effect: violates dignity, intimidating, hostile, degrading.
    Effect,
    /// Both lack of consent and effect.
    Both,
    /// Neither (e.g. defined by coercion or by the act alone).
    Neither,
}

/// A short quote of official text.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Excerpt {
    /// The words of the statute, quoted exactly and briefly.
    pub text: String,
    /// ISO 639-1 language of the quote.
    pub lang: String,
    /// Id of the source quoted (default: the provision's first source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Escalation to another provision on repetition, e.g. an administrative
/// offence that becomes a crime when repeated within a year of a penalty.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// Id of the provision (in this file) that applies to the repeated act.
    pub to: String,
    /// The period after the earlier penalty within which a repeat escalates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<Duration>,
    /// The condition in your own words, e.g. "after an administrative penalty for the same act".
    pub condition: String,
}
