//! Instruments and provisions: ids, dates in order, status and proposal, kinds,
//! protected groups, excerpts, escalation and procedure.

use std::collections::HashSet;

use crate::data::load::diagnostic::KeyPath;
use crate::data::load::reference::Reference;
use crate::data::model::codes;
use crate::data::model::{Instrument, OffenceKind, Provision, Status};

use super::penalty::{check_tier, duration};
use super::{Checker, EXCERPT_MAX_CHARS, hint_known};

pub(super) fn check_instrument(c: &mut Checker<'_>, p: &KeyPath, inst: &Instrument, sources: &HashSet<&str>) {
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
    check_dates(c, p, inst);
    check_status(c, p, inst);
}

/// Dates: real, in order, none in the future.
fn check_dates(c: &mut Checker<'_>, p: &KeyPath, inst: &Instrument) {
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
}

/// The status agrees with the dates, the kind and `proposal`.
fn check_status(c: &mut Checker<'_>, p: &KeyPath, inst: &Instrument) {
    let d = &inst.dates;
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

pub(super) fn status_name(s: Status) -> &'static str {
    match s {
        Status::InForce => "in-force",
        Status::Adopted => "adopted",
        Status::Pending => "pending",
        Status::Proposed => "proposed",
        Status::Rejected => "rejected",
        Status::Repealed => "repealed",
    }
}

pub(super) fn check_provision(
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
        check_excerpt(c, &p.key("excerpt"), e, sources);
    }
    check_prosecution(c, p, prov, sources);
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

/// An excerpt: its language, its source and its length.
fn check_excerpt(c: &mut Checker<'_>, p: &KeyPath, e: &crate::data::model::Excerpt, sources: &HashSet<&str>) {
    if !codes::is_language_code(&e.lang) {
        c.error(
            &p.key("lang"),
            format!("`{}` is not an ISO 639-1 code", e.lang),
            "use two lower-case letters",
        );
    }
    if let Some(s) = &e.source
        && !sources.contains(s.as_str())
    {
        c.error(
            &p.key("source"),
            format!("source `{s}` is not defined in this file"),
            hint_known("sources", sources.iter().copied()),
        );
    }
    if e.text.chars().count() > EXCERPT_MAX_CHARS {
        c.warn(
            &p.key("text"),
            format!("the excerpt is longer than {EXCERPT_MAX_CHARS} characters"),
            "quote only the defining words; summarise the rest",
        );
    }
}

/// Prosecution and escalation: sources for every `not_stated`, valid periods.
fn check_prosecution(c: &mut Checker<'_>, p: &KeyPath, prov: &Provision, sources: &HashSet<&str>) {
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
}
