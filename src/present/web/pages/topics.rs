//! The topic pages: one question (penalties, prosecution, escalation…) answered
//! for every jurisdiction.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;

use crate::data::model::names::label;
use crate::present::i18n::Tr;
use crate::present::web::map::liability_label;
use crate::present::web::{AppError, AppState, charts, query_pairs};
use crate::views::compare::{self, Summary};
use crate::views::escalation::Ladder;

use super::{PageError, render, rendered};

// ---------------------------------------------------------------- topics

/// The topics, as (slug, title, description).
pub const TOPICS: &[(&str, &str, &str)] = &[
    (
        "escalation",
        "Repeat-offence escalation",
        "whether penalties rise for a second or later offence, or move to another kind of liability",
    ),
    (
        "prosecution",
        "Prosecution and reconciliation",
        "ex officio or on the victim's complaint, and whether the parties can settle",
    ),
    (
        "street",
        "Street harassment",
        "provisions covering public spaces, transport and catcalling",
    ),
    (
        "online",
        "Online harassment",
        "provisions covering online conduct and image-based abuse",
    ),
    (
        "workplace",
        "Workplace and employer duties",
        "workplace coverage and what employers must do",
    ),
    (
        "penalties",
        "Penalties",
        "maximum imprisonment, arrest and fines for sexual harassment, with charts",
    ),
];

#[derive(Template)]
#[template(path = "topics.html")]
struct TopicsPage {
    tr: Tr,
    /// (slug, title, what it shows), in the page's language.
    topics: Vec<(&'static str, String, String)>,
}

/// `/topics`
pub async fn topics(tr: Tr) -> Result<Html<String>, PageError> {
    let topics = TOPICS
        .iter()
        .map(|&(slug, _, _)| {
            (
                slug,
                tr.t(&format!("topic-{slug}")),
                tr.t(&format!("topic-{slug}-about")),
            )
        })
        .collect();
    render(&TopicsPage { tr, topics })
}

struct Header {
    label: &'static str,
    href: String,
    numeric: bool,
    sorted: Option<&'static str>,
}

struct TopicCell {
    text: String,
    links: Vec<compare::Ref>,
    numeric: bool,
    /// Sort key: number or text.
    key: (f64, String),
}

struct TopicRow {
    code: String,
    name: String,
    cells: Vec<TopicCell>,
}

#[derive(Template)]
#[template(path = "topic.html")]
struct TopicPage {
    tr: Tr,
    title: String,
    intro: String,
    charts: Vec<String>,
    headers: Vec<Header>,
    rows: Vec<TopicRow>,
    /// A sentence under the table (e.g. who has no ladder).
    footnote: Option<String>,
}

fn text_cell(text: String, links: Vec<compare::Ref>) -> TopicCell {
    TopicCell {
        key: (0.0, text.clone()),
        text,
        links,
        numeric: false,
    }
}

fn refs_cell(refs: &[compare::Ref], yes: &str) -> TopicCell {
    if refs.is_empty() {
        text_cell("none recorded".into(), vec![])
    } else {
        text_cell(yes.into(), refs.to_vec())
    }
}

fn figure_cell(f: &Option<compare::Figure>, unit: &str) -> TopicCell {
    match f {
        Some(f) => TopicCell {
            text: format!("{} {unit}", compare::thousands(f.value)).trim_end().to_owned(),
            links: vec![f.source.clone()],
            numeric: true,
            key: (f.value, String::new()),
        },
        None => TopicCell {
            text: "—".into(),
            links: vec![],
            numeric: true,
            key: (-1.0, String::new()),
        },
    }
}

pub async fn topic(
    state: State<AppState>,
    tr: Tr,
    slug: Path<String>,
    raw: RawQuery,
) -> Result<Html<String>, PageError> {
    rendered(move || topic_now(state, tr, slug, raw)).await
}

/// The topics, each with its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Topic {
    Escalation,
    Prosecution,
    Street,
    Online,
    Workplace,
    Penalties,
}

impl Topic {
    fn from_slug(slug: &str) -> Option<Self> {
        Some(match slug {
            "escalation" => Topic::Escalation,
            "prosecution" => Topic::Prosecution,
            "street" => Topic::Street,
            "online" => Topic::Online,
            "workplace" => Topic::Workplace,
            "penalties" => Topic::Penalties,
            _ => return None,
        })
    }

