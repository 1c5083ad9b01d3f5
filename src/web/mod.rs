//! The web server: HTML pages and the JSON API over a loaded atlas.
//!
//! `app(state)` builds the whole router so tests drive it with `oneshot`
//! and no socket; `serve` adds the listener and graceful shutdown.

mod cache;
mod charts;
mod error;
mod map;
mod pages;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::AppError;
pub use map::WorldMap;
pub use pages::draft_report_html;

use crate::atlas::Atlas;
use crate::compare::{Summary, summarise};
use crate::export;
use crate::search::{SearchIndex, SearchRequest};

/// Shared, read-only state: the atlas never changes while the server runs,
/// so everything derived from it is computed once here.
#[derive(Clone)]
pub struct AppState {
    /// The loaded atlas.
    pub atlas: Arc<Atlas>,
    /// Its search index.
    pub search: Arc<SearchIndex>,
    /// Per-jurisdiction comparison summaries, in atlas order.
    pub summaries: Arc<Vec<Summary>>,
    /// The home page's map, rendered once (absent without map data).
    pub map_svg: Arc<Option<String>>,
    /// Example drafts from `drafts/*.toml`: (name, title, text).
    pub drafts: Arc<Vec<(String, String, String)>>,
    /// The public address permalinks and citations use, e.g. `https://atlas.example.org`.
    pub base_url: Arc<String>,
    /// Rendered responses by URI (see [`cache`]).
    pub cache: Arc<cache::ResponseCache>,
}

impl AppState {
    /// Wraps an atlas, builds its search index and summaries, and renders the map.
    pub fn new(atlas: Atlas) -> anyhow::Result<Self> {
        let search = SearchIndex::build(&atlas)?;
        let summaries = atlas.jurisdictions.iter().map(|j| summarise(&atlas, j)).collect();
        let map_svg = WorldMap::load(&atlas.dir).map(|m| m.svg(&atlas));
        let drafts = example_drafts(&atlas.dir.join("drafts"));
        Ok(Self {
            drafts: Arc::new(drafts),
            base_url: Arc::new(DEFAULT_BASE_URL.to_owned()),
            cache: Arc::new(cache::ResponseCache::new(cache::CAPACITY)),
            atlas: Arc::new(atlas),
            search: Arc::new(search),
            summaries: Arc::new(summaries),
            map_svg: Arc::new(map_svg),
        })
    }
}

/// Permalinks' address when `serve --base-url` is not given.
pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8080";

impl AppState {
    /// Sets the public address used in permalinks and citations.
    pub fn with_base_url(mut self, url: &str) -> Self {
        self.base_url = Arc::new(url.trim_end_matches('/').to_owned());
        self
    }
}

/// Example drafts: every `*.toml` in the folder, titled by its first instrument.
fn example_drafts(dir: &std::path::Path) -> Vec<(String, String, String)> {
    let files = crate::atlas::toml_files(dir).unwrap_or_default();
    files
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let name = p.file_stem()?.to_string_lossy().into_owned();
            let title = toml::from_str::<crate::model::Jurisdiction>(&text)
                .ok()
                .and_then(|j| {
                    j.instruments
                        .first()
                        .map(|i| format!("{}: {}", j.name, i.title.trim_start_matches("Worked example: ")))
                })
                .unwrap_or_else(|| name.clone());
            Some((name, title, text))
        })
        .collect()
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

/// The largest request body accepted for drafts: the draft plus form overhead.
pub const DRAFT_BODY_LIMIT: usize = crate::draft::MAX_DRAFT_BYTES + 16 * 1024;

/// Content-Security-Policy: only this origin, no inline scripts, no framing.
pub const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The router.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/search", get(pages::search))
        .route("/jurisdictions", get(pages::list))
        .route("/jurisdictions/{code}", get(pages::profile))
        .route("/compare", get(pages::compare_page))
        .route("/topics", get(pages::topics))
        .route("/topics/{topic}", get(pages::topic))
        .route("/about", get(pages::about))
        .route("/api", get(pages::api_docs))
        .route(
            "/draft",
            get(pages::draft_get)
                .post(pages::draft_post)
                .layer(DefaultBodyLimit::max(DRAFT_BODY_LIMIT)),
        )
        .route(
            "/api/draft",
            post(pages::api_draft).layer(DefaultBodyLimit::max(DRAFT_BODY_LIMIT)),
        )
        .route("/api/openapi.json", get(openapi))
        .route("/api/search", get(api_search))
        .route("/api/compare", get(pages::api_compare))
        .route("/api/jurisdictions", get(api_jurisdictions))
        .route("/api/jurisdictions/{code}", get(api_jurisdiction))
        .route("/api/{*rest}", get(api_not_found))
        .route("/export/atlas.json", get(export_json))
        .route("/export/provisions.csv", get(export_csv))
        .route("/static/site.css", get(css))
        .route("/static/site.js", get(js))
        .route("/healthz", get(healthz))
        .fallback(pages::not_found)
        .layer(middleware::from_fn_with_state(state.clone(), cache::layer))
        .layer(middleware::from_fn(reject_long_uris))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Refuses URIs longer than the query-string limit plus a path allowance.
async fn reject_long_uris(req: Request, next: Next) -> Response {
    let len = req.uri().to_string().len();
    if len > MAX_QUERY_STRING + 1024 {
        return AppError::BadRequest(format!(
            "The address is {len} bytes long; the limit is {}.",
            MAX_QUERY_STRING + 1024
        ))
        .into_response();
    }
    next.run(req).await
}

async fn healthz() -> &'static str {
    "ok"
}

const CSS: &str = include_str!("../../templates/static/site.css");
const JS: &str = include_str!("../../templates/static/site.js");

fn static_asset(body: &'static str, content_type: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        body,
    )
}

async fn css() -> impl IntoResponse {
    static_asset(CSS, "text/css; charset=utf-8")
}

async fn js() -> impl IntoResponse {
    static_asset(JS, "text/javascript; charset=utf-8")
}

async fn api_search(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<impl IntoResponse, AppError> {
    let request = SearchRequest::from_pairs(&query_pairs(raw.as_deref())?)?;
    let (index, atlas) = (s.search.clone(), s.atlas.clone());
    Ok(axum::Json(
        error::off_thread(move || index.search(&atlas, &request, false)).await??,
    ))
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
                "profile": format!("/jurisdictions/{}", j.code.to_lowercase()),
            })
        })
        .collect();
    axum::Json(list)
}

async fn api_jurisdiction(State(s): State<AppState>, Path(code): Path<String>) -> Result<impl IntoResponse, AppError> {
    let j = s.atlas.jurisdiction(&code).ok_or_else(|| {
        AppError::NotFound(format!(
            "no jurisdiction with the code `{}`",
            code.chars().take(20).collect::<String>()
        ))
    })?;
    Ok(axum::Json(export::jurisdiction_json(&s.atlas, j)?))
}

async fn api_not_found() -> AppError {
    AppError::NotFound("no such API endpoint; see /api".into())
}

async fn openapi() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
}

async fn export_json(State(s): State<AppState>) -> Result<impl IntoResponse, AppError> {
    let mut buf = Vec::new();
    export::json(&s.atlas, &mut buf)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], buf))
}

async fn export_csv(State(s): State<AppState>) -> Result<impl IntoResponse, AppError> {
    let mut buf = Vec::new();
    export::csv(&s.atlas, &mut buf)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"provisions.csv\""),
        ],
        buf,
    ))
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
