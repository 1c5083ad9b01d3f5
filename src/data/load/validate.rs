//! Validation of meaning, after strict parsing: codes are real, ids unique,
//! references resolve, dates real and in order, ranges sane, units known,
//! every fact sourced, Markdown free of raw HTML.
//!
//! Each finding names the key path; the [`SourceMap`] turns it into a line
//! and column.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag};

use crate::data::load::diagnostic::{Diagnostic, KeyPath, Severity, SourceMap};
use crate::data::load::reference::{NotConvertible, Reference, is_currency};
use crate::data::model::codes;
use crate::data::model::date::LegalDate;
use crate::data::model::penalty::{FineRange, PenaltyTier, TermRange, TimeUnit};
use crate::data::model::reference::{RatesFile, UnitKind, UnitsFile};
use crate::data::model::{Instrument, Jurisdiction, OffenceKind, Provision, Source, Status};

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
    let root = KeyPath::root();

    // Identity.
    if !codes::is_jurisdiction_code(&j.code) || j.code != j.code.to_uppercase() {
        c.error(
            &root.key("code"),
            format!("`{}` is not an ISO 3166-1 alpha-2 or ISO 3166-2 code", j.code),
            "use the upper-case code, e.g. `KZ` for Kazakhstan or `US-CA` for California",
        );
    }
    let expected = format!("{}.toml", j.code.to_lowercase());
    let actual = map
        .file()
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    if actual != expected && !draft {
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

    // Review date.
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

    // Sources.
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
        check_source(&mut c, &p, s);
    }
    let mut cited: HashSet<&str> = HashSet::new();

    // Commitments.
    for (name, r) in [("ilo_c190", &j.commitments.ilo_c190), ("cedaw", &j.commitments.cedaw)] {
        if let Some(r) = r {
            let p = root.key("commitments").key(name);
            c.source_list(&p.key("sources"), &r.sources, &source_ids, true);
            cite(&mut cited, &r.sources);
            if let Some(d) = &r.date {
                c.not_future(&p.key("date"), d, "the ratification date");
            }
        }
    }
    if let Some(a) = &j.no_harassment_offence {
        let p = root.key("no_harassment_offence");
        c.source_list(&p.key("sources"), &a.sources, &source_ids, true);
        cite(&mut cited, &a.sources);
        c.markdown(&p.key("note"), &a.note);
        if let Some((_, prov)) = j.harassment_offence() {
            c.error(
                &p,
                format!("the file says there is no harassment offence, but provision `{}` in force is a criminal or administrative one that protects adults", prov.id),
                "remove `no_harassment_offence`, or give that provision its related `offence_kind` (or `protected = [\"minors\"]` if it covers only children)",
            );
        }
    }

    // Instruments and provisions.
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
        check_instrument(&mut c, &ip, inst, &source_ids);
        cite(&mut cited, &inst.sources);
        for (pi, prov) in inst.provisions.iter().enumerate() {
            let pp = ip.key("provisions").idx(pi);
            if provision_ids.insert(prov.id.as_str(), ii).is_some() || instrument_ids.contains(prov.id.as_str()) {
                c.error(
                    &pp.key("id"),
                    format!("duplicate id `{}`", prov.id),
                    "ids of instruments and provisions must be unique within the file",
                );
            }
            check_provision(&mut c, &pp, inst, prov, &source_ids, reference);
            cite(&mut cited, &prov.sources);
            if let Some(pr) = &prov.prosecution {
                cite(&mut cited, &pr.sources);
            }
            if let Some(e) = &prov.excerpt
                && let Some(s) = &e.source
            {
                cited.insert(s.as_str());
            }
        }
    }
    // References to provisions, now that all ids are known.
    let prov_known: HashSet<&str> = provision_ids.keys().copied().collect();
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

    if let Some(ed) = &j.employer_duties {
        let p = root.key("employer_duties");
        c.source_list(&p.key("sources"), &ed.sources, &source_ids, true);
        cite(&mut cited, &ed.sources);
        provision_refs(&mut c, &p.key("provisions"), &ed.provisions, &prov_known);
        c.markdown(&p.key("summary"), &ed.summary);
    }
    for (i, e) in j.evidence.iter().enumerate() {
        let p = root.key("evidence").idx(i);
        c.source_list(&p.key("sources"), &e.sources, &source_ids, true);
        cite(&mut cited, &e.sources);
        provision_refs(&mut c, &p.key("provisions"), &e.provisions, &prov_known);
    }
    for (i, r) in j.remedies.iter().enumerate() {
        let p = root.key("remedies").idx(i);
        c.source_list(&p.key("sources"), &r.sources, &source_ids, true);
        cite(&mut cited, &r.sources);
        provision_refs(&mut c, &p.key("provisions"), &r.provisions, &prov_known);
    }
    for (i, s) in j.statistics.iter().enumerate() {
        let p = root.key("statistics").idx(i);
        c.source_list(&p.key("sources"), &s.sources, &source_ids, true);
        cite(&mut cited, &s.sources);
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

    for (i, s) in j.sources.iter().enumerate() {
        if !cited.contains(s.id.as_str()) {
            c.warn(
                &root.key("sources").idx(i).key("id"),
                format!("source `{}` is never cited", s.id),
                "cite it where it supports a fact, or remove it",
            );
        }
    }
    c.diags
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

fn check_instrument(c: &mut Checker<'_>, p: &KeyPath, inst: &Instrument, sources: &HashSet<&str>) {
    if !codes::is_id(&inst.id) {
        c.error(
            &p.key("id"),
            format!("`{}` is not a valid id", inst.id),
            "use lower-case letters, digits and dashes, e.g. `kz-coao`",
        );
    }
    c.source_list(&p.key("sources"), &inst.sources, sources, true);
    c.markdown(&p.key("notes"), &inst.notes);
    if let Some(u) = &inst.url
        && !(u.starts_with("https://") || u.starts_with("http://"))
    {
        c.error(
            &p.key("url"),
            format!("`{u}` is not an http(s) URL"),
            "give the address of the official text",
        );
    }
    if let Some(l) = &inst.original_language
        && !codes::is_language_code(l)
    {
        c.error(
            &p.key("original_language"),
            format!("`{l}` is not an ISO 639-1 code"),
            "use two lower-case letters, e.g. `ru`",
        );
    }

    // Dates: real, in order, consistent with the status.
    let d = &inst.dates;
    let dp = p.key("dates");
    c.ordered(
        &dp.key("adopted"),
        ("introduced", d.introduced.as_ref()),
        ("adopted", d.adopted.as_ref()),
    );
    c.ordered(
        &dp.key("in_force"),
        ("adopted", d.adopted.as_ref()),
        ("in_force", d.in_force.as_ref()),
    );
    c.ordered(
        &dp.key("repealed"),
        ("in_force", d.in_force.as_ref()),
        ("repealed", d.repealed.as_ref()),
    );
    c.ordered(
        &dp.key("rejected"),
        ("introduced", d.introduced.as_ref()),
        ("rejected", d.rejected.as_ref()),
    );
    for (i, a) in d.amended.iter().enumerate() {
        c.ordered(
            &dp.key("amended").idx(i),
            ("adopted", d.adopted.as_ref()),
            ("amended", Some(a)),
        );
        c.not_future(&dp.key("amended").idx(i), a, "the amendment date");
    }
    for (k, v) in [
        ("introduced", &d.introduced),
        ("adopted", &d.adopted),
        ("rejected", &d.rejected),
        ("repealed", &d.repealed),
    ] {
        if let Some(v) = v {
            c.not_future(&dp.key(k), v, &format!("`{k}`"));
        }
    }
    let sp = p.key("status");
    match inst.status {
        Status::InForce => {
            if let Some(f) = &d.in_force
                && c.today.certainly_before(f)
            {
                c.error(
                    &sp,
                    format!("status is `in_force` but the instrument takes effect on {f}"),
                    "use `adopted` until the in-force date",
                );
            }
            if inst.kind == crate::data::model::InstrumentKind::Bill {
                c.error(
                    &p.key("kind"),
                    "a bill cannot be in force",
                    "once adopted, give the kind of law it became (e.g. `special_law`)",
                );
            }
        }
        Status::Repealed if d.repealed.is_none() => {
            c.error(
                &sp,
                "status is `repealed` but `dates.repealed` is missing",
                "add the repeal date (a year is enough if that is all the source says)",
            );
        }
        Status::Proposed | Status::Pending | Status::Rejected if inst.proposal.is_none() => {
            c.error(
                &sp,
                format!("a {} instrument needs `proposal`", status_name(inst.status)),
                "say who proposed it and in what form: proposal = { kind = \"bill\", proposer = \"…\" }",
            );
        }
        _ => {}
    }
    if inst.status == Status::InForce && inst.proposal.is_some() {
        c.warn(
            &p.key("proposal"),
            "an instrument in force still carries `proposal`",
            "move the proposal's history into `notes`",
        );
    }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::InForce => "in-force",
        Status::Adopted => "adopted",
        Status::Pending => "pending",
        Status::Proposed => "proposed",
        Status::Rejected => "rejected",
        Status::Repealed => "repealed",
    }
}

