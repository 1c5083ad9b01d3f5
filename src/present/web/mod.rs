//! The web server: HTML pages and the JSON API over a loaded atlas.
//!
//! `app(state)` builds the whole router so tests drive it with `oneshot`
//! and no socket; [`server::serve`] adds the listener, connection limits,
//! reload on SIGHUP and graceful shutdown. The data a request sees is one
//! [`AppState`], taken from [`Shared`] when the request starts: a reload
//! swaps the whole state at once, so no request mixes old and new data.

mod cache;
mod charts;
mod error;
mod lang;
mod map;
pub mod openapi;
mod pages;
mod server;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use tower::ServiceBuilder;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use crate::data::model::worldmap::WorldMap;
pub use error::AppError;
pub use pages::draft_report_html;
pub use server::{Limits, serve};

use crate::data::load::Atlas;
use crate::present::export;
use crate::views::compare::{Summary, summarise};
use crate::views::search::{SearchIndex, SearchRequest};

/// One loaded data folder and everything derived from it, computed once.
/// A request holds one `AppState` from start to end; a reload builds a new
/// one and swaps it in (see [`Shared`]).
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
    /// Rendered responses by URI (see [`cache`]); a new state starts empty,
    /// so a reload invalidates the cache.
    pub cache: Arc<cache::ResponseCache>,
    /// When this state was built.
    pub loaded_at: DateTime<Utc>,
}

impl AppState {
    /// Wraps an atlas, builds its search index and summaries, and renders the map.
    pub fn new(atlas: Atlas) -> anyhow::Result<Self> {
        let search = SearchIndex::build(&atlas)?;
        let summaries = atlas.jurisdictions.iter().map(|j| summarise(&atlas, j)).collect();
        let map_svg = atlas.map.as_ref().map(|m| m.svg(&atlas));
        let drafts = atlas
            .drafts
            .iter()
            .map(|d| (d.name.clone(), d.title.clone(), d.text.clone()))
            .collect();
        Ok(Self {
            drafts: Arc::new(drafts),
            base_url: Arc::new(DEFAULT_BASE_URL.to_owned()),
            cache: Arc::new(cache::ResponseCache::new(cache::CAPACITY)),
            atlas: Arc::new(atlas),
            search: Arc::new(search),
            summaries: Arc::new(summaries),
            map_svg: Arc::new(map_svg),
            loaded_at: Utc::now(),
        })
    }
}

/// What the server holds across requests: the current [`AppState`], swapped
/// whole on reload, and the outcome of the last reload.
#[derive(Clone)]
pub struct Shared {
    current: Arc<ArcSwap<AppState>>,
    last_reload: Arc<Mutex<Option<ReloadReport>>>,
}

/// Handlers take `State<AppState>`: the state current when the request began.
impl FromRef<Shared> for AppState {
    fn from_ref(shared: &Shared) -> Self {
        AppState::clone(&shared.current.load())
    }
}

/// The outcome of a reload, as `/healthz` reports it.
#[derive(Debug, Clone, Serialize)]
pub struct ReloadReport {
    /// When the reload finished (RFC 3339, UTC).
    pub at: String,
    /// Whether the new data is being served.
    pub ok: bool,
    /// Why not: the first errors, one per line, then how many more.
    pub error: Option<String>,
}

/// The most errors a failed reload quotes on `/healthz` (all go to the log).
const RELOAD_ERRORS_SHOWN: usize = 10;

impl Shared {
    /// Starts from a loaded state.
    pub fn new(state: AppState) -> Self {
        Self {
            current: Arc::new(ArcSwap::from_pointee(state)),
            last_reload: Arc::new(Mutex::new(None)),
        }
    }

    /// The state requests now see.
    pub fn current(&self) -> Arc<AppState> {
        self.current.load_full()
    }

