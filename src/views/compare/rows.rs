//! The comparison table: one row per dimension, one cell per jurisdiction.
//!
//! Each cell has its text, the articles it rests on (each once), and a
//! coarse class. A row "differs" when the classes differ: criminal against
//! administrative, public against complaint prosecution, a fine against
//! prison of more than two years. Figures that differ only in size within
//! one band do not mark the row, so the mark points at differences of kind.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Figure, Summary, distinct, thousands};
use crate::views::escalation::{Ladder, Rung};
use crate::views::refs::Ref;
use crate::views::tiers::TierClass;

/// A cell of the comparison table.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Cell {
    /// The value in words; "unknown" or "none" where that is what the data says.
    pub text: String,
    /// The articles it rests on, each once.
    pub links: Vec<Ref>,
    /// The value's kind, coarser than the text: two cells of one row with
    /// different classes make the row differ.
    pub class: String,
}

impl Cell {
    /// A cell whose class is its text.
    fn new(text: impl Into<String>, links: Vec<Ref>) -> Cell {
        let text = text.into();
        Cell::classed(text.clone(), text, links)
    }

    /// A cell with its own class; links are kept once each, in order.
    fn classed(text: impl Into<String>, class: impl Into<String>, links: Vec<Ref>) -> Cell {
        let mut once: Vec<Ref> = Vec::new();
        for l in links {
            if !once.iter().any(|o| o.href == l.href) {
                once.push(l);
            }
        }
        Cell {
            text: text.into(),
            links: once,
            class: class.into(),
        }
    }
}

/// A row: one dimension across the compared jurisdictions.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Row {
    /// Machine name of the dimension.
    pub key: &'static str,
    /// Its label.
    pub label: &'static str,
    /// One cell per jurisdiction, in the order asked.
    pub cells: Vec<Cell>,
    /// Whether the cells differ in kind (their classes differ).
    pub differs: bool,
}

/// A whole comparison.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Comparison {
    /// The jurisdictions, in the order asked.
    pub jurisdictions: Vec<Summary>,
    /// One row per dimension.
    pub rows: Vec<Row>,
}

fn list_or(v: &[String], empty: &str) -> String {
    if v.is_empty() { empty.to_owned() } else { v.join(", ") }
}

/// "some" or "none": the class of a count.
fn any(n: usize) -> &'static str {
    if n == 0 { "none" } else { "some" }
}

