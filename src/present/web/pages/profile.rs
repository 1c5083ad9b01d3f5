//! A jurisdiction's profile: its answer first, then instruments, provisions with their
//! penalty ladders and procedure, employer duties, evidence, remedies and sources.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;

use crate::data::load::Atlas;
use crate::data::model::names::{label, num};
use crate::data::model::penalty::PenaltyTier;
use crate::data::model::{Jurisdiction, Provision};
use crate::present::i18n::Tr;
use crate::present::markdown;
use crate::present::web::{AppError, AppState};
use crate::views::compare::{self};

use super::{PageError, liability_class, render, rendered};
use crate::present::words::{fine_local_text, fine_usd_text, ordinal, sanctions, words};

// ---------------------------------------------------------------- profile

struct Commitment {
    label: String,
    text: Option<String>,
    fns: String,
}

struct AbsenceView {
    note_html: String,
    fns: String,
}

struct TierView {
    label: String,
    circumstances: String,
    offence: String,
    liability: Option<String>,
    sanctions: String,
    note: Option<String>,
    prison: String,
    arrest: String,
    fine_local: String,
    fine_usd: String,
}

struct ProvisionView {
    id: String,
    article: String,
    title: String,
    title_original: Option<String>,
    offence_kind: String,
    offence_class: String,
    liability: String,
    repeat: bool,
    conduct: String,
    settings: String,
    protected: String,
    protected_note: Option<String>,
    definition: Option<String>,
    prosecution: String,
    escalation: Option<String>,
    excerpt: Option<(String, String)>,
    summary_html: String,
    notes_html: String,
    /// How the facts were found, shown folded under "How this was researched".
    research_html: String,
    tiers: Vec<TierView>,
    penalties_note: Option<String>,
    fns: String,
    /// Long notes are folded under "Notes".
    fold_notes: bool,
    cite: crate::views::cite::Citation,
    report_href: String,
}

struct InstrumentView {
    id: String,
    title: String,
    title_original: Option<String>,
    lang: String,
    kind: String,
    status: String,
    status_class: String,
    citation: Option<String>,
    url: Option<String>,
    dates: Vec<(&'static str, String)>,
    proposal: Option<String>,
    notes_html: String,
    /// How the facts were found, shown folded under "How this was researched".
    research_html: String,
    fns: String,
    provisions: Vec<ProvisionView>,
}

struct EmployerView {
    rows: Vec<(String, String)>,
    summary_html: String,
    links: Vec<(String, String)>,
    fns: String,
}

struct SourceView {
    n: usize,
    title: String,
    url: String,
    publisher: Option<String>,
    kind: String,
    accessed: String,
}

/// A row of the "at a glance" block: one compared dimension for this jurisdiction.
struct GlanceRow {
    /// The compared dimension (`penalty_first`…).
    key: &'static str,
    label: String,
    text: String,
    unknown: bool,
    /// Nothing recorded (or unknown): left out of the link preview.
    empty: bool,
    links: Vec<compare::Ref>,
}

/// The compared dimensions a profile answers first; each is labelled by the
/// message `glance-<dimension>`.
const GLANCE: &[&str] = &[
    "liability",
    "penalty_first",
    "penalty_repeat",
    "penalty_aggravated",
    "escalation",
    "prosecution",
    "reconciliation",
    "settings",
    "employer_duties",
    "c190",
    "proposals",
];

/// The "at a glance" rows, from the same comparison the compare page shows.
fn glance(summary: compare::Summary, tr: &Tr) -> Vec<GlanceRow> {
    let c = compare::compare(vec![summary.clone()]);
    GLANCE
        .iter()
        .filter_map(|&key| {
            let row = c.rows.iter().find(|r| r.key == key)?;
            let cell = row.cells.first()?.clone();
            Some(GlanceRow {
                key,
                label: tr.t(&format!("glance-{}", key.replace('_', "-"))),
                unknown: cell.text == "unknown",
                empty: matches!(cell.text.as_str(), "unknown" | "none recorded"),
                text: super::cells::cell_text(tr, key, &summary, &cell),
                links: cell.links,
            })
        })
        .collect()
}

/// What citations and mistake reports need beyond the data.
/// The link-preview sentence: "Sexual harassment in Kazakhstan: no offence. First offence: …".
fn description(j: &Jurisdiction, rows: &[GlanceRow], tr: &Tr) -> String {
    let get = |key: &str| rows.iter().find(|r| r.key == key);
    let mut s = tr.a2(
        "profile-description",
        "name",
        &j.name,
        "liability",
        get("liability").map_or_else(|| tr.t("unknown"), |r| r.text.clone()),
    );
    for key in ["penalty_first", "penalty_repeat", "prosecution"] {
        if let Some(r) = get(key).filter(|r| !r.empty) {
            s.push_str(&format!(" {}: {}.", r.label, r.text));
        }
    }
    s.push(' ');
    s.push_str(&tr.t("profile-description-sources"));
    s
}

struct CiteCtx<'a> {
    tr: &'a Tr,
    base_url: &'a str,
    licence: String,
    today: crate::data::model::date::LegalDate,
    issue_url: Option<&'a str>,
}

