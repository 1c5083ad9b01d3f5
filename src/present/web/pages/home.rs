//! The home page (counts, map, latest reviews) and the list of jurisdictions.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::data::load::Counts;
use crate::data::model::names::label;
use crate::data::model::{HarassmentLiability, Jurisdiction};
use crate::present::i18n::Tr;
use crate::present::web::AppState;

use super::{PageError, liability_class, render, rendered};

// ---------------------------------------------------------------- home

struct LegendItem {
    class: String,
    label: String,
    count: usize,
}

struct Latest {
    code_lower: String,
    name: String,
    last_reviewed: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    tr: Tr,
    counts: Counts,
    map_svg: Option<String>,
    legend: Vec<LegendItem>,
    latest: Vec<Latest>,
}

pub async fn home(state: State<AppState>, tr: Tr) -> Result<Html<String>, PageError> {
    rendered(move || home_now(state, tr)).await
}

/// `/`
fn home_now(State(s): State<AppState>, tr: Tr) -> Result<Html<String>, PageError> {
    let mut counts: HashMap<HarassmentLiability, usize> = HashMap::new();
    for j in &s.atlas.jurisdictions {
        *counts.entry(j.harassment_liability()).or_default() += 1;
    }
    let legend = [
        HarassmentLiability::Criminal,
        HarassmentLiability::Administrative,
        HarassmentLiability::CivilLabourOnly,
        HarassmentLiability::None,
        HarassmentLiability::Unknown,
    ]
    .into_iter()
    .map(|l| LegendItem {
        class: label(&l),
        label: tr.value("harassment_liability", &label(&l)),
        count: counts.get(&l).copied().unwrap_or(0),
    })
    .collect();
    let mut latest: Vec<&Jurisdiction> = s.atlas.jurisdictions.iter().collect();
    latest.sort_by(|a, b| {
        b.last_reviewed
            .first_day()
            .cmp(&a.last_reviewed.first_day())
            .then(a.name.cmp(&b.name))
    });
    let latest = latest
        .into_iter()
        .take(8)
        .map(|j| Latest {
            code_lower: j.code.to_lowercase(),
            name: j.name.clone(),
            last_reviewed: j.last_reviewed.to_string(),
        })
        .collect();
    render(&HomePage {
        tr,
        counts: s.atlas.counts(),
        map_svg: s.map_svg.as_ref().clone(),
        legend,
        latest,
    })
}

// ---------------------------------------------------------------- list

struct ListRow {
    code: String,
    name: String,
    region: String,
    liability: String,
    class: String,
    last_reviewed: String,
}

#[derive(Template)]
#[template(path = "list.html")]
struct ListPage {
    tr: Tr,
    rows: Vec<ListRow>,
}

pub async fn list(state: State<AppState>, tr: Tr) -> Result<Html<String>, PageError> {
    rendered(move || list_now(state, tr)).await
}

/// `/jurisdictions`
fn list_now(State(s): State<AppState>, tr: Tr) -> Result<Html<String>, PageError> {
    let mut rows: Vec<ListRow> = s
        .atlas
        .jurisdictions
        .iter()
        .map(|j| {
            let l = j.harassment_liability();
            ListRow {
                code: j.code.clone(),
                name: j.name.clone(),
                region: format!(
                    "{} · {}",
                    tr.value("region", &label(&j.region)),
                    tr.value("sub_region", &j.sub_region)
                ),
                liability: tr.value("harassment_liability", &label(&l)),
                class: liability_class(l),
                last_reviewed: j.last_reviewed.to_string(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    render(&ListPage { tr, rows })
}
