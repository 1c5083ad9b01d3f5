//! The interface in English, Russian and Kazakh: one Fluent catalogue per
//! language under `locales/<lang>/atlas.ftl`, compiled into the binary.
//!
//! [`Lang`] names a language and its URL prefix (`""`, `/ru`, `/kk`);
//! [`Tr`] is what templates and page builders hold: a language plus the
//! address of the page being shown, so that it can both translate
//! (`tr.t("nav-search")`, `tr.n("count-jurisdictions", 5)`) and offer the
//! same page in the other languages ([`Tr::alternates`]).
//!
//! A key missing from every catalogue shows as `⟦key⟧`, so that a page walk
//! finds it; a key missing from one language only is caught by the
//! catalogue-completeness test, which compares the three files' key sets.
//! Plural forms follow CLDR through Fluent: Russian has `one`, `few` and
//! `many` ("1 год", "3 года", "5 лет"), Kazakh `one` and `other`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: pages are plain HTML.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LanguageIdentifier = langid!("en");
static RU: LanguageIdentifier = langid!("ru");
static KK: LanguageIdentifier = langid!("kk");

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, at the root (`/…`).
    #[default]
    En,
    /// Russian, under `/ru/…`.
    Ru,
    /// Kazakh, under `/kk/…`.
    Kk,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The BCP 47 code: `en`, `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The URL prefix: `""` for English, `/ru`, `/kk`.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ru => "/ru",
            Lang::Kk => "/kk",
        }
    }

    /// The language's name in itself, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    /// A language from its code (`ru`, `RU`, `kk`…).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Splits a request path into its language and the path without the
    /// prefix: `/ru/search` → (Ru, `/search`), `/kk` → (Kk, `/`), `/about` → (En, `/about`).
    pub fn split_path(path: &str) -> (Lang, Cow<'_, str>) {
        for lang in [Lang::Ru, Lang::Kk] {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() {
                    return (lang, Cow::Borrowed("/"));
                }
                if rest.starts_with('/') {
                    return (lang, Cow::Borrowed(rest));
                }
            }
        }
        (Lang::En, Cow::Borrowed(path))
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::En => &EN,
            Lang::Ru => &RU,
            Lang::Kk => &KK,
        }
    }
}

/// A message in a language, or `⟦key⟧` when no catalogue has it.
pub fn message(lang: Lang, key: &str) -> String {
    LOCALES.try_lookup(lang.id(), key).unwrap_or_else(|| format!("⟦{key}⟧"))
}

/// A message with arguments (`{ $name }` in the catalogue).
pub fn message_with(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(lang.id(), key, &args)
        .unwrap_or_else(|| format!("⟦{key}⟧"))
}

/// Whether a catalogue (this language's, or English as the fallback) has a key.
pub fn defines(lang: Lang, key: &str) -> bool {
    LOCALES.try_lookup(lang.id(), key).is_some()
}

/// The key of a data value: `value-<kind>-<token>` with `_` as `-`,
/// e.g. `("liability", "civil_labour_only")` → `value-liability-civil-labour-only`.
/// Any character other than a letter or digit becomes `-`: `("sub_region",
/// "South-eastern Asia")` → `value-sub-region-south-eastern-asia`.
pub fn value_key(kind: &str, token: &str) -> String {
    format!("value-{}-{}", slug(kind), slug(token))
}

/// A text as a message-key part: lower case, anything but letters and digits as `-`.
pub fn slug(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// One entry of the language switch: the same page in another language.
#[derive(Debug, Clone)]
pub struct Alternate {
    /// The language's code (`hreflang`).
    pub code: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// The page's path in that language, query included.
    pub href: String,
    /// Whether this is the language being shown.
    pub current: bool,
}

/// A language and the page being shown: what templates translate with.
#[derive(Debug, Clone, Default)]
pub struct Tr {
    /// The language.
    pub lang: Lang,
    /// The page's path and query without the language prefix, e.g. `/compare?j=KZ,UZ`.
    pub here: String,
}

impl Tr {
    /// A translator for a language, showing `here`.
    pub fn new(lang: Lang, here: impl Into<String>) -> Self {
        Self {
            lang,
            here: here.into(),
        }
    }

    /// English, for pages built outside a request (tests, the CLI).
    pub fn english() -> Self {
        Self::new(Lang::En, "/")
    }

    /// The language code, for `<html lang>`.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// A message.
    pub fn t(&self, key: &str) -> String {
        message(self.lang, key)
    }

    /// A message with one argument `$name`.
    pub fn a(&self, key: &str, name: &str, value: impl ToString) -> String {
        message_with(self.lang, key, &[(name, FluentValue::from(value.to_string()))])
    }

    /// A message with two arguments.
    pub fn a2(&self, key: &str, n1: &str, v1: impl ToString, n2: &str, v2: impl ToString) -> String {
        message_with(
            self.lang,
            key,
            &[
                (n1, FluentValue::from(v1.to_string())),
                (n2, FluentValue::from(v2.to_string())),
            ],
        )
    }

    /// A message that depends on a count `$n` (plural forms).
    pub fn n(&self, key: &str, n: impl Count) -> String {
        message_with(self.lang, key, &[("n", n.fluent())])
    }

    /// A data value in words: `tr.value("liability", "criminal")`. A value
    /// with no message shows as itself with spaces, never as a raw key.
    pub fn value(&self, kind: &str, token: &str) -> String {
        let key = value_key(kind, token);
        if defines(self.lang, &key) {
            message(self.lang, &key)
        } else {
            token.replace('_', " ")
        }
    }

    /// A term given in days, in years, months and days as the law would
    /// say it: 730 → "2 years" / "2 года" / "2 жыл".
    pub fn days(&self, days: f64) -> String {
        self.days_in(days, None)
    }

    /// A term in days as it reads after a word that governs its case:
    /// `"upto"` ("до 2 лет", "2 жылға дейін") or `"within"` ("в течение
    /// 1 года", "1 жыл ішінде"). The catalogue holds the forms
    /// `unit-<unit>-<context>` for every part and `unit-<unit>-<context>-last`
    /// for the last (Kazakh marks the case on the last word only).
    pub fn days_after(&self, days: f64, context: &str) -> String {
        self.days_in(days, Some(context))
    }

    fn days_in(&self, days: f64, context: Option<&str>) -> String {
        let total = days.round().max(0.0) as u64;
        let (years, rest) = (total / 365, total % 365);
        let (months, days) = (rest / 30, rest % 30);
        let mut parts: Vec<(&str, u64)> = [("unit-years", years), ("unit-months", months), ("unit-days", days)]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect();
        if parts.is_empty() {
            parts.push(("unit-days", 0));
        }
        let last = parts.len() - 1;
        parts
            .iter()
            .enumerate()
            .map(|(i, (key, n))| match context {
                None => self.n(key, *n),
                Some(c) if i == last => self.n(&format!("{key}-{c}-last"), *n),
                Some(c) => self.n(&format!("{key}-{c}"), *n),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// An address inside the site, in this language: `/search` → `/ru/search`.
    pub fn href(&self, path: &str) -> String {
        localised_href(self.lang, path)
    }

    /// The page in every language, for the switch and `hreflang` links.
    pub fn alternates(&self) -> Vec<Alternate> {
        Lang::ALL
            .into_iter()
            .map(|l| Alternate {
                code: l.code(),
                name: l.native_name(),
                href: localised_href(l, &self.here),
                current: l == self.lang,
            })
            .collect()
    }
}

/// A count that plural rules can select on.
pub trait Count {
    /// The count as a Fluent number.
    fn fluent(&self) -> FluentValue<'static>;
}

macro_rules! count_impl {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self as f64)
            }
        }
    )*};
}
count_impl!(usize, u64, u32, i64, i32, f64);

