//! Validation of meaning, after strict parsing: codes are real, ids unique,
//! references resolve, dates real and in order, ranges sane, units known,
//! every fact sourced, Markdown free of raw HTML.
//!
//! Each finding names the key path; the [`SourceMap`] turns it into a line
//! and column.

mod instrument;
mod penalty;
mod reference;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag};

use crate::data::load::diagnostic::{Diagnostic, KeyPath, Severity, SourceMap};
use crate::data::load::reference::Reference;
use crate::data::model::codes;
use crate::data::model::date::LegalDate;
use crate::data::model::{Jurisdiction, Source};

use instrument::{check_instrument, check_provision};

pub use penalty::{MAX_AMOUNT, MAX_FINE_USD, MAX_SERVICE_HOURS, MAX_TERM_DAYS};
pub use reference::reference;

/// How old `last_reviewed` may get before `check` warns.
pub const REVIEW_MAX_AGE_DAYS: i64 = 2 * 365;

/// The longest official excerpt before `check` warns that it is no longer a short quote.
pub const EXCERPT_MAX_CHARS: usize = 1200;

struct Checker<'a> {
    map: &'a SourceMap,
    diags: Vec<Diagnostic>,
    today: LegalDate,
    /// Checking a draft: it need not match a file name, and missing sources are warnings.
    draft: bool,
}

impl Checker<'_> {
    fn error(&mut self, path: &KeyPath, message: impl Into<String>, hint: impl Into<String>) {
        let d = self.map.at(Severity::Error, path, message.into(), Some(hint.into()));
        self.diags.push(d);
    }

    fn warn(&mut self, path: &KeyPath, message: impl Into<String>, hint: impl Into<String>) {
        let d = self.map.at(Severity::Warning, path, message.into(), Some(hint.into()));
        self.diags.push(d);
    }

    fn markdown(&mut self, path: &KeyPath, text: &str) {
        let has_html = Parser::new(text).any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
        if has_html {
            self.error(
                path,
                "raw HTML is not allowed in Markdown text",
                "write Markdown only (e.g. **bold**, [link](https://…)); HTML is stripped when rendered",
            );
        }
        for e in Parser::new(text) {
            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = e {
                let url = dest_url.trim().to_ascii_lowercase();
                let ok = url.starts_with("https://")
                    || url.starts_with("http://")
                    || url.starts_with("mailto:")
                    || url.starts_with('#')
                    || (url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\"));
                if !ok {
                    self.error(
                        path,
                        format!(
                            "the link `{}` is not an http(s), mailto or site-relative link",
                            dest_url.chars().take(60).collect::<String>()
                        ),
                        "link to a web page, e.g. [title](https://…); a protocol-relative `//host` link leaves the site, write https://",
                    );
                }
            }
        }
    }

    fn not_future(&mut self, path: &KeyPath, d: &LegalDate, what: &str) {
        if self.today.certainly_before(d) {
            self.error(
                path,
                format!("{what} {d} is in the future"),
                "check the date; future dates belong to `adopted` or `pending` instruments",
            );
        }
    }

    fn source_list(&mut self, path: &KeyPath, list: &[String], known: &HashSet<&str>, required: bool) {
        if required && list.is_empty() {
            let hint = "add the id of at least one `[[sources]]` entry that states this fact";
            if self.draft {
                self.warn(path, "no source is cited", hint);
            } else {
                self.error(path, "no source is cited", hint);
            }
        }
        for (i, id) in list.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.error(
                    &path.idx(i),
                    format!("source `{id}` is not defined in this file"),
                    hint_known("sources", known.iter().copied()),
                );
            }
        }
    }

    fn ordered(&mut self, path: &KeyPath, earlier: (&str, Option<&LegalDate>), later: (&str, Option<&LegalDate>)) {
        if let (Some(a), Some(b)) = (earlier.1, later.1)
            && b.certainly_before(a)
        {
            self.error(
                path,
                format!("`{}` ({b}) is before `{}` ({a})", later.0, earlier.0),
                format!(
                    "`{}` cannot precede `{}`; check both dates against the source",
                    later.0, earlier.0
                ),
            );
        }
    }
}

fn hint_known<'a>(what: &str, known: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = known.collect();
    v.sort_unstable();
    if v.is_empty() {
        return format!("no {what} are defined yet");
    }
    let shown = v
        .iter()
        .take(12)
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("known {what}: {shown}{}", if v.len() > 12 { ", …" } else { "" })
}

/// Validates one jurisdiction file.
pub fn jurisdiction(j: &Jurisdiction, map: &SourceMap, reference: &Reference) -> Vec<Diagnostic> {
    check_jurisdiction(j, map, reference, false)
}

