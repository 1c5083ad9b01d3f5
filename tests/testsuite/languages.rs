//! English, Russian and Kazakh through the real router: every page kind in
//! every language, the message catalogues against each other and against the
//! data's values, the language switch and the per-language cache.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use harassment_atlas::Atlas;
use harassment_atlas::present::i18n::{Lang, value_key};
use harassment_atlas::present::web::{AppState, app};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::helpers::root;

fn real() -> AppState {
    static S: OnceLock<AppState> = OnceLock::new();
    S.get_or_init(|| AppState::new(Atlas::load(&root().join("data")).into_result().unwrap()).unwrap())
        .clone()
}

async fn get(uri: &str) -> (StatusCode, String) {
    let res = app(real())
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

/// One address of every kind of page, and the status it answers.
const PAGE_KINDS: &[(&str, u16)] = &[
    ("/", 200),
    ("/search", 200),
    (
        "/search?q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE",
        200,
    ),
    ("/search?q=harassment&liability=administrative&page=1", 200),
    ("/jurisdictions", 200),
    ("/jurisdictions/kz", 200),
    ("/jurisdictions/ph", 200),
    ("/jurisdictions/fr", 200),
    ("/compare", 200),
    ("/compare?j=KZ", 200),
    ("/compare?j=KZ,UZ,PH", 200),
    ("/compare?j=KZ,Atlantis", 400),
    ("/topics", 200),
    ("/topics/escalation", 200),
    ("/topics/prosecution", 200),
    ("/topics/street", 200),
    ("/topics/online", 200),
    ("/topics/workplace", 200),
    ("/topics/penalties", 200),
    ("/draft", 200),
    ("/about", 200),
    ("/api", 200),
    ("/no-such-page", 404),
];

/// Acceptance of the languages issue: every page kind answers in each
/// language with its `lang`, the switch and the alternates, no missing
/// message (`⟦key⟧`), and internal links that stay in the language.
#[tokio::test]
async fn every_page_kind_in_every_language() {
    for lang in Lang::ALL {
        for (path, status) in PAGE_KINDS {
            let uri = format!("{}{path}", lang.prefix());
            let (got, body) = get(&uri).await;
            assert_eq!(got.as_u16(), *status, "{uri}");
            assert!(
                body.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{uri}: <html lang>"
            );
            if let Some(i) = body.find('⟦') {
                panic!("{uri}: a missing message: {}", &body[i..(i + 80).min(body.len())]);
            }
            for other in Lang::ALL {
                assert!(
                    body.contains(&format!("<link rel=\"alternate\" hreflang=\"{}\"", other.code())),
                    "{uri}: alternate for {}",
                    other.code()
                );
            }
            if lang != Lang::En {
                for (i, _) in body.match_indices(" href=\"/") {
                    let tag = &body[body[..i].rfind('<').unwrap_or(0)..i];
                    if tag.contains("hreflang=") {
                        continue; // the switch and the alternates name their language
                    }
                    let rest = &body[i + 8..];
                    let target = &rest[..rest.find('"').unwrap_or(rest.len())];
                    let own = format!("{}/", lang.code());
                    let kept = ["static/", "export/", "api/", own.as_str()]
                        .iter()
                        .any(|p| target.starts_with(p));
                    assert!(kept, "{uri}: a link out of the language: /{target}");
                }
            }
        }
    }
}

#[tokio::test]
async fn russian_pages_say_the_key_facts_in_russian() {
    let (_, kz) = get("/ru/jurisdictions/kz").await;
    assert!(kz.contains("Сексуальное домогательство —"), "the glance label");
    assert!(
        kz.contains("только по заявлению потерпевшего"),
        "Art. 121-1's prosecution, in Russian"
    );
    assert!(
        kz.contains("прекращает дело"),
        "reconciliation ends the case, in Russian"
    );
    assert!(kz.contains("арест до 1 месяца 20 дней"), "the penalty in Russian words");
    let (_, cmp) = get("/ru/compare?j=KZ,UZ,PH").await;
    assert!(cmp.contains("Наказание за первое нарушение"));
    assert!(cmp.contains("по должности (публичное)"));
    let (_, kk) = get("/kk/jurisdictions/kz").await;
    assert!(kk.contains("Жыныстық қудалау —"));
    assert!(kk.contains("тек жәбірленушінің арызы бойынша"));
}

#[tokio::test]
async fn the_switch_keeps_the_page_and_its_query() {
    let (_, body) = get("/ru/compare?j=KZ,UZ").await;
    assert!(
        body.contains("<a hreflang=\"en\" lang=\"en\" href=\"/compare?j=KZ,UZ\">English</a>"),
        "{body}"
    );
    assert!(body.contains("<a hreflang=\"kk\" lang=\"kk\" href=\"/kk/compare?j=KZ,UZ\">Қазақша</a>"));
    assert!(body.contains("<span aria-current=\"true\" lang=\"ru\">Русский</span>"));
    assert!(body.contains("href=\"/ru/jurisdictions/kz\""), "links stay in Russian");
    assert!(
        body.contains("href=\"/api/compare?j=KZ,UZ\""),
        "the JSON API is one for all languages"
    );
}

#[tokio::test]
async fn each_language_has_its_own_cache_entry() {
    let (_, ru) = get("/ru/about").await;
    let (_, en) = get("/about").await;
    let (_, kk) = get("/kk/about").await;
    assert!(ru.contains("<html lang=\"ru\">") && ru.contains("О проекте и методология"));
    assert!(en.contains("<html lang=\"en\">") && en.contains("About and methodology"));
    assert!(kk.contains("<html lang=\"kk\">"));
    let (again, _) = get("/ru/about").await;
    assert_eq!(again, StatusCode::OK);
}

#[tokio::test]
async fn a_prefix_needs_a_slash() {
    // `/rules` is not Russian for `/les`; `/ru` alone is the Russian home page.
    let (status, _) = get("/rules").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = get("/ru").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<html lang=\"ru\">"));
}

