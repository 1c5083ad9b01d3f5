//! Draft analysis on a small fixture atlas, with every figure computed by
//! hand (see the comments), the two shipped example drafts, the CLI, the web
//! page and the API.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::data::load::draft as load_draft;
use harassment_atlas::present::web::AppState;
use harassment_atlas::views::draft::{self, Against, Options};

use crate::helpers::root;

fn fixture_atlas() -> Atlas {
    Atlas::load(&root().join("tests/fixtures/draft-atlas"))
        .into_result()
        .unwrap()
}

fn report_for(atlas: &Atlas, file: &str) -> draft::Report {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let (d, warnings) = load_draft::parse(file, &text, atlas).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    draft::report(atlas, &d, &warnings, &Options::default())
}

#[test]
fn fixture_draft_figures_match_hand_computation() {
    let atlas = fixture_atlas();
    let r = report_for(&atlas, "tests/fixtures/drafts/kz.toml");
    // Four in-force harassment laws: GE, UA, FR, US.
    assert_eq!(r.comparable_laws, 4);
    let row = |dim: &str, value: &str| {
        r.coverage
            .iter()
            .find(|c| c.dimension == dim && c.value == value)
            .unwrap()
            .clone()
    };
    // Verbal conduct: GE, UA, FR of 4 laws with conduct data = 75 %.
    let verbal = row("conduct", "verbal");
    assert_eq!(
        (verbal.draft, verbal.count, verbal.known, verbal.share),
        ("yes", 3, 4, Some(75.0))
    );
    // Workplace: UA, US, and FR (which covers anywhere) = 3 of 4.
    assert_eq!(row("settings", "workplace").share, Some(75.0));
    // Prosecution known for GE, UA, FR; complaint in UA and FR = 66.7 %; the draft says public.
    let complaint = row("prosecution", "complaint");
    assert_eq!(
        (complaint.draft, complaint.count, complaint.known, complaint.share),
        ("no", 2, 3, Some(66.7))
    );
    assert_eq!(
        complaint.examples.iter().map(|e| e.code.as_str()).collect::<Vec<_>>(),
        ["FR", "UA"]
    );
    // Definition known for GE, UA, FR (US has none): consent 1 of 3.
    assert_eq!(row("definition", "consent").share, Some(33.3));
    // Employer duties known for FR and US only: too few for a gap.
    assert_eq!(row("employer_duties", "training").known, 2);

    // Gaps: only complaint prosecution (≥ 50 % of ≥ 3 laws with data, and the draft differs).
    let gaps: Vec<(&str, &str)> = r.gaps.iter().map(|g| (g.label, g.value.as_str())).collect();
    assert_eq!(gaps, [("Prosecution", "complaint")]);

    // Penalties: comparable administrative provisions GE (fine 300, arrest 10) and UA (fine 50).
    let p = &r.penalties[0];
    let fine = p.metrics.iter().find(|m| m.name == "maximum fine").unwrap();
    // Draft 400 USD is above both: (2 + 0) / 2 = 100.
    assert_eq!(
        (fine.draft, fine.comparable, fine.percentile),
        (Some(400.0), 2, Some(100.0))
    );
    assert_eq!(
        fine.nearest
            .iter()
            .map(|(e, v)| (e.code.as_str(), *v))
            .collect::<Vec<_>>(),
        [("GE", 300.0), ("UA", 50.0)]
    );
    let arrest = p.metrics.iter().find(|m| m.name == "maximum arrest").unwrap();
    assert_eq!(
        (arrest.draft, arrest.comparable, arrest.percentile),
        (Some(15.0), 1, Some(100.0))
    );
    let prison = p.metrics.iter().find(|m| m.name == "maximum imprisonment").unwrap();
    assert_eq!((prison.draft, prison.percentile), (None, None));

    // Nearest by Jaccard. The draft has 19 facts (2 conduct, 2 settings, 9 protected via
    // "anyone", definition, liability, escalation, prosecution, reconciliation, 1 duty).
    // GE: 17 facts, all shared: 17/19. FR: 27 facts, 14 shared: 14/32. UA: 7 facts,
    // 4 shared: 4/22. US: 7 facts, 2 shared: 2/24.
    let nearest: Vec<(&str, f64)> = r.nearest.iter().map(|n| (n.code.as_str(), n.similarity)).collect();
    assert_eq!(nearest, [("GE", 0.895), ("FR", 0.438), ("UA", 0.182), ("US", 0.083)]);
    assert!(r.nearest[0].agree.contains(&"prosecution: public".to_owned()));

    // Standards: r1 needs criminal and administrative (one of two), r2 applies to education
    // only, r3 asks for a policy (given), r4 for damages (absent).
    let outcomes: Vec<(&str, &str)> = r
        .standards
        .iter()
        .map(|a| (a.article.as_str(), a.outcome_label()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("Art. 1", "partly met"),
            ("Art. 2", "not applicable"),
            ("Art. 3", "met"),
            ("Art. 4", "not met")
        ]
    );

    // Missing sources are warnings for a draft, not errors.
    assert_eq!(r.warnings.len(), 3);
}