/// Validates a draft: the same rules as a data file, except that the file
/// name is free and a missing source is a warning.
pub fn draft(j: &Jurisdiction, map: &SourceMap, reference: &Reference) -> Vec<Diagnostic> {
    check_jurisdiction(j, map, reference, true)
}

fn check_jurisdiction(j: &Jurisdiction, map: &SourceMap, reference: &Reference, draft: bool) -> Vec<Diagnostic> {
    let mut c = Checker {
        map,
        diags: Vec::new(),
        today: LegalDate::today(),
        draft,
    };
    identity(&mut c, j);
    review(&mut c, j);
    let source_ids = sources(&mut c, j);
    let mut cited: HashSet<&str> = HashSet::new();
    commitments(&mut c, j, &source_ids, &mut cited);
    let prov_known = instruments(&mut c, j, &source_ids, &mut cited, reference);
    escalation_targets(&mut c, j, &prov_known);
    context(&mut c, j, &source_ids, &prov_known, &mut cited);
    statistics(&mut c, j, &source_ids, &mut cited);
    uncited(&mut c, j, &cited);
    c.diags
}

/// The code, its file name, region and language codes.
fn identity(c: &mut Checker<'_>, j: &Jurisdiction) {
    let root = KeyPath::root();
    if !codes::is_jurisdiction_code(&j.code) || j.code != j.code.to_uppercase() {
        c.error(
            &root.key("code"),
            format!("`{}` is not an ISO 3166-1 alpha-2 or ISO 3166-2 code", j.code),
            "use the upper-case code, e.g. `KZ` for Kazakhstan or `US-CA` for California",
        );
    }
    let expected = format!("{}.toml", j.code.to_lowercase());
    let actual = c
        .map
        .file()
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    if actual != expected && !c.draft {
        c.error(
            &root.key("code"),
            format!("the code `{}` does not match the file name `{actual}`", j.code),
            format!("rename the file to `{expected}` or correct the code"),
        );
    }
    let subs = codes::m49_sub_regions(j.region);
    if !subs.contains(&j.sub_region.as_str()) {
        c.error(
            &root.key("sub_region"),
            format!("`{}` is not a UN M49 sub-region of {:?}", j.sub_region, j.region),
            format!("use one of: {}", subs.join(", ")),
        );
    }
    for (i, lang) in j.official_languages.iter().enumerate() {
        if !codes::is_language_code(lang) {
            c.error(
                &root.key("official_languages").idx(i),
                format!("`{lang}` is not an ISO 639-1 code"),
                "use two lower-case letters, e.g. `ru`",
            );
        }
    }
    for (i, n) in j.native_names.iter().enumerate() {
        if !codes::is_language_code(&n.lang) {
            c.error(
                &root.key("native_names").idx(i).key("lang"),
                format!("`{}` is not an ISO 639-1 code", n.lang),
                "use two lower-case letters, e.g. `kk`",
            );
        }
    }
}

/// `last_reviewed`, `current_to` and the notes.
fn review(c: &mut Checker<'_>, j: &Jurisdiction) {
    let root = KeyPath::root();
    let lr = root.key("last_reviewed");
    if !j.last_reviewed.is_full() {
        c.error(
            &lr,
            "`last_reviewed` must be a full date",
            "write the day you checked the file, e.g. 2026-11-30",
        );
    }
    c.not_future(&lr, &j.last_reviewed, "`last_reviewed`");
    if j.last_reviewed.days_until(&c.today) > REVIEW_MAX_AGE_DAYS {
        c.warn(
            &lr,
            format!("last reviewed on {}, more than two years ago", j.last_reviewed),
            "re-check the sources and update `last_reviewed`",
        );
    }
    if let Some(ct) = &j.current_to {
        c.not_future(&root.key("current_to"), ct, "`current_to`");
    }
    c.markdown(&root.key("notes"), &j.notes);
}

/// The file's sources: unique ids, each well formed. Returns the ids.
fn sources<'a>(c: &mut Checker<'_>, j: &'a Jurisdiction) -> HashSet<&'a str> {
    let root = KeyPath::root();
    let mut source_ids: HashSet<&str> = HashSet::new();
    for (i, s) in j.sources.iter().enumerate() {
        let p = root.key("sources").idx(i);
        if !source_ids.insert(s.id.as_str()) {
            c.error(
                &p.key("id"),
                format!("duplicate source id `{}`", s.id),
                "give each source its own id",
            );
        }
        check_source(c, &p, s);
    }

    source_ids
}

