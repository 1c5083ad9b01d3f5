//! How an offence is prosecuted: who starts the case, whether reconciliation or
//! withdrawal of the complaint ends it, and the limitation period.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::model::penalty::Duration;

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
