//! Highlighted snippets from texts analysed once, at index build.
//!
//! tantivy's `SnippetGenerator` re-tokenises and re-stems a document's text
//! on every request, which cost more than the search itself here (about
//! 1.3 ms of 1.6 ms per query, see BENCHMARKS.md). The atlas is read-only,
//! so each text a snippet can come from (summary, official excerpt, title)
//! is analysed once when the index is built; a request then only compares
//! term ids and picks the densest window, as `SnippetGenerator` does.

use std::collections::HashMap;
use std::ops::Range;

use super::escape_html;

/// One analysed token: an interned term and where it came from in the text.
#[derive(Debug, Clone, Copy)]
struct Tok {
    term: u32,
    start: u32,
    end: u32,
}

/// A text with its tokens.
#[derive(Debug, Clone)]
pub struct Analysed {
    toks: Vec<Tok>,
}

/// Interns `(analyzer, term)` pairs so that texts store small ids.
#[derive(Debug, Default)]
pub struct Terms {
    ids: HashMap<(u16, String), u32>,
}

impl Terms {
    /// The id of a term, adding it.
    pub fn intern(&mut self, analyzer: u16, term: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry((analyzer, term.to_owned())).or_insert(next)
    }

    /// The id of a term, if any text holds it.
    pub fn get(&self, analyzer: u16, term: &str) -> Option<u32> {
        self.ids.get(&(analyzer, term.to_owned())).copied()
    }

    /// Analyses a text: `tokens` yields (term, byte range) pairs.
    pub fn analyse(&mut self, analyzer: u16, tokens: impl Iterator<Item = (String, Range<usize>)>) -> Analysed {
        let toks = tokens
            .map(|(t, r)| Tok {
                term: self.intern(analyzer, &t),
                start: r.start as u32,
                end: r.end as u32,
            })
            .collect();
        Analysed { toks }
    }
}

/// The query's terms, by id.
pub type Wanted = std::collections::HashSet<u32>;

/// A highlighted fragment of at most `max_chars` bytes around the densest
/// cluster of wanted terms, HTML-escaped with matches in `<b>`; `None` if no
/// wanted term occurs.
pub fn snippet(text: &str, a: &Analysed, wanted: &Wanted, max_chars: usize) -> Option<String> {
    let hits: Vec<&Tok> = a.toks.iter().filter(|t| wanted.contains(&t.term)).collect();
    if hits.is_empty() {
        return None;
    }
    // The window start (at a hit) that covers the most hits within max_chars.
    let mut best = (0usize, 0usize);
    let mut j = 0;
    for i in 0..hits.len() {
        while j < hits.len() && (hits[j].end - hits[i].start) as usize <= max_chars {
            j += 1;
        }
        if j - i > best.1 {
            best = (i, j - i);
        }
    }
    let first = hits[best.0];
    let last = hits[best.0 + best.1 - 1];
    // Centre the window on the cluster, on char boundaries.
    let span = (last.end - first.start) as usize;
    let pad = max_chars.saturating_sub(span) / 2;
    let mut start = (first.start as usize).saturating_sub(pad);
    let mut end = (last.end as usize + pad).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Do not cut words at the edges.
    if start > 0 {
        start = text[start..first.start as usize]
            .find(char::is_whitespace)
            .map_or(first.start as usize, |k| start + k + 1);
    }
    if end < text.len() {
        end = text[last.end as usize..end]
            .rfind(char::is_whitespace)
            .map_or(last.end as usize, |k| last.end as usize + k);
    }
    let mut out = String::with_capacity(end - start + 32);
    let mut pos = start;
    for t in hits
        .iter()
        .filter(|t| t.start as usize >= start && t.end as usize <= end)
    {
        out.push_str(&escape_html(&text[pos..t.start as usize]));
        out.push_str("<b>");
        out.push_str(&escape_html(&text[t.start as usize..t.end as usize]));
        out.push_str("</b>");
        pos = t.end as usize;
    }
    out.push_str(&escape_html(&text[pos..end]));
    Some(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Markdown as the plain text a reader sees: emphasis, links and code marks
/// dropped, line breaks as spaces, paragraphs and list items separated by
/// a space. Snippets are cut from this text, so no `*` or `**` leaks.
pub fn plain_text(md: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(md.len());
    for e in Parser::new(md) {
        match e {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(terms: &mut Terms, text: &str) -> Analysed {
        let toks = text.split(' ').scan(0usize, |pos, w| {
            let r = *pos..*pos + w.len();
            *pos += w.len() + 1;
            Some((w.to_lowercase(), r))
        });
        terms.analyse(0, toks.collect::<Vec<_>>().into_iter())
    }

    #[test]
    fn plain_text_drops_markdown_marks() {
        assert_eq!(
            plain_text("A *tort* under **s. 5**,\nsee [the Act](https://example.org) and `art. 2`.\n\n- one\n- two"),
            "A tort under s. 5, see the Act and art. 2. one two"
        );
    }

    #[test]
    fn highlights_and_escapes() {
        let mut terms = Terms::default();
        let text = "Catcalling <b>and</b> wolf-whistling in streets & parks are catcalling too";
        let a = analysed(&mut terms, text);
        let wanted: Wanted = [terms.get(0, "catcalling").unwrap()].into();
        let s = snippet(text, &a, &wanted, 200).unwrap();
        assert_eq!(
            s,
            "<b>Catcalling</b> &lt;b&gt;and&lt;/b&gt; wolf-whistling in streets &amp; parks are <b>catcalling</b> too"
        );
        assert_eq!(snippet(text, &a, &[9999].into(), 200), None);
    }

    #[test]
    fn picks_the_densest_window_without_cutting_words() {
        let mut terms = Terms::default();
        let text = format!("alpha {} beta gamma beta {}", "x ".repeat(100), "y ".repeat(100));
        let a = analysed(&mut terms, &text);
        let wanted: Wanted = [terms.get(0, "beta").unwrap(), terms.get(0, "alpha").unwrap()].into();
        let s = snippet(&text, &a, &wanted, 40).unwrap();
        assert!(s.contains("<b>beta</b> gamma <b>beta</b>"), "{s}");
        assert!(!s.contains("alpha"), "{s}");
        assert!(s.len() < 80, "{s}");
    }
}
