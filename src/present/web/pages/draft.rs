//! The drafting tool: the form, the report page and the JSON API for drafts.

use askama::Template;
use axum::body::Bytes;
use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Multipart, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::data::load::draft::{MAX_DRAFT_BYTES, parse as parse_draft};
use crate::data::model::names::label;
use crate::present::i18n::Tr;
use crate::present::web::{AppError, AppState, query_pairs};
use crate::views::compare::{self};
use crate::views::draft::{self, Against, Options, Report};

use super::{PageError, render};
use crate::present::words::{fine_local_text, fine_usd_text};

// ---------------------------------------------------------------- drafts

#[derive(Template)]
#[template(path = "draft.html")]
struct DraftPage {
    tr: Tr,
    examples: Vec<(String, String)>,
    errors: Vec<String>,
    text: String,
    max_kb: usize,
    regions: Vec<String>,
}

struct PenaltyView {
    article: String,
    liability: String,
    tiers: Vec<TierFigures>,
    metrics: Vec<(String,)>,
    note: String,
}

struct TierFigures {
    label: String,
    prison: String,
    arrest: String,
    local: String,
    usd: String,
}

#[derive(Template)]
#[template(path = "draft_report.html")]
struct DraftReportPage<'a> {
    tr: Tr,
    r: &'a Report,
    against_all: bool,
    region: Option<String>,
    penalties: Vec<PenaltyView>,
}

impl DraftReportPage<'_> {
    fn human(&self, s: &str) -> String {
        s.replace('_', " ")
    }
}

fn penalty_views(r: &Report) -> Vec<PenaltyView> {
    let n = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), compare::thousands);
    r.penalties
        .iter()
        .map(|p| PenaltyView {
            article: p.article.clone(),
            liability: p.liability.clone(),
            tiers: p
                .tiers
                .iter()
                .map(|t| {
                    let x = &t.normalised;
                    TierFigures {
                        label: t.label.clone(),
                        prison: n(x.imprisonment_max_days),
                        arrest: n(x.arrest_max_days),
                        local: fine_local_text(x),
                        usd: fine_usd_text(x),
                    }
                })
                .collect(),
            metrics: p
                .metrics
                .iter()
                .filter_map(|m| {
                    let x = m.draft?;
                    let near = m
                        .nearest
                        .iter()
                        .map(|(e, v)| format!("{} {} ({})", e.name, e.article, compare::thousands(*v)))
                        .collect::<Vec<_>>()
                        .join("; ");
                    Some((format!(
                        "{}: {} {} — percentile {} among {} comparable provisions; nearest: {}.",
                        m.name,
                        compare::thousands(x),
                        m.unit,
                        m.percentile.map_or_else(|| "—".into(), |p| p.to_string()),
                        m.comparable,
                        if near.is_empty() { "none".into() } else { near }
                    ),))
                })
                .collect(),
            note: p.multiples_note.clone(),
        })
        .collect()
}

/// The report as a printable HTML page.
pub fn draft_report_html(r: &Report, tr: &Tr) -> anyhow::Result<String> {
    let page = DraftReportPage {
        tr: tr.clone(),
        r,
        against_all: r.options.against == Against::All,
        region: r.options.region.map(|x| label(&x)),
        penalties: penalty_views(r),
    };
    Ok(page.render()?)
}

fn regions() -> Vec<String> {
    crate::views::search::request::allowed_values::<crate::data::model::Region>()
}

fn draft_form(s: &AppState, tr: Tr, text: String, errors: Vec<String>) -> Result<Html<String>, PageError> {
    render(&DraftPage {
        tr,
        examples: s
            .drafts
            .iter()
            .map(|(k, title, _)| (k.clone(), title.clone()))
            .collect(),
        errors,
        text,
        max_kb: MAX_DRAFT_BYTES / 1024,
        regions: regions(),
    })
}

/// `GET /draft[?example=kz-administrative]`
pub async fn draft_get(State(s): State<AppState>, tr: Tr, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let example = pairs.iter().find(|(k, _)| k == "example").map(|(_, v)| v.as_str());
    let text = match example {
        None => s.drafts.first().map(|d| d.2.clone()).unwrap_or_default(),
        Some(name) => match s.drafts.iter().find(|d| d.0 == name) {
            Some(d) => d.2.clone(),
            None => {
                return Err(AppError::NotFound(format!(
                    "There is no example draft `{}`.",
                    name.chars().take(40).collect::<String>()
                ))
                .into());
            }
        },
    };
    Ok(draft_form(&s, tr, text, Vec::new())?.into_response())
}

