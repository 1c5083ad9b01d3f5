//! Normalisation: penalty figures as the law writes them, turned into
//! comparable numbers.
//!
//! Conventions (documented in the README and the export):
//! - a week is 7 days, a month 30 days, a year 365 days;
//! - community service is compared in hours and only when the law counts it
//!   in hours;
//! - a fine in a legal unit is multiplied by the unit's value in the fine's
//!   year, then converted to US dollars at that year's average exchange
//!   rate. The year is the fine's own `year`, else the atlas's reference
//!   year, else the latest of the three years before it for which both the
//!   unit value and the rate are known (see [`Reference::year_of`]); the
//!   year used is reported beside the result.
//!
//! Where a conversion is impossible (no value for the year, an
//! income-based fine, no exchange rate), the result says why instead of
//! guessing.

use schemars::JsonSchema;
use serde::Serialize;

use crate::data::load::reference::{NotConvertible, Reference, service_hours, term_days};
use crate::data::model::penalty::PenaltyTier;

impl Reference {
    /// Every figure of a tier, normalised.
    pub fn normalise(&self, tier: &PenaltyTier) -> NormalisedTier {
        let mut n = NormalisedTier::default();
        if let Some(r) = &tier.imprisonment {
            (n.imprisonment_min_days, n.imprisonment_max_days) = term_days(r);
        }
        if let Some(r) = &tier.arrest {
            (n.arrest_min_days, n.arrest_max_days) = term_days(r);
        }
        if let Some(r) = &tier.community_service {
            (n.community_service_min_hours, n.community_service_max_hours) = service_hours(r);
        }
        if let Some(fine) = &tier.fine {
            let year = self.year_of(fine);
            n.fine_year = Some(year);
            match self.fine_local(fine) {
                Ok((cur, min, max)) => {
                    let usd = |v: Option<f64>| v.map(|v| self.to_usd(v, &cur, year)).transpose();
                    match (usd(min), usd(max)) {
                        (Ok(a), Ok(b)) => (n.fine_min_usd, n.fine_max_usd) = (a, b),
                        (Err(e), _) | (_, Err(e)) => n.fine_not_convertible = Some(e),
                    }
                    n.fine_currency = Some(cur);
                    (n.fine_min_local, n.fine_max_local) = (min, max);
                }
                Err(e) => n.fine_not_convertible = Some(e),
            }
        }
        n
    }
}

/// A penalty tier in comparable numbers. `None` means not set or not convertible.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct NormalisedTier {
    /// Minimum imprisonment in days.
    pub imprisonment_min_days: Option<f64>,
    /// Maximum imprisonment in days.
    pub imprisonment_max_days: Option<f64>,
    /// Minimum arrest in days.
    pub arrest_min_days: Option<f64>,
    /// Maximum arrest in days.
    pub arrest_max_days: Option<f64>,
    /// Minimum community service in hours.
    pub community_service_min_hours: Option<f64>,
    /// Maximum community service in hours.
    pub community_service_max_hours: Option<f64>,
    /// The currency of the local amounts.
    pub fine_currency: Option<String>,
    /// The year the fine was converted at.
    pub fine_year: Option<i32>,
    /// Minimum fine in local currency.
    pub fine_min_local: Option<f64>,
    /// Maximum fine in local currency.
    pub fine_max_local: Option<f64>,
    /// Minimum fine in US dollars.
    pub fine_min_usd: Option<f64>,
    /// Maximum fine in US dollars.
    pub fine_max_usd: Option<f64>,
    /// Why the fine could not be converted, if it could not.
    pub fine_not_convertible: Option<NotConvertible>,
}

