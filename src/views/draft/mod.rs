//! Draft-bill analysis: a proposed law, written in the same format as a data
//! file, placed among the world's laws. The report covers what the draft
//! does and how common that is (coverage), where its penalties sit
//! (percentiles among comparable provisions), what most comparable laws do
//! that it does not (gaps), which laws it most resembles (a documented
//! Jaccard similarity), and how it measures against international
//! standards. Every statement names the articles it rests on.

mod features;
mod markdown;
pub mod standards;

use features::{Unit, draft_provisions, features, units};
pub use markdown::markdown;
use schemars::JsonSchema;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::data::load::Atlas;
use crate::data::load::diagnostic::Diagnostic;
use crate::data::model::names::label;
use crate::data::model::{Jurisdiction, Liability, Provision, Region};
use crate::views::compare::{Ref, provision_href};
use standards::Assessment;

/// Values of the yes/no dimensions, in words.
const RISES: &str = "rises on repetition";
const SAME: &str = "same for every offence";
const ENDS: &str = "ends the case";
const NOT_ENDS: &str = "does not end the case";

/// Values whose absence is never a gap: the negative side of a yes/no dimension.
const NEGATIVE: &[&str] = &[SAME, NOT_ENDS];

/// A set of facts: dimension → values.
pub type Features = BTreeMap<&'static str, BTreeSet<String>>;

/// The dimensions compared, with their labels.
pub const DIMENSIONS: &[(&str, &str)] = &[
    ("conduct", "Conduct covered"),
    ("settings", "Settings covered"),
    ("protected", "Who is protected"),
    ("definition", "Definition rests on"),
    ("liability", "Kind of liability"),
    ("escalation", "Repeat offences"),
    ("prosecution", "Prosecution"),
    ("reconciliation", "Reconciliation"),
    ("employer_duties", "Employer duties"),
    ("evidence", "Evidence and procedure rules"),
    ("remedies", "Victim remedies"),
];

/// What the draft is compared with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Against {
    /// Laws in force.
    #[default]
    InForce,
    /// Laws in force and other proposals.
    All,
}

/// Options of a report.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Options {
    /// What to compare with.
    pub against: Against,
    /// Only jurisdictions of this region.
    pub region: Option<Region>,
}

/// A law that illustrates a point.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Example {
    /// Jurisdiction code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// The article.
    pub article: String,
    /// Its permalink.
    pub href: String,
}

/// One value of one dimension: what the draft does, and how common it is.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CoverageRow {
    /// Dimension key.
    pub dimension: &'static str,
    /// Dimension label.
    pub label: &'static str,
    /// The value.
    pub value: String,
    /// "yes", "no", or "unknown" (the draft says nothing on the dimension).
    pub draft: &'static str,
    /// Laws with the value.
    pub count: usize,
    /// Laws with any data on the dimension.
    pub known: usize,
    /// `count / known` in per cent, rounded to one decimal.
    pub share: Option<f64>,
    /// Up to three laws that have the value, with the article.
    pub examples: Vec<Example>,
}

/// A penalty figure of the draft, placed among comparable provisions.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Metric {
    /// What is measured.
    pub name: &'static str,
    /// The unit.
    pub unit: &'static str,
    /// The draft's value (the highest maximum over its tiers).
    pub draft: Option<f64>,
    /// Comparable provisions with a value.
    pub comparable: usize,
    /// Percent rank among them: (below + ½·equal) / n × 100.
    pub percentile: Option<f64>,
    /// The three comparable provisions closest in value.
    pub nearest: Vec<(Example, f64)>,
}

/// One tier of the draft, normalised.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DraftTier {
    /// Label.
    pub label: String,
    /// Offence number, if any.
    pub offence_number: Option<u8>,
    /// The normalised figures.
    pub normalised: crate::views::normalise::NormalisedTier,
}

/// The penalties of one draft provision.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PenaltyReport {
    /// The provision's article.
    pub article: String,
    /// Its liability.
    pub liability: String,
    /// Its tiers, normalised.
    pub tiers: Vec<DraftTier>,
    /// Its figures among comparable provisions (same liability, harassment proper).
    pub metrics: Vec<Metric>,
    /// About minimum-wage or GDP multiples.
    pub multiples_note: String,
}

/// Something most comparable laws do that the draft does not.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Gap {
    /// The dimension label.
    pub label: &'static str,
    /// The value.
    pub value: String,
    /// Per cent of comparable laws that have it.
    pub share: f64,
    /// Whether the draft says "no" or nothing.
    pub draft: &'static str,
    /// Laws that do it, with articles.
    pub examples: Vec<Example>,
}

/// A similar law.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Neighbour {
    /// Jurisdiction code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Jaccard similarity of the fact sets, 0 to 1, three decimals.
    pub similarity: f64,
    /// Facts both have.
    pub agree: Vec<String>,
    /// Facts only one of them has.
    pub differ: usize,
    /// Its harassment provisions.
    pub provisions: Vec<Example>,
}

