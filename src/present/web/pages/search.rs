//! The search page: the query form, facets, grouped results with highlights.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};

use crate::present::web::{AppState, query_pairs};
use crate::views::search::{FACETS, SearchRequest, SearchResponse};

use super::{PageError, render, rendered};

// ---------------------------------------------------------------- search

struct FacetOption {
    value: String,
    label: String,
    count: u64,
    checked: bool,
}

struct FacetView {
    name: &'static str,
    label: &'static str,
    options: Vec<FacetOption>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    q: String,
    facets: Vec<FacetView>,
    ranges: (String, String, String, String),
    sorts: Vec<(&'static str, &'static str, bool)>,
    error: Option<String>,
    ignored: Vec<String>,
    results: Option<SearchResponse>,
    page: usize,
    prev: Option<String>,
    next: Option<String>,
}

const FACET_LABELS: &[(&str, &str, &str)] = &[
    ("liability", "liability", "Liability"),
    ("prosecution", "prosecution", "Prosecution"),
    ("offence_kind", "offence_kind", "Offence"),
    ("setting", "setting", "Setting"),
    ("conduct", "conduct", "Conduct"),
    ("status", "status", "Status"),
    ("region", "region", "Region"),
    ("instrument_kind", "instrument_kind", "Instrument"),
    ("repeat_escalation", "repeat_escalation", "Escalates on repeat"),
];

fn page_url(pairs: &[(String, String)], page: usize) -> String {
    let mut p: Vec<(String, String)> = pairs.iter().filter(|(k, _)| k != "page").cloned().collect();
    p.push(("page".into(), page.to_string()));
    format!("/search?{}", serde_urlencoded::to_string(&p).unwrap_or_default())
}

pub async fn search(state: State<AppState>, raw: RawQuery) -> Result<Response, PageError> {
    rendered(move || search_now(state, raw)).await
}

/// `/search`: the form, and results when a query or filter is given. What
/// cannot be parsed in the text is ignored and said; bad filters are a 400.
fn search_now(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let asked = pairs.iter().any(|(_, v)| !v.trim().is_empty());
    let req = SearchRequest::from_pairs(&pairs)?;
    let response = if asked {
        Some(s.search.search(&s.atlas, &req, true)?)
    } else {
        None
    };
    let selected = |name: &str, value: &str| {
        pairs
            .iter()
            .any(|(k, v)| k == name && v.split(',').any(|x| x.trim().eq_ignore_ascii_case(value)))
    };
    // Facet counts: from the results when there are some, else over everything.
    let all = match &response {
        Some(r) => r.facets.clone(),
        None => {
            s.search
                .search(
                    &s.atlas,
                    &SearchRequest {
                        page: 1,
                        ..Default::default()
                    },
                    true,
                )?
                .facets
        }
    };
    let facets = FACET_LABELS
        .iter()
        .filter(|(dim, _, _)| FACETS.contains(dim))
        .map(|(dim, name, title)| FacetView {
            name,
            label: title,
            options: all
                .get(*dim)
                .map(|m| {
                    m.iter()
                        .map(|(v, n)| FacetOption {
                            value: v.clone(),
                            label: v.replace('_', " "),
                            count: *n,
                            checked: selected(name, v),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let sort = get("sort");
    let sorts = [
        ("relevance", "relevance"),
        ("prison", "longest imprisonment"),
        ("arrest", "longest arrest"),
        ("fine", "highest fine"),
        ("date", "most recent"),
    ]
    .into_iter()
    .map(|(v, l)| (v, l, sort == v || (sort.is_empty() && v == "relevance")))
    .collect();
    let pages = response.as_ref().map_or(1, |r| r.pages);
    let page = SearchPage {
        q: req.q.clone(),
        facets,
        ranges: (
            get("min_prison_days"),
            get("min_arrest_days"),
            get("min_fine_usd"),
            get("year_from"),
        ),
        sorts,
        error: None,
        ignored: response.as_ref().map(|r| r.ignored.clone()).unwrap_or_default(),
        page: req.page,
        prev: (req.page > 1).then(|| page_url(&pairs, req.page - 1)),
        next: (req.page < pages).then(|| page_url(&pairs, req.page + 1)),
        results: response,
    };
    Ok(render(&page)?.into_response())
}
