//! One error type for every handler: 4xx carry a useful message, 5xx say
//! only "Something went wrong" and the detail goes to the log.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An error a handler can return.
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
    Search(#[from] crate::search::SearchError),
    /// The server is busy or the work ran past its deadline (503).
    #[error("{0}")]
    Unavailable(String),
    /// A bug or an I/O failure.
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match &self {
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, m.clone()),
            AppError::NotFound(m) => (StatusCode::NOT_FOUND, m.clone()),
            AppError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, m.clone()),
            AppError::Search(e) => (StatusCode::BAD_REQUEST, e.to_string()),
            AppError::Unavailable(m) => (StatusCode::SERVICE_UNAVAILABLE, m.clone()),
            AppError::Internal(e) => {
                tracing::error!("{e:#}");
                (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong".to_owned())
            }
        };
        let mut res = (status, Json(json!({ "error": message, "status": status.as_u16() }))).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("5"),
            );
        }
        res
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
