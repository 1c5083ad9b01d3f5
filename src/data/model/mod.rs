//! The data-file format: one [`Jurisdiction`] per TOML file under
//! `data/jurisdictions/`, holding its instruments (laws, code articles,
//! bills), their provisions and penalty ladders, prosecution rules, employer
//! duties, statistics and the sources every fact cites.
//!
//! These types *are* the file format: every field is documented here, and
//! the JSON Schema shipped in `schema/` is generated from them
//! (`harassment-atlas schema`). Parsing is strict (`deny_unknown_fields`);
//! meaning is checked afterwards by [`crate::data::load::validate`].
//!
//! Absent optional fields mean *unknown*, never "no". Write `false` or an
//! empty list only where a source says so.

pub mod codes;
pub mod date;
pub mod names;
pub mod penalty;
pub mod reference;
pub mod standards;
pub mod worldmap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::model::date::LegalDate;
use crate::data::model::penalty::{Duration, PenaltyTier};

/// One jurisdiction: a country (ISO 3166-1 alpha-2 code) or a sub-national
/// unit (ISO 3166-2 code), with everything the atlas knows about its
/// sexual-harassment law.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 (`KZ`) or ISO 3166-2 (`US-CA`) code, upper case.
    /// The file name is the code in lower case: `kz.toml`, `us-ca.toml`.
    pub code: String,
    /// The English short name, e.g. `Kazakhstan`.
    pub name: String,
    /// Names in the official languages.
    #[serde(default)]
    pub native_names: Vec<LocalName>,
    /// UN M49 region: `Africa`, `Americas`, `Asia`, `Europe` or `Oceania`.
    pub region: Region,
    /// UN M49 sub-region, e.g. `Central Asia`, `Western Europe`, `South-eastern Asia`.
    pub sub_region: String,
    /// The legal tradition the jurisdiction belongs to.
    pub legal_tradition: LegalTradition,
    /// Official languages as ISO 639-1 codes, e.g. `["kk", "ru"]`.
    #[serde(default)]
    pub official_languages: Vec<String>,
    /// The day a contributor last checked this file against its sources.
    pub last_reviewed: LegalDate,
    /// The date the law described here is current to, when it differs from
    /// `last_reviewed` (e.g. the sources only reach an earlier consolidation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_to: Option<LegalDate>,
    /// Who reviewed the file (names or handles), for accountability.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviewers: Vec<String>,
    /// A Markdown overview in the contributor's own words: the state of the
    /// law, how it is used, caveats (e.g. "federal law only; states differ").
    #[serde(default)]
    pub notes: String,
    /// How this was researched: which texts were read, what could not be
    /// verified, which source a figure follows where sources conflict.
    /// Provenance only; pages show it under "How this was researched" and
    /// exports keep it. Public `notes` and summaries say what the law is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub research: String,
    /// Ratification of international instruments.
    #[serde(default)]
    pub commitments: Commitments,
    /// Set when sources say the jurisdiction has *no offence* of sexual
    /// harassment: no criminal or administrative provision that punishes it
    /// and protects adults (an offence limited to children does not count;
    /// civil or labour-law prohibitions may exist beside it). The related
    /// offences used instead are recorded as provisions with their own
    /// `offence_kind`. Leave out when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_harassment_offence: Option<Absence>,
    /// Every source cited anywhere in the file.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Laws, code articles and bills, in force or proposed.
    #[serde(default)]
    pub instruments: Vec<Instrument>,
    /// What employers must do about sexual harassment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_duties: Option<EmployerDuties>,
    /// Evidence and procedure notes, e.g. whether a victim's own recordings are admissible.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceNote>,
    /// Civil and labour remedies open to victims.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remedies: Vec<Remedy>,
    /// Figures: reported cases, convictions, prevalence surveys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistics: Vec<Statistic>,
}

/// A name in one language.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalName {
    /// ISO 639-1 language code.
    pub lang: String,
    /// The name in that language.
    pub name: String,
}