/// The message ids of a catalogue.
fn keys(lang: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join(format!("locales/{lang}/atlas.ftl"))).unwrap();
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[test]
fn the_three_catalogues_have_the_same_keys() {
    let en = keys("en");
    assert!(en.len() > 300, "the English catalogue has {} keys", en.len());
    for lang in ["ru", "kk"] {
        let other = keys(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
    }
}

#[test]
fn every_value_the_pages_show_has_a_message() {
    use harassment_atlas::data::model as m;
    use harassment_atlas::views::search::request::allowed_values;
    let en = keys("en");
    let mut want: Vec<String> = Vec::new();
    let mut add = |kind: &str, values: Vec<String>| {
        want.extend(values.iter().map(|v| value_key(kind, v)));
    };
    add("liability", allowed_values::<m::Liability>());
    add("prosecution", allowed_values::<m::ProsecutionKind>());
    add("settlement", allowed_values::<m::Settlement>());
    add("offence_kind", allowed_values::<m::OffenceKind>());
    add("setting", allowed_values::<m::Setting>());
    add("conduct", allowed_values::<m::Conduct>());
    add("status", allowed_values::<m::Status>());
    add("region", allowed_values::<m::Region>());
    add("instrument_kind", allowed_values::<m::InstrumentKind>());
    add("harassment_liability", allowed_values::<m::HarassmentLiability>());
    let atlas = Atlas::load(&root().join("data")).into_result().unwrap();
    add(
        "sub_region",
        atlas.jurisdictions.iter().map(|j| j.sub_region.clone()).collect(),
    );
    let missing: Vec<_> = want.iter().filter(|k| !en.contains(*k)).collect();
    assert!(missing.is_empty(), "values with no message: {missing:?}");
}
