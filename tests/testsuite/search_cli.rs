//! The `search` command and `/api/search` build the same request and give
//! the same answer; bad queries exit with status 2 and a clear message.

use std::path::Path;
use std::process::Command;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::present::web::{AppState, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
        .arg("search")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

async fn api(query: &str) -> (StatusCode, serde_json::Value) {
    let atlas = Atlas::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
        .into_result()
        .unwrap();
    let res = app(AppState::new(atlas).unwrap())
        .oneshot(
            Request::get(format!("/api/search?{query}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&body).unwrap())
}

#[tokio::test]
async fn cli_and_api_agree() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["домогательство на работе", "--json"],
            "q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE+%D0%BD%D0%B0+%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%B5",
        ),
        (
            &[
                "",
                "--liability",
                "criminal",
                "--prosecution",
                "complaint",
                "--setting",
                "workplace",
                "--json",
            ],
            "liability=criminal&prosecution=complaint&setting=workplace",
        ),
        (
            &["catcalling", "--min-arrest-days", "1", "--sort", "arrest", "--json"],
            "q=catcalling&min_arrest_days=1&sort=arrest",
        ),
        (
            &["harassment", "--region", "Europe,Asia", "--page", "2", "--json"],
            "q=harassment&region=Europe,Asia&page=2",
        ),
    ];
    for (args, query) in cases {
        let (code, stdout, stderr) = cli(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        let from_cli: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let (status, from_api) = api(query).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(from_cli, from_api, "{args:?} vs {query}");
        assert!(from_cli["total_hits"].as_u64().unwrap() > 0, "{args:?}");
    }
}

#[test]
fn cli_prints_grouped_results() {
    let (code, stdout, _) = cli(&["catcalling"]);
    assert_eq!(code, 0);
    let mut lines = stdout.lines();
    let first = lines.next().unwrap();
    let (count, rest) = first.split_once(' ').unwrap();
    assert!(
        count.parse::<usize>().is_ok_and(|n| n >= 1) && rest.starts_with("jurisdiction(s), "),
        "the first line counts jurisdictions: {first}"
    );
    assert!(stdout.contains("\nPH Philippines\n"), "{stdout}");
    assert!(stdout.contains("**catcalling**"), "{stdout}");
}

#[test]
fn bad_queries_exit_2_with_a_message() {
    let long = "harassment ".repeat(1000);
    let cases: &[(&[&str], &str)] = &[
        (&["\"sexual harassment"], "syntax error"),
        (&["colour:red"], "unknown field `colour`"),
        (&["x", "--min-prison-days=-5"], "outside 0"),
        (
            &["x", "--min-fine-usd", "9", "--max-fine-usd", "3"],
            "above the maximum",
        ),
        (&["x", "--liability", "penal"], "`penal` is not a valid liability"),
        (&["x", "--sort", "cheapest"], "is not a valid sort"),
        (&["x", "--year-from", "twenty"], "is not a year"),
        (&[long.as_str()], "the limit is 500"),
    ];
    for (args, needle) in cases {
        let (code, stdout, stderr) = cli(args);
        assert_eq!(code, 2, "{needle}: {stderr}");
        assert_eq!(stdout, "");
        assert!(
            stderr.starts_with("error: ") && stderr.contains(needle),
            "{needle}: {stderr}"
        );
    }
}
