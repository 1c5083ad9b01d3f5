//! Penalty tiers: ranges in order, plausible terms and fines, known units and
//! currencies, fines that convert.

use crate::data::load::diagnostic::KeyPath;
use crate::data::load::reference::{NotConvertible, Reference};
use crate::data::model::penalty::{FineRange, PenaltyTier, TermRange, TimeUnit};

use super::Checker;

/// The longest term or period believed: 100 years. A longer figure is a
/// typing error (or life imprisonment, which is not a number of years).
pub const MAX_TERM_DAYS: f64 = 100.0 * 365.0;
/// The most community-service hours believed.
pub const MAX_SERVICE_HOURS: f64 = 10_000.0;
/// The largest amount believed in any currency or legal unit (fines in
/// Iranian rials or Vietnamese dong reach 10^9; 10^15 is far beyond).
pub const MAX_AMOUNT: f64 = 1e15;
/// The largest fine believed once converted: USD 1 billion.
pub const MAX_FINE_USD: f64 = 1e9;

/// A figure for a message: huge ones in scientific notation.
pub(super) fn figure(v: f64) -> String {
    if v.abs() >= 1e9 {
        format!("{v:.2e}")
    } else {
        format!("{v}")
    }
}

pub(super) fn duration(c: &mut Checker<'_>, p: &KeyPath, d: &crate::data::model::penalty::Duration) {
    let v = d.value;
    if !v.is_finite() || v <= 0.0 {
        c.error(
            &p.key("value"),
            format!("{v} is not a valid duration"),
            "a duration is a positive number of units",
        );
    } else if let Some(days) = crate::data::load::reference::days_per(d.unit).map(|f| v * f)
        && days > MAX_TERM_DAYS
    {
        c.error(
            &p.key("value"),
            format!("{} {:?} is over 100 years", figure(v), d.unit).to_lowercase(),
            "check the figure against the source; a period with no end is recorded in the note",
        );
    }
}

pub(super) fn check_tier(c: &mut Checker<'_>, p: &KeyPath, t: &PenaltyTier, reference: &Reference) {
    if t.label.trim().is_empty() {
        c.error(
            &p.key("label"),
            "the tier's label is empty",
            "give a short label, e.g. `first offence`",
        );
    }
    match t.offence_number {
        Some(0) => c.error(
            &p.key("offence_number"),
            "offence numbers start at 1",
            "write 1 for a first offence, 2 for a second…",
        ),
        None if t.or_later => c.error(
            &p.key("or_later"),
            "`or_later` needs `offence_number`",
            "e.g. offence_number = 3 with or_later = true for \"third and later\"",
        ),
        _ => {}
    }
    let n = t.sanction_count();
    if n == 0 {
        c.error(p, "the tier names no sanction", "give at least one of imprisonment, arrest, fine, community_service, corrective_labour, restriction_of_liberty, disqualification, training, other");
    }
    if n > 1 && t.combine.is_none() {
        c.error(
            &p.key("combine"),
            format!("the tier has {n} sanctions but does not say how they combine"),
            "add combine = \"alternative\" (or), \"cumulative\" (and) or \"either_or_both\" (and/or)",
        );
    }
    for (name, r) in t.terms() {
        if let Some(r) = r {
            term(c, &p.key(name), r, name);
        }
    }
    if let Some(f) = &t.fine {
        fine(c, &p.key("fine"), f, reference);
    }
}

pub(super) fn range_ok(c: &mut Checker<'_>, p: &KeyPath, min: Option<f64>, max: Option<f64>) {
    for (k, v) in [("min", min), ("max", max)] {
        if let Some(v) = v
            && (!v.is_finite() || v < 0.0)
        {
            c.error(
                &p.key(k),
                format!("{v} is not a valid amount"),
                "amounts and terms are zero or more",
            );
        }
    }
    match (min, max) {
        (None, None) => c.warn(
            p,
            "the range has neither `min` nor `max`: the sanction is recorded, its size is unknown",
            "give the bounds the law states when a source has them",
        ),
        (Some(a), Some(b)) if a > b => c.error(
            &p.key("min"),
            format!("min ({a}) is greater than max ({b})"),
            "swap the bounds or check them against the source",
        ),
        _ => {}
    }
}