/// UN M49 macro-region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Region {
    /// Africa (002).
    Africa,
    /// The Americas (019).
    Americas,
    /// Asia (142).
    Asia,
    /// Europe (150).
    Europe,
    /// Oceania (009).
    Oceania,
}

/// Broad legal family; `mixed` where two or more coexist (e.g. civil and customary, or civil and Islamic law).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalTradition {
    /// Codified civil law (Romano-Germanic, including post-Soviet systems).
    CivilLaw,
    /// English-derived common law.
    CommonLaw,
    /// Islamic law as a principal source beside codified law.
    Islamic,
    /// A mix of traditions (e.g. civil and common law, or civil and customary law).
    Mixed,
}

/// Ratification of the international instruments that bear on harassment.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Commitments {
    /// ILO Violence and Harassment Convention, 2019 (No. 190).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ilo_c190: Option<Ratification>,
    /// UN Convention on the Elimination of All Forms of Discrimination against Women.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cedaw: Option<Ratification>,
}

/// Where a state stands with a treaty.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ratification {
    /// `ratified` (or acceded), `signed` (not ratified) or `not_ratified`.
    pub status: RatificationStatus,
    /// Date of ratification or accession (or signature, for `signed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<LegalDate>,
    /// Ids of the sources that say so.
    pub sources: Vec<String>,
}

/// Treaty status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RatificationStatus {
    /// Ratified, acceded or succeeded.
    Ratified,
    /// Signed, not ratified.
    Signed,
    /// Neither signed nor ratified.
    NotRatified,
}

/// A sourced statement that the jurisdiction has no sexual-harassment offence.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    /// What fills the gap (related offences, labour rules), in your own words.
    pub note: String,
    /// Ids of sources that state the absence.
    pub sources: Vec<String>,
}

/// A document a fact rests on.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id, unique within the file, cited by `sources = [...]` lists.
    pub id: String,
    /// The document's title as published.
    pub title: String,
    /// Where it can be read: an `http(s)` URL.
    pub url: String,
    /// Who published it (gazette, ministry, court, law firm, journal…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The day the contributor read it at that URL.
    pub accessed: LegalDate,
    /// What kind of source it is; official texts are preferred.
    pub kind: SourceKind,
    /// ISO 639-1 language of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// How authoritative a source is, most authoritative first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Official text: gazette, legislation portal, parliament, ministry.
    Official,
    /// Court judgment.
    Court,
    /// Intergovernmental body: ILO, UN, World Bank, OECD, Council of Europe.
    International,
    /// Peer-reviewed or academic work.
    Academic,
    /// Law-firm or professional legal commentary.
    Commentary,
    /// Non-governmental organisation report.
    Ngo,
    /// News report.
    News,
}

/// A law, a code, or a bill.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Id unique within the file, lower case with dashes; by convention it
    /// starts with the jurisdiction code, e.g. `kz-coao`.
    pub id: String,
    /// English title (official translation where one exists).
    pub title: String,
    /// Title in the original language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_original: Option<String>,
    /// ISO 639-1 language of `title_original` and of excerpts by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_language: Option<String>,
    /// What kind of instrument it is.
    pub kind: InstrumentKind,
    /// Where it stands.
    pub status: Status,
    /// The dates that apply to its status.
    #[serde(default)]
    pub dates: InstrumentDates,
    /// The official citation (number and date of the act).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// The official text online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Ids of the sources for this instrument (at least one).
    pub sources: Vec<String>,
    /// For anything not in force: who proposed it, in what form, how far it got.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<Proposal>,
    /// Markdown notes in your own words.
    #[serde(default)]
    pub notes: String,
    /// How this was researched: which texts were read, what could not be
    /// verified, which source a figure follows where sources conflict.
    /// Provenance only; pages show it under "How this was researched" and
    /// exports keep it. Public `notes` and summaries say what the law is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub research: String,
    /// The articles or sections that bear on harassment.
    #[serde(default)]
    pub provisions: Vec<Provision>,
}