/// The whole report.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Report {
    /// The draft's jurisdiction code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// The draft's instruments.
    pub instruments: Vec<String>,
    /// Options used.
    pub options: Options,
    /// Laws compared with.
    pub comparable_laws: usize,
    /// Coverage, per dimension and value.
    pub coverage: Vec<CoverageRow>,
    /// Penalties, per draft provision with a ladder.
    pub penalties: Vec<PenaltyReport>,
    /// Gaps.
    pub gaps: Vec<Gap>,
    /// The five most similar laws.
    pub nearest: Vec<Neighbour>,
    /// International standards.
    pub standards: Vec<Assessment>,
    /// How similarity is computed.
    pub similarity_method: &'static str,
    /// How percentiles are computed.
    pub percentile_method: &'static str,
    /// Warnings from checking the draft.
    pub warnings: Vec<String>,
}

/// How similarity is computed, for the report.
pub const SIMILARITY_METHOD: &str = "Each law is a set of facts, one per dimension and value (e.g. `conduct: verbal`, `prosecution: public`, `escalation: rises on repetition`), taken from its provisions on sexual harassment and its employer duties, evidence rules and remedies; protecting `anyone` counts as protecting every group, and covering `anywhere` as covering every setting. Similarity is the Jaccard index: facts in common divided by facts in either. Ties are broken by name.";

/// How percentiles are computed, for the report.
pub const PERCENTILE_METHOD: &str = "Percent rank among comparable provisions (sexual harassment proper, same kind of liability): (number below + half the number equal) ÷ number of provisions with a value × 100. A provision's value is the highest maximum over its penalty tiers, in days or US dollars.";

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn example(u: &Unit<'_>, r: &Ref) -> Example {
    Example {
        code: u.j.code.clone(),
        name: u.j.name.clone(),
        article: r.article.clone(),
        href: r.href.clone(),
    }
}

fn percent_rank(values: &[f64], x: f64) -> f64 {
    let below = values.iter().filter(|v| **v < x).count() as f64;
    let equal = values.iter().filter(|v| **v == x).count() as f64;
    round1((below + 0.5 * equal) / values.len() as f64 * 100.0)
}

fn max_of(v: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    v.flatten()
        .fold(None, |a: Option<f64>, x| Some(a.map_or(x, |a| a.max(x))))
}

/// Builds the report for a checked draft.
pub fn report(atlas: &Atlas, draft: &Jurisdiction, warnings: &[Diagnostic], opts: &Options) -> Report {
    let proposed = draft_provisions(draft);
    let (df, _) = features(draft, &proposed);
    let units = units(atlas, opts);
    let coverage = coverage(&df, &units);
    let gaps = gaps(&coverage);
    let penalties = proposed
        .iter()
        .filter(|(_, p)| !p.penalties.is_empty())
        .map(|(_, p)| penalty_report(atlas, draft, p, &units))
        .collect();
    let nearest = nearest(&df, &units);
    Report {
        code: draft.code.clone(),
        name: draft.name.clone(),
        instruments: draft
            .instruments
            .iter()
            .filter(|i| !i.status.is_law())
            .map(|i| i.title.clone())
            .collect(),
        options: opts.clone(),
        comparable_laws: units.len(),
        coverage,
        penalties,
        gaps,
        nearest,
        standards: standards::assess(&atlas.standards, &df),
        similarity_method: SIMILARITY_METHOD,
        percentile_method: PERCENTILE_METHOD,
        warnings: warnings.iter().map(ToString::to_string).collect(),
    }
}

