//! The search page: the query form, facets, grouped results with highlights.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};

use crate::present::i18n::Tr;
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
    label: String,
    options: Vec<FacetOption>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    tr: Tr,
    q: String,
    facets: Vec<FacetView>,
    ranges: (String, String, String, String),
    sorts: Vec<(&'static str, String, bool)>,
    error: Option<String>,
    ignored: Vec<String>,
    results: Option<SearchResponse>,
    page: usize,
    prev: Option<usize>,
    next: Option<usize>,
    /// The request's own parameters (all but `j` and `page`), carried by the
    /// results form so that its pager buttons keep the ticks.
    carried: Vec<(String, String)>,
    /// Jurisdictions ticked for comparison, possibly on other pages.
    ticked: Vec<String>,
    /// Whether the query uses syntax worth explaining (fields, operators, quotes).
    explain: bool,
}

impl SearchPage {
    /// A hit's penalty range in words, "" when none is recorded.
    fn penalty(&self, h: &crate::views::search::Hit) -> String {
        super::cells::maxima_words(&self.tr, h.max_prison_days, h.max_arrest_days, h.max_fine_usd).join(" · ")
    }

    /// Whether a jurisdiction of the results is ticked.
    fn is_ticked(&self, code: &str) -> bool {
        self.ticked.iter().any(|t| t == code)
    }

    /// Ticked jurisdictions not among this page's groups: carried as hidden fields.
    fn ticked_elsewhere(&self) -> Vec<&str> {
        let here: Vec<&str> = self
            .results
            .as_ref()
            .map(|r| r.groups.iter().map(|g| g.jurisdiction.as_str()).collect())
            .unwrap_or_default();
        self.ticked
            .iter()
            .map(String::as_str)
            .filter(|t| !here.contains(t))
            .collect()
    }

    /// How many filters are set, for the folded panel's summary.
    fn active_filters(&self) -> usize {
        self.facets
            .iter()
            .flat_map(|f| &f.options)
            .filter(|o| o.checked)
            .count()
            + [&self.ranges.0, &self.ranges.1, &self.ranges.2, &self.ranges.3]
                .iter()
                .filter(|v| !v.is_empty())
                .count()
    }
}

/// The facets the page shows, in order (each is also its parameter name and
/// its message key `facet-<name>`; its values are `value-<name>-<value>`).
const FACET_NAMES: &[&str] = &[
    "liability",
    "prosecution",
    "offence_kind",
    "setting",
    "conduct",
    "status",
    "region",
    "instrument_kind",
    "repeat_escalation",
];

pub async fn search(state: State<AppState>, tr: Tr, raw: RawQuery) -> Result<Response, PageError> {
    rendered(move || search_now(state, tr, raw)).await
}

/// `/search`: the form, and results when a query or filter is given. What
/// cannot be parsed in the text is ignored and said; bad filters are a 400.
fn search_now(State(s): State<AppState>, tr: Tr, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let all_pairs = query_pairs(raw.as_deref())?;
    // `j` (jurisdictions ticked for comparison) belongs to the page, not the search.
    let (ticks, pairs): (Vec<_>, Vec<_>) = all_pairs.into_iter().partition(|(k, _)| k == "j");
    let mut ticked: Vec<String> = Vec::new();
    for (_, v) in &ticks {
        for c in v.split(',').map(|c| c.trim().to_uppercase()) {
            if s.atlas.jurisdiction(&c).is_some() && !ticked.contains(&c) {
                ticked.push(c);
            }
        }
    }
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
    let facets = FACET_NAMES
        .iter()
        .filter(|dim| FACETS.contains(dim))
        .map(|&name| FacetView {
            name,
            label: tr.t(&format!("facet-{}", name.replace('_', "-"))),
            options: all
                .get(name)
                .map(|m| {
                    m.iter()
                        .map(|(v, n)| FacetOption {
                            value: v.clone(),
                            label: tr.value(name, v),
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
    let sorts = ["relevance", "prison", "arrest", "fine", "date"]
        .into_iter()
        .map(|v| {
            (
                v,
                tr.t(&format!("sort-{v}")),
                sort == v || (sort.is_empty() && v == "relevance"),
            )
        })
        .collect();
    let pages = response.as_ref().map_or(1, |r| r.pages);
    let page = SearchPage {
        tr,
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
        prev: (req.page > 1).then(|| req.page - 1),
        next: (req.page < pages).then(|| req.page + 1),
        carried: pairs
            .iter()
            .filter(|(k, v)| k != "page" && !v.trim().is_empty())
            .cloned()
            .collect(),
        ticked,
        explain: req.q.contains([':', '"', '+', '(', ')']) || req.q.starts_with('-') || req.q.contains(" -"),
        results: response,
    };
    Ok(render(&page)?.into_response())
}