impl<T: Count> Count for &T {
    fn fluent(&self) -> FluentValue<'static> {
        (*self).fluent()
    }
}

/// A site path in a language. Addresses that are the same in every
/// language (the JSON API, exports, static files) are left as they are.
pub fn localised_href(lang: Lang, path: &str) -> String {
    if lang == Lang::En || !is_localised_path(path) {
        return path.to_owned();
    }
    if path == "/" {
        return format!("{}/", lang.prefix());
    }
    format!("{}{path}", lang.prefix())
}

/// Whether a path names a page that has language versions.
pub fn is_localised_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !["/static/", "/export/", "/api/", "/healthz", "/ru/", "/kk/"]
            .iter()
            .any(|p| path.starts_with(p))
        && !matches!(path, "/ru" | "/kk")
}

/// Puts a page's internal links into a language: every `href`, `action` and
/// `formaction` that points at a localised page gets the prefix. A tag that
/// declares `hreflang` keeps its address (it names a language on purpose).
pub fn localise_links(html: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len() + html.len() / 32);
    let mut rest = html;
    while let Some(i) = rest.find("=\"/") {
        let (before, after) = rest.split_at(i + 2); // up to and including the quote
        out.push_str(before);
        let attr_ok = ["href", "action", "formaction"].iter().any(|a| {
            before[..before.len() - 2].ends_with(a) && before[..before.len() - 2 - a.len()].ends_with([' ', '\n', '\t'])
        });
        let tag_start = out.rfind('<').unwrap_or(0);
        let declares_lang = out[tag_start..].contains("hreflang=");
        let end = after.find('"').unwrap_or(after.len());
        if attr_ok && !declares_lang && is_localised_path(&after[..end]) {
            out.push_str(&localised_href(lang, &after[..end]));
            rest = &after[end..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_and_kazakh_plurals() {
        let ru = Tr::new(Lang::Ru, "/");
        assert_eq!(ru.n("unit-years", 1), "1 год");
        assert_eq!(ru.n("unit-years", 3), "3 года");
        assert_eq!(ru.n("unit-years", 5), "5 лет");
        assert_eq!(ru.n("unit-years", 21), "21 год");
        let kk = Tr::new(Lang::Kk, "/");
        assert_eq!(kk.n("unit-years", 5), "5 жыл");
        assert_eq!(Tr::english().n("unit-years", 1), "1 year");
        assert_eq!(Tr::english().n("unit-years", 2), "2 years");
        assert_eq!(Tr::english().days(730.0), "2 years");
        assert_eq!(ru.days(365.0 + 60.0 + 1.0), "1 год 2 месяца 1 день");
        assert_eq!(kk.days(30.0), "1 ай");
        assert_eq!(ru.days_after(50.0, "upto"), "1 месяца 20 дней");
        assert_eq!(ru.days_after(730.0, "upto"), "2 лет");
        assert_eq!(ru.days_after(365.0, "within"), "1 года");
        assert_eq!(kk.days_after(395.0, "upto"), "1 жыл 1 айға");
        assert_eq!(kk.days_after(365.0, "within"), "1 жыл");
        assert_eq!(Tr::english().days_after(50.0, "upto"), "1 month 20 days");
    }

    #[test]
    fn a_missing_key_is_visible() {
        assert_eq!(Tr::english().t("no-such-key"), "⟦no-such-key⟧");
        assert_eq!(Tr::english().value("liability", "no_such_value"), "no such value");
    }

    #[test]
    fn paths_split_and_join() {
        assert_eq!(Lang::split_path("/ru/search"), (Lang::Ru, "/search".into()));
        assert_eq!(Lang::split_path("/kk"), (Lang::Kk, "/".into()));
        assert_eq!(Lang::split_path("/ru/"), (Lang::Ru, "/".into()));
        assert_eq!(Lang::split_path("/rules"), (Lang::En, "/rules".into()));
        assert_eq!(Lang::split_path("/about"), (Lang::En, "/about".into()));
        assert_eq!(localised_href(Lang::Ru, "/"), "/ru/");
        assert_eq!(localised_href(Lang::Kk, "/compare?j=KZ"), "/kk/compare?j=KZ");
        assert_eq!(localised_href(Lang::Ru, "/api/search?q=x"), "/api/search?q=x");
        assert_eq!(localised_href(Lang::Ru, "/api"), "/ru/api");
        assert_eq!(localised_href(Lang::En, "/search"), "/search");
    }

    #[test]
    fn links_are_localised_except_assets_and_alternates() {
        let html = r##"<a href="/search">s</a><form action="/compare"><button formaction="/search"></button></form>
<link rel="stylesheet" href="/static/site.css"><a href="/export/provisions.csv">c</a>
<a hreflang="en" href="/jurisdictions/kz">en</a><a href="https://example.org/x">x</a><a href="#top">t</a>
<img src="/x.png"><a class="x" href="/">home</a><a data-href="/no">n</a>"##;
        let out = localise_links(html, Lang::Ru);
        assert!(out.contains(r#"<a href="/ru/search">"#), "{out}");
        assert!(out.contains(r#"action="/ru/compare""#), "{out}");
        assert!(out.contains(r#"formaction="/ru/search""#), "{out}");
        assert!(out.contains(r#"href="/static/site.css""#), "{out}");
        assert!(out.contains(r#"href="/export/provisions.csv""#), "{out}");
        assert!(out.contains(r#"hreflang="en" href="/jurisdictions/kz""#), "{out}");
        assert!(out.contains(r#"href="https://example.org/x""#), "{out}");
        assert!(out.contains(r#"src="/x.png""#), "{out}");
        assert!(out.contains(r#"<a class="x" href="/ru/">"#), "{out}");
        assert!(out.contains(r#"data-href="/no""#), "{out}");
        assert_eq!(localise_links(html, Lang::En), html);
    }

    #[test]
    fn the_switch_keeps_the_page() {
        let tr = Tr::new(Lang::Ru, "/compare?j=KZ,UZ");
        let alt = tr.alternates();
        assert_eq!(alt[0].href, "/compare?j=KZ,UZ");
        assert_eq!(alt[1].href, "/ru/compare?j=KZ,UZ");
        assert!(alt[1].current);
        assert_eq!(alt[2].href, "/kk/compare?j=KZ,UZ");
    }
}