fn check_provision(
    c: &mut Checker<'_>,
    p: &KeyPath,
    inst: &Instrument,
    prov: &Provision,
    sources: &HashSet<&str>,
    reference: &Reference,
) {
    if !codes::is_id(&prov.id) {
        c.error(
            &p.key("id"),
            format!("`{}` is not a valid id", prov.id),
            "use lower-case letters, digits and dashes, e.g. `kz-cc-123`",
        );
    }
    c.source_list(&p.key("sources"), &prov.sources, sources, true);
    c.markdown(&p.key("summary"), &prov.summary);
    c.markdown(&p.key("notes"), &prov.notes);
    if prov.summary.trim().is_empty() {
        c.error(
            &p.key("summary"),
            "the summary is empty",
            "say in your own words what the provision does",
        );
    }
    if let Some(e) = &prov.excerpt {
        if !codes::is_language_code(&e.lang) {
            c.error(
                &p.key("excerpt").key("lang"),
                format!("`{}` is not an ISO 639-1 code", e.lang),
                "use two lower-case letters",
            );
        }
        if let Some(s) = &e.source
            && !sources.contains(s.as_str())
        {
            c.error(
                &p.key("excerpt").key("source"),
                format!("source `{s}` is not defined in this file"),
                hint_known("sources", sources.iter().copied()),
            );
        }
        if e.text.chars().count() > EXCERPT_MAX_CHARS {
            c.warn(
                &p.key("excerpt").key("text"),
                format!("the excerpt is longer than {EXCERPT_MAX_CHARS} characters"),
                "quote only the defining words; summarise the rest",
            );
        }
    }
    if let Some(pr) = &prov.prosecution {
        c.source_list(&p.key("prosecution").key("sources"), &pr.sources, sources, false);
        let not_stated = pr.kind == Some(crate::data::model::ProsecutionKind::NotStated)
            || pr.reconciliation == Some(crate::data::model::Settlement::NotStated)
            || pr.withdrawal == Some(crate::data::model::Settlement::NotStated);
        if not_stated && pr.sources.is_empty() {
            c.error(
                &p.key("prosecution").key("sources"),
                "`not_stated` needs the source that was checked",
                "add `sources = [\"…\"]` naming the procedure code or text read, so \"the law does not say\" is verifiable",
            );
        }
        if let Some(l) = &pr.limitation {
            duration(c, &p.key("prosecution").key("limitation"), l);
        }
    }
    if let Some(e) = &prov.escalation
        && let Some(w) = &e.within
    {
        duration(c, &p.key("escalation").key("within"), w);
    }

    let needs_ladder = inst.status.is_law()
        && matches!(
            prov.liability,
            crate::data::model::Liability::Criminal | crate::data::model::Liability::Administrative
        );
    if needs_ladder && prov.penalties.is_empty() && prov.penalties_note.is_none() {
        c.error(
            &p.key("penalties"),
            "an in-force criminal or administrative provision has no penalty ladder",
            "add `[[instruments.provisions.penalties]]` tiers, or `penalties_note` saying why the source does not give them",
        );
    }
    let mut seen = HashSet::new();
    for (ti, tier) in prov.penalties.iter().enumerate() {
        let tp = p.key("penalties").idx(ti);
        check_tier(c, &tp, tier, reference);
        let key = (tier.offence_number, tier.circumstances.clone(), tier.label.clone());
        if !seen.insert(format!("{key:?}")) {
            c.error(
                &tp.key("label"),
                format!(
                    "two tiers are both labelled `{}` for the same offence count and circumstances",
                    tier.label
                ),
                "merge them or tell them apart",
            );
        }
    }
    if prov.offence_kind != OffenceKind::SexualHarassment && prov.conduct.is_empty() && prov.settings.is_empty() {
        c.warn(
            &p.key("conduct"),
            "a related offence with neither `conduct` nor `settings`",
            "say what conduct and settings it covers, so comparisons can use it",
        );
    }
}

