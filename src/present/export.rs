//! Exports: the tidy CSV researchers load into R, pandas or a spreadsheet
//! (one row per penalty tier of every provision), and the whole atlas as
//! JSON with normalised figures added.
//!
//! Column names and order are part of the public format and pinned by a
//! golden-file test; add columns at the end only.

use std::io::Write;

use serde_json::{Value, json};

use crate::data::load::Atlas;
use crate::data::load::reference::duration_days;
use crate::data::model::Settlement;
use crate::data::model::names::{label, labels, num, repeat_escalation};
use crate::data::model::penalty::PenaltyTier;
use crate::data::model::{Instrument, Jurisdiction, Provision};
use crate::views::normalise::NormalisedTier;

/// The CSV columns, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "jurisdiction",
    "jurisdiction_name",
    "instrument_id",
    "instrument_title",
    "status",
    "provision_id",
    "article",
    "offence_kind",
    "liability",
    "settings",
    "conduct",
    "prosecution",
    "reconciliation_allowed",
    "repeat_escalation",
    "tier",
    "offence_number",
    "imprisonment_min_days",
    "imprisonment_max_days",
    "arrest_max_days",
    "fine_min",
    "fine_max",
    "fine_unit",
    "fine_max_usd",
    "community_service_hours",
    "source_urls",
    "last_reviewed",
    // Additional columns, after the required ones.
    "or_later",
    "circumstances",
    "combine",
    "arrest_min_days",
    "fine_min_usd",
    "fine_year",
    "fine_note",
    "provision_title",
    "summary",
    "reconciliation",
    "reconciliation_bars",
    "withdrawal",
    "limitation_days",
    "research",
    "escalates_to",
    "escalation_window_days",
    "escalation_condition",
];

/// Writes the CSV.
/// The UTF-8 byte-order mark, written before the CSV when asked for
/// (`?bom=1`, `export --bom`): Excel needs it to read the file as UTF-8.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