/// Coverage: every value seen in the draft or the laws, per dimension, with
/// the share of laws that have it.
fn coverage(df: &Features, units: &[Unit<'_>]) -> Vec<CoverageRow> {
    let mut coverage = Vec::new();
    for (dim, dim_label) in DIMENSIONS {
        let mut values: BTreeSet<String> = df.get(dim).cloned().unwrap_or_default();
        for u in units {
            values.extend(u.features.get(dim).cloned().unwrap_or_default());
        }
        let draft_known = df.get(dim).is_some_and(|v| !v.is_empty());
        let known: Vec<&Unit<'_>> = units
            .iter()
            .filter(|u| u.features.get(dim).is_some_and(|v| !v.is_empty()))
            .collect();
        for value in values {
            let with: Vec<&&Unit<'_>> = known.iter().filter(|u| u.features[dim].contains(&value)).collect();
            coverage.push(CoverageRow {
                dimension: dim,
                label: dim_label,
                draft: match (draft_known, df.get(dim).is_some_and(|v| v.contains(&value))) {
                    (_, true) => "yes",
                    (true, false) => "no",
                    (false, false) => "unknown",
                },
                count: with.len(),
                known: known.len(),
                share: (!known.is_empty()).then(|| round1(with.len() as f64 / known.len() as f64 * 100.0)),
                examples: with
                    .iter()
                    .take(3)
                    .map(|u| match u.refs.get(&(*dim, value.clone())) {
                        Some(r) => example(u, r),
                        None => Example {
                            code: u.j.code.clone(),
                            name: u.j.name.clone(),
                            article: "profile".into(),
                            href: format!("/jurisdictions/{}", u.j.code.to_lowercase()),
                        },
                    })
                    .collect(),
                value,
            });
        }
    }
    coverage
}

/// Gaps: what at least half of the laws with data do and the draft does not.
fn gaps(coverage: &[CoverageRow]) -> Vec<Gap> {
    coverage
        .iter()
        .filter(|r| {
            r.draft != "yes"
                && r.known >= 3
                && r.share.is_some_and(|s| s >= 50.0)
                && !NEGATIVE.contains(&r.value.as_str())
        })
        .map(|r| Gap {
            label: r.label,
            value: r.value.clone(),
            share: r.share.unwrap_or(0.0),
            draft: r.draft,
            examples: r.examples.clone(),
        })
        .collect()
}

/// The five laws nearest the draft, by Jaccard similarity over their facts.
fn nearest(df: &Features, units: &[Unit<'_>]) -> Vec<Neighbour> {
    let pairs = |f: &Features| -> BTreeSet<String> {
        f.iter()
            .filter(|(d, _)| **d != "sanctions")
            .flat_map(|(d, vs)| vs.iter().map(move |v| format!("{d}: {v}")))
            .collect()
    };
    let dset = pairs(df);
    let mut nearest: Vec<Neighbour> = units
        .iter()
        .map(|u| {
            let uset = pairs(&u.features);
            let agree: Vec<String> = dset.intersection(&uset).cloned().collect();
            let union = dset.union(&uset).count();
            Neighbour {
                code: u.j.code.clone(),
                name: u.j.name.clone(),
                similarity: if union == 0 {
                    0.0
                } else {
                    (agree.len() as f64 / union as f64 * 1000.0).round() / 1000.0
                },
                differ: union - agree.len(),
                agree,
                provisions: u
                    .provisions
                    .iter()
                    .take(3)
                    .map(|(_, p)| Example {
                        code: u.j.code.clone(),
                        name: u.j.name.clone(),
                        article: p.article.clone(),
                        href: provision_href(u.j, p),
                    })
                    .collect(),
            }
        })
        .collect();
    nearest.sort_by(|a, b| b.similarity.total_cmp(&a.similarity).then(a.name.cmp(&b.name)));
    nearest.truncate(5);
    nearest
}

fn penalty_report(atlas: &Atlas, draft: &Jurisdiction, p: &Provision, units: &[Unit<'_>]) -> PenaltyReport {
    let norm: Vec<_> = p.penalties.iter().map(|t| atlas.reference.normalise(t)).collect();
    let liability: Liability = p.liability;
    // Comparable: harassment provisions of the compared laws with the same liability.
    let comparable: Vec<(&Unit<'_>, &Provision, Vec<crate::views::normalise::NormalisedTier>)> = units
        .iter()
        .flat_map(|u| u.provisions.iter().map(move |(_, q)| (u, *q)))
        .filter(|(_, q)| q.liability == liability && !q.penalties.is_empty())
        .map(|(u, q)| (u, q, q.penalties.iter().map(|t| atlas.reference.normalise(t)).collect()))
        .collect();
    type Pick = fn(&crate::views::normalise::NormalisedTier) -> Option<f64>;
    let metrics: [(&'static str, &'static str, Pick); 3] = [
        ("maximum fine", "USD", |n| n.fine_max_usd),
        ("maximum arrest", "days", |n| n.arrest_max_days),
        ("maximum imprisonment", "days", |n| n.imprisonment_max_days),
    ];
    let metrics = metrics
        .into_iter()
        .map(|(name, unit, pick)| {
            let x = max_of(norm.iter().map(pick));
            let mut values: Vec<(Example, f64)> = comparable
                .iter()
                .filter_map(|(u, q, n)| {
                    max_of(n.iter().map(pick)).map(|v| {
                        (
                            Example {
                                code: u.j.code.clone(),
                                name: u.j.name.clone(),
                                article: q.article.clone(),
                                href: provision_href(u.j, q),
                            },
                            v,
                        )
                    })
                })
                .collect();
            let vs: Vec<f64> = values.iter().map(|(_, v)| *v).collect();
            let percentile = x.filter(|_| !vs.is_empty()).map(|x| percent_rank(&vs, x));
            if let Some(x) = x {
                values.sort_by(|a, b| {
                    (a.1 - x)
                        .abs()
                        .total_cmp(&(b.1 - x).abs())
                        .then(a.0.name.cmp(&b.0.name))
                });
            }
            values.truncate(3);
            Metric {
                name,
                unit,
                draft: x,
                comparable: vs.len(),
                percentile,
                nearest: if x.is_some() { values } else { Vec::new() },
            }
        })
        .collect();
    PenaltyReport {
        article: p.article.clone(),
        liability: label(&liability),
        tiers: p
            .penalties
            .iter()
            .zip(norm)
            .map(|(t, n)| DraftTier {
                label: t.label.clone(),
                offence_number: t.offence_number,
                normalised: n,
            })
            .collect(),
        metrics,
        multiples_note: format!(
            "The reference tables hold no monthly minimum wage or GDP per capita for {}, so multiples of them are not given.",
            draft.name
        ),
    }
}