/// The longest term or period believed: 100 years. A longer figure is a
/// typing error (or life imprisonment, which is not a number of years).
pub const MAX_TERM_DAYS: f64 = 100.0 * 365.0;
/// The most community-service hours believed.
pub const MAX_SERVICE_HOURS: f64 = 10_000.0;
/// The largest amount believed in any currency or legal unit (fines in
/// Iranian rials or Vietnamese dong reach 10^9; 10^15 is far beyond).
pub const MAX_AMOUNT: f64 = 1e15;
/// The largest fine believed once converted: USD 1 billion.
pub const MAX_FINE_USD: f64 = 1e9;

/// A figure for a message: huge ones in scientific notation.
fn figure(v: f64) -> String {
    if v.abs() >= 1e9 {
        format!("{v:.2e}")
    } else {
        format!("{v}")
    }
}

fn duration(c: &mut Checker<'_>, p: &KeyPath, d: &crate::data::model::penalty::Duration) {
    let v = d.value;
    if !v.is_finite() || v <= 0.0 {
        c.error(
            &p.key("value"),
            format!("{v} is not a valid duration"),
            "a duration is a positive number of units",
        );
    } else if let Some(days) = crate::data::load::reference::days_per(d.unit).map(|f| v * f)
        && days > MAX_TERM_DAYS
    {
        c.error(
            &p.key("value"),
            format!("{} {:?} is over 100 years", figure(v), d.unit).to_lowercase(),
            "check the figure against the source; a period with no end is recorded in the note",
        );
    }
}

