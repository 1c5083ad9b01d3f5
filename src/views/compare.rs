//! Comparison: each jurisdiction boiled down to the dimensions legislators
//! compare (liability, definition, conduct, settings, penalties, repeat
//! escalation, prosecution, reconciliation, employer duties, treaties,
//! statistics), every value linked to the article it rests on. Used by the
//! compare page and `/api/compare`, and by the topic pages.
//!
//! Sexual harassment proper and related offences are kept apart: penalty
//! figures here are those of in-force harassment provisions; related
//! offences are listed on their own row.

use schemars::JsonSchema;
use serde::Serialize;

use super::escalation::{self, Ladder};
use crate::data::load::Atlas;
use crate::data::model::names::label;
use crate::data::model::{HarassmentLiability, Instrument, Jurisdiction, Liability, Provision, Status};

pub use super::refs::{Ref, provision_href};

/// A figure and the provision it comes from.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Figure {
    /// The value (days or US dollars).
    pub value: f64,
    /// Where it comes from.
    pub source: Ref,
}

/// One jurisdiction's comparable facts.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Summary {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// UN M49 region.
    pub region: String,
    /// Strongest liability for harassment proper.
    pub liability: HarassmentLiability,
    /// In-force provisions on sexual harassment proper (those limited to
    /// children are marked so in their article).
    pub harassment: Vec<Ref>,
    /// Of those, the ones that protect adults: they set [`Summary::liability`].
    pub harassment_adult: Vec<Ref>,
    /// In-force related offences (stalking, hooliganism, coercion…), with their kind.
    pub related: Vec<(String, Ref)>,
    /// Definition bases of the harassment provisions.
    pub definition: Vec<String>,
    /// Conduct covered by harassment provisions.
    pub conduct: Vec<String>,
    /// Settings covered by harassment provisions.
    pub settings: Vec<String>,
    /// Longest maximum imprisonment (days) for harassment proper.
    pub max_prison_days: Option<Figure>,
    /// Longest maximum arrest (days) for harassment proper.
    pub max_arrest_days: Option<Figure>,
    /// Highest maximum fine (USD) for harassment proper.
    pub max_fine_usd: Option<Figure>,
    /// Harassment provisions whose penalties rise on repetition.
    pub escalation: Vec<Ladder>,
    /// Prosecution type per harassment provision (criminal or administrative).
    pub prosecution: Vec<(String, Ref)>,
    /// Whether reconciliation ends the case, per provision.
    pub reconciliation: Vec<(crate::data::model::Settlement, Ref)>,
    /// Employer duties recorded as required: policy, training, complaint procedure.
    pub employer_duties: Option<Vec<String>>,
    /// ILO C190 status, with date.
    pub c190: Option<String>,
    /// CEDAW status, with date.
    pub cedaw: Option<String>,
    /// Statistics, in words.
    pub statistics: Vec<String>,
    /// Proposals and bills not in force.
    pub proposals: Vec<String>,
    /// Whether any in-force provision covers street harassment or public spaces.
    pub street: Vec<Ref>,
    /// Whether any in-force provision covers online conduct.
    pub online: Vec<Ref>,
    /// Whether any in-force provision covers the workplace.
    pub workplace: Vec<Ref>,
    /// The date the file was last reviewed.
    pub last_reviewed: String,
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

fn better(current: &mut Option<Figure>, value: Option<f64>, j: &Jurisdiction, p: &Provision) {
    if let Some(v) = value
        && current.as_ref().is_none_or(|c| v > c.value)
    {
        *current = Some(Figure {
            value: v,
            source: Ref::new(j, p),
        });
    }
}

fn in_force(i: &Instrument) -> bool {
    i.status == Status::InForce
}

/// Summarises one jurisdiction.
pub fn summarise(atlas: &Atlas, j: &Jurisdiction) -> Summary {
    let mut s = Summary {
        code: j.code.clone(),
        name: j.name.clone(),
        region: label(&j.region),
        liability: j.harassment_liability(),
        harassment: Vec::new(),
        harassment_adult: Vec::new(),
        related: Vec::new(),
        definition: Vec::new(),
        conduct: Vec::new(),
        settings: Vec::new(),
        max_prison_days: None,
        max_arrest_days: None,
        max_fine_usd: None,
        escalation: escalation::ladders(atlas, j),
        prosecution: Vec::new(),
        reconciliation: Vec::new(),
        employer_duties: j.employer_duties.as_ref().map(|e| {
            let mut v = Vec::new();
            for (flag, name) in [
                (e.prevention_policy, "prevention policy"),
                (e.training, "training"),
                (e.complaint_procedure, "complaint procedure"),
            ] {
                if flag == Some(true) {
                    v.push(name.to_owned());
                }
            }
            v
        }),
        c190: j.commitments.ilo_c190.as_ref().map(ratification),
        cedaw: j.commitments.cedaw.as_ref().map(ratification),
        statistics: j
            .statistics
            .iter()
            .map(|st| {
                format!(
                    "{} ({}): {}",
                    crate::data::model::names::num(Some(st.value)) + stat_unit(&st.unit),
                    st.year,
                    st.description
                )
            })
            .collect(),
        proposals: j
            .instruments
            .iter()
            .filter(|i| matches!(i.status, Status::Proposed | Status::Pending | Status::Adopted))
            .map(|i| format!("{} ({})", i.title, label(&i.status).replace('_', " ")))
            .collect(),
        street: Vec::new(),
        online: Vec::new(),
        workplace: Vec::new(),
        last_reviewed: j.last_reviewed.to_string(),
    };
    for (inst, p) in j.provisions() {
        if in_force(inst) {
            add_provision(&mut s, atlas, j, p);
        }
    }
    s
}