    /// Loads and validates the data folder again (blocking: run it off the
    /// async workers). Valid data is swapped in atomically; invalid data is
    /// logged in full and the last good atlas stays in service. Either way
    /// the outcome is recorded for `/healthz`.
    pub fn reload(&self) -> ReloadReport {
        let old = self.current();
        let dir = old.atlas.dir.clone();
        tracing::info!("reloading {}", dir.display());
        let outcome = match crate::Atlas::load(&dir).into_result() {
            Ok(atlas) => AppState::new(atlas)
                .map(|s| s.with_base_url(&old.base_url))
                .map_err(|e| format!("{e:#}")),
            Err(diagnostics) => {
                let errors: Vec<String> = diagnostics
                    .iter()
                    .filter(|d| d.severity == crate::data::load::diagnostic::Severity::Error)
                    .map(|d| d.to_string())
                    .collect();
                for e in &errors {
                    tracing::error!("reload: {e}");
                }
                let mut shown = errors
                    .iter()
                    .take(RELOAD_ERRORS_SHOWN)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n");
                if errors.len() > RELOAD_ERRORS_SHOWN {
                    shown.push_str(&format!("\n… and {} more", errors.len() - RELOAD_ERRORS_SHOWN));
                }
                Err(shown)
            }
        };
        let report = match outcome {
            Ok(state) => {
                tracing::info!("reloaded: data version {}", state.atlas.version);
                self.current.store(Arc::new(state));
                ReloadReport {
                    at: now(),
                    ok: true,
                    error: None,
                }
            }
            Err(error) => {
                tracing::error!("reload failed; still serving data version {}", old.atlas.version);
                ReloadReport {
                    at: now(),
                    ok: false,
                    error: Some(error),
                }
            }
        };
        if let Ok(mut last) = self.last_reload.lock() {
            *last = Some(report.clone());
        }
        report
    }
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
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
pub const DRAFT_BODY_LIMIT: usize = crate::data::load::draft::MAX_DRAFT_BYTES + 16 * 1024;

/// Content-Security-Policy: only this origin, no inline scripts, no framing.
pub const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The router over one fixed state, with the default load limits.
pub fn app(state: AppState) -> Router {
    router(Shared::new(state), Limits::default().max_in_flight)
}

/// The router over shared, reloadable state. At most `max_in_flight`
/// requests run at once; more get 503 at once. `/healthz` bypasses the
/// limit so that monitoring sees a busy server as busy, not dead.
pub fn router(shared: Shared, max_in_flight: usize) -> Router {
    let shed = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
            AppError::Unavailable("The server is busy; try again in a few seconds.".into())
        }))
        .load_shed()
        .layer(GlobalConcurrencyLimitLayer::new(max_in_flight.max(1)));
    let pages = Router::new()
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
        .fallback(pages::not_found)
        .layer(middleware::from_fn(lang::in_language))
        .layer(middleware::from_fn_with_state(shared.clone(), cache::layer))
        .layer(shed);
    let site = Router::new()
        .route("/healthz", get(healthz))
        .merge(pages)
        .layer(middleware::from_fn(error::uniform_errors))
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
        .with_state(shared);
    // The language prefix comes off before routing, so every route exists once.
    Router::new().fallback_service(ServiceBuilder::new().map_request(lang::localise).service(site))
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

/// `/healthz`: which data the server holds and how the last reload went.
async fn healthz(State(shared): State<Shared>) -> impl IntoResponse {
    let s = shared.current();
    let last_reload = shared.last_reload.lock().ok().and_then(|l| l.clone());
    (
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(serde_json::json!({
            "status": "ok",
            "data_version": s.atlas.version,
            "loaded_at": s.loaded_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            "jurisdictions": s.atlas.jurisdictions.len(),
            "last_reload": last_reload,
        })),
    )
}

const CSS: &str = include_str!("../../../templates/static/site.css");
const JS: &str = include_str!("../../../templates/static/site.js");

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

/// One entry of `/api/jurisdictions`.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JurisdictionSummary {
    /// ISO 3166 code, upper case.
    pub code: String,
    /// English short name.
    pub name: String,
    /// UN M49 region.
    pub region: crate::data::model::Region,
    /// UN M49 sub-region.
    pub sub_region: String,
    /// When the file was last reviewed.
    pub last_reviewed: crate::data::model::date::LegalDate,
    /// The strongest kind of liability for sexual harassment proper.
    pub harassment_liability: crate::data::model::HarassmentLiability,
    /// The profile page's path.
    pub profile: String,
}

async fn api_jurisdictions(State(s): State<AppState>) -> axum::Json<Vec<JurisdictionSummary>> {
    let list = s
        .atlas
        .jurisdictions
        .iter()
        .map(|j| JurisdictionSummary {
            code: j.code.clone(),
            name: j.name.clone(),
            region: j.region,
            sub_region: j.sub_region.clone(),
            last_reviewed: j.last_reviewed,
            harassment_liability: j.harassment_liability(),
            profile: format!("/jurisdictions/{}", j.code.to_lowercase()),
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

async fn openapi(State(s): State<AppState>) -> axum::Json<serde_json::Value> {
    axum::Json(openapi::document(&s.atlas.config.data_licence))
}

async fn export_json(State(s): State<AppState>) -> Result<impl IntoResponse, AppError> {
    let mut buf = Vec::new();
    export::json(&s.atlas, &mut buf)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], buf))
}

/// `/export/provisions.csv`, with `?bom=1` for spreadsheets: a UTF-8
/// byte-order mark first, so that Excel reads Cyrillic, Arabic and accents.
async fn export_csv(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<impl IntoResponse, AppError> {
    let mut bom = false;
    for (k, v) in query_pairs(raw.as_deref())? {
        match (k.as_str(), v.as_str()) {
            ("bom", "1" | "true") => bom = true,
            ("bom", "0" | "false" | "") => bom = false,
            ("bom", _) => return Err(AppError::BadRequest("`bom` is 1 or 0.".into())),
            _ => {
                return Err(AppError::BadRequest(format!(
                    "Unknown parameter `{}`; the CSV export takes only `bom`.",
                    k.chars().take(40).collect::<String>()
                )));
            }
        }
    }
    let mut buf = Vec::new();
    if bom {
        buf.extend_from_slice(export::UTF8_BOM);
    }
    export::csv(&s.atlas, &mut buf)?;
    let name = if bom { "provisions-excel.csv" } else { "provisions.csv" };
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        buf,
    ))
}