fn check_tier(c: &mut Checker<'_>, p: &KeyPath, t: &PenaltyTier, reference: &Reference) {
    if t.label.trim().is_empty() {
        c.error(
            &p.key("label"),
            "the tier's label is empty",
            "give a short label, e.g. `first offence`",
        );
    }
    match t.offence_number {
        Some(0) => c.error(
            &p.key("offence_number"),
            "offence numbers start at 1",
            "write 1 for a first offence, 2 for a second…",
        ),
        None if t.or_later => c.error(
            &p.key("or_later"),
            "`or_later` needs `offence_number`",
            "e.g. offence_number = 3 with or_later = true for \"third and later\"",
        ),
        _ => {}
    }
    let n = t.sanction_count();
    if n == 0 {
        c.error(p, "the tier names no sanction", "give at least one of imprisonment, arrest, fine, community_service, corrective_labour, restriction_of_liberty, disqualification, training, other");
    }
    if n > 1 && t.combine.is_none() {
        c.error(
            &p.key("combine"),
            format!("the tier has {n} sanctions but does not say how they combine"),
            "add combine = \"alternative\" (or), \"cumulative\" (and) or \"either_or_both\" (and/or)",
        );
    }
    for (name, r) in t.terms() {
        if let Some(r) = r {
            term(c, &p.key(name), r, name);
        }
    }
    if let Some(f) = &t.fine {
        fine(c, &p.key("fine"), f, reference);
    }
}

fn range_ok(c: &mut Checker<'_>, p: &KeyPath, min: Option<f64>, max: Option<f64>) {
    for (k, v) in [("min", min), ("max", max)] {
        if let Some(v) = v
            && (!v.is_finite() || v < 0.0)
        {
            c.error(
                &p.key(k),
                format!("{v} is not a valid amount"),
                "amounts and terms are zero or more",
            );
        }
    }
    match (min, max) {
        (None, None) => c.warn(
            p,
            "the range has neither `min` nor `max`: the sanction is recorded, its size is unknown",
            "give the bounds the law states when a source has them",
        ),
        (Some(a), Some(b)) if a > b => c.error(
            &p.key("min"),
            format!("min ({a}) is greater than max ({b})"),
            "swap the bounds or check them against the source",
        ),
        _ => {}
    }
}

