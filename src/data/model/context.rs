//! What surrounds the offences: employer duties, evidence and procedure notes,
//! victims' remedies and statistics.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::model::penalty::Duration;

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
