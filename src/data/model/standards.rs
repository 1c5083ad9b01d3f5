//! International standards as data (`data/standards/*.toml`): each
//! requirement names its article and the draft facts that satisfy it, so a
//! draft can be held against ILO Convention 190 or the UN Handbook (see
//! `crate::views::draft::standards` for the assessment).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The fields a criterion can test: the dimensions a draft report compares
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
    /// Whether the article number and summary were checked against the
    /// text (overrides the file's `verified`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// What was read to check it, with the source, and what the summary or
    /// the criteria leave out; or why it could not be checked.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub verification: String,
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
