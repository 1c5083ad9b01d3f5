//! The reference tables indexed for look-up: legal units and exchange
//! rates by year, and the conventions that turn a fine into local currency
//! and US dollars and a term into days. The loader builds one [`Reference`]
//! per atlas; [`crate::views::normalise`] uses it to put every penalty tier
//! in comparable numbers.

use std::collections::HashMap;
use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use crate::data::model::penalty::{FineRange, TermRange, TimeUnit};
use crate::data::model::reference::{LegalUnit, RatesFile, UnitKind, UnitsFile};

/// How many years before the reference year a conversion may fall back to
/// when the reference year's unit value or exchange rate is not yet known.
pub const FALLBACK_YEARS: i32 = 3;

/// Days per unit of time, by the atlas's convention.
pub fn days_per(unit: TimeUnit) -> Option<f64> {
    match unit {
        TimeUnit::Hours => None,
        TimeUnit::Days => Some(1.0),
        TimeUnit::Weeks => Some(7.0),
        TimeUnit::Months => Some(30.0),
        TimeUnit::Years => Some(365.0),
    }
}

/// A period (limitation, escalation window) in days; `None` for hours.
pub fn duration_days(d: &crate::data::model::penalty::Duration) -> Option<f64> {
    days_per(d.unit).map(|f| d.value * f)
}

/// A term range in days: `(min, max)`, `None` where not set or not convertible.
pub fn term_days(r: &TermRange) -> (Option<f64>, Option<f64>) {
    match days_per(r.unit) {
        Some(f) => (r.min.map(|v| v * f), r.max.map(|v| v * f)),
        None => (None, None),
    }
}

/// Community service in hours, only when counted in hours.
pub fn service_hours(r: &TermRange) -> (Option<f64>, Option<f64>) {
    match r.unit {
        TimeUnit::Hours => (r.min, r.max),
        _ => (None, None),
    }
}

/// Why a fine could not be converted.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum NotConvertible {
    /// The unit is neither a currency nor a known legal unit.
    UnknownUnit {
        /// The unit as written.
        unit: String,
    },
    /// The legal unit has no value for the year.
    NoUnitValue {
        /// The unit id.
        unit: String,
        /// The year asked for.
        year: i32,
    },
    /// Day-fines and income-based fines depend on the offender.
    IncomeBased {
        /// The unit id.
        unit: String,
    },
    /// No exchange rate for the currency and year.
    NoExchangeRate {
        /// ISO 4217 code.
        currency: String,
        /// The year asked for.
        year: i32,
    },
}

impl fmt::Display for NotConvertible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotConvertible::UnknownUnit { unit } => write!(f, "`{unit}` is not a known currency or legal unit"),
            NotConvertible::NoUnitValue { unit, year } => {
                write!(f, "no value of {unit} for {year} in the reference tables")
            }
            NotConvertible::IncomeBased { unit } => write!(
                f,
                "{unit} depends on the offender's income and has no fixed money value"
            ),
            NotConvertible::NoExchangeRate { currency, year } => {
                write!(f, "no {currency}/USD exchange rate for {year} in the reference tables")
            }
        }
    }
}

/// The reference tables, indexed for look-up.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// The year fines are converted at unless they state their own.
    pub reference_year: i32,
    units: HashMap<String, LegalUnit>,
    rates: HashMap<(String, i32), f64>,
}

impl Reference {
    /// Adds or replaces one exchange rate (local units per US dollar).
    pub fn set_rate(&mut self, currency: &str, year: i32, per_usd: f64) {
        self.rates.insert((currency.to_owned(), year), per_usd);
    }

    /// Indexes the tables.
    pub fn new(reference_year: i32, units: &UnitsFile, rates: &RatesFile) -> Self {
        Self {
            reference_year,
            units: units.units.iter().map(|u| (u.id.clone(), u.clone())).collect(),
            rates: rates
                .rates
                .iter()
                .filter_map(|r| Some(((r.currency.clone(), r.year), r.local_per_usd()?)))
                .collect(),
        }
    }

    /// A legal unit by id.
    pub fn unit(&self, id: &str) -> Option<&LegalUnit> {
        self.units.get(id)
    }

    /// Local currency per US dollar in a year.
    pub fn rate(&self, currency: &str, year: i32) -> Option<f64> {
        self.rates.get(&(currency.to_owned(), year)).copied()
    }

    /// The year a fine is converted at: its own `year` if it states one;
    /// else the reference year, or the latest of the [`FALLBACK_YEARS`]
    /// before it for which both the unit's value (for legal units) and the
    /// exchange rate are known. Unit value and rate always come from the
    /// same year; the year used is reported with the result.
    pub fn year_of(&self, fine: &FineRange) -> i32 {
        if let Some(y) = fine.year {
            return y;
        }
        let currency = match self.unit(&fine.unit) {
            Some(u) => u.currency.as_str(),
            None => fine.unit.as_str(),
        };
        (0..=FALLBACK_YEARS)
            .map(|back| self.reference_year - back)
            .find(|&y| {
                let has_value = self
                    .unit(&fine.unit)
                    .is_none_or(|u| u.values.iter().any(|v| v.year == y));
                has_value && (currency == "USD" || self.rate(currency, y).is_some())
            })
            .unwrap_or(self.reference_year)
    }

    /// A fine in its local currency: `(currency, min, max)`.
    pub fn fine_local(&self, fine: &FineRange) -> Result<(String, Option<f64>, Option<f64>), NotConvertible> {
        let year = self.year_of(fine);
        if let Some(unit) = self.unit(&fine.unit) {
            if unit.kind == UnitKind::IncomeBased {
                return Err(NotConvertible::IncomeBased { unit: unit.id.clone() });
            }
            let value = unit
                .values
                .iter()
                .find(|v| v.year == year)
                .map(|v| v.value)
                .ok_or_else(|| NotConvertible::NoUnitValue {
                    unit: unit.id.clone(),
                    year,
                })?;
            return Ok((
                unit.currency.clone(),
                fine.min.map(|m| m * value),
                fine.max.map(|m| m * value),
            ));
        }
        if is_currency(&fine.unit) {
            return Ok((fine.unit.clone(), fine.min, fine.max));
        }
        Err(NotConvertible::UnknownUnit {
            unit: fine.unit.clone(),
        })
    }

    /// A local amount in US dollars, rounded to cents.
    pub fn to_usd(&self, amount: f64, currency: &str, year: i32) -> Result<f64, NotConvertible> {
        if currency == "USD" {
            return Ok(round2(amount));
        }
        let rate = self
            .rate(currency, year)
            .ok_or_else(|| NotConvertible::NoExchangeRate {
                currency: currency.to_owned(),
                year,
            })?;
        Ok(round2(amount / rate))
    }
}

/// Whether `code` is an ISO 4217 currency code.
pub fn is_currency(code: &str) -> bool {
    iso_currency::Currency::from_code(code).is_some()
}

/// Rounds to cents.
pub fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