/// The kind of instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentKind {
    /// Criminal (penal) code or criminal statute.
    CriminalCode,
    /// Code of administrative offences.
    AdministrativeCode,
    /// Labour code or employment act.
    LabourCode,
    /// Equality or anti-discrimination law.
    EqualityLaw,
    /// A special law on harassment or violence (e.g. a Safe Spaces Act).
    SpecialLaw,
    /// Civil code or civil statute.
    CivilCode,
    /// Regulation, decree or code of practice below statute.
    Regulation,
    /// A bill or draft law not yet adopted.
    Bill,
}

/// Where an instrument stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Law in force.
    InForce,
    /// Adopted, not yet in force.
    Adopted,
    /// Formally introduced in a legislature and awaiting a decision.
    Pending,
    /// Proposed (a statement, a draft or an academic proposal) but not introduced.
    Proposed,
    /// Voted down, withdrawn or lapsed.
    Rejected,
    /// Was in force, now repealed or replaced.
    Repealed,
}

impl Status {
    /// Whether the instrument is law now.
    pub fn is_law(self) -> bool {
        self == Status::InForce
    }
}

/// The dates in an instrument's life; give those that apply and are known.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstrumentDates {
    /// Introduced in, or submitted to, the legislature (or first proposed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduced: Option<LegalDate>,
    /// Adopted (signed into law).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<LegalDate>,
    /// In force from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<LegalDate>,
    /// Amendments relevant to harassment, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amended: Vec<LegalDate>,
    /// Rejected, withdrawn or lapsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected: Option<LegalDate>,
    /// Repealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repealed: Option<LegalDate>,
}

/// Who proposed a measure that is not law, and how far it got.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// The form the proposal takes.
    pub kind: ProposalKind,
    /// Who made it: a deputy, a ministry, a working group, an author.
    pub proposer: String,
    /// The bill's number in the legislature, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_number: Option<String>,
    /// The stage reached, in words (e.g. "passed first reading").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
}

/// The form of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProposalKind {
    /// A bill formally introduced in a legislature.
    Bill,
    /// A draft published or circulated by a government body.
    GovernmentDraft,
    /// A written draft by deputies or others, not (yet) formally introduced in
    /// the legislature (e.g. sent to the government for its opinion first).
    Draft,
    /// A public statement or announced intention by an official, a deputy or an expert.
    Statement,
    /// A proposal in academic or expert writing.
    Academic,
    /// A petition or civil-society proposal.
    Petition,
}

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

/// How an offence is prosecuted, read from the provision or, where it is
/// silent, from the criminal or administrative procedure code (its lists of
/// complaint or private-prosecution offences, its rules on reconciliation).
///
/// Write `not_stated` where the texts were checked and say nothing, and name
/// the source checked: "unknown" (the field left out) means only that
/// nobody has looked yet.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prosecution {
    /// Who starts the case; leave out when not yet researched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProsecutionKind>,
    /// Whether reconciliation of the parties ends the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconciliation: Option<Settlement>,
    /// What rules out reconciliation even where it is otherwise allowed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reconciliation_bars: Vec<SettlementBar>,
    /// Whether the victim's withdrawal of the complaint ends the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal: Option<Settlement>,
    /// Limitation period for bringing the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limitation: Option<Duration>,
    /// The rules in the atlas's own words, third person (Markdown allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Ids of the sources for these rules (default: the provision's).
    /// Required for every `not_stated`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// Who starts a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProsecutionKind {
    /// Ex officio: the state prosecutes without a complaint.
    Public,
    /// The state prosecutes, but only on the victim's complaint
    /// (e.g. "private-public" prosecution in post-Soviet codes).
    Complaint,
    /// The victim prosecutes (private prosecution).
    Private,
    /// The provision and the procedure code were checked and do not say.
    NotStated,
}