/// Adds one in-force provision's facts to a summary: the settings it
/// covers, and for harassment proper its definition, penalties and prosecution.
fn add_provision(s: &mut Summary, atlas: &Atlas, j: &Jurisdiction, p: &Provision) {
    let r = Ref::new(j, p);
    if p.conduct.iter().any(|c| label(c) == "street")
        || p.settings
            .iter()
            .any(|x| matches!(label(x).as_str(), "public_space" | "public_transport"))
    {
        s.street.push(r.clone());
    }
    if p.conduct.iter().any(|c| label(c) == "online") || p.settings.iter().any(|x| label(x) == "online") {
        s.online.push(r.clone());
    }
    if p.settings
        .iter()
        .any(|x| matches!(label(x).as_str(), "workplace" | "civil_service"))
    {
        s.workplace.push(r.clone());
    }
    if !p.offence_kind.is_harassment() {
        s.related.push((label(&p.offence_kind).replace('_', " "), r));
        return;
    }
    if p.protects_adults() {
        s.harassment_adult.push(r.clone());
        s.harassment.push(r.clone());
    } else {
        s.harassment.push(Ref {
            article: format!("{} (children only)", r.article),
            ..r.clone()
        });
    }
    if let Some(b) = p.definition_basis {
        push_unique(&mut s.definition, label(&b));
    }
    for c in &p.conduct {
        push_unique(&mut s.conduct, label(c).replace('_', " "));
    }
    for x in &p.settings {
        push_unique(&mut s.settings, label(x).replace('_', " "));
    }
    for t in &p.penalties {
        let n = atlas.reference.normalise(t);
        better(&mut s.max_prison_days, n.imprisonment_max_days, j, p);
        better(&mut s.max_arrest_days, n.arrest_max_days, j, p);
        better(&mut s.max_fine_usd, n.fine_max_usd, j, p);
    }
    let penal = matches!(p.liability, Liability::Criminal | Liability::Administrative);
    if let Some(pr) = &p.prosecution {
        if let (true, Some(k)) = (penal, pr.kind) {
            s.prosecution.push((k.as_str().to_owned(), r.clone()));
        }
        if let Some(rec) = pr.reconciliation {
            s.reconciliation.push((rec, r.clone()));
        }
    }
}

/// A statistic's unit as it follows the figure: "%", "" or " per 100,000".
pub fn stat_unit(u: &crate::data::model::StatUnit) -> &'static str {
    match u {
        crate::data::model::StatUnit::Percent => "%",
        crate::data::model::StatUnit::Count => "",
        crate::data::model::StatUnit::Per100k => " per 100,000",
    }
}

fn ratification(r: &crate::data::model::Ratification) -> String {
    let status = label(&r.status).replace('_', " ");
    match &r.date {
        Some(d) => format!("{status} ({d})"),
        None => status,
    }
}

/// A cell of the comparison table.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Cell {
    /// The value in words; "unknown" or "none" where that is what the data says.
    pub text: String,
    /// The articles it rests on.
    pub links: Vec<Ref>,
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
    /// Whether the cells differ.
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

fn days(f: &Option<Figure>) -> Cell {
    match f {
        Some(f) => Cell {
            text: format!("{} days", thousands(f.value)),
            links: vec![f.source.clone()],
        },
        None => Cell {
            text: "none recorded".into(),
            links: vec![],
        },
    }
}