/// Treaty commitments and the record of an absent offence.
fn commitments<'a>(c: &mut Checker<'_>, j: &'a Jurisdiction, source_ids: &HashSet<&str>, cited: &mut HashSet<&'a str>) {
    let root = KeyPath::root();
    for (name, r) in [("ilo_c190", &j.commitments.ilo_c190), ("cedaw", &j.commitments.cedaw)] {
        if let Some(r) = r {
            let p = root.key("commitments").key(name);
            c.source_list(&p.key("sources"), &r.sources, source_ids, true);
            cite(cited, &r.sources);
            if let Some(d) = &r.date {
                c.not_future(&p.key("date"), d, "the ratification date");
            }
        }
    }
    if let Some(a) = &j.no_harassment_offence {
        let p = root.key("no_harassment_offence");
        c.source_list(&p.key("sources"), &a.sources, source_ids, true);
        cite(cited, &a.sources);
        c.markdown(&p.key("note"), &a.note);
        if let Some((_, prov)) = j.harassment_offence() {
            c.error(
                &p,
                format!("the file says there is no harassment offence, but provision `{}` in force is a criminal or administrative one that protects adults", prov.id),
                "remove `no_harassment_offence`, or give that provision its related `offence_kind` (or `protected = [\"minors\"]` if it covers only children)",
            );
        }
    }
}

/// Instruments and their provisions: unique ids, each checked. Returns the provision ids.
fn instruments<'a>(
    c: &mut Checker<'_>,
    j: &'a Jurisdiction,
    source_ids: &HashSet<&str>,
    cited: &mut HashSet<&'a str>,
    reference: &Reference,
) -> HashSet<&'a str> {
    let root = KeyPath::root();
    let mut instrument_ids = HashSet::new();
    let mut provision_ids: HashMap<&str, usize> = HashMap::new();
    for (ii, inst) in j.instruments.iter().enumerate() {
        let ip = root.key("instruments").idx(ii);
        if !instrument_ids.insert(inst.id.as_str()) {
            c.error(
                &ip.key("id"),
                format!("duplicate instrument id `{}`", inst.id),
                "give each instrument its own id",
            );
        }
        check_instrument(c, &ip, inst, source_ids);
        cite(cited, &inst.sources);
        for (pi, prov) in inst.provisions.iter().enumerate() {
            let pp = ip.key("provisions").idx(pi);
            if provision_ids.insert(prov.id.as_str(), ii).is_some() || instrument_ids.contains(prov.id.as_str()) {
                c.error(
                    &pp.key("id"),
                    format!("duplicate id `{}`", prov.id),
                    "ids of instruments and provisions must be unique within the file",
                );
            }
            check_provision(c, &pp, inst, prov, source_ids, reference);
            cite(cited, &prov.sources);
            if let Some(pr) = &prov.prosecution {
                cite(cited, &pr.sources);
            }
            if let Some(e) = &prov.excerpt
                && let Some(s) = &e.source
            {
                cited.insert(s.as_str());
            }
        }
    }
    provision_ids.keys().copied().collect()
}

/// Escalation targets resolve to another provision of the file.
fn escalation_targets(c: &mut Checker<'_>, j: &Jurisdiction, prov_known: &HashSet<&str>) {
    let root = KeyPath::root();
    for (ii, inst) in j.instruments.iter().enumerate() {
        for (pi, prov) in inst.provisions.iter().enumerate() {
            if let Some(e) = &prov.escalation {
                let p = root
                    .key("instruments")
                    .idx(ii)
                    .key("provisions")
                    .idx(pi)
                    .key("escalation")
                    .key("to");
                if e.to == prov.id {
                    c.error(
                        &p,
                        "a provision cannot escalate to itself",
                        "name the provision that applies to the repeated act",
                    );
                } else if !prov_known.contains(e.to.as_str()) {
                    c.error(
                        &p,
                        format!("provision `{}` is not defined in this file", e.to),
                        hint_known("provisions", prov_known.iter().copied()),
                    );
                }
            }
        }
    }
}

/// Employer duties, evidence notes and remedies: sourced, and their provision references resolve.
fn context<'a>(
    c: &mut Checker<'_>,
    j: &'a Jurisdiction,
    source_ids: &HashSet<&str>,
    prov_known: &HashSet<&str>,
    cited: &mut HashSet<&'a str>,
) {
    let root = KeyPath::root();
    if let Some(ed) = &j.employer_duties {
        let p = root.key("employer_duties");
        c.source_list(&p.key("sources"), &ed.sources, source_ids, true);
        cite(cited, &ed.sources);
        provision_refs(c, &p.key("provisions"), &ed.provisions, prov_known);
        c.markdown(&p.key("summary"), &ed.summary);
    }
    for (i, e) in j.evidence.iter().enumerate() {
        let p = root.key("evidence").idx(i);
        c.source_list(&p.key("sources"), &e.sources, source_ids, true);
        cite(cited, &e.sources);
        provision_refs(c, &p.key("provisions"), &e.provisions, prov_known);
    }
    for (i, r) in j.remedies.iter().enumerate() {
        let p = root.key("remedies").idx(i);
        c.source_list(&p.key("sources"), &r.sources, source_ids, true);
        cite(cited, &r.sources);
        provision_refs(c, &p.key("provisions"), &r.provisions, prov_known);
    }
}

