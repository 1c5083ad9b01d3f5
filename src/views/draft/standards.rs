//! International standards as data (`data/standards/*.toml`): each
//! requirement names its article and the draft facts that satisfy it, so a
//! draft can be held against ILO Convention 190 or the UN Handbook and the
//! report can say met, partly met, not met or not applicable — and why.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Features;

/// The fields a criterion can test: the dimensions of [`super::DIMENSIONS`]
/// plus `sanctions` ("yes" when any provision sets penalties).
pub const FIELDS: &[&str] = &[
    "conduct",
    "settings",
    "protected",
    "definition",
    "liability",
    "escalation",
    "prosecution",
    "reconciliation",
    "employer_duties",
    "evidence",
    "remedies",
    "sanctions",
];

/// One standard: a convention, recommendation or model law.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StandardFile {
    /// Short id, e.g. `ilo-c190`.
    pub id: String,
    /// Title as published.
    pub title: String,
    /// Who adopted it.
    pub publisher: String,
    /// Where the official text can be read.
    pub url: String,
    /// Whether the articles and paraphrases have been checked against the official text.
    pub verified: bool,
    /// What remains to check, in words.
    #[serde(default)]
    pub verification_note: String,
    /// The requirements.
    pub requirements: Vec<Requirement>,
}

/// One requirement and its test.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Id unique within the standard.
    pub id: String,
    /// The article or paragraph.
    pub article: String,
    /// Short title.
    pub title: String,
    /// The requirement in the maintainers' own words.
    pub summary: String,
    /// When set and not satisfied, the requirement does not apply to the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<Criterion>,
    /// Each criterion met counts; all met = met, some = partly met, none = not met.
    pub criteria: Vec<Criterion>,
}

/// A test on one field of a draft's facts.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// The field tested (see [`FIELDS`]).
    pub field: String,
    /// Satisfied when the draft has any of these values in the field.
    pub any_of: Vec<String>,
    /// What the criterion means, in words.
    #[serde(default)]
    pub label: String,
}

impl Criterion {
    /// Whether the facts satisfy the criterion.
    pub fn holds(&self, f: &Features) -> bool {
        f.get(self.field.as_str())
            .is_some_and(|vals| self.any_of.iter().any(|v| vals.contains(v)))
    }
}

/// The outcome for one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every criterion holds.
    Met,
    /// Some criteria hold.
    PartlyMet,
    /// None holds.
    NotMet,
    /// The requirement does not apply to this draft.
    NotApplicable,
}

/// A requirement held against a draft.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    /// The standard's title.
    pub standard: String,
    /// Whether its articles are verified.
    pub verified: bool,
    /// The article.
    pub article: String,
    /// The requirement's title.
    pub title: String,
    /// The requirement.
    pub summary: String,
    /// The outcome.
    pub outcome: Outcome,
    /// Criteria the draft meets.
    pub met: Vec<String>,
    /// Criteria it does not.
    pub missing: Vec<String>,
    /// Where the standard can be read.
    pub url: String,
}

impl Assessment {
    /// The outcome in words.
    pub fn outcome_label(&self) -> &'static str {
        match self.outcome {
            Outcome::Met => "met",
            Outcome::PartlyMet => "partly met",
            Outcome::NotMet => "not met",
            Outcome::NotApplicable => "not applicable",
        }
    }
}

/// Holds a draft's facts against every requirement of the standards.
pub fn assess(standards: &[StandardFile], f: &Features) -> Vec<Assessment> {
    let mut out = Vec::new();
    for s in standards {
        for r in &s.requirements {
            let label = |c: &Criterion| {
                if c.label.is_empty() {
                    format!("{}: {}", c.field, c.any_of.join(" or "))
                } else {
                    c.label.clone()
                }
            };
            let applies = r.applies_if.as_ref().is_none_or(|c| c.holds(f));
            let (met, missing): (Vec<&Criterion>, Vec<&Criterion>) = r.criteria.iter().partition(|c| c.holds(f));
            let outcome = match (applies, met.len(), missing.len()) {
                (false, _, _) => Outcome::NotApplicable,
                (true, _, 0) => Outcome::Met,
                (true, 0, _) => Outcome::NotMet,
                _ => Outcome::PartlyMet,
            };
            out.push(Assessment {
                standard: s.title.clone(),
                verified: s.verified,
                article: r.article.clone(),
                title: r.title.clone(),
                summary: r.summary.clone(),
                outcome,
                met: met.into_iter().map(label).collect(),
                missing: missing.into_iter().map(label).collect(),
                url: s.url.clone(),
            });
        }
    }
    out
}

/// Checks that criteria name known fields; returns messages for those that do not.
pub fn problems(s: &StandardFile) -> Vec<String> {
    let mut out = Vec::new();
    for r in &s.requirements {
        for c in r.criteria.iter().chain(r.applies_if.iter()) {
            if !FIELDS.contains(&c.field.as_str()) {
                out.push(format!(
                    "requirement `{}`: unknown field `{}`; use one of: {}",
                    r.id,
                    c.field,
                    FIELDS.join(", ")
                ));
            }
        }
        if r.criteria.is_empty() {
            out.push(format!("requirement `{}` has no criteria", r.id));
        }
    }
    out
}