/// Days as a person counts them, on the atlas's conventions (a year is 365
/// days, a month 30): 730 → "2 years", 1,520 → "4 years 2 months",
/// 15 → "15 days", 45 → "1 month 15 days". Fractions of a day are rounded.
pub fn days_words(days: f64) -> String {
    let total = days.round().max(0.0) as u64;
    let (years, rest) = (total / 365, total % 365);
    let (months, days) = (rest / 30, rest % 30);
    let mut parts = Vec::new();
    for (n, one, many) in [
        (years, "year", "years"),
        (months, "month", "months"),
        (days, "day", "days"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    if parts.is_empty() {
        "0 days".to_owned()
    } else {
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::penalty::{FineRange, TermRange, TimeUnit};
    use crate::data::model::reference::{ExchangeRate, LegalUnit, RatesFile, UnitKind, UnitValue, UnitsFile};

    fn reference() -> Reference {
        let units = UnitsFile {
            sources: vec![],
            units: vec![
                LegalUnit {
                    id: "KZ-MCI".into(),
                    name: "Monthly calculation index".into(),
                    native_name: None,
                    kind: UnitKind::Indexed,
                    currency: "KZT".into(),
                    values: vec![UnitValue {
                        year: 2024,
                        value: 3692.0,
                        source: "s".into(),
                    }],
                    notes: String::new(),
                },
                LegalUnit {
                    id: "DE-DAY-FINE".into(),
                    name: "Day-fine".into(),
                    native_name: None,
                    kind: UnitKind::IncomeBased,
                    currency: "EUR".into(),
                    values: vec![],
                    notes: String::new(),
                },
            ],
        };
        let rates = RatesFile {
            sources: vec![],
            rates: vec![ExchangeRate {
                currency: "KZT".into(),
                year: 2024,
                per_usd: Some(469.44),
                usd_per_unit: None,
                source: "s".into(),
            }],
        };
        Reference::new(2024, &units, &rates)
    }

    fn fine(max: f64, unit: &str, year: Option<i32>) -> FineRange {
        FineRange {
            min: None,
            max: Some(max),
            unit: unit.into(),
            year,
        }
    }

    #[test]
    fn converts_monthly_calculation_indices_to_usd() {
        // 200 MCI × 3,692 KZT = 738,400 KZT; ÷ 469.44 KZT/USD = 1,572.94 USD.
        let r = reference();
        let (cur, _, max) = r.fine_local(&fine(200.0, "KZ-MCI", None)).unwrap();
        assert_eq!((cur.as_str(), max), ("KZT", Some(738_400.0)));
        assert_eq!(r.to_usd(738_400.0, "KZT", 2024), Ok(1572.94));
    }

    #[test]
    fn says_why_a_fine_cannot_be_converted() {
        let r = reference();
        assert_eq!(
            r.fine_local(&fine(200.0, "KZ-MCI", Some(2019))),
            Err(NotConvertible::NoUnitValue {
                unit: "KZ-MCI".into(),
                year: 2019
            })
        );
        assert_eq!(
            r.fine_local(&fine(90.0, "DE-DAY-FINE", None)),
            Err(NotConvertible::IncomeBased {
                unit: "DE-DAY-FINE".into()
            })
        );
        assert_eq!(
            r.to_usd(1000.0, "PHP", 2024),
            Err(NotConvertible::NoExchangeRate {
                currency: "PHP".into(),
                year: 2024
            })
        );
        assert!(matches!(
            r.fine_local(&fine(1.0, "XX-FOO", None)),
            Err(NotConvertible::UnknownUnit { .. })
        ));
    }

    #[test]
    fn falls_back_to_the_latest_year_with_both_figures() {
        let mut r = reference();
        r.set_rate("EUR", 2023, 1.0 / 1.0817);
        r.set_rate("KZT", 2023, 456.2);
        // A euro fine: no 2024 rate, so the 2023 rate is used and reported.
        let eur = fine(30_000.0, "EUR", None);
        assert_eq!(r.year_of(&eur), 2023);
        assert_eq!(r.normalise(&tier_with(eur)).fine_max_usd, Some(32_451.0));
        // An MCI fine keeps 2024: both its value and the rate exist for 2024.
        assert_eq!(r.year_of(&fine(200.0, "KZ-MCI", None)), 2024);
        // Nothing within reach: the reference year is reported as missing.
        assert_eq!(r.year_of(&fine(1.0, "PHP", None)), 2024);
        // A stated year is never moved.
        assert_eq!(r.year_of(&fine(1.0, "EUR", Some(2024))), 2024);
    }

    fn tier_with(f: FineRange) -> PenaltyTier {
        let mut t: PenaltyTier = toml::from_str("label = \"t\"").unwrap();
        t.fine = Some(f);
        t
    }

    #[test]
    fn days_read_as_years_months_and_days() {
        assert_eq!(super::days_words(730.0), "2 years");
        assert_eq!(super::days_words(1520.0), "4 years 2 months");
        assert_eq!(super::days_words(15.0), "15 days");
        assert_eq!(super::days_words(45.0), "1 month 15 days");
        assert_eq!(super::days_words(365.0), "1 year");
        assert_eq!(super::days_words(0.2), "0 days");
    }

    #[test]
    fn converts_terms_to_days() {
        // "Arresto menor" is 1 to 30 days; arresto mayor 1 month and 1 day to 6 months.
        let menor = TermRange {
            min: Some(11.0),
            max: Some(30.0),
            unit: TimeUnit::Days,
        };
        assert_eq!(term_days(&menor), (Some(11.0), Some(30.0)));
        let prison = TermRange {
            min: Some(6.0),
            max: Some(2.0 * 12.0),
            unit: TimeUnit::Months,
        };
        assert_eq!(term_days(&prison), (Some(180.0), Some(720.0)));
        let years = TermRange {
            min: None,
            max: Some(2.0),
            unit: TimeUnit::Years,
        };
        assert_eq!(term_days(&years), (None, Some(730.0)));
        let hours = TermRange {
            min: None,
            max: Some(480.0),
            unit: TimeUnit::Hours,
        };
        assert_eq!(term_days(&hours), (None, None));
        assert_eq!(service_hours(&hours), (None, Some(480.0)));
    }

    #[test]
    fn normalises_a_whole_tier() {
        let r = reference();
        let tier: PenaltyTier = toml::from_str(
            "label = \"repeat\"\noffence_number = 2\ncombine = \"alternative\"\nfine = { max = 200, unit = \"KZ-MCI\" }\narrest = { max = 50, unit = \"days\" }",
        )
        .unwrap();
        let n = r.normalise(&tier);
        assert_eq!(n.fine_max_local, Some(738_400.0));
        assert_eq!(n.fine_max_usd, Some(1572.94));
        assert_eq!(n.arrest_max_days, Some(50.0));
        assert_eq!(n.fine_not_convertible, None);
    }
}
