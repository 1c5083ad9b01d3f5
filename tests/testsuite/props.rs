//! Property tests: generated input thrown at the TOML loader, the query
//! parser and the draft endpoint. Each answer must be a result or a clear
//! error (with a position for data, a 4xx for requests), never a panic, a
//! 5xx or a hang. The case count is modest so the suite stays quick; raise
//! it with `PROPTEST_CASES=5000 cargo test --test testsuite props::`.

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::data::load::parse_str;
use harassment_atlas::data::model::Jurisdiction;
use harassment_atlas::present::web::{AppState, app};
use harassment_atlas::views::search::{SearchIndex, SearchRequest};
use proptest::prelude::*;
use tower::ServiceExt;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn atlas() -> &'static Atlas {
    static A: OnceLock<Atlas> = OnceLock::new();
    A.get_or_init(|| Atlas::load(&root().join("tests/fixtures/valid")).into_result().unwrap())
}

fn index() -> &'static SearchIndex {
    static I: OnceLock<SearchIndex> = OnceLock::new();
    I.get_or_init(|| SearchIndex::build(atlas()).unwrap())
}

fn state() -> &'static AppState {
    static S: OnceLock<AppState> = OnceLock::new();
    S.get_or_init(|| AppState::new(atlas().clone()).unwrap())
}

fn valid_text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| std::fs::read_to_string(root().join("tests/fixtures/valid/jurisdictions/kz.toml")).unwrap())
}

fn draft_text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| std::fs::read_to_string(root().join("tests/fixtures/drafts/kz.toml")).unwrap())
}

/// A guard against exponential blow-ups, not a speed assertion.
const BOUND: Duration = Duration::from_secs(5);

/// Text edited at a few places: deleted, duplicated or replaced spans, and
/// inserted characters that matter to TOML.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    let edit = (
        0..base.len(),
        0usize..40,
        prop::sample::select(vec![
            "", "=", "\"", "[", "]]", "{", "\n", "-1e400", "#", "'''", "é", "\u{0}",
        ]),
    );
    prop::collection::vec(edit, 1..4).prop_map(move |edits| {
        let mut s = base.to_owned();
        for (at, len, insert) in edits {
            let mut at = at.min(s.len());
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len).min(s.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            s.replace_range(at..end, insert);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// The loader never panics on a damaged data file, and every error it
    /// reports points inside the file.
    #[test]
    fn the_loader_reports_damaged_files_with_a_position(text in mutated(valid_text())) {
        let started = Instant::now();
        let path = Path::new("kz.toml");
        match parse_str::<Jurisdiction>(path, &text) {
            Ok((j, map)) => {
                for d in harassment_atlas::data::load::validate::jurisdiction(&j, &map, &atlas().reference) {
                    prop_assert!(!d.message.is_empty());
                }
            }
            Err(d) => {
                prop_assert!(!d.message.is_empty());
                if let Some(line) = d.line {
                    prop_assert!(line >= 1 && line <= text.lines().count() + 1, "{d}");
                }
            }
        }
        prop_assert!(started.elapsed() < BOUND);
    }

    /// Any query string, built from the characters the parser treats
    /// specially, gives results or a clear error, in bounded time.
    #[test]
    fn any_query_gives_results_or_a_clear_error(
        q in r#"[a-z()" :*~^+\-]{0,60}|((AND|OR|NOT|\(|\)|"|harassment|-) ){0,40}"#,
        sort in prop::sample::select(vec!["", "relevance", "prison", "fine", "nonsense"]),
    ) {
        let started = Instant::now();
        let mut pairs = vec![("q".to_owned(), q.clone())];
        if !sort.is_empty() {
            pairs.push(("sort".to_owned(), sort.to_owned()));
        }
        match SearchRequest::from_pairs(&pairs) {
            Ok(request) => match index().search(atlas(), &request, false) {
                Ok(_) => {}
                Err(e) => {
                    let m = e.to_string();
                    prop_assert!(!m.is_empty());
                    prop_assert!(!m.contains("Term(") && !m.contains("field="), "{q}: {m}");
                }
            },
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        prop_assert!(started.elapsed() < BOUND, "{q}");
    }

    /// The draft endpoint answers a damaged draft with 200 or a 4xx.
    #[test]
    fn the_draft_endpoint_never_fails_on_a_damaged_draft(text in mutated(draft_text())) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let status = rt.block_on(async {
            app(state().clone())
                .oneshot(Request::post("/api/draft").body(Body::from(text.clone())).unwrap())
                .await
                .unwrap()
                .status()
        });
        prop_assert!(status == StatusCode::OK || status.is_client_error(), "{status}");
    }
}
