//! One error type for every handler: 4xx carry a useful message, 5xx say
//! only "Something went wrong" and the detail goes to the log.

use axum::Json;
use axum::body::to_bytes;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderName, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use schemars::JsonSchema;
use serde::Serialize;

use crate::data::load::diagnostic::Diagnostic;

/// An error a handler can return. It renders as JSON ([`ErrorBody`]) by
/// default, or as an HTML page through [`PageError`](super::pages::PageError);
/// both take their status and message from [`AppError::parts`].
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request is malformed.
    #[error("{0}")]
    BadRequest(String),
    /// The body is larger than allowed.
    #[error("{0}")]
    TooLarge(String),
    /// Nothing at that address.
    #[error("{0}")]
    NotFound(String),
    /// A search that cannot run as asked.
    #[error("{0}")]
    Search(#[from] crate::views::search::SearchError),
    /// A draft with problems, each with its line and a hint (400).
    #[error("{0}")]
    Invalid(String, Vec<Diagnostic>),
    /// The server is busy or the work ran past its deadline (503).
    #[error("{0}")]
    Unavailable(String),
    /// Any other client error, with its status (405, 408, 415, 422…).
    #[error("{1}")]
    Status(StatusCode, String),
    /// A bug or an I/O failure.
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

/// The body of every JSON error.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ErrorBody {
    /// What went wrong and what to change, for a person.
    pub error: String,
    /// The HTTP status, repeated.
    pub status: u16,
    /// For a draft: each problem with its line and a hint.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

impl AppError {
    /// The status, a short title and the public message. A 5xx's detail
    /// goes to the log here and never to the client.
    pub fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, "Bad request", m.clone()),
            AppError::Search(crate::views::search::SearchError::Engine(e)) => {
                tracing::error!("search index: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "Something went wrong; it has been logged.".to_owned(),
                )
            }
            AppError::Search(e) => (StatusCode::BAD_REQUEST, "Bad request", e.to_string()),
            AppError::Invalid(m, _) => (StatusCode::BAD_REQUEST, "Bad request", m.clone()),
            AppError::NotFound(m) => (StatusCode::NOT_FOUND, "Not found", m.clone()),
            AppError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, "Too large", m.clone()),
            AppError::Unavailable(m) => (StatusCode::SERVICE_UNAVAILABLE, "Busy", m.clone()),
            AppError::Status(s, m) => (*s, s.canonical_reason().unwrap_or("Error"), m.clone()),
            AppError::Internal(e) => {
                tracing::error!("{e:#}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "Something went wrong; it has been logged.".to_owned(),
                )
            }
        }
    }

    /// Adds `Retry-After` to a 503, whichever way it was rendered.
    pub fn finish(status: StatusCode, mut res: Response) -> Response {
        *res.status_mut() = status;
        if status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, axum::http::HeaderValue::from_static("5"));
        }
        res
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, _, error) = self.parts();
        let diagnostics = match self {
            AppError::Invalid(_, d) => d,
            _ => Vec::new(),
        };
        let body = ErrorBody {
            error,
            status: status.as_u16(),
            diagnostics,
        };
        AppError::finish(status, Json(body).into_response())
    }
}

/// How long CPU-heavy work (search, draft analysis) may take before the
/// client gets a 503.
pub const WORK_DEADLINE: std::time::Duration = std::time::Duration::from_secs(5);

/// Runs CPU-heavy work on tokio's blocking pool, so that the async workers
/// keep serving other requests (and `/healthz`), and gives up waiting after
/// [`WORK_DEADLINE`] with a 503.
pub async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    match tokio::time::timeout(WORK_DEADLINE, tokio::task::spawn_blocking(work)).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(AppError::Internal(anyhow::anyhow!("blocking task failed: {e}"))),
        Err(_) => Err(AppError::Unavailable(format!(
            "The request took longer than {} seconds and was stopped; try a simpler query or try again later.",
            WORK_DEADLINE.as_secs()
        ))),
    }
}

/// Whether a request wants errors as JSON: API and export addresses, or an
/// `Accept` header that names JSON and not HTML.
fn wants_json(path: &str, headers: &HeaderMap) -> bool {
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or("");
    path == "/api"
        || path.starts_with("/api/")
        || path.starts_with("/export/")
        || path == "/healthz"
        || (accept.contains("application/json") && !accept.contains("text/html"))
}

/// Headers of the original error response kept on the rewritten one.
const KEPT: [HeaderName; 2] = [header::ALLOW, header::RETRY_AFTER];

/// Rewrites error responses the handlers did not write themselves (axum's
/// extractor rejections, 405, the timeout's 408, the body limit's 413) into
/// the atlas's own error body, as an HTML page or JSON as the client
/// asked, with a message a person can act on. Responses that already carry
/// an HTML or JSON body pass unchanged.
pub async fn uniform_errors(req: Request, next: Next) -> Response {
    let json = wants_json(req.uri().path(), req.headers());
    let method = req.method().clone();
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let ctype = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if ctype.starts_with("application/json") || ctype.starts_with("text/html") {
        return res;
    }
    let (parts, body) = res.into_parts();
    let detail = to_bytes(body, 4096)
        .await
        .ok()
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let message = explain(status, &method, &parts.headers, &detail);
    let err = match status {
        StatusCode::BAD_REQUEST => AppError::BadRequest(message),
        StatusCode::NOT_FOUND => AppError::NotFound(message),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge(message),
        StatusCode::SERVICE_UNAVAILABLE => AppError::Unavailable(message),
        s if s.is_server_error() => AppError::Internal(anyhow::anyhow!("{s}: {detail}")),
        s => AppError::Status(s, message),
    };
    let mut out = if json {
        err.into_response()
    } else {
        super::pages::PageError(err).into_response()
    };
    for name in KEPT {
        if let Some(v) = parts.headers.get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out
}

/// A sentence for an error the framework produced.
fn explain(status: StatusCode, method: &Method, headers: &HeaderMap, detail: &str) -> String {
    match status {
        StatusCode::METHOD_NOT_ALLOWED => {
            let allow = headers
                .get(header::ALLOW)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("GET");
            format!("This address does not accept {method} requests; it accepts {allow}.")
        }
        StatusCode::REQUEST_TIMEOUT => {
            "The request took too long to arrive or to answer and was stopped; try again.".into()
        }
        StatusCode::PAYLOAD_TOO_LARGE => format!(
            "The request body is larger than the {} KiB this address accepts.",
            super::DRAFT_BODY_LIMIT / 1024
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => format!(
            "The body's content type is not accepted here{}.",
            if detail.is_empty() {
                String::new()
            } else {
                format!(": {detail}")
            }
        ),
        _ if !detail.is_empty() => {
            let mut d: String = detail.chars().take(300).collect();
            if !d.ends_with('.') {
                d.push('.');
            }
            d
        }
        s => format!(
            "The request could not be handled ({} {}).",
            s.as_u16(),
            s.canonical_reason().unwrap_or("error")
        ),
    }
}