#[test]
fn comparing_with_all_and_by_region() {
    let atlas = fixture_atlas();
    let text = std::fs::read_to_string(root().join("tests/fixtures/drafts/kz.toml")).unwrap();
    let (d, w) = load_draft::parse("kz.toml", &text, &atlas).unwrap();
    let europe = draft::report(
        &atlas,
        &d,
        &w,
        &Options {
            against: Against::InForce,
            region: Some(harassment_atlas::data::model::Region::Europe),
        },
    );
    assert_eq!(europe.comparable_laws, 2, "UA and FR");
    assert_eq!(
        europe.nearest.iter().map(|n| n.code.as_str()).collect::<Vec<_>>(),
        ["FR", "UA"]
    );
}

#[test]
fn example_drafts_on_the_fixture_atlas() {
    let atlas = fixture_atlas();
    // Kazakh example: 200 MCI × 3,692 KZT ÷ 469 KZT/USD = 1,574.41 USD; above GE's 300 and UA's 50.
    let kz = report_for(&atlas, "data/drafts/kz-administrative.toml");
    let fine = kz.penalties[0]
        .metrics
        .iter()
        .find(|m| m.name == "maximum fine")
        .unwrap();
    assert_eq!((fine.draft, fine.percentile), (Some(1574.41), Some(100.0)));
    // 50 days of arrest against GE's 10.
    let arrest = kz.penalties[0]
        .metrics
        .iter()
        .find(|m| m.name == "maximum arrest")
        .unwrap();
    assert_eq!((arrest.draft, arrest.percentile), (Some(50.0), Some(100.0)));
    assert_eq!(kz.nearest[0].code, "GE");

    // Russian example: the criminal article's 2 years (730 days) equal FR's: (0 + ½) / 1 = 50.
    let ru = report_for(&atlas, "data/drafts/ru-escalation.toml");
    let criminal = ru.penalties.iter().find(|p| p.liability == "criminal").unwrap();
    let prison = criminal
        .metrics
        .iter()
        .find(|m| m.name == "maximum imprisonment")
        .unwrap();
    assert_eq!((prison.draft, prison.percentile), (Some(730.0), Some(50.0)));
    // 200,000 RUB ÷ 92.5 = 2,162.16 USD, below FR's 30,000: 0.
    let fine = criminal.metrics.iter().find(|m| m.name == "maximum fine").unwrap();
    assert_eq!((fine.draft, fine.percentile), (Some(2162.16), Some(0.0)));
    // Both examples escalate on repeat.
    for r in [&kz, &ru] {
        assert!(
            r.coverage
                .iter()
                .any(|c| c.dimension == "escalation" && c.value == "rises on repetition" && c.draft == "yes")
        );
    }
}

#[test]
fn example_drafts_work_on_the_bundled_data() {
    let atlas = Atlas::load(&root().join("data")).into_result().unwrap();
    for file in ["data/drafts/kz-administrative.toml", "data/drafts/ru-escalation.toml"] {
        let r = report_for(&atlas, file);
        assert!(r.comparable_laws >= 40, "{file}");
        assert_eq!(r.nearest.len(), 5);
        assert!(r.standards.len() >= 10);
        let md = draft::markdown(&r);
        assert!(md.contains("## 5. International standards"));
    }
}

