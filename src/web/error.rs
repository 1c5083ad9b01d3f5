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
            AppError::Internal(e) => {
                tracing::error!("{e:#}");
                (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong".to_owned())
            }
        };
        (status, Json(json!({ "error": message, "status": status.as_u16() }))).into_response()
    }
}
