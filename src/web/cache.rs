//! A small cache of rendered responses. The atlas cannot change while the
//! server runs, so a response depends only on its URI and never goes stale;
//! the cache is dropped with the process. It holds the most recently used
//! entries only, so a stream of distinct queries (see `bench/run.sh`) still
//! pays the full cost of each search.

use std::num::NonZeroUsize;
use std::sync::Mutex;

use axum::body::HttpBody;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lru::LruCache;

use super::AppState;

/// Entries kept.
pub const CAPACITY: usize = 512;
/// The largest body cached, in bytes (so the cache holds at most 128 MiB).
pub const MAX_BODY: usize = 256 * 1024;

/// Cached bodies with their content type, by URI.
pub struct ResponseCache(Mutex<LruCache<String, (HeaderMap, Bytes)>>);

impl ResponseCache {
    /// An empty cache of `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        Self(Mutex::new(LruCache::new(
            NonZeroUsize::new(capacity.max(1)).expect("positive"),
        )))
    }

    fn get(&self, key: &str) -> Option<(HeaderMap, Bytes)> {
        self.0.lock().ok()?.get(key).cloned()
    }

    fn put(&self, key: String, value: (HeaderMap, Bytes)) {
        if let Ok(mut c) = self.0.lock() {
            c.put(key, value);
        }
    }
}

/// Serves successful GET responses from the cache, and fills it.
pub async fn layer(State(s): State<AppState>, req: Request, next: Next) -> Response {
    let cacheable = req.method() == Method::GET
        && !req.uri().path().starts_with("/healthz")
        && !req.uri().path().starts_with("/export/");
    if !cacheable {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    if let Some((headers, body)) = s.cache.get(&key) {
        let mut res = Body::from(body).into_response();
        *res.headers_mut() = headers;
        return res;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK || res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    // Only bodies of known, modest size are buffered; anything else streams through.
    if res.body().size_hint().exact().is_none_or(|n| n > MAX_BODY as u64) {
        return res;
    }
    let (parts, body) = res.into_parts();
    match to_bytes(body, MAX_BODY).await {
        Ok(bytes) => {
            s.cache.put(key, (parts.headers.clone(), bytes.clone()));
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(e) => {
            tracing::error!("buffering a response for the cache failed: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong").into_response()
        }
    }
}
