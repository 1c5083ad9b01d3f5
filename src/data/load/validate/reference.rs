//! The reference tables: legal units and exchange rates, each value sourced,
//! years plausible, no duplicates.

use std::collections::HashSet;
use std::path::Path;

use crate::data::load::diagnostic::{Diagnostic, KeyPath, SourceMap};
use crate::data::load::reference::is_currency;
use crate::data::model::date::LegalDate;
use crate::data::model::reference::{RatesFile, UnitKind, UnitsFile};

use super::{Checker, check_source, hint_known};

/// Validates the reference tables.
pub fn reference(dir: &Path, units: &UnitsFile, rates: &RatesFile) -> Vec<Diagnostic> {
    let mut out = check_file(&dir.join("reference/units.toml"), &units.sources, |c, known| {
        check_units(c, units, known)
    });
    out.extend(check_file(
        &dir.join("reference/exchange_rates.toml"),
        &rates.sources,
        |c, known| check_rates(c, rates, known),
    ));
    out
}

/// Checks one reference file: its sources, then its rows with `rows`, which
/// gets the ids of the file's sources. The file is already parsed by the
/// loader; it is read again only to locate findings.
fn check_file(
    path: &Path,
    sources: &[crate::data::model::Source],
    rows: impl FnOnce(&mut Checker<'_>, &HashSet<&str>),
) -> Vec<Diagnostic> {
    let map = SourceMap::new(path, &crate::data::load::read_text(path).unwrap_or_default());
    let mut c = Checker {
        map: &map,
        diags: Vec::new(),
        today: LegalDate::today(),
        draft: false,
    };
    let root = KeyPath::root();
    for (i, s) in sources.iter().enumerate() {
        check_source(&mut c, &root.key("sources").idx(i), s);
    }
    let known: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    rows(&mut c, &known);
    c.diags
}

/// Legal units: unique non-currency ids, a currency, one positive value a year, each sourced.
fn check_units(c: &mut Checker<'_>, units: &UnitsFile, usrc: &HashSet<&str>) {
    let root = KeyPath::root();
    let mut ids = HashSet::new();
    for (i, u) in units.units.iter().enumerate() {
        let p = root.key("units").idx(i);
        if !ids.insert(u.id.as_str()) {
            c.error(
                &p.key("id"),
                format!("duplicate unit id `{}`", u.id),
                "each unit once; add years to its `values`",
            );
        }
        if is_currency(&u.id) {
            c.error(
                &p.key("id"),
                format!("`{}` is a currency code", u.id),
                "name legal units `<COUNTRY>-<ACRONYM>`, e.g. `KZ-MCI`",
            );
        }
        if !is_currency(&u.currency) {
            c.error(
                &p.key("currency"),
                format!("`{}` is not an ISO 4217 currency", u.currency),
                "use a code such as `KZT`",
            );
        }
        if u.kind == UnitKind::Indexed && u.values.is_empty() {
            c.warn(
                &p.key("values"),
                format!("{} has no yearly values", u.id),
                "add values with their sources",
            );
        }
        let mut years = HashSet::new();
        for (vi, v) in u.values.iter().enumerate() {
            let vp = p.key("values").idx(vi);
            if !years.insert(v.year) {
                c.error(
                    &vp.key("year"),
                    format!("{} has two values for {}", u.id, v.year),
                    "keep one value per year",
                );
            }
            if !v.value.is_finite() || v.value <= 0.0 {
                c.error(
                    &vp.key("value"),
                    format!("{} is not a valid unit value", v.value),
                    "a unit value is a positive amount",
                );
            }
            if !usrc.contains(v.source.as_str()) {
                c.error(
                    &vp.key("source"),
                    format!("source `{}` is not defined in this file", v.source),
                    hint_known("sources", usrc.iter().copied()),
                );
            }
        }
    }
}

/// Exchange rates: a currency, one positive rate a year, each sourced.
fn check_rates(c: &mut Checker<'_>, rates: &RatesFile, rsrc: &HashSet<&str>) {
    let root = KeyPath::root();
    let mut seen = HashSet::new();
    for (i, r) in rates.rates.iter().enumerate() {
        let p = root.key("rates").idx(i);
        if !is_currency(&r.currency) {
            c.error(
                &p.key("currency"),
                format!("`{}` is not an ISO 4217 currency", r.currency),
                "use a code such as `KZT`",
            );
        }
        if !seen.insert((r.currency.as_str(), r.year)) {
            c.error(
                &p.key("year"),
                format!("two rates for {} in {}", r.currency, r.year),
                "keep one yearly average per currency",
            );
        }
        match (r.per_usd, r.usd_per_unit) {
            (Some(v), None) | (None, Some(v)) if v.is_finite() && v > 0.0 => {}
            (Some(_), Some(_)) => c.error(
                &p,
                "both `per_usd` and `usd_per_unit` are given",
                "give the one figure the source states",
            ),
            (None, None) => c.error(
                &p,
                "no rate is given",
                "add `per_usd` (local units per dollar) or `usd_per_unit`",
            ),
            (Some(v), _) | (_, Some(v)) => c.error(
                &p,
                format!("{v} is not a valid exchange rate"),
                "a rate is a positive number",
            ),
        }
        if !rsrc.contains(r.source.as_str()) {
            c.error(
                &p.key("source"),
                format!("source `{}` is not defined in this file", r.source),
                hint_known("sources", rsrc.iter().copied()),
            );
        }
    }
}
