//! The comparison page and its JSON twin.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::present::web::error::off_thread;
use crate::present::web::{AppError, AppState, query_pairs};
use crate::views::compare::{self, Comparison, Summary};

use super::{PageError, render, rendered};

// ---------------------------------------------------------------- compare

#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage {
    raw: String,
    error: Option<String>,
    comparison: Option<Comparison>,
}

/// The codes asked for: `j=KZ,RU` or `j=KZ&j=RU` (what the search page's checkboxes send).
fn asked_codes(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .filter(|(k, _)| k == "j")
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

pub async fn compare_page(state: State<AppState>, raw: RawQuery) -> Result<Response, PageError> {
    rendered(move || compare_page_now(state, raw)).await
}

/// `/compare?j=KZ,RU,PH`
fn compare_page_now(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let codes = asked_codes(&pairs);
    if codes.trim().is_empty() {
        return Ok(render(&ComparePage {
            raw: String::new(),
            error: None,
            comparison: None,
        })?
        .into_response());
    }
    match comparison(&s, &codes) {
        Ok(c) => Ok(render(&ComparePage {
            raw: codes,
            error: None,
            comparison: Some(c),
        })?
        .into_response()),
        Err(AppError::BadRequest(m)) => {
            let body = render(&ComparePage {
                raw: codes.chars().take(60).collect(),
                error: Some(m),
                comparison: None,
            })?;
            Ok((StatusCode::BAD_REQUEST, body).into_response())
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