fn term(c: &mut Checker<'_>, p: &KeyPath, r: &TermRange, name: &str) {
    range_ok(c, p, r.min, r.max);
    let (limit, what) = match crate::data::load::reference::days_per(r.unit) {
        Some(f) => (MAX_TERM_DAYS / f, "100 years"),
        None => (MAX_SERVICE_HOURS, "10,000 hours"),
    };
    for (k, v) in [("min", r.min), ("max", r.max)] {
        if let Some(v) = v
            && v.is_finite()
            && v > limit
        {
            c.error(
                &p.key(k),
                format!(
                    "{} {} is over {what}",
                    figure(v),
                    format!("{:?}", r.unit).to_lowercase()
                ),
                "check the figure and its unit against the source; life imprisonment is not a number of years",
            );
        }
    }
    if r.unit == TimeUnit::Hours && name != "community_service" {
        c.error(
            &p.key("unit"),
            format!("{name} is not counted in hours"),
            "use days, weeks, months or years",
        );
    }
}

fn fine(c: &mut Checker<'_>, p: &KeyPath, f: &FineRange, reference: &Reference) {
    range_ok(c, p, f.min, f.max);
    for (k, v) in [("min", f.min), ("max", f.max)] {
        if let Some(v) = v
            && v.is_finite()
            && v > MAX_AMOUNT
        {
            c.error(
                &p.key(k),
                format!("{} {} is not a plausible amount", figure(v), f.unit),
                "check the figure against the source: a digit too many, or the wrong unit",
            );
        }
    }
    let raw_plausible = [f.min, f.max].into_iter().flatten().all(|v| v <= MAX_AMOUNT);
    if raw_plausible && let Ok((currency, min, max)) = reference.fine_local(f) {
        for (k, v) in [("min", min), ("max", max)] {
            if let Some(local) = v.filter(|v| v.is_finite())
                && let Ok(usd) = reference.to_usd(local, &currency, reference.year_of(f))
                && usd > MAX_FINE_USD
            {
                c.error(
                    &p.key(k),
                    format!("the fine is about USD {}, over USD 1 billion", figure(usd.round())),
                    "check the figure against the source: a digit too many, or the wrong unit",
                );
            }
        }
    }
    if let Some(y) = f.year
        && !(1900..=c.today.year + 1).contains(&y)
    {
        c.error(
            &p.key("year"),
            format!("the year {y} is not plausible"),
            "give the year the amount applies to",
        );
    }
    match reference.fine_local(f) {
        Ok((currency, _, _)) => {
            let year = reference.year_of(f);
            if let Err(e) = reference.to_usd(1.0, &currency, year) {
                c.warn(
                    &p.key("unit"),
                    format!("the fine cannot be converted to USD: {e}"),
                    "add the rate to data/reference/exchange_rates.toml with its source",
                );
            }
        }
        Err(NotConvertible::UnknownUnit { unit }) => {
            c.error(
                &p.key("unit"),
                format!("`{unit}` is neither an ISO 4217 currency nor a legal unit in data/reference/units.toml"),
                "use a currency code such as `KZT`, or add the unit to units.toml with its yearly values",
            );
        }
        Err(NotConvertible::NoUnitValue { unit, year }) => {
            c.error(
                &p.key("unit"),
                format!("{unit} has no value for {year} in data/reference/units.toml"),
                "add the year's value with its source, or set the fine's `year` to one that has a value",
            );
        }
        Err(NotConvertible::IncomeBased { .. }) | Err(NotConvertible::NoExchangeRate { .. }) => {}
    }
}

