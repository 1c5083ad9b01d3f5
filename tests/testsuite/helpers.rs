//! What several test modules need: the repository root, the fixture atlas's
//! state, and a request sent through the real router.

use std::path::Path;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::present::web::{AppState, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The small valid fixture (KZ and PH).
pub fn fixture_atlas() -> Atlas {
    Atlas::load(&root().join("tests/fixtures/valid")).into_result().unwrap()
}

/// Compares `actual` with `tests/golden/{name}`; `UPDATE_GOLDEN=1` rewrites
/// the file instead (then review the diff).
pub fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing golden file {}", path.display()));
    pretty_assertions::assert_eq!(actual, expected, "golden file {name}");
}

/// Server state over the fixture.
pub fn fixture_state() -> AppState {
    AppState::new(fixture_atlas()).unwrap()
}

/// Sends a request through the router over `state`: status, content type, body.
pub async fn send_to(state: AppState, req: Request<Body>) -> (StatusCode, String, String) {
    let res = app(state).oneshot(req).await.unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, ctype, String::from_utf8(body.to_vec()).unwrap())
}
