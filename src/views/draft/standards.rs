//! A draft held against the international standards of `data/standards/`:
//! each requirement met, partly met, not met or not applicable — and why.

use schemars::JsonSchema;
use serde::Serialize;

use super::Features;
use crate::data::model::standards::{Criterion, StandardFile};

impl Criterion {
    /// Whether the facts satisfy the criterion.
    pub fn holds(&self, f: &Features) -> bool {
        f.get(self.field.as_str())
            .is_some_and(|vals| self.any_of.iter().any(|v| vals.contains(v)))
    }
}

/// The outcome for one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Serialize, JsonSchema)]
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
                verified: r.verified.unwrap_or(s.verified),
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