#[test]
fn malformed_drafts_get_check_messages() {
    let atlas = fixture_atlas();
    let errors = |text: &str| {
        load_draft::parse("d.toml", text, &atlas)
            .err()
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        errors("code = \"KZ").starts_with("d.toml:1:11: error:"),
        "{}",
        errors("code = \"KZ")
    );
    let good = std::fs::read_to_string(root().join("tests/fixtures/drafts/kz.toml")).unwrap();
    let unknown = good.replace(
        "legal_tradition = \"civil_law\"",
        "legal_tradition = \"civil_law\"\nsystem = 1",
    );
    assert!(
        errors(&unknown).contains("d.toml:7:1: error: `system`: unknown field `system`"),
        "{}",
        errors(&unknown)
    );
    let in_force = good
        .replace("status = \"proposed\"", "status = \"in_force\"")
        .replace("kind = \"bill\"", "kind = \"special_law\"");
    assert!(errors(&in_force).contains("the draft has no proposed instrument"));
    let huge = format!("{good}\n# {}", "x".repeat(load_draft::MAX_DRAFT_BYTES));
    assert!(errors(&huge).contains("the limit is 262144"));
}

#[test]
fn cli_draft_formats_and_errors() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
            .arg("draft")
            .args(args)
            .current_dir(root())
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let data = ["--data", "tests/fixtures/draft-atlas"];
    let (code, md, _) = run(&[&["tests/fixtures/drafts/kz.toml"], &data[..]].concat());
    assert_eq!(code, 0);
    assert!(md.contains("- Georgia (GE): similarity 0.895"), "{md}");
    let (code, json, _) = run(&[&["tests/fixtures/drafts/kz.toml", "--format", "json"], &data[..]].concat());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["nearest"][0]["code"], "GE");
    let (code, html, _) = run(&[
        &["tests/fixtures/drafts/kz.toml", "--format", "html", "--against", "all"],
        &data[..],
    ]
    .concat());
    assert_eq!(code, 0);
    assert!(html.contains("<h2 id=\"standards\">5. International standards</h2>"));
    let (code, _, err) = run(&[
        &["tests/fixtures/invalid/syntax_error/jurisdictions/kz.toml"],
        &data[..],
    ]
    .concat());
    assert_eq!(code, 1);
    assert!(err.contains("kz.toml:3:19: error: invalid basic string"), "{err}");
    let (code, _, err) = run(&[&["tests/fixtures/drafts/kz.toml", "--region", "Atlantis"], &data[..]].concat());
    assert_eq!(code, 2);
    assert!(err.contains("`Atlantis` is not a valid region"));
}

/// A request through the router over the draft fixture atlas.
async fn send(req: Request<Body>) -> (StatusCode, String, String) {
    crate::helpers::send_to(AppState::new(fixture_atlas()).unwrap(), req).await
}