/// Validates the reference tables.
pub fn reference(dir: &Path, units: &UnitsFile, rates: &RatesFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let upath = dir.join("reference/units.toml");
    // Already parsed by the loader; read again only to locate findings.
    let umap = SourceMap::new(&upath, &crate::data::load::read_text(&upath).unwrap_or_default());
    let mut c = Checker {
        map: &umap,
        diags: Vec::new(),
        today: LegalDate::today(),
        draft: false,
    };
    let root = KeyPath::root();
    let usrc: HashSet<&str> = units.sources.iter().map(|s| s.id.as_str()).collect();
    for (i, s) in units.sources.iter().enumerate() {
        check_source(&mut c, &root.key("sources").idx(i), s);
    }
    let mut ids = HashSet::new();
    for (i, u) in units.units.iter().enumerate() {
        let p = root.key("units").idx(i);
        if !ids.insert(u.id.as_str()) {
            c.error(
                &p.key("id"),
                format!("duplicate unit id `{}`", u.id),
                "each unit once; add years to its `values`",
            );
        }
        if is_currency(&u.id) {
            c.error(
                &p.key("id"),
                format!("`{}` is a currency code", u.id),
                "name legal units `<COUNTRY>-<ACRONYM>`, e.g. `KZ-MCI`",
            );
        }
        if !is_currency(&u.currency) {
            c.error(
                &p.key("currency"),
                format!("`{}` is not an ISO 4217 currency", u.currency),
                "use a code such as `KZT`",
            );
        }
        if u.kind == UnitKind::Indexed && u.values.is_empty() {
            c.warn(
                &p.key("values"),
                format!("{} has no yearly values", u.id),
                "add values with their sources",
            );
        }
        let mut years = HashSet::new();
        for (vi, v) in u.values.iter().enumerate() {
            let vp = p.key("values").idx(vi);
            if !years.insert(v.year) {
                c.error(
                    &vp.key("year"),
                    format!("{} has two values for {}", u.id, v.year),
                    "keep one value per year",
                );
            }
            if !v.value.is_finite() || v.value <= 0.0 {
                c.error(
                    &vp.key("value"),
                    format!("{} is not a valid unit value", v.value),
                    "a unit value is a positive amount",
                );
            }
            if !usrc.contains(v.source.as_str()) {
                c.error(
                    &vp.key("source"),
                    format!("source `{}` is not defined in this file", v.source),
                    hint_known("sources", usrc.iter().copied()),
                );
            }
        }
    }
    out.append(&mut c.diags);

    let rpath = dir.join("reference/exchange_rates.toml");
    let rmap = SourceMap::new(&rpath, &crate::data::load::read_text(&rpath).unwrap_or_default());
    let mut c = Checker {
        map: &rmap,
        diags: Vec::new(),
        today: LegalDate::today(),
        draft: false,
    };
    let rsrc: HashSet<&str> = rates.sources.iter().map(|s| s.id.as_str()).collect();
    for (i, s) in rates.sources.iter().enumerate() {
        check_source(&mut c, &root.key("sources").idx(i), s);
    }
    let mut seen = HashSet::new();
    for (i, r) in rates.rates.iter().enumerate() {
        let p = root.key("rates").idx(i);
        if !is_currency(&r.currency) {
            c.error(
                &p.key("currency"),
                format!("`{}` is not an ISO 4217 currency", r.currency),
                "use a code such as `KZT`",
            );
        }
        if !seen.insert((r.currency.as_str(), r.year)) {
            c.error(
                &p.key("year"),
                format!("two rates for {} in {}", r.currency, r.year),
                "keep one yearly average per currency",
            );
        }
        match (r.per_usd, r.usd_per_unit) {
            (Some(v), None) | (None, Some(v)) if v.is_finite() && v > 0.0 => {}
            (Some(_), Some(_)) => c.error(
                &p,
                "both `per_usd` and `usd_per_unit` are given",
                "give the one figure the source states",
            ),
            (None, None) => c.error(
                &p,
                "no rate is given",
                "add `per_usd` (local units per dollar) or `usd_per_unit`",
            ),
            (Some(v), _) | (_, Some(v)) => c.error(
                &p,
                format!("{v} is not a valid exchange rate"),
                "a rate is a positive number",
            ),
        }
        if !rsrc.contains(r.source.as_str()) {
            c.error(
                &p.key("source"),
                format!("source `{}` is not defined in this file", r.source),
                hint_known("sources", rsrc.iter().copied()),
            );
        }
    }
    out.append(&mut c.diags);
    out
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