impl CiteCtx<'_> {
    /// Where to report a mistake in a provision: the issue tracker's "new
    /// issue" form pre-filled with the provision, else the about page.
    fn report_href(&self, j: &Jurisdiction, p: &Provision, permalink: &str) -> String {
        match self.issue_url {
            Some(u) => {
                let title = format!("Data: {} {} ({})", j.code, p.article, p.id);
                let body = format!(
                    "Provision: {}\nPermalink: {permalink}\n\nWhat is wrong:\n\nSource for the correction (title, URL):\n",
                    p.id
                );
                let q = serde_urlencoded::to_string([("title", title), ("body", body)]).unwrap_or_default();
                format!("{u}{}{q}", if u.contains('?') { '&' } else { '?' })
            }
            None => "/about#mistakes".to_owned(),
        }
    }
}

struct ProfileView {
    code: String,
    name: String,
    native_names: String,
    region: String,
    sub_region: String,
    tradition: String,
    languages: String,
    last_reviewed: String,
    current_to: Option<String>,
    liability_label: String,
    liability_class: String,
    notes_html: String,
    /// How the facts were found, shown folded under "How this was researched".
    research_html: String,
    absence: Option<AbsenceView>,
    glance: Vec<GlanceRow>,
    /// One sentence for link previews, from the "at a glance" rows.
    description: String,
    commitments: Vec<Commitment>,
    instruments: Vec<InstrumentView>,
    employer: Option<EmployerView>,
    evidence: Vec<(String, String, String)>,
    remedies: Vec<(String, String, String)>,
    statistics: Vec<(String, String)>,
    sources: Vec<SourceView>,
    cite: crate::views::cite::Citation,
}

#[derive(Template)]
#[template(path = "jurisdiction.html")]
struct ProfilePage {
    tr: Tr,
    p: ProfileView,
}

fn tier_view(atlas: &Atlas, t: &PenaltyTier) -> TierView {
    let n = atlas.reference.normalise(t);
    let days = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |d| num(Some(d)));
    TierView {
        label: t.label.clone(),
        circumstances: words(&t.circumstances),
        offence: t
            .offence_number
            .map_or_else(|| "any".to_owned(), |k| ordinal(k, t.or_later)),
        liability: t.liability.map(|l| label(&l)),
        sanctions: sanctions(t),
        note: t.note.clone(),
        prison: days(n.imprisonment_max_days),
        arrest: days(n.arrest_max_days),
        fine_local: fine_local_text(&n),
        fine_usd: fine_usd_text(&n),
    }
}

/// A term in the language's words: 2 years → "2 года".
fn term(tr: &Tr, value: f64, unit: crate::data::model::penalty::TimeUnit) -> String {
    term_in(tr, value, unit, "")
}

/// A term after "within" ("в течение 1 года").
fn term_within(tr: &Tr, value: f64, unit: crate::data::model::penalty::TimeUnit) -> String {
    term_in(tr, value, unit, "-within-last")
}

