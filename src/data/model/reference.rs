//! Reference tables: the yearly value of each legal unit (Kazakhstan's
//! monthly calculation index, Peru's UIT…) in local currency, and yearly
//! exchange rates to the US dollar, each with its source. They live in
//! `data/reference/units.toml` and `data/reference/exchange_rates.toml`;
//! `data/atlas.toml` fixes the reference year fines are converted at.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::model::Source;

/// `data/atlas.toml`: settings for the whole atlas.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AtlasConfig {
    /// The atlas's title.
    pub title: String,
    /// The year whose unit values and exchange rates fines are converted at,
    /// unless a fine states its own `year`.
    pub reference_year: i32,
    /// The licence of the data, e.g. `CC-BY-4.0`.
    pub data_licence: String,
    /// The project's "new issue" address, e.g.
    /// `https://github.com/owner/repo/issues/new`: each provision's "Report
    /// a mistake" link opens it with the provision's id and permalink filled
    /// in (`title` and `body` query parameters). Without it the link goes to
    /// the about page's instructions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_url: Option<String>,
}

/// `data/reference/units.toml`: legal units that fines are expressed in.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitsFile {
    /// Sources cited by the values.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The units.
    #[serde(default)]
    pub units: Vec<LegalUnit>,
}

/// A unit a law counts fines in, other than money.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalUnit {
    /// Id used in `fine.unit`: the country code, a dash, an acronym (`KZ-MCI`).
    pub id: String,
    /// English name.
    pub name: String,
    /// Name in the original language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_name: Option<String>,
    /// What kind of unit.
    pub kind: UnitKind,
    /// ISO 4217 currency its values are in.
    pub currency: String,
    /// Value per year (for `indexed` units).
    #[serde(default)]
    pub values: Vec<UnitValue>,
    /// How the unit works, in your own words.
    #[serde(default)]
    pub notes: String,
}

/// Kinds of legal unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// A fixed amount set yearly by law (MCI, UIT, UTM, UMA).
    Indexed,
    /// Day-fines, or fines counted in the offender's income: depend on the
    /// offender and cannot be converted to money.
    IncomeBased,
}

/// A unit's value in one year.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitValue {
    /// The year.
    pub year: i32,
    /// The value in the unit's currency.
    pub value: f64,
    /// Id of the source.
    pub source: String,
}

/// `data/reference/exchange_rates.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RatesFile {
    /// Sources cited by the rates.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Yearly average exchange rates.
    #[serde(default)]
    pub rates: Vec<ExchangeRate>,
}

/// How many units of a currency one US dollar bought, on average, in a year.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExchangeRate {
    /// ISO 4217 code.
    pub currency: String,
    /// The year.
    pub year: i32,
    /// Local currency units per US dollar (period average). Give this or
    /// `usd_per_unit`, whichever the source states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_usd: Option<f64>,
    /// US dollars per unit of the currency, for sources that quote it that
    /// way (e.g. the euro and the pound in the Federal Reserve's tables).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usd_per_unit: Option<f64>,
    /// Id of the source.
    pub source: String,
}

impl ExchangeRate {
    /// Local currency units per US dollar, from whichever figure is given.
    pub fn local_per_usd(&self) -> Option<f64> {
        match (self.per_usd, self.usd_per_unit) {
            (Some(p), None) => Some(p),
            (None, Some(u)) if u > 0.0 => Some(1.0 / u),
            _ => None,
        }
    }
}
