//! The web server: HTML pages and the JSON API over a loaded atlas.
//!
//! `app(state)` builds the whole router so tests drive it with `oneshot`
//! and no socket; `serve` adds the listener and graceful shutdown.

mod error;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::AppError;

use askama::Template;

use crate::atlas::{Atlas, Counts};
use crate::export;
use crate::model::Jurisdiction;
use crate::search::{SearchIndex, SearchRequest};

/// Shared, read-only state: the atlas never changes while the server runs.
#[derive(Clone)]
pub struct AppState {
    /// The loaded atlas.
    pub atlas: Arc<Atlas>,
    /// Its search index.
    pub search: Arc<SearchIndex>,
}

impl AppState {
    /// Wraps an atlas and builds its search index.
    pub fn new(atlas: Atlas) -> anyhow::Result<Self> {
        let search = SearchIndex::build(&atlas)?;
        Ok(Self {
            atlas: Arc::new(atlas),
            search: Arc::new(search),
        })
    }
}

/// The longest query string accepted, in bytes.
pub const MAX_QUERY_STRING: usize = 4096;

/// Decodes a query string into pairs, refusing what is too long or malformed.
pub fn query_pairs(raw: Option<&str>) -> Result<Vec<(String, String)>, AppError> {
    let raw = raw.unwrap_or("");
    if raw.len() > MAX_QUERY_STRING {
        return Err(AppError::BadRequest(format!(
            "The query string is {} bytes long; the limit is {MAX_QUERY_STRING}.",
            raw.len()
        )));
    }
    serde_urlencoded::from_str(raw)
        .map_err(|e| AppError::BadRequest(format!("The query string could not be decoded: {e}.")))
}

/// The router.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/healthz", get(healthz))
        .route("/api/search", get(api_search))
        .route("/api/jurisdictions", get(api_jurisdictions))
        .route("/api/jurisdictions/{code}", get(api_jurisdiction))
        .route("/export/atlas.json", get(export_json))
        .route("/export/provisions.csv", get(export_csv))
        .fallback(not_found)
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn healthz() -> &'static str {
    "ok"
}

/// The home page.
#[derive(askama::Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    counts: Counts,
    jurisdictions: &'a [Jurisdiction],
}

async fn home(State(s): State<AppState>) -> Result<Html<String>, AppError> {
    let page = HomePage {
        counts: s.atlas.counts(),
        jurisdictions: &s.atlas.jurisdictions,
    };
    Ok(Html(page.render().map_err(anyhow::Error::from)?))
}

async fn api_search(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<impl IntoResponse, AppError> {
    let request = SearchRequest::from_pairs(&query_pairs(raw.as_deref())?)?;
    Ok(axum::Json(s.search.search(&s.atlas, &request, false)?))
}

async fn api_jurisdictions(State(s): State<AppState>) -> impl IntoResponse {
    let list: Vec<_> = s
        .atlas
        .jurisdictions
        .iter()
        .map(|j| {
            serde_json::json!({
                "code": j.code, "name": j.name, "region": j.region, "sub_region": j.sub_region,
                "last_reviewed": j.last_reviewed, "harassment_liability": j.harassment_liability(),
            })
        })
        .collect();
    axum::Json(list)
}

async fn api_jurisdiction(State(s): State<AppState>, Path(code): Path<String>) -> Result<impl IntoResponse, AppError> {
    let j = s
        .atlas
        .jurisdiction(&code)
        .ok_or_else(|| AppError::NotFound(format!("no jurisdiction with the code `{code}`")))?;
    Ok(axum::Json(export::jurisdiction_json(&s.atlas, j)?))
}

async fn export_json(State(s): State<AppState>) -> Result<impl IntoResponse, AppError> {
    let mut buf = Vec::new();
    export::json(&s.atlas, &mut buf)?;
    Ok(([("content-type", "application/json")], buf))
}

async fn export_csv(State(s): State<AppState>) -> Result<impl IntoResponse, AppError> {
    let mut buf = Vec::new();
    export::csv(&s.atlas, &mut buf)?;
    Ok((
        [
            ("content-type", "text/csv; charset=utf-8"),
            ("content-disposition", "attachment; filename=\"provisions.csv\""),
        ],
        buf,
    ))
}

async fn not_found() -> AppError {
    AppError::NotFound("no such page".into())
}

/// Serves until Ctrl-C or SIGTERM, then finishes in-flight requests.
pub async fn serve(state: AppState, addr: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("shut down");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
