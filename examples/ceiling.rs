//! The throughput ceiling for `bench/run.sh`: axum answering a precomputed
//! 2.5 kB JSON body, with nothing else to do. Not part of the product.
//!
//! Run: `cargo run --release --example ceiling -- 127.0.0.1:8091`

use axum::Router;
use axum::http::header;
use axum::routing::get;

#[tokio::main]
async fn main() {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8091".into());
    // A body of about 2.5 kB, built once.
    let item = r#"{"jurisdiction":"PH","article":"Sec. 11(a)","title":"Gender-based streets and public spaces sexual harassment","liability":"criminal"}"#;
    let body: &'static str = Box::leak(format!("[{}]", vec![item; 19].join(",")).into_boxed_str());
    let app = Router::new().route(
        "/",
        get(move || async move { ([(header::CONTENT_TYPE, "application/json")], body) }),
    );
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    axum::serve(listener, app).await.expect("serve");
}
