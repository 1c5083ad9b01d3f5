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
pub use pick::{parse_codes, resolve};
pub use rows::{Cell, Comparison, Row, compare, rung_class};

mod pick;
mod rows;

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
    /// The heaviest penalty for a first, a repeat and an aggravated offence.
    pub strongest: crate::views::tiers::Strongest,
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
    /// Statistics: the figure with its year, and what it measures.
    pub statistics: Vec<StatLine>,
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

/// A statistic in the comparison.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StatLine {
    /// The figure, what it counts and its year, e.g. "70% prevalence (2016)".
    pub figure: String,
    /// What it measures, in the source's words.
    pub description: String,
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
        strongest: crate::views::tiers::strongest(atlas, j),
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
            .map(|st| StatLine {
                figure: format!(
                    "{}{} {} ({})",
                    crate::data::model::names::num(Some(st.value)),
                    stat_unit(&st.unit),
                    label(&st.measure).replace('_', " "),
                    st.year
                ),
                description: st.description.clone(),
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