fn term_in(tr: &Tr, value: f64, unit: crate::data::model::penalty::TimeUnit, form: &str) -> String {
    use crate::data::model::penalty::TimeUnit;
    let key = match unit {
        TimeUnit::Hours => "unit-hours",
        TimeUnit::Days => "unit-days",
        TimeUnit::Weeks => "unit-weeks",
        TimeUnit::Months => "unit-months",
        TimeUnit::Years => "unit-years",
    };
    tr.n(&format!("{key}{form}"), value)
}

/// Data values in the language's words, comma-separated.
fn values<T: serde::Serialize>(tr: &Tr, kind: &str, v: &[T]) -> String {
    v.iter()
        .map(|x| tr.value(kind, &label(x)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn fns_html(numbers: &HashMap<&str, usize>, ids: &[String]) -> String {
    let mut v: Vec<usize> = ids.iter().filter_map(|id| numbers.get(id.as_str()).copied()).collect();
    v.sort_unstable();
    v.dedup();
    v.iter()
        .map(|n| format!("<sup class=\"fn\"><a href=\"#src-{n}\" aria-label=\"source {n}\">[{n}]</a></sup>"))
        .collect()
}

fn provision_view(
    atlas: &Atlas,
    (j, i, p): (&Jurisdiction, &crate::data::model::Instrument, &Provision),
    numbers: &HashMap<&str, usize>,
    ctx: &CiteCtx,
) -> ProvisionView {
    let cite = crate::views::cite::provision(j, i, p, ctx.base_url, ctx.today, &ctx.licence);
    let mut prosecution = Vec::new();
    let mut fn_ids = p.sources.clone();
    let tr = ctx.tr;
    if let Some(pr) = &p.prosecution {
        if let Some(k) = pr.kind {
            prosecution.push(tr.value("prosecution", &label(&k)));
        }
        if let Some(r) = pr.reconciliation {
            prosecution.push(tr.a("profile-reconciliation", "rule", tr.value("settlement", &label(&r))));
        }
        if let Some(w) = pr.withdrawal {
            prosecution.push(tr.a("profile-withdrawal", "rule", tr.value("settlement", &label(&w))));
        }
        if let Some(l) = &pr.limitation {
            prosecution.push(tr.a("profile-limitation", "term", term(tr, l.value, l.unit)));
        }
        if let Some(n) = &pr.note {
            prosecution.push(n.clone());
        }
        fn_ids.extend(pr.sources.iter().cloned());
    }
    let escalation = p.escalation.as_ref().map(|e| {
        let target = j
            .provision(&e.to)
            .map_or_else(|| e.to.clone(), |(_, t)| t.article.clone());
        match e.within {
            Some(w) => tr.a2(
                "profile-escalation-within",
                "term",
                term_within(tr, w.value, w.unit),
                "target",
                format!("{} {target}", e.condition),
            ),
            None => tr.a("profile-escalation", "target", format!("{} {target}", e.condition)),
        }
    });
    ProvisionView {
        id: p.id.clone(),
        article: p.article.clone(),
        title: p.title.clone(),
        title_original: p.title_original.clone(),
        offence_kind: tr.value("offence_kind", &label(&p.offence_kind)),
        offence_class: label(&p.offence_kind),
        liability: label(&p.liability),
        repeat: crate::data::model::names::repeat_escalation(p),
        conduct: values(tr, "conduct", &p.conduct),
        settings: values(tr, "setting", &p.settings),
        protected: values(tr, "protected", &p.protected),
        protected_note: p.protected_note.clone(),
        definition: p.definition_basis.map(|d| tr.value("definition_basis", &label(&d))),
        prosecution: prosecution.join("; "),
        escalation,
        excerpt: p.excerpt.as_ref().map(|e| (e.text.clone(), e.lang.clone())),
        summary_html: markdown::to_html(&p.summary),
        notes_html: markdown::to_html(&p.notes),
        research_html: markdown::to_html(&p.research),
        tiers: p.penalties.iter().map(|t| tier_view(atlas, t)).collect(),
        penalties_note: p.penalties_note.clone(),
        fns: fns_html(numbers, &fn_ids),
        fold_notes: p.notes.chars().count() > NOTES_FOLD_CHARS,
        report_href: ctx.report_href(j, p, &cite.permalink),
        cite,
    }
}

/// Notes longer than this are folded, so that the ladder and the next
/// provision stay near.
const NOTES_FOLD_CHARS: usize = 600;

/// An instrument's dates as (label, value) rows, in legal order.
fn date_rows(d: &crate::data::model::InstrumentDates) -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    for (k, x) in [
        ("introduced", d.introduced),
        ("adopted", d.adopted),
        ("in force", d.in_force),
        ("rejected", d.rejected),
        ("repealed", d.repealed),
    ] {
        if let Some(x) = x {
            v.push((k, x.to_string()));
        }
    }
    if !d.amended.is_empty() {
        v.push((
            "amended",
            d.amended.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        ));
    }
    v
}

fn instrument_view(
    atlas: &Atlas,
    j: &Jurisdiction,
    i: &crate::data::model::Instrument,
    numbers: &HashMap<&str, usize>,
    ctx: &CiteCtx,
) -> InstrumentView {
    InstrumentView {
        id: i.id.clone(),
        title: i.title.clone(),
        title_original: i.title_original.clone(),
        lang: i.original_language.clone().unwrap_or_else(|| "und".into()),
        kind: ctx.tr.value("instrument_kind", &label(&i.kind)),
        status: ctx.tr.value("status", &label(&i.status)),
        status_class: label(&i.status),
        citation: i.citation.clone(),
        url: i.url.clone(),
        dates: date_rows(&i.dates),
        proposal: i.proposal.as_ref().map(|p| {
            let tr = ctx.tr;
            let mut s = tr.a2(
                "profile-proposal-by",
                "kind",
                tr.value("proposal_kind", &label(&p.kind)),
                "proposer",
                &p.proposer,
            );
            if let Some(b) = &p.bill_number {
                s.push_str(&format!(", {b}"));
            }
            if let Some(st) = &p.stage {
                s.push_str(&format!("; {}", tr.a("profile-stage", "stage", st)));
            }
            s
        }),
        notes_html: markdown::to_html(&i.notes),
        research_html: markdown::to_html(&i.research),
        fns: fns_html(numbers, &i.sources),
        provisions: i
            .provisions
            .iter()
            .map(|p| provision_view(atlas, (j, i, p), numbers, ctx))
            .collect(),
    }
}

fn employer_view(
    tr: &Tr,
    j: &Jurisdiction,
    e: &crate::data::model::EmployerDuties,
    numbers: &HashMap<&str, usize>,
) -> EmployerView {
    // "unknown" is the marker the template shows as unknown, in any language.
    let yes_no = |b: Option<bool>| match b {
        Some(true) => tr.t("employer-required"),
        Some(false) => tr.t("employer-not-required"),
        None => "unknown".to_owned(),
    };
    EmployerView {
        rows: vec![
            (tr.t("employer-prevention-policy"), yes_no(e.prevention_policy)),
            (tr.t("employer-training"), yes_no(e.training)),
            (tr.t("employer-complaint-procedure"), yes_no(e.complaint_procedure)),
            (
                tr.t("employer-investigation-deadline"),
                e.investigation_deadline
                    .map_or_else(|| "unknown".into(), |d| term(tr, d.value, d.unit)),
            ),
            (
                tr.t("employer-liability"),
                e.liability_standard
                    .map_or_else(|| "unknown".into(), |l| tr.value("employer_liability", &label(&l))),
            ),
            (
                tr.t("employer-sanctions"),
                e.sanctions.clone().unwrap_or_else(|| "unknown".into()),
            ),
        ],
        summary_html: markdown::to_html(&e.summary),
        links: e
            .provisions
            .iter()
            .filter_map(|id| j.provision(id))
            .map(|(_, p)| (compare::provision_href(j, p), p.article.clone()))
            .collect(),
        fns: fns_html(numbers, &e.sources),
    }
}

fn statistic_view(tr: &Tr, s: &crate::data::model::Statistic, numbers: &HashMap<&str, usize>) -> (String, String) {
    let unit = compare::stat_unit(&s.unit);
    (
        format!(
            "{}{unit} ({}; {}): {}",
            num(Some(s.value)),
            tr.value("measure", &label(&s.measure)),
            s.year,
            s.description
        ),
        fns_html(numbers, &s.sources),
    )
}

fn profile_view(atlas: &Atlas, j: &Jurisdiction, base_url: &str, tr: &Tr) -> ProfileView {
    let glance_rows = glance(compare::summarise(atlas, j), tr);
    let ctx = CiteCtx {
        tr,
        base_url,
        licence: crate::present::words::licence(&atlas.config.data_licence).0,
        today: crate::data::model::date::LegalDate::today(),
        issue_url: atlas.config.issue_url.as_deref(),
    };
    let numbers: HashMap<&str, usize> = j
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i + 1))
        .collect();
    let instruments = j
        .instruments
        .iter()
        .map(|i| instrument_view(atlas, j, i, &numbers, &ctx))
        .collect();
    let employer = j.employer_duties.as_ref().map(|e| employer_view(tr, j, e, &numbers));
    let ratification = |r: &Option<crate::data::model::Ratification>| match r {
        Some(r) => (
            Some(format!(
                "{}{}",
                label(&r.status).replace('_', " "),
                r.date.map(|d| format!(", {d}")).unwrap_or_default()
            )),
            fns_html(&numbers, &r.sources),
        ),
        None => (None, String::new()),
    };
    let (c190, c190_fns) = ratification(&j.commitments.ilo_c190);
    let (cedaw, cedaw_fns) = ratification(&j.commitments.cedaw);
    ProfileView {
        code: j.code.clone(),
        name: j.name.clone(),
        native_names: j
            .native_names
            .iter()
            .map(|n| n.name.clone())
            .collect::<Vec<_>>()
            .join(" · "),
        region: tr.value("region", &label(&j.region)),
        sub_region: tr.value("sub_region", &j.sub_region),
        tradition: tr.value("tradition", &label(&j.legal_tradition)),
        languages: j.official_languages.join(", "),
        last_reviewed: j.last_reviewed.to_string(),
        current_to: j.current_to.map(|d| d.to_string()),
        liability_label: tr.value("harassment_liability", &label(&j.harassment_liability())),
        liability_class: liability_class(j.harassment_liability()),
        notes_html: markdown::to_html(&j.notes),
        research_html: markdown::to_html(&j.research),
        description: description(j, &glance_rows, tr),
        glance: glance_rows,
        absence: j.no_harassment_offence.as_ref().map(|a| AbsenceView {
            note_html: markdown::to_html(&a.note),
            fns: fns_html(&numbers, &a.sources),
        }),
        commitments: vec![
            Commitment {
                label: tr.t("profile-c190"),
                text: c190,
                fns: c190_fns,
            },
            Commitment {
                label: tr.t("profile-cedaw"),
                text: cedaw,
                fns: cedaw_fns,
            },
        ],
        instruments,
        employer,
        evidence: j
            .evidence
            .iter()
            .map(|e| (e.topic.clone(), e.note.clone(), fns_html(&numbers, &e.sources)))
            .collect(),
        remedies: j
            .remedies
            .iter()
            .map(|r| {
                (
                    tr.value("remedy", &label(&r.kind)),
                    r.note.clone(),
                    fns_html(&numbers, &r.sources),
                )
            })
            .collect(),
        statistics: j.statistics.iter().map(|s| statistic_view(tr, s, &numbers)).collect(),
        sources: j
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceView {
                n: i + 1,
                title: s.title.clone(),
                url: s.url.clone(),
                publisher: s.publisher.clone(),
                kind: tr.value("source_kind", &label(&s.kind)),
                accessed: s.accessed.to_string(),
            })
            .collect(),
        cite: crate::views::cite::profile(j, base_url, ctx.today, &ctx.licence),
    }
}

pub async fn profile(state: State<AppState>, tr: Tr, code: Path<String>) -> Result<Html<String>, PageError> {
    rendered(move || profile_now(state, tr, code)).await
}

/// `/jurisdictions/{code}`
fn profile_now(State(s): State<AppState>, tr: Tr, Path(code): Path<String>) -> Result<Html<String>, PageError> {
    let j = s.atlas.jurisdiction(&code).ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no jurisdiction `{}` in the atlas.",
            code.chars().take(20).collect::<String>()
        ))
    })?;
    render(&ProfilePage {
        p: profile_view(&s.atlas, j, &s.base_url, &tr),
        tr,
    })
}