/// A rounded number with thousands separators: 48676.5 → "48,677".
pub fn thousands(v: f64) -> String {
    let n = v.round() as i64;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn list_or(v: &[String], empty: &str) -> String {
    if v.is_empty() { empty.to_owned() } else { v.join(", ") }
}

/// Builds the comparison of the given summaries.
/// How one row's cell is read from a summary.
type Extract = fn(&Summary) -> Cell;

/// The compared dimensions, in display order: (key, label, extract).
const DIMENSIONS: &[(&str, &str, Extract)] = &[
    ("liability", "Strongest liability for sexual harassment", |s| Cell {
        text: label(&s.liability).replace('_', " "),
        links: s.harassment_adult.clone(),
    }),
    ("harassment", "Sexual-harassment provisions in force", |s| Cell {
        text: if s.harassment.is_empty() {
            "none recorded".into()
        } else {
            format!("{}", s.harassment.len())
        },
        links: s.harassment.clone(),
    }),
    ("related", "Related offences used (not harassment proper)", |s| Cell {
        text: list_or(
            &s.related.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(),
            "none recorded",
        ),
        links: s.related.iter().map(|(_, r)| r.clone()).collect(),
    }),
    ("definition", "Definition rests on", |s| Cell {
        text: list_or(&s.definition, "unknown"),
        links: vec![],
    }),
    ("conduct", "Conduct covered", |s| Cell {
        text: list_or(&s.conduct, "unknown"),
        links: vec![],
    }),
    ("settings", "Settings covered", |s| Cell {
        text: list_or(&s.settings, "unknown"),
        links: vec![],
    }),
    ("max_prison", "Maximum imprisonment (harassment proper)", |s| {
        days(&s.max_prison_days)
    }),
    ("max_arrest", "Maximum arrest / detention", |s| days(&s.max_arrest_days)),
    ("max_fine", "Maximum fine (USD)", |s| match &s.max_fine_usd {
        Some(f) => Cell {
            text: format!("{} USD", thousands(f.value)),
            links: vec![f.source.clone()],
        },
        None => Cell {
            text: "none recorded or not convertible".into(),
            links: vec![],
        },
    }),
    ("escalation", "Penalties rise on repetition", |s| Cell {
        text: if s.escalation.is_empty() {
            "none recorded".into()
        } else {
            s.escalation.iter().map(Ladder::summary).collect::<Vec<_>>().join("; ")
        },
        links: s
            .escalation
            .iter()
            .flat_map(|l| std::iter::once(l.provision.clone()).chain(l.escalates_to.clone()))
            .collect(),
    }),
    ("prosecution", "Prosecution", |s| {
        let kinds = distinct(s.prosecution.iter().map(|(k, _)| k.clone()));
        Cell {
            text: list_or(&kinds, "unknown"),
            links: s.prosecution.iter().map(|(_, r)| r.clone()).collect(),
        }
    }),
    ("reconciliation", "Reconciliation", |s| {
        let v = distinct(s.reconciliation.iter().map(|(b, _)| b.words().to_owned()));
        Cell {
            text: list_or(&v, "unknown"),
            links: s.reconciliation.iter().map(|(_, r)| r.clone()).collect(),
        }
    }),
    ("employer_duties", "Employer duties", |s| Cell {
        text: match &s.employer_duties {
            Some(v) if v.is_empty() => "recorded; none of policy, training, complaints confirmed".into(),
            Some(v) => v.join(", "),
            None => "unknown".into(),
        },
        links: vec![],
    }),
    ("c190", "ILO Convention 190", |s| Cell {
        text: s.c190.clone().unwrap_or_else(|| "unknown".into()),
        links: vec![],
    }),
    ("cedaw", "CEDAW", |s| Cell {
        text: s.cedaw.clone().unwrap_or_else(|| "unknown".into()),
        links: vec![],
    }),
    ("statistics", "Statistics", |s| Cell {
        text: list_or(
            &s.statistics.iter().take(2).cloned().collect::<Vec<_>>(),
            "none recorded",
        ),
        links: vec![],
    }),
    ("proposals", "Proposals and bills", |s| Cell {
        text: list_or(&s.proposals, "none recorded"),
        links: vec![],
    }),
];

/// Each value once, in order of first appearance (`dedup` alone keeps
/// alternating repeats).
pub fn distinct(values: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The comparison table: one row per dimension, one cell per jurisdiction.
pub fn compare(summaries: Vec<Summary>) -> Comparison {
    let rows = DIMENSIONS
        .iter()
        .map(|(key, label, f)| {
            let cells: Vec<Cell> = summaries.iter().map(f).collect();
            let differs = cells.windows(2).any(|w| w[0].text != w[1].text);
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

/// Parses `j=KZ,RU,PH`: 2 to 6 known codes, no duplicates.
pub fn parse_codes(atlas: &Atlas, raw: &str) -> Result<Vec<String>, String> {
    let codes: Vec<String> = raw
        .split(',')
        .map(|c| c.trim().to_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    if codes.len() < 2 || codes.len() > 6 {
        return Err(format!(
            "Choose 2 to 6 jurisdictions to compare (got {}), e.g. `?j=KZ,RU,PH`.",
            codes.len()
        ));
    }
    let mut seen = Vec::new();
    for c in codes {
        if c.len() > 6 || atlas.jurisdiction(&c).is_none() {
            let shown: String = c.chars().take(12).collect();
            return Err(format!(
                "`{shown}` is not a jurisdiction in the atlas; see /api/jurisdictions for the codes."
            ));
        }
        if seen.contains(&c) {
            return Err(format!("`{c}` is listed twice."));
        }
        seen.push(c);
    }
    Ok(seen)
}

#[cfg(test)]
mod tests {
    #[test]
    fn distinct_keeps_first_appearances_even_when_values_alternate() {
        let v = ["public", "complaint", "public", "complaint"].map(String::from);
        assert_eq!(super::distinct(v), ["public", "complaint"]);
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(48676.5), "48,677");
        assert_eq!(super::thousands(999.0), "999");
        assert_eq!(super::thousands(1_000_000.0), "1,000,000");
    }
}
