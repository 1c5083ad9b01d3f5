//! Markdown from data files, rendered to HTML that is safe to embed: raw
//! HTML is dropped, links may only be http(s) or mailto, and external links
//! get `rel="noopener noreferrer"`. `check` already rejects raw HTML; this is
//! the second line of defence for anything that reaches a page.

use pulldown_cmark::{Event, Options, Parser, html};

/// Renders Markdown to sanitised HTML.
pub fn to_html(md: &str) -> String {
    let parser = Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH)
        // Raw HTML becomes visible text, never markup.
        .map(|e| match e {
            Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
            e => e,
        });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        // A protocol-relative `//host/…` (or `/\host`) link would leave the
        // site while looking relative: drop it.
        .attribute_filter(|_, attr, value| {
            let offsite = value.starts_with("//") || value.starts_with("/\\");
            if (attr == "href" || attr == "src") && offsite {
                None
            } else {
                Some(value.into())
            }
        })
        .clean(&out)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        assert_eq!(
            to_html("**bold** and *it*"),
            "<p><strong>bold</strong> and <em>it</em></p>\n"
        );
    }

    /// Finding 6 of the hardening issue: `[a](//evil.example/x)` rendered as
    /// an off-site link.
    #[test]
    fn drops_protocol_relative_links() {
        for md in [
            "[a](//evil.example/x)",
            "[a]( //evil.example/x )",
            "![i](//evil.example/i.png)",
        ] {
            let h = to_html(md);
            assert!(!h.contains("evil.example"), "{md} -> {h}");
        }
        assert!(to_html("[a](/jurisdictions/kz)").contains("href=\"/jurisdictions/kz\""));
    }

    #[test]
    fn neutralises_hostile_input() {
        let h = to_html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) and <img src=x onerror=alert(1)>");
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("href=\"javascript"), "{h}");
        assert!(!h.contains("<img"), "{h}");
        assert!(h.contains("&lt;script&gt;"), "{h}");
        let link = to_html("[ok](https://example.org)");
        assert!(
            link.contains("href=\"https://example.org\" rel=\"noopener noreferrer\""),
            "{link}"
        );
    }
}
