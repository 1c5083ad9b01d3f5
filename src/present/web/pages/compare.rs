//! The comparison page and its JSON twin. The page works without
//! JavaScript: a picker of every jurisdiction by region (checkboxes) and a
//! box for names or codes, both sending `j`; one jurisdiction (the profile's
//! "Compare with…") opens the picker with it ticked and its neighbours offered.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::data::model::names::label;
use crate::present::i18n::Tr;
use crate::present::web::error::off_thread;
use crate::present::web::{AppError, AppState, query_pairs};
use crate::views::compare::{self, Comparison, Summary};

use super::{PageError, render, rendered};

/// One jurisdiction in the picker.
struct Choice {
    code: String,
    name: String,
    checked: bool,
}

/// The picker's jurisdictions of one region.
struct RegionChoices {
    region: String,
    open: bool,
    choices: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage {
    tr: Tr,
    /// What was typed, for the text box.
    typed: String,
    error: Option<String>,
    /// The one jurisdiction chosen so far, when only one was.
    chosen: Option<String>,
    /// Suggested comparisons for it: (href, label).
    neighbours: Vec<(String, String)>,
    regions: Vec<RegionChoices>,
    comparison: Option<Comparison>,
    /// The page's title: the names compared.
    heading: String,
}

/// "A, B and C" in the page's language.
fn and_list(tr: &Tr, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => tr.a2("list-and", "init", init.join(", "), "last", last),
    }
}

impl ComparePage {
    /// A row's label in the page's language (`compare-row-<key>`).
    fn row_label(&self, row: &compare::Row) -> String {
        self.tr.t(&format!("compare-row-{}", row.key.replace('_', "-")))
    }

    /// The `i`th cell of a row in the page's language.
    fn cell_text(&self, row: &compare::Row, i: &usize, cell: &compare::Cell) -> String {
        match self.comparison.as_ref().and_then(|c| c.jurisdictions.get(*i)) {
            Some(s) => super::cells::cell_text(&self.tr, row.key, s, cell),
            None => cell.text.clone(),
        }
    }
}

/// The values asked for: `j=KZ,RU` or `j=KZ&j=RU` (what the checkboxes send), joined.
fn asked_codes(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .filter(|(k, v)| k == "j" && !v.trim().is_empty())
        .map(|(_, v)| v.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// Builds a comparison or says why not.
pub fn comparison(s: &AppState, raw: &str) -> Result<Comparison, AppError> {
    let codes = compare::parse_codes(&s.atlas, raw).map_err(AppError::BadRequest)?;
    let summaries: Vec<Summary> = codes
        .iter()
        .filter_map(|c| s.summaries.iter().find(|x| &x.code == c).cloned())
        .collect();
    Ok(compare::compare(summaries))
}

/// The picker, with `selected` ticked and their regions unfolded.
fn regions(s: &AppState, selected: &[String]) -> Vec<RegionChoices> {
    let mut out: Vec<RegionChoices> = Vec::new();
    let mut js: Vec<_> = s.atlas.jurisdictions.iter().collect();
    js.sort_by(|a, b| (label(&a.region), &a.name).cmp(&(label(&b.region), &b.name)));
    for j in js {
        let region = label(&j.region);
        if out.last().is_none_or(|r| r.region != region) {
            out.push(RegionChoices {
                region: region.clone(),
                open: false,
                choices: Vec::new(),
            });
        }
        let r = out.last_mut().expect("pushed above");
        let checked = selected.contains(&j.code);
        r.open |= checked;
        r.choices.push(Choice {
            code: j.code.clone(),
            name: j.name.clone(),
            checked,
        });
    }
    out
}

/// Comparisons to offer for one jurisdiction: with each neighbour of its sub-region.
fn neighbours(s: &AppState, code: &str) -> Vec<(String, String)> {
    let Some(j) = s.atlas.jurisdiction(code) else {
        return Vec::new();
    };
    s.atlas
        .jurisdictions
        .iter()
        .filter(|o| o.code != j.code && o.sub_region == j.sub_region)
        .map(|o| {
            (
                format!("/compare?j={},{}", j.code, o.code),
                format!("{} and {}", j.name, o.name),
            )
        })
        .collect()
}

pub async fn compare_page(state: State<AppState>, tr: Tr, raw: RawQuery) -> Result<Response, PageError> {
    rendered(move || compare_page_now(state, tr, raw)).await
}

/// `/compare?j=Kazakhstan,Uzbekistan,PH`
fn compare_page_now(State(s): State<AppState>, tr: Tr, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let asked = asked_codes(&pairs);
    let typed: String = asked.chars().take(200).collect();
    let resolved: Vec<String> = asked
        .split(',')
        .filter_map(|a| compare::resolve(&s.atlas, a))
        .map(|j| j.code.clone())
        .collect();
    let mut page = ComparePage {
        typed,
        error: None,
        chosen: None,
        neighbours: Vec::new(),
        regions: regions(&s, &resolved),
        comparison: None,
        heading: tr.t("compare-title"),
        tr,
    };
    let parts = asked.split(',').filter(|a| !a.trim().is_empty()).count();
    if parts == 0 {
        return Ok(render(&page)?.into_response());
    }
    if parts == 1 && resolved.len() == 1 {
        let j = s.atlas.jurisdiction(&resolved[0]).expect("resolved above");
        page.heading = page.tr.a("compare-with-title", "name", &j.name);
        page.chosen = Some(j.name.clone());
        page.neighbours = neighbours(&s, &j.code);
        return Ok(render(&page)?.into_response());
    }
    match comparison(&s, &asked) {
        Ok(c) => {
            let names: Vec<&str> = c.jurisdictions.iter().map(|x| x.name.as_str()).collect();
            page.heading = page.tr.a("compare-heading", "names", and_list(&page.tr, &names));
            page.typed = c
                .jurisdictions
                .iter()
                .map(|x| x.name.clone())
                .collect::<Vec<_>>()
                .join(", ");
            page.comparison = Some(c);
            Ok(render(&page)?.into_response())
        }
        Err(AppError::BadRequest(m)) => {
            page.error = Some(m);
            Ok((StatusCode::BAD_REQUEST, render(&page)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `/api/compare?j=KZ,RU`
pub async fn api_compare(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<impl IntoResponse, AppError> {
    let pairs = query_pairs(raw.as_deref())?;
    let codes = asked_codes(&pairs);
    Ok(axum::Json(off_thread(move || comparison(&s, &codes)).await??))
}
