//! Penalty ladders: the tiers of sanctions a provision sets for its base
//! offence, each aggravated form and each repeat, as written in the law
//! (local units, local currency or legal units such as Kazakhstan's monthly
//! calculation index). Conversion to days and US dollars lives in
//! [`crate::views::normalise`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::model::Liability;

/// One rung of a penalty ladder.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PenaltyTier {
    /// A short label, e.g. `first offence`, `minor victim`, `repeat within a year`.
    pub label: String,
    /// Aggravating circumstances that call for this tier; empty for the base offence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circumstances: Vec<Circumstance>,
    /// Which offence this tier punishes (1 = first, 2 = second, …); leave
    /// out when the tier does not depend on the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offence_number: Option<u8>,
    /// With `offence_number`: the tier also covers every later offence
    /// ("third and subsequent").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub or_later: bool,
    /// Liability of this tier when it differs from the provision's (a
    /// repeat that turns an administrative offence into a crime).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liability: Option<Liability>,
    /// How the sanctions below combine. Required when more than one is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine: Option<Combine>,
    /// Deprivation of liberty after a criminal conviction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imprisonment: Option<TermRange>,
    /// Short arrest or administrative detention (including *arresto menor*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrest: Option<TermRange>,
    /// A fine, in a currency or a legal unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fine: Option<FineRange>,
    /// Community service / compulsory works, in hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_service: Option<TermRange>,
    /// Corrective labour (work with deductions from wages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrective_labour: Option<TermRange>,
    /// Restriction of liberty (probation-like supervision) or forced labour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restriction_of_liberty: Option<TermRange>,
    /// Disqualification from posts or activities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disqualification: Option<TermRange>,
    /// Mandatory training or seminars, in words (e.g. "gender sensitivity seminar").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<String>,
    /// Any other sanction, in words (e.g. "reprimand", "dismissal").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// Details in your own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Aggravating circumstances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Circumstance {
    /// The victim is a child.
    MinorVictim,
    /// Abuse of authority, of a position of trust or of the victim's subordination or dependence.
    AbuseOfAuthority,
    /// The offender is a public official.
    PublicOfficial,
    /// Committed by a group.
    Group,
    /// The victim is particularly vulnerable (age, illness, disability, pregnancy).
    VulnerableVictim,
    /// Committed in public transport.
    PublicTransport,
    /// Committed online or with a publication.
    Online,
    /// Another circumstance (explain in `note`).
    Other,
}

/// How several sanctions in a tier combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Combine {
    /// The court picks one of them ("or").
    Alternative,
    /// All of them apply ("and").
    Cumulative,
    /// One or more of them ("and/or").
    EitherOrBoth,
}

/// A span of time as the law writes it, e.g. "up to two years".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermRange {
    /// The minimum, when the law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The maximum, when the law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The unit of `min` and `max`.
    pub unit: TimeUnit,
}

/// A single span of time, e.g. a limitation period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    /// How many units.
    pub value: f64,
    /// The unit.
    pub unit: TimeUnit,
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// Hours (community service).
    Hours,
    /// Days.
    Days,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Years.
    Years,
}

/// A fine as the law writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FineRange {
    /// The minimum, when the law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The maximum, when the law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// An ISO 4217 currency code (`PHP`) or the id of a legal unit from
    /// `data/reference/units.toml` (`KZ-MCI`, `PE-UIT`).
    pub unit: String,
    /// The year whose unit value and exchange rate apply; default: the
    /// atlas's reference year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

impl PenaltyTier {
    /// The number of sanctions given in the tier.
    pub fn sanction_count(&self) -> usize {
        [
            self.imprisonment.is_some(),
            self.arrest.is_some(),
            self.fine.is_some(),
            self.community_service.is_some(),
            self.corrective_labour.is_some(),
            self.restriction_of_liberty.is_some(),
            self.disqualification.is_some(),
            self.training.is_some(),
            self.other.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count()
    }

    /// The named term ranges of the tier, for checks that apply to all of them.
    pub fn terms(&self) -> [(&'static str, Option<&TermRange>); 6] {
        [
            ("imprisonment", self.imprisonment.as_ref()),
            ("arrest", self.arrest.as_ref()),
            ("community_service", self.community_service.as_ref()),
            ("corrective_labour", self.corrective_labour.as_ref()),
            ("restriction_of_liberty", self.restriction_of_liberty.as_ref()),
            ("disqualification", self.disqualification.as_ref()),
        ]
    }
}

/// Whether a ladder escalates with the offence count: it has a tier for a
/// second or later offence.
pub fn escalates_on_repeat(tiers: &[PenaltyTier]) -> bool {
    tiers.iter().any(|t| t.offence_number.is_some_and(|n| n >= 2))
}