impl ProsecutionKind {
    /// The label used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ProsecutionKind::Public => "public",
            ProsecutionKind::Complaint => "complaint",
            ProsecutionKind::Private => "private",
            ProsecutionKind::NotStated => "not_stated",
        }
    }

    /// Whether this records a rule (not an explicit "the law does not say").
    pub fn is_stated(self) -> bool {
        self != ProsecutionKind::NotStated
    }
}

/// Whether an act of the parties (reconciliation, withdrawal of the complaint) ends the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Settlement {
    /// It ends the case as of right.
    EndsCase,
    /// A court, prosecutor or authority may end the case on it (discretion,
    /// often limited to first offences of minor gravity).
    MayEndCase,
    /// It does not end the case: prosecution continues in the public interest.
    DoesNotEndCase,
    /// The texts were checked and do not say.
    NotStated,
}

impl Settlement {
    /// The rule in words, e.g. "may end the case".
    pub fn words(self) -> &'static str {
        match self {
            Settlement::EndsCase => "ends the case",
            Settlement::MayEndCase => "may end the case",
            Settlement::DoesNotEndCase => "does not end the case",
            Settlement::NotStated => "not stated in the law",
        }
    }

    /// Whether the act may end the case at all (`true` for `ends_case` and
    /// `may_end_case`), `None` when the law does not say.
    pub fn allowed(self) -> Option<bool> {
        match self {
            Settlement::EndsCase | Settlement::MayEndCase => Some(true),
            Settlement::DoesNotEndCase => Some(false),
            Settlement::NotStated => None,
        }
    }

    /// Whether this records a rule (not an explicit "the law does not say").
    pub fn is_stated(self) -> bool {
        self != Settlement::NotStated
    }
}

/// A circumstance that rules out reconciliation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SettlementBar {
    /// The victim is a child.
    MinorVictim,
    /// The offender has offended before (reconciliation only for a first offence).
    RepeatOffence,
    /// The aggravated forms of the offence.
    AggravatedForm,
    /// The offence is too grave (above the gravity class reconciliation is limited to).
    Gravity,
    /// Domestic or family violence.
    DomesticViolence,
    /// Another bar (explain in `note`).
    Other,
}

/// What employers must do. Absent fields are unknown.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployerDuties {
    /// Must adopt a prevention policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prevention_policy: Option<bool>,
    /// Must train staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<bool>,
    /// Must provide a complaint procedure (or committee).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_procedure: Option<bool>,
    /// Deadline to investigate or decide a complaint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investigation_deadline: Option<Duration>,
    /// The standard on which employers answer for harassment by staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liability_standard: Option<EmployerLiability>,
    /// Sanctions on employers who fail their duties, in your own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sanctions: Option<String>,
    /// Details in your own words (Markdown).
    #[serde(default)]
    pub summary: String,
    /// Ids of the provisions that impose the duties.
    #[serde(default)]
    pub provisions: Vec<String>,
    /// Ids of the sources.
    pub sources: Vec<String>,
}

/// How an employer answers for harassment by its staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmployerLiability {
    /// Liable regardless of fault.
    Strict,
    /// Vicariously liable, with a defence of reasonable steps.
    VicariousWithDefence,
    /// Liable when it knew or should have known and failed to act.
    Negligence,
    /// Liable only for its own failure to perform statutory duties.
    OwnDuties,
    /// No employer liability.
    None,
}

/// An evidence or procedure note.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceNote {
    /// The question, e.g. "Victim's own recordings".
    pub topic: String,
    /// The answer in your own words.
    pub note: String,
    /// Ids of the provisions concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provisions: Vec<String>,
    /// Ids of the sources.
    pub sources: Vec<String>,
}

/// A remedy open to a victim.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    /// What kind of remedy.
    pub kind: RemedyKind,
    /// Details in your own words, including any cap.
    pub note: String,
    /// Ids of the provisions that grant it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provisions: Vec<String>,
    /// Ids of the sources.
    pub sources: Vec<String>,
}

