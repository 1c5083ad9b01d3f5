//! Comparison cells in the page's language.
//!
//! [`crate::views::compare`] builds each cell's text in English, because the
//! JSON API and the exports speak English. Pages in Russian or Kazakh say the
//! same facts in their language: the cell is rebuilt here from the summary it
//! came from (the enumerated values through the catalogue, penalty figures
//! through [`Tr::days`]), so that no fact is translated by guessing at text.
//! What the data holds only in English (titles of bills, escalation
//! conditions) stays as the data says it.

use crate::data::model::names::label;
use crate::present::i18n::{Lang, Tr};
use crate::views::compare::{Cell, Summary, thousands};
use crate::views::escalation::Rung;
use crate::views::tiers::TierClass;

/// Maximum prison, arrest and fine in words, one part each that is given:
/// "лишение свободы до 2 лет", "штраф до 1,000 долл. США".
pub fn maxima_words(tr: &Tr, prison_days: Option<f64>, arrest_days: Option<f64>, fine_usd: Option<f64>) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(d) = prison_days {
        parts.push(tr.a("search-prison-up-to", "term", tr.days_after(d, "upto")));
    }
    if let Some(d) = arrest_days {
        parts.push(tr.a("search-arrest-up-to", "term", tr.days_after(d, "upto")));
    }
    if let Some(f) = fine_usd {
        parts.push(tr.a("search-fine-up-to", "amount", thousands(f)));
    }
    parts
}

/// A rung's sanctions in words, or that their size is not known.
pub fn rung_words(tr: &Tr, r: &Rung) -> String {
    let parts = maxima_words(tr, r.prison_max_days, r.arrest_max_days, r.fine_max_usd);
    if parts.is_empty() {
        tr.t("cell-size-unknown")
    } else {
        parts.join(", ")
    }
}

/// Values of one kind, each through the catalogue, comma-separated.
fn list(tr: &Tr, kind: &str, values: impl IntoIterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for v in values {
        if !seen.contains(&v) {
            seen.push(v);
        }
    }
    seen.iter()
        .map(|v| tr.value(kind, &v.replace(' ', "_")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "ratified (2023-06-20)" → "ратифицирована (2023-06-20)".
fn ratification(tr: &Tr, text: &str) -> String {
    let (status, rest) = match text.split_once(" (") {
        Some((s, r)) => (s, format!(" ({r}")),
        None => (text, String::new()),
    };
    format!("{}{rest}", tr.value("ratification", &status.replace(' ', "_")))
}

/// The text of one comparison cell for `summary` in the page's language.
/// English pages show the cell as the comparison built it.
pub fn cell_text(tr: &Tr, key: &str, s: &Summary, cell: &Cell) -> String {
    if tr.lang == Lang::En {
        return cell.text.clone();
    }
    match cell.text.as_str() {
        "unknown" => return "unknown".into(), // the template shows it as unknown
        "none recorded" => return tr.t("cell-none-recorded"),
        "none recorded or not convertible" => return tr.t("cell-none-or-not-convertible"),
        _ => {}
    }
    let tier = |class| {
        s.strongest
            .get(class)
            .map_or_else(|| tr.t("cell-none-recorded"), |r| rung_words(tr, r))
    };
    match key {
        "liability" => tr.value("harassment_liability", &label(&s.liability)),
        "penalty_first" => tier(TierClass::First),
        "penalty_repeat" => tier(TierClass::Repeat),
        "penalty_aggravated" => tier(TierClass::Aggravated),
        "max_fine" => s.max_fine_usd.as_ref().map_or_else(
            || tr.t("cell-none-or-not-convertible"),
            |f| tr.a("cell-usd", "amount", thousands(f.value)),
        ),
        "escalation" => s
            .escalation
            .iter()
            .map(|l| {
                let to = match &l.escalates_to {
                    Some(r) => format!("{} ({})", r.article, tr.value("liability", &label(&l.top.liability))),
                    None => tr.t("cell-repeat"),
                };
                let window = l
                    .window_days
                    .map(|d| format!(" {}", tr.a("cell-within", "term", tr.days_after(d, "within"))))
                    .unwrap_or_default();
                format!(
                    "{}: {} → {to}{window}: {}",
                    l.provision.article,
                    rung_words(tr, &l.first),
                    rung_words(tr, &l.top)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        "prosecution" => list(tr, "prosecution", s.prosecution.iter().map(|(k, _)| k.clone())),
        "reconciliation" => list(tr, "settlement", s.reconciliation.iter().map(|(b, _)| label(b))),
        "definition" => list(tr, "definition_basis", s.definition.iter().cloned()),
        "conduct" => list(tr, "conduct", s.conduct.iter().cloned()),
        "settings" => list(tr, "setting", s.settings.iter().cloned()),
        "related" => list(tr, "offence_kind", s.related.iter().map(|(k, _)| k.clone())),
        "employer_duties" => match &s.employer_duties {
            Some(v) if v.is_empty() => tr.t("cell-employer-none-confirmed"),
            Some(v) => list(tr, "employer_duty", v.iter().cloned()),
            None => "unknown".into(),
        },
        "c190" | "cedaw" => ratification(tr, &cell.text),
        "harassment" => cell.text.clone(),
        _ => cell.text.clone(),
    }
}