    /// The columns after the jurisdiction: (label, numeric).
    fn columns(self) -> Vec<(&'static str, bool)> {
        let mut v = vec![("Liability", false)];
        v.extend(match self {
            Topic::Escalation => vec![
                ("Provision", false),
                ("First offence", false),
                ("On repeat", false),
                ("Top on repeat: imprisonment (days)", true),
                ("Top on repeat: fine (USD)", true),
            ],
            Topic::Prosecution => vec![("Prosecution", false), ("Reconciliation", false)],
            Topic::Street => vec![("Street and public-space provisions", false)],
            Topic::Online => vec![("Online provisions", false)],
            Topic::Workplace => vec![
                ("Workplace provisions", false),
                ("Employer duties", false),
                ("ILO C190", false),
            ],
            Topic::Penalties => vec![
                ("Max imprisonment (days)", true),
                ("Max arrest (days)", true),
                ("Max fine (USD)", true),
            ],
        });
        v
    }

    /// The rows: one per jurisdiction, or one per ladder for escalation.
    fn rows(self, summaries: &[Summary]) -> Vec<TopicRow> {
        let row = |sum: &Summary, cells: Vec<TopicCell>| TopicRow {
            code: sum.code.clone(),
            name: sum.name.clone(),
            cells,
        };
        let liability = |sum: &Summary| text_cell(liability_label(sum.liability).to_owned(), vec![]);
        match self {
            Topic::Escalation => summaries
                .iter()
                .flat_map(|sum| sum.escalation.iter().map(move |l| (sum, l)))
                .map(|(sum, l)| row(sum, ladder_cells(l)))
                .collect(),
            _ => summaries
                .iter()
                .map(|sum| {
                    let mut cells = vec![liability(sum)];
                    cells.extend(self.cells(sum));
                    row(sum, cells)
                })
                .collect(),
        }
    }

    /// A jurisdiction's cells after its liability.
    fn cells(self, sum: &Summary) -> Vec<TopicCell> {
        match self {
            Topic::Escalation => Vec::new(),
            Topic::Prosecution => vec![
                distinct_cell(sum.prosecution.iter().map(|(k, r)| (k.clone(), r))),
                distinct_cell(sum.reconciliation.iter().map(|(b, r)| (b.words().to_owned(), r))),
            ],
            Topic::Street => vec![refs_cell(&sum.street, "covered")],
            Topic::Online => vec![refs_cell(&sum.online, "covered")],
            Topic::Workplace => vec![
                refs_cell(&sum.workplace, "covered"),
                text_cell(
                    match &sum.employer_duties {
                        Some(v) if v.is_empty() => "recorded".into(),
                        Some(v) => v.join(", "),
                        None => "unknown".into(),
                    },
                    vec![],
                ),
                text_cell(sum.c190.clone().unwrap_or_else(|| "unknown".into()), vec![]),
            ],
            Topic::Penalties => vec![
                figure_cell(&sum.max_prison_days, ""),
                figure_cell(&sum.max_arrest_days, ""),
                figure_cell(&sum.max_fine_usd, ""),
            ],
        }
    }
}

/// The values of a list, each once in order of first appearance, linked
/// to every provision they rest on; "unknown" when there are none.
fn distinct_cell<'a>(values: impl Iterator<Item = (String, &'a compare::Ref)>) -> TopicCell {
    let (words, links): (Vec<String>, Vec<compare::Ref>) = values.map(|(w, r)| (w, r.clone())).unzip();
    let words = compare::distinct(words);
    let text = if words.is_empty() {
        "unknown".into()
    } else {
        words.join(", ")
    };
    text_cell(text, links)
}

/// One ladder's row: liability first → top, the provision, both rungs.
fn ladder_cells(l: &Ladder) -> Vec<TopicCell> {
    let liability = if l.changes_liability {
        format!("{} → {}", label(&l.first.liability), label(&l.top.liability))
    } else {
        label(&l.first.liability)
    };
    let mut on_repeat = l.top.summary();
    if let Some(d) = l.window_days {
        on_repeat.push_str(&format!(" (repeat within {} days)", compare::thousands(d)));
    }
    let number = |v: Option<f64>| TopicCell {
        text: v.map_or_else(|| "—".into(), compare::thousands),
        links: vec![],
        numeric: true,
        key: (v.unwrap_or(-1.0), String::new()),
    };
    vec![
        text_cell(liability, vec![]),
        text_cell(label(&l.offence_kind).replace('_', " "), vec![l.provision.clone()]),
        text_cell(l.first.summary(), vec![]),
        text_cell(on_repeat, l.escalates_to.clone().into_iter().collect()),
        number(l.top.prison_max_days),
        number(l.top.fine_max_usd),
    ]
}

