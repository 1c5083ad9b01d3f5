//! The topic pages: one question (penalties, prosecution, escalation…) answered
//! for every jurisdiction.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;

use crate::present::web::map::liability_label;
use crate::present::web::{AppError, AppState, charts, query_pairs};
use crate::views::compare::{self, Summary};

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
    topics: &'static [(&'static str, &'static str, &'static str)],
}

/// `/topics`
pub async fn topics() -> Result<Html<String>, PageError> {
    render(&TopicsPage { topics: TOPICS })
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
    title: &'static str,
    intro: &'static str,
    charts: Vec<String>,
    headers: Vec<Header>,
    rows: Vec<TopicRow>,
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

pub async fn topic(state: State<AppState>, slug: Path<String>, raw: RawQuery) -> Result<Html<String>, PageError> {
    rendered(move || topic_now(state, slug, raw)).await
}

/// `/topics/{topic}?sort=N&dir=asc|desc`
fn topic_now(
    State(s): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Html<String>, PageError> {
    let (slug, title, intro) = TOPICS.iter().find(|(t, _, _)| *t == slug).copied().ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no topic `{}`; see /topics.",
            slug.chars().take(30).collect::<String>()
        ))
    })?;
    let pairs = query_pairs(raw.as_deref())?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let columns: Vec<(&'static str, bool)> = match slug {
        "escalation" => vec![("Liability", false), ("Escalates on repeat", false)],
        "prosecution" => vec![("Liability", false), ("Prosecution", false), ("Reconciliation", false)],
        "street" => vec![("Liability", false), ("Street and public-space provisions", false)],
        "online" => vec![("Liability", false), ("Online provisions", false)],
        "workplace" => vec![
            ("Liability", false),
            ("Workplace provisions", false),
            ("Employer duties", false),
            ("ILO C190", false),
        ],
        _ => vec![
            ("Liability", false),
            ("Max imprisonment (days)", true),
            ("Max arrest (days)", true),
            ("Max fine (USD)", true),
        ],
    };
    let mut rows: Vec<TopicRow> = s
        .summaries
        .iter()
        .map(|sum| {
            let liability = text_cell(liability_label(sum.liability).to_owned(), vec![]);
            let cells = match slug {
                "escalation" => vec![liability, refs_cell(&sum.escalation, "yes")],
                "prosecution" => {
                    let mut kinds: Vec<String> = sum.prosecution.iter().map(|(k, _)| k.clone()).collect();
                    kinds.dedup();
                    let mut rec: Vec<String> = sum.reconciliation.iter().map(|(b, _)| b.words().to_owned()).collect();
                    rec.dedup();
                    vec![
                        liability,
                        text_cell(
                            if kinds.is_empty() {
                                "unknown".into()
                            } else {
                                kinds.join(", ")
                            },
                            sum.prosecution.iter().map(|(_, r)| r.clone()).collect(),
                        ),
                        text_cell(
                            if rec.is_empty() {
                                "unknown".into()
                            } else {
                                rec.join(", ")
                            },
                            sum.reconciliation.iter().map(|(_, r)| r.clone()).collect(),
                        ),
                    ]
                }
                "street" => vec![liability, refs_cell(&sum.street, "covered")],
                "online" => vec![liability, refs_cell(&sum.online, "covered")],
                "workplace" => vec![
                    liability,
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
                _ => vec![
                    liability,
                    figure_cell(&sum.max_prison_days, ""),
                    figure_cell(&sum.max_arrest_days, ""),
                    figure_cell(&sum.max_fine_usd, ""),
                ],
            };
            TopicRow {
                code: sum.code.clone(),
                name: sum.name.clone(),
                cells,
            }
        })
        .collect();
    // Column 0 is the jurisdiction; 1.. are the cells.
    let sort_col: usize = get("sort")
        .and_then(|v| v.parse().ok())
        .filter(|c| *c <= columns.len())
        .unwrap_or(0);
    let desc = get("dir") == Some("desc");
    rows.sort_by(|a, b| {
        let o = if sort_col == 0 {
            a.name.cmp(&b.name)
        } else {
            let (x, y) = (&a.cells[sort_col - 1].key, &b.cells[sort_col - 1].key);
            x.0.total_cmp(&y.0).then_with(|| x.1.cmp(&y.1))
        };
        let o = if desc { o.reverse() } else { o };
        o.then_with(|| a.name.cmp(&b.name))
    });
    let mut headers = vec![Header {
        label: "Jurisdiction",
        href: format!(
            "/topics/{slug}?sort=0&dir={}",
            if sort_col == 0 && !desc { "desc" } else { "asc" }
        ),
        numeric: false,
        sorted: (sort_col == 0).then_some(if desc { "descending" } else { "ascending" }),
    }];
    for (i, (label, numeric)) in columns.iter().enumerate() {
        let col = i + 1;
        let next_desc = !(sort_col == col && desc);
        headers.push(Header {
            label,
            href: format!(
                "/topics/{slug}?sort={col}&dir={}",
                if next_desc { "desc" } else { "asc" }
            ),
            numeric: *numeric,
            sorted: (sort_col == col).then_some(if desc { "descending" } else { "ascending" }),
        });
    }
    let charts = if slug == "penalties" {
        let bars = |f: fn(&Summary) -> &Option<compare::Figure>| {
            s.summaries
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
    } else {
        Vec::new()
    };
    render(&TopicPage {
        title,
        intro,
        charts,
        headers,
        rows,
    })
}
