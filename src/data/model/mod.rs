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
mod context;
pub mod date;
pub mod names;
pub mod penalty;
mod prosecution;
mod provision;
pub mod reference;
pub mod standards;
pub mod worldmap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::model::date::LegalDate;
pub use context::*;
pub use prosecution::*;
pub use provision::*;

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

impl HarassmentLiability {
    /// In words, as pages and the comparison say it.
    pub fn words(self) -> &'static str {
        match self {
            HarassmentLiability::Criminal => "criminal offence",
            HarassmentLiability::Administrative => "administrative offence",
            HarassmentLiability::CivilLabourOnly => "civil or labour law only",
            HarassmentLiability::None => "no offence",
            HarassmentLiability::Unknown => "unknown",
        }
    }
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