pub(super) fn term(c: &mut Checker<'_>, p: &KeyPath, r: &TermRange, name: &str) {
    range_ok(c, p, r.min, r.max);
    let (limit, what) = match crate::data::load::reference::days_per(r.unit) {
        Some(f) => (MAX_TERM_DAYS / f, "100 years"),
        None => (MAX_SERVICE_HOURS, "10,000 hours"),
    };
    for (k, v) in [("min", r.min), ("max", r.max)] {
        if let Some(v) = v
            && v.is_finite()
            && v > limit
        {
            c.error(
                &p.key(k),
                format!(
                    "{} {} is over {what}",
                    figure(v),
                    format!("{:?}", r.unit).to_lowercase()
                ),
                "check the figure and its unit against the source; life imprisonment is not a number of years",
            );
        }
    }
    if r.unit == TimeUnit::Hours && name != "community_service" {
        c.error(
            &p.key("unit"),
            format!("{name} is not counted in hours"),
            "use days, weeks, months or years",
        );
    }
}

pub(super) fn fine(c: &mut Checker<'_>, p: &KeyPath, f: &FineRange, reference: &Reference) {
    range_ok(c, p, f.min, f.max);
    for (k, v) in [("min", f.min), ("max", f.max)] {
        if let Some(v) = v
            && v.is_finite()
            && v > MAX_AMOUNT
        {
            c.error(
                &p.key(k),
                format!("{} {} is not a plausible amount", figure(v), f.unit),
                "check the figure against the source: a digit too many, or the wrong unit",
            );
        }
    }
    let raw_plausible = [f.min, f.max].into_iter().flatten().all(|v| v <= MAX_AMOUNT);
    if raw_plausible && let Ok((currency, min, max)) = reference.fine_local(f) {
        for (k, v) in [("min", min), ("max", max)] {
            if let Some(local) = v.filter(|v| v.is_finite())
                && let Ok(usd) = reference.to_usd(local, &currency, reference.year_of(f))
                && usd > MAX_FINE_USD
            {
                c.error(
                    &p.key(k),
                    format!("the fine is about USD {}, over USD 1 billion", figure(usd.round())),
                    "check the figure against the source: a digit too many, or the wrong unit",
                );
            }
        }
    }
    if let Some(y) = f.year
        && !(1900..=c.today.year + 1).contains(&y)
    {
        c.error(
            &p.key("year"),
            format!("the year {y} is not plausible"),
            "give the year the amount applies to",
        );
    }
    match reference.fine_local(f) {
        Ok((currency, _, _)) => {
            let year = reference.year_of(f);
            if let Err(e) = reference.to_usd(1.0, &currency, year) {
                c.warn(
                    &p.key("unit"),
                    format!("the fine cannot be converted to USD: {e}"),
                    "add the rate to data/reference/exchange_rates.toml with its source",
                );
            }
        }
        Err(NotConvertible::UnknownUnit { unit }) => {
            c.error(
                &p.key("unit"),
                format!("`{unit}` is neither an ISO 4217 currency nor a legal unit in data/reference/units.toml"),
                "use a currency code such as `KZT`, or add the unit to units.toml with its yearly values",
            );
        }
        Err(NotConvertible::NoUnitValue { unit, year }) => {
            c.error(
                &p.key("unit"),
                format!("{unit} has no value for {year} in data/reference/units.toml"),
                "add the year's value with its source, or set the fine's `year` to one that has a value",
            );
        }
        Err(NotConvertible::IncomeBased { .. }) | Err(NotConvertible::NoExchangeRate { .. }) => {}
    }
}