/// A band of a sanction's size, for the class of a penalty cell.
fn band(v: f64, bounds: &[(f64, &'static str)], top: &'static str) -> &'static str {
    bounds.iter().find(|(b, _)| v <= *b).map_or(top, |(_, n)| n)
}

/// The class of a rung: which sanctions it has, banded by size.
pub fn rung_class(r: &Rung) -> String {
    let mut parts = Vec::new();
    if let Some(d) = r.prison_max_days {
        parts.push(band(
            d,
            &[
                (183.0, "prison ≤ 6 months"),
                (730.0, "prison ≤ 2 years"),
                (1825.0, "prison ≤ 5 years"),
            ],
            "prison > 5 years",
        ));
    }
    if r.arrest_max_days.is_some() {
        parts.push("arrest");
    }
    if let Some(f) = r.fine_max_usd {
        parts.push(band(
            f,
            &[(500.0, "fine ≤ 500 USD"), (5000.0, "fine ≤ 5,000 USD")],
            "fine > 5,000 USD",
        ));
    }
    parts.join(", ")
}

fn tier(s: &Summary, class: TierClass) -> Cell {
    match s.strongest.get(class) {
        Some(r) => Cell::classed(r.summary(), rung_class(r), vec![r.provision.clone()]),
        None => Cell::new("none recorded", vec![]),
    }
}

/// Values with the articles they come from: "public (art. 1, art. 2); complaint (art. 3)"
/// reads as one list, the links follow in the same order.
fn grouped(pairs: &[(String, Ref)]) -> Cell {
    let kinds = distinct(pairs.iter().map(|(k, _)| k.clone()));
    let mut links = Vec::new();
    for k in &kinds {
        links.extend(pairs.iter().filter(|(x, _)| x == k).map(|(_, r)| r.clone()));
    }
    Cell::new(list_or(&kinds, "unknown"), links)
}

fn ratified(v: &Option<String>) -> Cell {
    match v {
        Some(t) => Cell::classed(t.clone(), t.split(" (").next().unwrap_or(t), vec![]),
        None => Cell::new("unknown", vec![]),
    }
}

fn max_fine(f: &Option<Figure>) -> Cell {
    match f {
        Some(f) => Cell::classed(
            format!("{} USD", thousands(f.value)),
            band(f.value, &[(500.0, "≤ 500"), (5000.0, "≤ 5,000")], "> 5,000"),
            vec![f.source.clone()],
        ),
        None => Cell::new("none recorded or not convertible", vec![]),
    }
}

/// How one row's cell is read from a summary.
type Extract = fn(&Summary) -> Cell;

/// The compared dimensions, in display order: (key, label, extract).
const DIMENSIONS: &[(&str, &str, Extract)] = &[
    ("liability", "Strongest liability for sexual harassment", |s| {
        Cell::new(s.liability.words(), s.harassment_adult.clone())
    }),
    ("harassment", "Sexual-harassment provisions in force", |s| {
        let text = if s.harassment.is_empty() {
            "none recorded".into()
        } else {
            format!("{}", s.harassment.len())
        };
        Cell::classed(text, any(s.harassment.len()), s.harassment.clone())
    }),
    ("penalty_first", "Penalty, first offence (heaviest)", |s| {
        tier(s, TierClass::First)
    }),
    ("penalty_repeat", "Penalty, repeat offence (heaviest)", |s| {
        tier(s, TierClass::Repeat)
    }),
    ("penalty_aggravated", "Penalty, aggravated offence (heaviest)", |s| {
        tier(s, TierClass::Aggravated)
    }),
    ("max_fine", "Highest fine (USD)", |s| max_fine(&s.max_fine_usd)),
    ("escalation", "Escalation on repetition", |s| {
        let text = if s.escalation.is_empty() {
            "none recorded".into()
        } else {
            s.escalation.iter().map(Ladder::summary).collect::<Vec<_>>().join("; ")
        };
        let class = match () {
            _ if s.escalation.is_empty() => "none",
            _ if s.escalation.iter().any(|l| l.changes_liability) => "changes liability",
            _ => "rises",
        };
        let links = s
            .escalation
            .iter()
            .flat_map(|l| std::iter::once(l.provision.clone()).chain(l.escalates_to.clone()))
            .collect();
        Cell::classed(text, class, links)
    }),
    ("prosecution", "Prosecution", |s| grouped(&s.prosecution)),
    ("reconciliation", "Reconciliation", |s| {
        let pairs: Vec<(String, Ref)> = s
            .reconciliation
            .iter()
            .map(|(b, r)| (b.words().to_owned(), r.clone()))
            .collect();
        grouped(&pairs)
    }),
    ("definition", "Definition rests on", |s| {
        Cell::new(list_or(&s.definition, "unknown"), vec![])
    }),
    ("conduct", "Conduct covered", |s| {
        Cell::new(list_or(&s.conduct, "unknown"), vec![])
    }),
    ("settings", "Settings covered", |s| {
        Cell::new(list_or(&s.settings, "unknown"), vec![])
    }),
    ("related", "Related offences used (not harassment proper)", |s| {
        let kinds = distinct(s.related.iter().map(|(k, _)| k.clone()));
        let links = s.related.iter().map(|(_, r)| r.clone()).collect();
        Cell::new(list_or(&kinds, "none recorded"), links)
    }),
    ("employer_duties", "Employer duties", |s| {
        Cell::new(
            match &s.employer_duties {
                Some(v) if v.is_empty() => "recorded; none of policy, training, complaints confirmed".into(),
                Some(v) => v.join(", "),
                None => "unknown".into(),
            },
            vec![],
        )
    }),
    ("c190", "ILO Convention 190", |s| ratified(&s.c190)),
    ("cedaw", "CEDAW", |s| ratified(&s.cedaw)),
    ("statistics", "Statistics", |s| {
        let figures: Vec<String> = s.statistics.iter().take(3).map(|x| x.figure.clone()).collect();
        let link = Ref {
            article: "statistics".into(),
            title: format!("Statistics recorded for {}", s.name),
            href: format!("/jurisdictions/{}#statistics", s.code.to_lowercase()),
        };
        let links = if figures.is_empty() { vec![] } else { vec![link] };
        Cell::classed(list_or(&figures, "none recorded"), any(figures.len()), links)
    }),
    ("proposals", "Proposals and bills", |s| {
        Cell::classed(list_or(&s.proposals, "none recorded"), any(s.proposals.len()), vec![])
    }),
];

/// The comparison table: one row per dimension, one cell per jurisdiction.
pub fn compare(summaries: Vec<Summary>) -> Comparison {
    let rows = DIMENSIONS
        .iter()
        .map(|(key, label, f)| {
            let cells: Vec<Cell> = summaries.iter().map(f).collect();
            let differs = cells.windows(2).any(|w| w[0].class != w[1].class);
            Row {
                key,
                label,
                cells,
                differs,
            }
        })
        .collect();
    Comparison {
        jurisdictions: summaries,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rung(prison: Option<f64>, fine: Option<f64>) -> Rung {
        Rung {
            provision: Ref {
                article: "Art. 1".into(),
                title: String::new(),
                href: "/jurisdictions/xx#a".into(),
            },
            label: String::new(),
            offence_number: None,
            liability: crate::data::model::Liability::Criminal,
            prison_max_days: prison,
            arrest_max_days: None,
            fine_max_usd: fine,
        }
    }

    #[test]
    fn classes_band_sizes_so_only_differences_of_kind_mark_a_row() {
        assert_eq!(
            rung_class(&rung(Some(365.0), None)),
            rung_class(&rung(Some(700.0), None))
        );
        assert_ne!(
            rung_class(&rung(Some(365.0), None)),
            rung_class(&rung(Some(1095.0), None))
        );
        assert_ne!(
            rung_class(&rung(None, Some(100.0))),
            rung_class(&rung(Some(100.0), None))
        );
        assert_eq!(rung_class(&rung(None, Some(100.0))), "fine ≤ 500 USD");
    }

    #[test]
    fn a_cell_keeps_each_link_once() {
        let r = rung(None, None).provision;
        let c = Cell::new("x", vec![r.clone(), r.clone()]);
        assert_eq!(c.links, vec![r]);
    }
}