/// Kinds of remedy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemedyKind {
    /// Damages for material or moral harm.
    Damages,
    /// Reinstatement or other employment remedy.
    Reinstatement,
    /// A protection or restraining order.
    ProtectionOrder,
    /// Compensation from a public fund.
    Compensation,
    /// Another remedy.
    Other,
}

/// A sourced figure.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statistic {
    /// What is measured.
    pub measure: Measure,
    /// What exactly, in words: population, setting, definition used.
    pub description: String,
    /// The value.
    pub value: f64,
    /// The unit of `value`.
    pub unit: StatUnit,
    /// The year (or first year) the figure refers to.
    pub year: i32,
    /// Ids of the sources.
    pub sources: Vec<String>,
}

/// What a statistic measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Share of a surveyed population who experienced harassment.
    Prevalence,
    /// Cases reported to police, inspectorates or bodies.
    ReportedCases,
    /// Prosecutions or cases brought to court.
    Prosecutions,
    /// Convictions or administrative penalties imposed.
    Convictions,
}

/// Unit of a statistic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatUnit {
    /// Per cent of the population described.
    Percent,
    /// A count of cases or persons.
    Count,
    /// Per 100,000 population.
    Per100k,
}

impl Jurisdiction {
    /// All provisions with their instrument.
    pub fn provisions(&self) -> impl Iterator<Item = (&Instrument, &Provision)> {
        self.instruments
            .iter()
            .flat_map(|i| i.provisions.iter().map(move |p| (i, p)))
    }

    /// Looks a source up by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Looks a provision up by id.
    pub fn provision(&self, id: &str) -> Option<(&Instrument, &Provision)> {
        self.provisions().find(|(_, p)| p.id == id)
    }
}

/// How a jurisdiction treats sexual harassment proper, for maps and summaries:
/// the strongest liability any in-force harassment provision attaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HarassmentLiability {
    /// A criminal offence of sexual harassment exists.
    Criminal,
    /// An administrative offence exists (and no criminal one).
    Administrative,
    /// Only civil or labour-law liability.
    CivilLabourOnly,
    /// Sources say there is no sexual-harassment law.
    None,
    /// Not known from the data.
    Unknown,
}

impl Jurisdiction {
    /// The strongest liability attached to sexual harassment proper by law in
    /// force, counting only provisions that protect adults: an offence
    /// limited to children does not make harassment of adults an offence.
    pub fn harassment_liability(&self) -> HarassmentLiability {
        let mut best: Option<Liability> = None;
        for (inst, p) in self.provisions() {
            if inst.status.is_law() && p.offence_kind.is_harassment() && p.protects_adults() {
                // `Liability` orders criminal first, so the minimum is the strongest.
                let l = p
                    .penalties
                    .iter()
                    .filter_map(|t| t.liability)
                    .chain([p.liability])
                    .min();
                best = match (best, l) {
                    (Some(b), Some(l)) => Some(b.min(l)),
                    (b, l) => b.or(l),
                };
            }
        }
        match best {
            Some(Liability::Criminal) => HarassmentLiability::Criminal,
            Some(Liability::Administrative) => HarassmentLiability::Administrative,
            Some(_) => HarassmentLiability::CivilLabourOnly,
            None if self.no_harassment_offence.is_some() => HarassmentLiability::None,
            None => HarassmentLiability::Unknown,
        }
    }

    /// The first in-force criminal or administrative provision on sexual
    /// harassment that protects adults, if any.
    pub fn harassment_offence(&self) -> Option<(&Instrument, &Provision)> {
        self.provisions().find(|(i, p)| {
            i.status.is_law()
                && p.offence_kind.is_harassment()
                && p.protects_adults()
                && (p.penalties.iter().filter_map(|t| t.liability).chain([p.liability]))
                    .any(|l| matches!(l, Liability::Criminal | Liability::Administrative))
        })
    }
}
