//! Citations. A reader cites the law itself first ("Safe Spaces Act
//! (Republic Act No. 11313), Sec. 11(c) (Philippines, 2019)") and then the
//! atlas as the source of the structured data, in plain text, BibTeX and
//! CSL-JSON (what Zotero, Pandoc and most reference managers read).
//! Permalinks use the configured public base URL.

use serde_json::{Value, json};

use crate::data::model::date::LegalDate;
use crate::data::model::{Instrument, Jurisdiction, Provision};

/// The ways to cite one page or provision.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// The permalink.
    pub permalink: String,
    /// The statute, when citing a provision.
    pub statute: Option<String>,
    /// The atlas record in plain text.
    pub plain: String,
    /// BibTeX entries.
    pub bibtex: String,
    /// CSL-JSON: an array of items, pretty-printed.
    pub csl_json: String,
}

/// A year at the end of a citation, "(2019)", split off: ("Republic Act No. 11313", Some(2019)).
fn split_year(citation: &str) -> (&str, Option<i32>) {
    let t = citation.trim();
    if let Some(open) = t.rfind(" (")
        && t.ends_with(')')
        && let Ok(y) = t[open + 2..t.len() - 1].parse::<i32>()
        && (1000..=2999).contains(&y)
    {
        return (&t[..open], Some(y));
    }
    (t, None)
}

/// The instrument's year: the one its citation names, else entry into force, else adoption.
fn year(i: &Instrument) -> Option<i32> {
    i.citation
        .as_deref()
        .and_then(|c| split_year(c).1)
        .or(i.dates.in_force.map(|d| d.year))
        .or(i.dates.adopted.map(|d| d.year))
}

/// The statute citation of a provision: title (number), article (jurisdiction, year).
pub fn statute(j: &Jurisdiction, i: &Instrument, p: &Provision) -> String {
    let number = i.citation.as_deref().map(|c| split_year(c).0).filter(|c| *c != i.title);
    let head = match number {
        Some(n) => format!("{} ({n})", i.title),
        None => i.title.clone(),
    };
    let when = year(i).map(|y| format!(", {y}")).unwrap_or_default();
    format!("{head}, {} ({}{when})", p.article, j.name)
}

fn csl_date(d: LegalDate) -> Value {
    let mut parts = vec![json!(d.year)];
    if let Some(m) = d.month {
        parts.push(json!(m));
        if let Some(day) = d.day {
            parts.push(json!(day));
        }
    }
    json!({ "date-parts": [parts] })
}

/// The atlas item in CSL-JSON.
fn atlas_item(id: &str, title: &str, link: &str, j: &Jurisdiction, today: LegalDate, licence: &str) -> Value {
    json!({
        "id": id,
        "type": "dataset",
        "title": title,
        "author": [{ "literal": "Harassment Law Atlas contributors" }],
        "publisher": "Harassment Law Atlas",
        "URL": link,
        "issued": csl_date(j.last_reviewed),
        "accessed": csl_date(today),
        "note": format!("Last reviewed {}; {licence}", j.last_reviewed),
    })
}

fn bibtex(key: &str, title: &str, link: &str, j: &Jurisdiction, today: LegalDate, licence: &str) -> String {
    format!(
        "@misc{{{key},\n  author = {{{{Harassment Law Atlas contributors}}}},\n  title = {{{{{title}}}}},\n  year = {{{year}}},\n  howpublished = {{\\url{{{link}}}}},\n  note = {{Last reviewed {lr}; accessed {today}; {licence}}}\n}}",
        year = j.last_reviewed.year,
        lr = j.last_reviewed,
    )
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// How to cite a jurisdiction's profile.
pub fn profile(j: &Jurisdiction, base_url: &str, today: LegalDate, licence: &str) -> Citation {
    let link = format!(
        "{}/jurisdictions/{}",
        base_url.trim_end_matches('/'),
        j.code.to_lowercase()
    );
    let title = format!("{}: sexual-harassment law", j.name);
    let key = format!("hla-{}-{}", j.code.to_lowercase(), j.last_reviewed.year);
    Citation {
        plain: format!(
            "Harassment Law Atlas contributors. \"{title}.\" Harassment Law Atlas, last reviewed {}. {link} (accessed {today}). {licence}.",
            j.last_reviewed
        ),
        bibtex: bibtex(&key, &title, &link, j, today, licence),
        csl_json: pretty(&json!([atlas_item(&key, &title, &link, j, today, licence)])),
        statute: None,
        permalink: link,
    }
}

/// How to cite a provision: the statute, then the atlas's record of it.
pub fn provision(
    j: &Jurisdiction,
    i: &Instrument,
    p: &Provision,
    base_url: &str,
    today: LegalDate,
    licence: &str,
) -> Citation {
    let link = format!(
        "{}/jurisdictions/{}#{}",
        base_url.trim_end_matches('/'),
        j.code.to_lowercase(),
        p.id
    );
    let statute = statute(j, i, p);
    let title = format!("{}, {}: {}", j.name, p.article, p.title);
    let key = format!("hla-{}", p.id);
    let mut law = json!({
        "id": p.id,
        "type": "legislation",
        "title": i.title,
        "section": p.article,
        "jurisdiction": j.name,
    });
    if let Some(n) = i.citation.as_deref().map(|c| split_year(c).0) {
        law["number"] = json!(n);
    }
    if let Some(y) = year(i) {
        law["issued"] = json!({ "date-parts": [[y]] });
    }
    if let Some(u) = &i.url {
        law["URL"] = json!(u);
    }
    let official = i
        .url
        .as_ref()
        .map(|u| format!(" Official text: {u}."))
        .unwrap_or_default();
    Citation {
        plain: format!(
            "{statute}.{official} Structured data: Harassment Law Atlas contributors. \"{title}.\" Harassment Law Atlas, last reviewed {}. {link} (accessed {today}). {licence}.",
            j.last_reviewed
        ),
        bibtex: bibtex(&key, &title, &link, j, today, licence),
        csl_json: pretty(&json!([law, atlas_item(&key, &title, &link, j, today, licence)])),
        statute: Some(statute),
        permalink: link,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_trailing_year_is_split_off_the_citation() {
        assert_eq!(
            super::split_year("Republic Act No. 11313 (2019)"),
            ("Republic Act No. 11313", Some(2019))
        );
        assert_eq!(super::split_year("Law No. 5 (of 2020)"), ("Law No. 5 (of 2020)", None));
        assert_eq!(super::split_year("Code pénal"), ("Code pénal", None));
    }
}
