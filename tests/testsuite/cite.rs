//! Citations: the statute first, then the atlas as the source of the
//! structured data, in text, BibTeX and CSL-JSON, pinned by golden files
//! (`UPDATE_GOLDEN=1 cargo test --test testsuite cite::` to accept a change).

use harassment_atlas::data::model::date::LegalDate;
use harassment_atlas::views::cite;

use crate::helpers::{fixture_atlas, fixture_state, golden, send_to};

const BASE: &str = "https://atlas.example.org";

#[test]
fn a_provision_cites_its_statute_with_the_official_number() {
    let atlas = fixture_atlas();
    let j = atlas.jurisdiction("PH").unwrap();
    let (i, p) = j.provision("ph-act-11").unwrap();
    let c = cite::provision(j, i, p, BASE, LegalDate::ymd(2026, 12, 7), "CC BY 4.0");
    assert_eq!(
        c.statute.as_deref(),
        Some("Fixture Safe Spaces Act (Republic Act No. 11313), Sec. 11 (Philippines, 2019)")
    );
    assert_eq!(c.permalink, "https://atlas.example.org/jurisdictions/ph#ph-act-11");
    golden("cite-provision.txt", &c.plain);
    golden("cite-provision.bib", &c.bibtex);
    golden("cite-provision.csl.json", &c.csl_json);
    let csl: serde_json::Value = serde_json::from_str(&c.csl_json).unwrap();
    assert_eq!(csl[0]["type"], "legislation");
    assert_eq!(csl[0]["number"], "Republic Act No. 11313");
    assert_eq!(csl[1]["type"], "dataset");
}

#[test]
fn a_profile_cites_the_atlas() {
    let atlas = fixture_atlas();
    let j = atlas.jurisdiction("PH").unwrap();
    let c = cite::profile(j, BASE, LegalDate::ymd(2026, 12, 7), "CC BY 4.0");
    assert_eq!(c.statute, None);
    golden("cite-profile.bib", &c.bibtex);
    golden("cite-profile.csl.json", &c.csl_json);
}

#[tokio::test]
async fn the_profile_page_offers_every_citation_and_a_report_link() {
    let req = axum::http::Request::get("/jurisdictions/ph")
        .body(axum::body::Body::empty())
        .unwrap();
    let (status, _, body) = send_to(fixture_state(), req).await;
    assert_eq!(status, 200);
    assert!(body.contains("Fixture Safe Spaces Act (Republic Act No. 11313), Sec. 11 (Philippines, 2019)"));
    assert!(body.contains("id=\"cite-ph-act-11-csl\""));
    assert!(body.contains("id=\"cite-csl\""), "the profile's own CSL-JSON");
    // Without an issue tracker configured, the report link explains how to report.
    assert!(body.contains("href=\"/about#mistakes\" rel=\"noopener\">Report a mistake in Sec. 11</a>"));
}

#[tokio::test]
async fn with_an_issue_tracker_the_report_link_is_prefilled() {
    let mut atlas = fixture_atlas();
    atlas.config.issue_url = Some("https://example.org/atlas/issues/new".into());
    let state = harassment_atlas::present::web::AppState::new(atlas).unwrap();
    let req = axum::http::Request::get("/jurisdictions/ph")
        .body(axum::body::Body::empty())
        .unwrap();
    let (_, _, body) = send_to(state, req).await;
    assert!(
        body.contains("href=\"https://example.org/atlas/issues/new?title=Data%3A+PH+Sec.+11+%28ph-act-11%29&#38;body=Provision%3A+ph-act-11"),
        "{}",
        body.lines().find(|l| l.contains("Report a mistake in Sec. 11")).unwrap_or("no report link")
    );
}