/// Sorts rows by a column (0 = jurisdiction), then by name.
fn sort_rows(rows: &mut [TopicRow], col: usize, desc: bool) {
    rows.sort_by(|a, b| {
        let o = if col == 0 {
            a.name.cmp(&b.name)
        } else {
            let (x, y) = (&a.cells[col - 1].key, &b.cells[col - 1].key);
            x.0.total_cmp(&y.0).then_with(|| x.1.cmp(&y.1))
        };
        let o = if desc { o.reverse() } else { o };
        o.then_with(|| a.name.cmp(&b.name))
    });
}

/// The header row, each a link that sorts by it (toggling the direction).
fn headers(slug: &str, columns: &[(&'static str, bool)], col: usize, desc: bool) -> Vec<Header> {
    let sorted = |c: usize| (col == c).then_some(if desc { "descending" } else { "ascending" });
    let mut out = vec![Header {
        label: "Jurisdiction",
        href: format!(
            "/topics/{slug}?sort=0&dir={}",
            if col == 0 && !desc { "desc" } else { "asc" }
        ),
        numeric: false,
        sorted: sorted(0),
    }];
    for (i, (label, numeric)) in columns.iter().enumerate() {
        let c = i + 1;
        let next_desc = !(col == c && desc);
        out.push(Header {
            label,
            href: format!("/topics/{slug}?sort={c}&dir={}", if next_desc { "desc" } else { "asc" }),
            numeric: *numeric,
            sorted: sorted(c),
        });
    }
    out
}

/// The penalties topic's two charts.
fn penalty_charts(summaries: &[Summary]) -> Vec<String> {
    let bars = |f: fn(&Summary) -> &Option<compare::Figure>| {
        summaries
            .iter()
            .filter_map(|x| {
                f(x).as_ref().map(|fig| charts::Bar {
                    label: x.name.clone(),
                    value: fig.value,
                    href: fig.source.href.clone(),
                })
            })
            .collect::<Vec<_>>()
    };
    vec![
        charts::bars(
            "chart-prison",
            "Maximum imprisonment for sexual harassment (days)",
            "days",
            bars(|x| &x.max_prison_days),
        ),
        charts::bars(
            "chart-fine",
            "Maximum fine for sexual harassment (US dollars)",
            "USD",
            bars(|x| &x.max_fine_usd),
        ),
    ]
}

/// `/topics/{topic}?sort=N&dir=asc|desc`
fn topic_now(
    State(s): State<AppState>,
    tr: Tr,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Html<String>, PageError> {
    let found = TOPICS
        .iter()
        .find(|(t, _, _)| *t == slug)
        .and_then(|&(slug, _, _)| Some((Topic::from_slug(slug)?, slug)));
    let (topic, slug) = found.ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no topic `{}`; see /topics.",
            slug.chars().take(30).collect::<String>()
        ))
    })?;
    let pairs = query_pairs(raw.as_deref())?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let columns = topic.columns();
    let mut rows = topic.rows(&s.summaries);
    // Column 0 is the jurisdiction; 1.. are the cells.
    let sort_col: usize = get("sort")
        .and_then(|v| v.parse().ok())
        .filter(|c| *c <= columns.len())
        .unwrap_or(0);
    let desc = get("dir") == Some("desc");
    sort_rows(&mut rows, sort_col, desc);
    let footnote = (topic == Topic::Escalation).then(|| {
        let mut none: Vec<&str> = s
            .summaries
            .iter()
            .filter(|x| x.escalation.is_empty())
            .map(|x| x.name.as_str())
            .collect();
        none.sort_unstable();
        format!(
            "{} ladders in {} jurisdictions. No ladder recorded for the {} others: {}.",
            rows.len(),
            s.summaries.len() - none.len(),
            none.len(),
            none.join(", ")
        )
    });
    render(&TopicPage {
        title: tr.t(&format!("topic-{slug}")),
        intro: tr.t(&format!("topic-{slug}-about")),
        tr,
        charts: if topic == Topic::Penalties {
            penalty_charts(&s.summaries)
        } else {
            Vec::new()
        },
        headers: headers(slug, &columns, sort_col, desc),
        rows,
        footnote,
    })
}