/// Statistics: sourced, plausible figures and years.
fn statistics<'a>(c: &mut Checker<'_>, j: &'a Jurisdiction, source_ids: &HashSet<&str>, cited: &mut HashSet<&'a str>) {
    let root = KeyPath::root();
    for (i, s) in j.statistics.iter().enumerate() {
        let p = root.key("statistics").idx(i);
        c.source_list(&p.key("sources"), &s.sources, source_ids, true);
        cite(cited, &s.sources);
        if !s.value.is_finite() || s.value < 0.0 {
            c.error(
                &p.key("value"),
                format!("{} is not a valid figure", s.value),
                "statistics are counts, shares or rates: zero or more",
            );
        }
        if s.unit == crate::data::model::StatUnit::Percent && s.value > 100.0 {
            c.error(
                &p.key("value"),
                format!("{}% is more than 100%", s.value),
                "a percentage lies between 0 and 100",
            );
        }
        if !(1950..=c.today.year).contains(&s.year) {
            c.error(
                &p.key("year"),
                format!("the year {} is not plausible", s.year),
                format!("use a year from 1950 to {}", c.today.year),
            );
        }
    }
}

/// Sources no fact cites.
fn uncited(c: &mut Checker<'_>, j: &Jurisdiction, cited: &HashSet<&str>) {
    let root = KeyPath::root();
    for (i, s) in j.sources.iter().enumerate() {
        if !cited.contains(s.id.as_str()) {
            c.warn(
                &root.key("sources").idx(i).key("id"),
                format!("source `{}` is never cited", s.id),
                "cite it where it supports a fact, or remove it",
            );
        }
    }
}

fn cite<'a>(set: &mut HashSet<&'a str>, list: &'a [String]) {
    set.extend(list.iter().map(String::as_str));
}

fn provision_refs(c: &mut Checker<'_>, path: &KeyPath, refs: &[String], known: &HashSet<&str>) {
    for (i, r) in refs.iter().enumerate() {
        if !known.contains(r.as_str()) {
            c.error(
                &path.idx(i),
                format!("provision `{r}` is not defined in this file"),
                hint_known("provisions", known.iter().copied()),
            );
        }
    }
}

fn check_source(c: &mut Checker<'_>, p: &KeyPath, s: &Source) {
    if !codes::is_id(&s.id) {
        c.error(
            &p.key("id"),
            format!("`{}` is not a valid id", s.id),
            "use lower-case letters, digits and dashes",
        );
    }
    if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.contains(char::is_whitespace) {
        c.error(
            &p.key("url"),
            format!("`{}` is not an http(s) URL", s.url),
            "give the address where the document can be read, starting with https://",
        );
    }
    if s.title.trim().is_empty() {
        c.error(
            &p.key("title"),
            "the title is empty",
            "give the document's title as published",
        );
    }
    if !s.accessed.is_full() {
        c.error(
            &p.key("accessed"),
            "`accessed` must be a full date",
            "write the day you read the source, e.g. 2026-11-30",
        );
    }
    c.not_future(&p.key("accessed"), &s.accessed, "the access date");
    if let Some(l) = &s.language
        && !codes::is_language_code(l)
    {
        c.error(
            &p.key("language"),
            format!("`{l}` is not an ISO 639-1 code"),
            "use two lower-case letters, e.g. `en`",
        );
    }
}

/// Two files must not claim the same code.
pub fn unique_codes(js: &[Jurisdiction], dir: &Path, diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for j in js {
        *seen.entry(j.code.to_uppercase()).or_default() += 1;
    }
    let mut dups: Vec<_> = seen.into_iter().filter(|(_, n)| *n > 1).collect();
    dups.sort();
    for (code, n) in dups {
        diags.push(Diagnostic {
            severity: Severity::Error,
            file: dir.join("jurisdictions"),
            line: None,
            column: None,
            key: "code".into(),
            message: format!("{n} files declare the code `{code}`"),
            hint: Some("keep one file per jurisdiction".into()),
        });
    }
}
