//! A small cache of rendered responses. Each [`AppState`] has its own cache
//! and its data never changes, so a response depends only on its URI and
//! never goes stale; a reload builds a new state with an empty cache. It holds the most recently used
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

/// Whether a path's handler reads its query string.
fn takes_query(path: &str) -> bool {
    matches!(path, "/search" | "/api/search" | "/compare" | "/api/compare" | "/draft") || path.starts_with("/topics/")
}

/// The cache key of a request: its path, plus, for pages that read a query,
/// the query decoded and re-encoded one way, so that `%61`, `a` and
/// `a&` are one entry. A query on a page that ignores it is not cached
/// (the page still answers), so `/?x=1`, `/?x=2`, … cannot flood the cache.
pub fn canonical_key(uri: &axum::http::Uri) -> Option<String> {
    let path = uri.path();
    match uri.query() {
        None | Some("") => Some(path.to_owned()),
        Some(q) if takes_query(path) => {
            let pairs: Vec<(String, String)> = serde_urlencoded::from_str(q).ok()?;
            let pairs: Vec<_> = pairs.into_iter().filter(|(k, _)| !k.is_empty()).collect();
            Some(format!("{path}?{}", serde_urlencoded::to_string(&pairs).ok()?))
        }
        Some(_) => None,
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
    let Some(key) = canonical_key(req.uri()) else {
        return next.run(req).await;
    };
    // One entry per language: `/ru/about` and `/about` arrive here both as `/about`.
    let lang = req
        .extensions()
        .get::<super::lang::Localised>()
        .map(|l| l.lang)
        .unwrap_or_default();
    let key = format!("{}{key}", lang.prefix());
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

#[cfg(test)]
mod key_tests {
    use super::canonical_key;

    /// Finding 5 of the hardening issue: the cache was keyed by the raw URI.
    #[test]
    fn one_key_per_canonical_request() {
        let key = |u: &str| canonical_key(&u.parse().unwrap());
        assert_eq!(key("/search?q=%61bc"), key("/search?q=abc"));
        assert_eq!(key("/search?q=a+b"), key("/search?q=a%20b"));
        assert_eq!(key("/search?q=abc&"), key("/search?q=abc"));
        assert_ne!(key("/search?q=abc"), key("/search?q=abd"));
        assert_eq!(key("/about"), Some("/about".into()));
        assert_eq!(key("/?x=1"), None, "a query the page ignores is not cached");
        assert_eq!(key("/jurisdictions/kz?utm=1"), None);
    }
}