fn options_from(against: Option<&str>, region: Option<&str>) -> Result<Options, AppError> {
    let against = match against.map(str::trim).filter(|v| !v.is_empty()) {
        None | Some("in_force") => Against::InForce,
        Some("all") => Against::All,
        Some(other) => {
            return Err(AppError::BadRequest(format!(
                "`{}` is not a valid `against`; use in_force or all.",
                other.chars().take(20).collect::<String>()
            )));
        }
    };
    let region = region
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|r| crate::views::search::request::parse_value::<crate::data::model::Region>("region", r))
        .transpose()?;
    Ok(Options { against, region })
}

/// `POST /draft` (multipart: `toml` text or `file` upload, `against`, `region`).
pub async fn draft_post(
    State(s): State<AppState>,
    tr: Tr,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let mut multipart =
        multipart.map_err(|e| AppError::BadRequest(format!("The form could not be read: {}.", e.body_text())))?;
    let (mut text, mut upload, mut against, mut region) = (String::new(), String::new(), None, None);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(too_large_or_bad(&e.body_text()).into()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let value = field.text().await.map_err(|e| too_large_or_bad(&e.body_text()))?;
        match name.as_str() {
            "toml" => text = value,
            "file" => upload = value,
            "against" => against = Some(value),
            "region" => region = Some(value),
            _ => {}
        }
    }
    // An uploaded file wins over the text box.
    let source = if upload.trim().is_empty() { text } else { upload };
    let opts = options_from(against.as_deref(), region.as_deref())?;
    if source.len() > MAX_DRAFT_BYTES {
        return Err(AppError::TooLarge(format!(
            "The draft is {} bytes; the limit is {} KB.",
            source.len(),
            MAX_DRAFT_BYTES / 1024
        ))
        .into());
    }
    let (atlas, text) = (s.atlas.clone(), source.clone());
    let analysed = crate::present::web::error::off_thread(move || {
        parse_draft("draft.toml", &text, &atlas).map(|(d, warnings)| draft::report(&atlas, &d, &warnings, &opts))
    })
    .await?;
    match analysed {
        Ok(report) => Ok(Html(draft_report_html(&report, &tr)?).into_response()),
        Err(diags) => {
            let body = draft_form(&s, tr, source, diags.iter().map(ToString::to_string).collect())?;
            Ok((StatusCode::BAD_REQUEST, body).into_response())
        }
    }
}

fn too_large_or_bad(detail: &str) -> AppError {
    if detail.contains("length limit") || detail.contains("too large") {
        AppError::TooLarge(format!(
            "The draft is larger than the limit of {} KB.",
            MAX_DRAFT_BYTES / 1024
        ))
    } else {
        AppError::BadRequest(format!("The form could not be read: {detail}."))
    }
}

/// `POST /api/draft?against=&region=` with the TOML as the body.
pub async fn api_draft(
    State(s): State<AppState>,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Result<axum::Json<draft::Report>, AppError> {
    let body = body.map_err(|e| {
        let status = e.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge(format!(
                "The draft is larger than the limit of {} KB.",
                MAX_DRAFT_BYTES / 1024
            ))
        } else {
            AppError::Status(status, format!("The body could not be read: {}.", e.body_text()))
        }
    })?;
    let pairs = query_pairs(raw.as_deref())?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let opts = options_from(get("against"), get("region"))?;
    let text = std::str::from_utf8(&body).map_err(|_| AppError::BadRequest("The draft is not UTF-8 text.".into()))?;
    if body.len() > MAX_DRAFT_BYTES {
        return Err(AppError::TooLarge(format!(
            "The draft is {} bytes; the limit is {} KB.",
            body.len(),
            MAX_DRAFT_BYTES / 1024
        )));
    }
    let (atlas, text) = (s.atlas.clone(), text.to_owned());
    let analysed = crate::present::web::error::off_thread(move || {
        parse_draft("draft.toml", &text, &atlas).map(|(d, warnings)| draft::report(&atlas, &d, &warnings, &opts))
    })
    .await?;
    analysed.map(axum::Json).map_err(|diags| {
        AppError::Invalid(
            format!("The draft has {} problem(s); no report was made.", diags.len()),
            diags,
        )
    })
}