fn multipart(fields: &[(&str, &str)]) -> Request<Body> {
    let boundary = "XyZBoundary";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    Request::post("/draft")
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn api_draft_report_and_errors() {
    let good = std::fs::read_to_string(root().join("tests/fixtures/drafts/kz.toml")).unwrap();
    let (status, ctype, body) = send(Request::post("/api/draft").body(Body::from(good.clone())).unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(ctype, "application/json");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["nearest"][0]["code"], "GE");
    assert_eq!(v["gaps"][0]["value"], "complaint");

    let (status, _, body) = send(
        Request::post("/api/draft?against=all&region=Europe")
            .body(Body::from(good.clone()))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["comparable_laws"],
        2
    );

    let (status, _, body) = send(Request::post("/api/draft").body(Body::from("code = \"KZ")).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["diagnostics"][0]["line"], 1);
    assert_eq!(v["diagnostics"][0]["column"], 11);

    let unknown = good.replace(
        "legal_tradition = \"civil_law\"",
        "legal_tradition = \"civil_law\"\nsystem = 1",
    );
    let (status, _, body) = send(Request::post("/api/draft").body(Body::from(unknown)).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("unknown field `system`"), "{body}");

    let huge = vec![b'#'; 5 * 1024 * 1024];
    let (status, _, body) = send(Request::post("/api/draft").body(Body::from(huge)).unwrap()).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(body.contains("larger than the limit of 256 KB"), "{body}");

    let (status, _, body) = send(
        Request::post("/api/draft?against=sometimes")
            .body(Body::from(good))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("not a valid `against`"));
}

#[tokio::test]
async fn draft_page_form_report_and_errors() {
    let (status, ctype, body) = send(Request::get("/draft").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(ctype.starts_with("text/html"));
    assert!(body.contains("<textarea id=\"toml\" name=\"toml\""));
    assert_eq!(
        send(Request::get("/draft?example=nope").body(Body::empty()).unwrap())
            .await
            .0,
        StatusCode::NOT_FOUND
    );

    let good = std::fs::read_to_string(root().join("tests/fixtures/drafts/kz.toml")).unwrap();
    let (status, _, body) = send(multipart(&[("toml", &good), ("against", "in_force"), ("region", "")])).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("<h1>Draft analysis: Kazakhstan</h1>"));
    assert!(body.contains("similarity 0.895"));

    // An uploaded file wins over the text box.
    let (status, _, body) = send(multipart(&[("toml", "garbage"), ("file", &good)])).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (status, _, body) = send(multipart(&[("toml", "code = \"KZ")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("draft.toml:1:11: error: invalid basic string"), "{body}");
    assert!(body.contains("<textarea id=\"toml\" name=\"toml\" rows=\"24\" cols=\"100\" spellcheck=\"false\">code = &#34;KZ</textarea>"), "the text is kept");

    let huge = "#".repeat(5 * 1024 * 1024);
    let (status, _, body) = send(multipart(&[("toml", &huge)])).await;
    assert_eq!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        &body[..body.len().min(300)]
    );
    assert!(body.contains("larger than the limit"));
}

/// Finding 3 of the hardening issue: a 253 KB draft with 5,000 penalty tiers
/// cost 0.33 s of worker CPU and returned 2.8 MB of diagnostics; a draft
/// between 256 KiB and the body limit got 400 instead of 413.
#[tokio::test]
async fn oversized_and_amplifying_drafts_are_refused_cheaply() {
    let good = std::fs::read_to_string(root().join("tests/fixtures/drafts/kz.toml")).unwrap();
    let (head, tail) = good.split_once("[employer_duties]").unwrap();
    let tier =
        "\n[[instruments.provisions.penalties]]\nlabel = \"x\"\nfine = { min = 5, max = 1, unit = \"KZ-MCI\" }\n";
    let amplifying = format!("{head}{}\n[employer_duties]{tail}", tier.repeat(2600));
    assert!(amplifying.len() < 256 * 1024, "{}", amplifying.len());
    let (status, _, body) = send(Request::post("/api/draft").body(Body::from(amplifying)).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("the limits are 100 and 300"), "{body}");
    assert!(body.len() < 4096, "{} bytes of diagnostics", body.len());

    // Many errors under the tier cap: at most 50 shown, then a count.
    let many = format!("{head}{}\n[employer_duties]{tail}", tier.repeat(290));
    let (status, _, body) = send(Request::post("/api/draft").body(Body::from(many)).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let diags = v["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 51, "{body}");
    assert!(
        diags[50]["message"]
            .as_str()
            .unwrap()
            .contains("more problem(s) not shown"),
        "{body}"
    );

    // Over 256 KiB but under the body limit: 413, like anything larger.
    let padded = format!("{good}\n{}", "#".repeat(257 * 1024));
    let (status, _, body) = send(Request::post("/api/draft").body(Body::from(padded)).unwrap()).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert!(body.contains("the limit is 256 KB"), "{body}");
}

/// Issue #12: every standards requirement says whether its article was
/// checked against the text, and what was read (or why it could not be).
#[test]
fn every_standards_requirement_states_its_verification() {
    let atlas = Atlas::load(&root().join("data")).into_result().unwrap();
    let mut checked = 0;
    for s in &atlas.standards {
        for r in &s.requirements {
            let v = r.verified.unwrap_or_else(|| panic!("{}: `verified` missing", r.id));
            assert!(r.verification.trim().len() > 40, "{}: say what was read", r.id);
            checked += usize::from(v);
        }
    }
    assert!(checked >= 9, "{checked} verified requirements");
}
