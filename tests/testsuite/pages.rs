//! Every HTML route through the real router (`oneshot`): real data, bad
//! parameters, unknown pages, security headers, and the hostile fixture.

use std::path::Path;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::present::web::{AppState, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn real() -> AppState {
    static S: OnceLock<AppState> = OnceLock::new();
    S.get_or_init(|| AppState::new(Atlas::load(&root().join("data")).into_result().unwrap()).unwrap())
        .clone()
}

struct Page {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn get_with(state: AppState, uri: &str) -> Page {
    let res = app(state)
        .oneshot(
            Request::get(uri)
                .header("host", "atlas.test")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    Page { status, headers, body }
}

async fn get(uri: &str) -> Page {
    get_with(real(), uri).await
}

#[tokio::test]
async fn home_has_counts_map_legend_and_links() {
    let p = get("/").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("<svg class=\"map\""), "map");
    assert!(
        p.body
            .contains("<a href=\"/jurisdictions/kz\" aria-label=\"Kazakhstan: no offence\"><path class=\"l-none\"")
    );
    assert!(p.body.contains(
        "<a href=\"/jurisdictions/ph\" aria-label=\"Philippines: criminal offence\"><path class=\"l-criminal\""
    ));
    assert!(p.body.contains("class=\"sw l-administrative\""));
    assert!(p.body.len() < 300_000, "home page is {} bytes", p.body.len());
    // Every script is the site's own: no inline scripts, nothing from another host.
    let scripts: Vec<&str> = p.body.split("<script").skip(1).collect();
    assert!(!scripts.is_empty(), "the home page loads site.js");
    for tag in scripts {
        assert!(
            tag.starts_with(" src=\"/static/"),
            "a script not from /static/: <script{}",
            &tag[..tag.len().min(80)]
        );
    }
}

#[tokio::test]
async fn security_headers_on_every_page() {
    for uri in ["/", "/search?q=x", "/nowhere", "/api/jurisdictions"] {
        let p = get(uri).await;
        let csp = p.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{uri}: {csp}"
        );
        assert_eq!(p.headers["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(p.headers["referrer-policy"], "no-referrer", "{uri}");
    }
    let css = get("/static/site.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.headers["cache-control"].to_str().unwrap().contains("max-age"));
}

#[tokio::test]
async fn repeated_requests_are_served_identically_from_the_cache() {
    let state = real();
    let first = get_with(state.clone(), "/api/search?q=stalking&region=Asia").await;
    let second = get_with(state.clone(), "/api/search?q=stalking&region=Asia").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body, second.body);
    assert_eq!(first.headers["content-type"], second.headers["content-type"]);
    assert_eq!(
        second.headers["x-content-type-options"], "nosniff",
        "security headers on cached responses too"
    );
    // Another query is not answered from the first one's entry.
    let other = get_with(state.clone(), "/api/search?q=stalking&region=Europe").await;
    assert_ne!(other.body, first.body);
    // Static assets keep their cache header when served from the cache.
    get_with(state.clone(), "/static/site.css").await;
    let css = get_with(state, "/static/site.css").await;
    assert!(css.headers["cache-control"].to_str().unwrap().contains("max-age"));
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    let res = app(real())
        .oneshot(
            Request::get("/jurisdictions/kz")
                .header("accept-encoding", "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn profile_shows_ladders_sources_and_citation() {
    let p = get("/jurisdictions/PH").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(
        p.body.contains("<caption>Penalty ladder, Sec. 11(a)</caption>"),
        "ladder table"
    );
    assert!(p.body.contains("<th scope=\"col\" class=\"num\">Prison (days)</th>"));
    assert!(p.body.contains("id=\"src-1\""), "numbered sources");
    assert!(p.body.contains("http://127.0.0.1:8080/jurisdictions/ph"), "permalink");
    assert!(p.body.contains("@misc{hla-ph-"), "BibTeX");
    assert!(
        p.body.contains("<span class=\"unknown\">unknown</span>"),
        "unknowns are shown"
    );
    // Kazakhstan: the absence of an offence, and the stalking article that uses the same penalty scale.
    let kz = get("/jurisdictions/kz").await;
    assert!(kz.body.contains("No offence of sexual harassment."));
    assert!(kz.body.contains("Art. 115-1"));
}

#[tokio::test]
async fn search_page_filters_groups_and_offers_compare() {
    let p = get("/search?q=catcalling&liability=criminal").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(
        p.body
            .contains("<input type=\"checkbox\" name=\"liability\" value=\"criminal\" checked>")
    );
    assert!(p.body.contains("<input type=\"checkbox\" name=\"j\" value=\"PH\">"));
    assert!(p.body.contains("<b>catcalling</b>"));
    // A syntax error in the text is ignored and said, not a failure.
    let p = get("/search?q=%22sexual+harassment").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("Ignored part of the query"), "{}", p.body);
    // A bad filter is a 400 page.
    let p = get("/search?liability=penal").await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    assert!(p.body.contains("<code>penal</code> is not a valid liability"));
}

#[tokio::test]
async fn compare_page_and_bad_codes() {
    let p = get("/compare?j=KZ,RU,PH,FR").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains(
        "<tr id=\"row-liability\" class=\"differs\"><th scope=\"row\">Strongest liability for sexual harassment"
    ));
    assert!(p.body.contains("href=\"/jurisdictions/ph#"), "cells link to articles");
    // The search page's checkboxes send j=KZ&j=RU.
    assert_eq!(get("/compare?j=KZ&j=RU").await.status, StatusCode::OK);
    for (uri, needle) in [
        ("/compare?j=KZ,XX", "“XX” is not a jurisdiction"),
        ("/compare?j=KZ,Kazakstan", "Did you mean Kazakhstan?"),
        ("/compare?j=KZ,KZ", "Choose 2 to 6 different"),
        ("/compare?j=KZ,RU,PH,FR,DE,ES,IT", "Choose 2 to 6"),
    ] {
        let p = get(uri).await;
        assert_eq!(p.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(p.body.contains(needle), "{uri}");
        assert!(
            p.body.contains("form action=\"/compare\""),
            "{uri}: the picker is offered again"
        );
    }
    let api = get("/api/compare?j=KZ,RU").await;
    assert_eq!(api.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(v["jurisdictions"][0]["code"], "KZ");
    assert_eq!(v["rows"][0]["key"], "liability");
    assert_eq!(get("/api/compare?j=KZ").await.status, StatusCode::BAD_REQUEST);
}

/// Readers name countries as they know them: English names, native names
/// and codes (alpha-2 or alpha-3) all resolve, in any case.
#[tokio::test]
async fn compare_accepts_names_native_names_and_codes() {
    let by_name = get("/compare?j=Kazakhstan,Uzbekistan,Philippines").await;
    assert_eq!(by_name.status, StatusCode::OK, "{}", by_name.body);
    for row in ["row-penalty_first", "row-penalty_repeat", "row-penalty_aggravated"] {
        assert!(by_name.body.contains(&format!("id=\"{row}\"")), "{row}");
    }
    assert!(
        by_name
            .body
            .contains("<title>Kazakhstan, Uzbekistan and Philippines compared")
    );
    assert!(by_name.body.contains("property=\"og:title\""));
    let native = get("/compare?j=%D0%9A%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD,uzbekistan,PHL").await;
    assert_eq!(
        native.status,
        StatusCode::OK,
        "Казахстан, a lower-case name and an alpha-3 code"
    );
    assert!(native.body.contains("Kazakhstan, Uzbekistan and Philippines compared"));
    // A repeat's penalty in human units, not days.
    assert!(
        by_name.body.contains("arrest up to 15 days"),
        "Uzbekistan's repeat tier"
    );
    assert!(!by_name.body.contains("1,520 days") && !by_name.body.contains("1,500 days"));
    // Each article once per cell.
    let api: serde_json::Value = serde_json::from_str(&get("/api/compare?j=PH,KZ").await.body).unwrap();
    for row in api["rows"].as_array().unwrap() {
        for cell in row["cells"].as_array().unwrap() {
            let hrefs: Vec<&str> = cell["links"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["href"].as_str().unwrap())
                .collect();
            let mut unique = hrefs.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(hrefs.len(), unique.len(), "{}: {hrefs:?}", row["key"]);
        }
    }
}

/// The profile's "Compare with…" opens the picker with the country ticked.
#[tokio::test]
async fn compare_with_from_a_profile_opens_the_picker() {
    let profile = get("/jurisdictions/kz").await;
    let link = "href=\"/compare?j=KZ\"";
    assert!(profile.body.contains(link), "the profile links to the picker");
    let p = get("/compare?j=KZ").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("Compare Kazakhstan with…"));
    assert!(p.body.contains("value=\"KZ\" checked"), "Kazakhstan is ticked");
    assert!(
        p.body.contains("href=\"/compare?j=KZ,UZ\""),
        "a neighbour of the same sub-region is offered"
    );
    assert_eq!(get("/compare?j=KZ,UZ").await.status, StatusCode::OK);
}

#[tokio::test]
async fn topics_sort_and_chart() {
    let p = get("/topics/penalties").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(
        p.body
            .contains("<svg class=\"chart\" id=\"chart-prison\" role=\"group\"")
    );
    assert!(p.body.contains("<svg class=\"chart\" id=\"chart-fine\" role=\"group\""));
    for t in ["escalation", "prosecution", "street", "online", "workplace"] {
        assert_eq!(get(&format!("/topics/{t}")).await.status, StatusCode::OK, "{t}");
    }
    // Sorted by maximum imprisonment, longest first.
    let p = get("/topics/penalties?sort=2&dir=desc").await;
    assert!(p.body.contains("aria-sort=\"descending\""));
    assert_eq!(get("/topics/nope").await.status, StatusCode::NOT_FOUND);
}

/// Issue #12: the escalation topic shows every ladder the data holds, France's
/// contravention → délit included, with first and top penalties in days and
/// US dollars; the compare page says the same.
#[tokio::test]
async fn escalation_ladders_cross_provisions() {
    let p = get("/topics/escalation").await;
    assert_eq!(p.status, StatusCode::OK);
    let doc = scraper::Html::parse_document(&p.body);
    let row = scraper::Selector::parse("table.topic tbody tr").unwrap();
    let rows: Vec<String> = doc.select(&row).map(|r| r.text().collect::<String>()).collect();
    let france = rows
        .iter()
        .find(|r| r.contains("R625-8-3"))
        .expect("France's contravention ladder");
    assert!(france.contains("222-33-1-1") && france.contains("USD"), "{france}");
    let ladders = harassment_atlas::views::escalation::all(&real().atlas);
    assert_eq!(rows.len(), ladders.len());
    assert!(p.body.contains(&format!("{} ladders in", ladders.len())));
    let c = get("/compare?j=FR,GE").await;
    assert!(c.body.contains("R625-8-3: fine up to"), "compare shows the ladder");
    assert!(c.body.contains("Art. 222-33-1-1 (criminal)"));
}

#[tokio::test]
async fn other_pages_and_errors() {
    for uri in ["/jurisdictions", "/topics", "/about", "/api", "/api/openapi.json"] {
        assert_eq!(get(uri).await.status, StatusCode::OK, "{uri}");
    }
    let spec: serde_json::Value = serde_json::from_str(&get("/api/openapi.json").await.body).unwrap();
    for path in [
        "/api/jurisdictions",
        "/api/jurisdictions/{code}",
        "/api/compare",
        "/api/search",
    ] {
        assert!(spec["paths"][path].is_object(), "{path} documented");
    }
    let p = get("/jurisdictions/zz").await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert!(p.body.contains("There is no jurisdiction <code>zz</code>"));
    assert!(p.headers["content-type"].to_str().unwrap().starts_with("text/html"));
    let p = get("/no/such/page").await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    let p = get("/api/nothing").await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert!(
        p.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let long = format!("/search?q={}", "a".repeat(6000));
    assert_eq!(get(&long).await.status, StatusCode::BAD_REQUEST);
}

/// Everything executable or embedding in a page: script elements other than
/// our own file, event-handler attributes, `javascript:` URLs, frames, images.
fn executable(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut found = Vec::new();
    for el in doc.select(&scraper::Selector::parse("*").unwrap()) {
        let v = el.value();
        match v.name() {
            "script" if v.attr("src") != Some("/static/site.js") => found.push("a script element".into()),
            "iframe" | "img" | "object" | "embed" => found.push(format!("a {} element", v.name())),
            _ => {}
        }
        for (name, value) in v.attrs() {
            if name.starts_with("on") {
                found.push(format!("an {name} attribute"));
            }
            if matches!(name, "href" | "src" | "action" | "formaction")
                && value.trim().to_lowercase().starts_with("javascript:")
            {
                found.push(format!("a javascript: {name}"));
            }
        }
    }
    found
}

#[tokio::test]
async fn hostile_markdown_renders_nothing_executable() {
    let loaded = Atlas::load(&root().join("tests/fixtures/hostile"));
    assert!(loaded.has_errors(), "check rejects the hostile fixture");
    let state = AppState::new(loaded.atlas).unwrap();
    for uri in [
        "/jurisdictions/kz",
        "/",
        "/jurisdictions",
        "/search?q=kazakhstan",
        "/compare?j=KZ,PH",
        "/topics/penalties",
    ] {
        let p = get_with(state.clone(), uri).await;
        assert_eq!(p.status, StatusCode::OK, "{uri}");
        assert_eq!(executable(&p.body), Vec::<String>::new(), "{uri}");
    }
    let p = get_with(state, "/jurisdictions/kz").await;
    assert!(p.body.contains("&lt;script&gt;"), "shown as text");
    assert!(p.body.contains("<strong>bold</strong>"), "Markdown still renders");
}

#[tokio::test]
async fn the_detector_finds_what_it_should() {
    let bad = "<p><img src=x><a href=\"JavaScript:alert(1)\">x</a><b onclick=\"x()\">y</b><script>1</script></p>";
    assert_eq!(executable(bad).len(), 4);
}

/// Working notes ("I could not open…", "we searched…") belong in `research`,
/// which profiles fold under "How this was researched". Everything else a
/// reader sees speaks in the atlas's voice, third person: this renders every
/// profile of the bundled data and scans the text outside those folds (and
/// outside quotations in other languages) for a first-person subject and a
/// verb of research.
#[tokio::test]
async fn rendered_profiles_have_no_first_person_working_notes() {
    const VERBS: &[&str] = &[
        "did", "could", "couldn't", "cannot", "can't", "have", "had", "was", "am", "found", "read", "searched",
        "checked", "looked", "saw", "tried", "used", "think", "believe", "opened", "recorded", "left", "followed",
        "added", "moved", "changed", "inferred", "assume", "assumed", "relied", "note", "noted", "kept",
    ];
    let research = scraper::Selector::parse("details.research").unwrap();
    let main = scraper::Selector::parse("main").unwrap();
    let codes: Vec<String> = real()
        .atlas
        .jurisdictions
        .iter()
        .map(|j| j.code.to_lowercase())
        .collect();
    assert!(codes.len() > 90, "{}", codes.len());
    let (mut offences, mut folds) = (Vec::new(), 0usize);
    for code in &codes {
        let page = get(&format!("/jurisdictions/{code}")).await;
        assert_eq!(page.status, StatusCode::OK, "{code}");
        let doc = scraper::Html::parse_document(&page.body);
        folds += doc.select(&research).count();
        for d in doc.select(&research) {
            assert!(
                d.text().collect::<String>().contains("How this was researched"),
                "{code}"
            );
        }
        let Some(m) = doc.select(&main).next() else { continue };
        for node in m.descendants() {
            let Some(text) = node.value().as_text() else { continue };
            let skipped = node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    // Folds, quotations in other languages and the titles of sources.
                    (e.name() == "details" && e.classes().any(|c| c == "research"))
                        || e.attr("lang").is_some_and(|l| l != "en")
                        || e.classes().any(|c| c == "sources")
                })
            });
            if skipped {
                continue;
            }
            let words: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            for pair in words.windows(2) {
                let subject = matches!(pair[0], "I" | "we" | "We");
                let contracted = ["I've", "I'm", "I'd", "I’ve", "I’m", "I’d", "We've", "we've"].contains(&pair[0]);
                if contracted || (subject && VERBS.contains(&pair[1])) {
                    offences.push(format!(
                        "{code}: {:?}",
                        text.trim().chars().take(160).collect::<String>()
                    ));
                    break;
                }
            }
        }
    }
    assert!(folds > 100, "only {folds} research folds rendered");
    assert!(
        offences.is_empty(),
        "{} first-person phrase(s):\n{}",
        offences.len(),
        offences.join("\n")
    );
}

/// The text a reader sees: tags removed (attribute values such as
/// `value="in_force"` are machine names and stay out of sight).
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[tokio::test]
async fn search_results_speak_words_not_tokens_or_markdown() {
    for uri in [
        "/search?q=tort",
        "/search?q=harassment",
        "/search?liability=criminal&status=in_force",
    ] {
        let p = get(uri).await;
        assert_eq!(p.status, StatusCode::OK, "{uri}");
        let text = visible_text(&p.body);
        for token in [
            "sexual_harassment",
            "in_force",
            "civil_labour",
            "**",
            "*tort*",
            "Understood as",
            "true (",
        ] {
            assert!(!text.contains(token), "{uri}: `{token}` is visible");
        }
        assert!(p.body.contains("<details class=\"filters\""), "{uri}: the facets fold");
    }
    // Hits show their penalties in human units.
    let p = get("/search?q=catcalling").await;
    assert!(p.body.contains("<p class=\"penalty\">"), "penalty line");
    // Explicit syntax gets its reading explained, folded.
    assert!(
        get("/search?q=title:stalking")
            .await
            .body
            .contains("How the query was read")
    );
}

#[tokio::test]
async fn ticks_for_comparison_survive_the_search_pager() {
    let p = get("/search?q=harassment&page=2&j=KZ&j=XX").await;
    assert_eq!(p.status, StatusCode::OK);
    // Kazakhstan ticked on page 1 travels as a hidden field or a ticked box; unknown codes are dropped.
    assert!(
        p.body.contains("<input type=\"hidden\" name=\"j\" value=\"KZ\">") || p.body.contains("value=\"KZ\" checked"),
        "KZ is kept"
    );
    assert!(!p.body.contains("value=\"XX\""));
    assert!(
        p.body.contains("formaction=\"/search\" name=\"page\" value=\"1\""),
        "the pager submits the ticks"
    );
    assert!(
        p.body
            .contains("<input type=\"hidden\" name=\"q\" value=\"harassment\">")
    );
}

#[tokio::test]
async fn every_profile_opens_with_its_answer() {
    for code in ["kz", "ph", "fr", "ru"] {
        let p = get(&format!("/jurisdictions/{code}")).await;
        let glance = p.body.find("id=\"at-a-glance\"").expect("an at-a-glance block");
        let provisions = p.body.find("id=\"instruments\"").unwrap();
        assert!(glance < provisions, "{code}: the answer comes before the provisions");
        for row in [
            "Sexual harassment is",
            "First offence",
            "Repeat offence",
            "Escalation",
            "Prosecution",
            "Reconciliation",
            "ILO Convention 190",
        ] {
            assert!(
                p.body.contains(&format!("<th scope=\"row\">{row}</th>")),
                "{code}: {row}"
            );
        }
        assert!(
            p.body
                .contains("<meta property=\"og:description\" content=\"Sexual harassment in "),
            "{code}"
        );
    }
    let ph = get("/jurisdictions/ph").await;
    assert!(
        !visible_text(&ph.body).contains("1,500 days"),
        "terms in years and months"
    );
}

#[tokio::test]
async fn csv_for_excel_starts_with_a_byte_order_mark() {
    let plain = get("/export/provisions.csv").await;
    let excel = get("/export/provisions.csv?bom=1").await;
    assert_eq!(excel.status, StatusCode::OK);
    assert!(!plain.body.starts_with('\u{feff}'));
    assert_eq!(excel.body.strip_prefix('\u{feff}'), Some(plain.body.as_str()));
    assert_eq!(
        get("/export/provisions.csv?bom=yes").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(get("/export/provisions.csv?x=1").await.status, StatusCode::BAD_REQUEST);
}