pub fn csv<W: Write>(atlas: &Atlas, out: W) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_COLUMNS)?;
    for j in &atlas.jurisdictions {
        for (inst, p) in j.provisions() {
            if p.penalties.is_empty() {
                w.write_record(row(atlas, j, inst, p, None))?;
            }
            for t in &p.penalties {
                w.write_record(row(atlas, j, inst, p, Some(t)))?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

fn row(atlas: &Atlas, j: &Jurisdiction, inst: &Instrument, p: &Provision, tier: Option<&PenaltyTier>) -> Vec<String> {
    let n = tier.map(|t| atlas.reference.normalise(t)).unwrap_or_default();
    let urls: Vec<&str> = p
        .sources
        .iter()
        .filter_map(|id| j.source(id))
        .map(|s| s.url.as_str())
        .collect();
    let liability = tier.and_then(|t| t.liability).unwrap_or(p.liability);
    let pr = p.prosecution.as_ref();
    vec![
        j.code.clone(),
        j.name.clone(),
        inst.id.clone(),
        inst.title.clone(),
        label(&inst.status),
        p.id.clone(),
        p.article.clone(),
        label(&p.offence_kind),
        label(&liability),
        labels(&p.settings),
        labels(&p.conduct),
        pr.and_then(|x| x.kind)
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        pr.and_then(|x| x.reconciliation)
            .and_then(Settlement::allowed)
            .map(|b| b.to_string())
            .unwrap_or_default(),
        repeat_escalation(p).to_string(),
        tier.map(|t| t.label.clone()).unwrap_or_default(),
        tier.and_then(|t| t.offence_number)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        num(n.imprisonment_min_days),
        num(n.imprisonment_max_days),
        num(n.arrest_max_days),
        num(tier.and_then(|t| t.fine.as_ref()).and_then(|f| f.min)),
        num(tier.and_then(|t| t.fine.as_ref()).and_then(|f| f.max)),
        tier.and_then(|t| t.fine.as_ref())
            .map(|f| f.unit.clone())
            .unwrap_or_default(),
        num(n.fine_max_usd),
        num(n.community_service_max_hours),
        urls.join(";"),
        j.last_reviewed.to_string(),
        tier.map(|t| t.or_later.to_string()).unwrap_or_default(),
        tier.map(|t| labels(&t.circumstances)).unwrap_or_default(),
        tier.and_then(|t| t.combine.as_ref()).map(label).unwrap_or_default(),
        num(n.arrest_min_days),
        num(n.fine_min_usd),
        n.fine_year.map(|y| y.to_string()).unwrap_or_default(),
        n.fine_not_convertible
            .as_ref()
            .map(|e| e.to_string())
            .unwrap_or_default(),
        p.title.clone(),
        p.summary.trim().to_owned(),
        pr.and_then(|x| x.reconciliation).map(|r| label(&r)).unwrap_or_default(),
        pr.map(|x| labels(&x.reconciliation_bars)).unwrap_or_default(),
        pr.and_then(|x| x.withdrawal).map(|r| label(&r)).unwrap_or_default(),
        num(pr.and_then(|x| x.limitation).and_then(|d| duration_days(&d))),
        p.research.trim().to_owned(),
        p.escalation.as_ref().map(|e| e.to.clone()).unwrap_or_default(),
        num(p
            .escalation
            .as_ref()
            .and_then(|e| e.within)
            .and_then(|d| duration_days(&d))),
        p.escalation.as_ref().map(|e| e.condition.clone()).unwrap_or_default(),
    ]
    .into_iter()
    .map(neutralise_formula)
    .collect()
}

/// Makes a cell safe to open in a spreadsheet (OWASP "CSV injection"): text
/// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading `'` so that Excel, LibreOffice and Sheets show it as text instead
/// of running it as a formula. Numbers (`-5`, `+1.5`) are left alone.
pub fn neutralise_formula(cell: String) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The whole atlas as JSON, each penalty tier carrying a `normalised` object
/// and each jurisdiction its derived `harassment_liability`.
pub fn json_value(atlas: &Atlas) -> anyhow::Result<Value> {
    let mut js = Vec::with_capacity(atlas.jurisdictions.len());
    for j in &atlas.jurisdictions {
        js.push(jurisdiction_json(atlas, j)?);
    }
    Ok(json!({
        "title": atlas.config.title,
        "data_licence": atlas.config.data_licence,
        "reference_year": atlas.reference.reference_year,
        "conventions": {
            "days_per_week": 7, "days_per_month": 30, "days_per_year": 365,
            "fines": "legal units × the unit's value in the fine's year (default: reference_year), ÷ that year's average local-currency-per-USD rate",
            "absent_field": "unknown"
        },
        "jurisdictions": js,
        "reference": { "units": atlas.units, "exchange_rates": atlas.rates },
    }))
}

/// One jurisdiction as JSON with normalised figures.
pub fn jurisdiction_json(atlas: &Atlas, j: &Jurisdiction) -> anyhow::Result<Value> {
    let mut v = serde_json::to_value(j)?;
    v["harassment_liability"] = serde_json::to_value(j.harassment_liability())?;
    for (ii, inst) in j.instruments.iter().enumerate() {
        for (pi, p) in inst.provisions.iter().enumerate() {
            let pv = &mut v["instruments"][ii]["provisions"][pi];
            pv["repeat_escalation"] = Value::Bool(repeat_escalation(p));
            for (ti, t) in p.penalties.iter().enumerate() {
                let n: NormalisedTier = atlas.reference.normalise(t);
                pv["penalties"][ti]["normalised"] = serde_json::to_value(n)?;
            }
        }
    }
    Ok(v)
}

/// Writes the JSON, pretty-printed.
pub fn json<W: Write>(atlas: &Atlas, mut out: W) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut out, &json_value(atlas)?)?;
    writeln!(out)?;
    Ok(())
}
