//! Languages on the web: `/ru/…` and `/kk/…` are the same pages as `/…`
//! in Russian and Kazakh.
//!
//! [`localise`] runs before routing: it takes the prefix off the path and
//! records the language and the unprefixed address as a [`Localised`]
//! extension, so that every route exists once. Handlers take a [`Tr`];
//! [`in_language`] makes the language known to error pages too, and puts the
//! internal links of an HTML answer into the page's language
//! ([`localise_links`]), so that every link, form and map area stays in it.

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::present::i18n::{Lang, Tr, localise_links};

/// The language of a request and its address without the prefix.
#[derive(Debug, Clone)]
pub struct Localised {
    /// The language the path asked for.
    pub lang: Lang,
    /// The path and query without the prefix.
    pub here: String,
}

tokio::task_local! {
    static CURRENT: Lang;
}

/// The language of the request being answered (English outside one).
pub fn current() -> Lang {
    CURRENT.try_with(|l| *l).unwrap_or_default()
}

/// Before routing: `/ru/search?q=x` becomes `/search?q=x` with a [`Localised`] of Russian.
pub fn localise(mut req: Request) -> Request {
    let uri = req.uri().clone();
    let (lang, rest) = Lang::split_path(uri.path());
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let here = format!("{rest}{query}");
    if lang != Lang::En {
        let mut parts = uri.into_parts();
        if let Ok(pq) = here.parse() {
            parts.path_and_query = Some(pq);
            if let Ok(new) = Uri::from_parts(parts) {
                *req.uri_mut() = new;
            }
        }
    }
    req.extensions_mut().insert(Localised { lang, here });
    req
}

/// The request's language for the handler, with the page's address for the switch.
impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(match parts.extensions.get::<Localised>() {
            Some(l) => Tr::new(l.lang, l.here.clone()),
            None => Tr::new(Lang::En, parts.uri.path_and_query().map_or("/", |p| p.as_str())),
        })
    }
}

/// The largest HTML answer whose links are rewritten (larger ones pass as they are).
const MAX_REWRITE: usize = 8 * 1024 * 1024;

/// Runs the handler in the request's language and localises the links of its HTML.
pub async fn in_language(req: Request, next: Next) -> Response {
    let lang = req.extensions().get::<Localised>().map(|l| l.lang).unwrap_or_default();
    let res = CURRENT.scope(lang, next.run(req)).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if lang == Lang::En || !is_html || res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    match to_bytes(body, MAX_REWRITE).await {
        Ok(bytes) => {
            let html = localise_links(&String::from_utf8_lossy(&bytes), lang);
            parts.headers.remove(header::CONTENT_LENGTH);
            parts
                .headers
                .insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
            Response::from_parts(parts, Body::from(html))
        }
        Err(e) => {
            tracing::error!("reading a page to localise its links failed: {e}");
            super::AppError::Internal(anyhow::anyhow!("page too large to localise")).into_response()
        }
    }
}
