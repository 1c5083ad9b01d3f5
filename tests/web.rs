//! The router, driven through `oneshot` without a socket.

use std::path::Path;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::web::{AppState, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn state() -> AppState {
    let atlas = Atlas::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"))
        .into_result()
        .unwrap();
    AppState::new(atlas)
}

async fn get(uri: &str) -> (StatusCode, String, String) {
    let res = app(state())
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, ctype, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test]
async fn healthz_answers_ok() {
    assert_eq!(
        get("/healthz").await,
        (StatusCode::OK, "text/plain; charset=utf-8".into(), "ok".into())
    );
}

#[tokio::test]
async fn home_lists_the_jurisdictions() {
    let (status, ctype, body) = get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ctype.starts_with("text/html"));
    assert!(
        body.contains("2 jurisdictions, 2 instruments, 4 provisions, 3 sources"),
        "{body}"
    );
    assert!(body.contains("Philippines"));
}

#[tokio::test]
async fn api_returns_a_jurisdiction_with_normalised_figures() {
    let (status, _, body) = get("/api/jurisdictions/ph").await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["code"], "PH");
    assert_eq!(
        v["instruments"][0]["provisions"][0]["penalties"][0]["normalised"]["fine_max_usd"],
        17.46
    );
}

#[tokio::test]
async fn unknown_code_is_a_json_404() {
    let (status, ctype, body) = get("/api/jurisdictions/zz").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(ctype, "application/json");
    assert!(body.contains("no jurisdiction with the code `zz`"), "{body}");
    assert_eq!(get("/nowhere").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn exports_match_the_export_module() {
    let (status, ctype, body) = get("/export/provisions.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ctype, "text/csv; charset=utf-8");
    let mut expected = Vec::new();
    harassment_atlas::export::csv(&state().atlas, &mut expected).unwrap();
    assert_eq!(body.as_bytes(), expected.as_slice());
    let (status, _, body) = get("/export/atlas.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(serde_json::from_str::<serde_json::Value>(&body).is_ok());
}
