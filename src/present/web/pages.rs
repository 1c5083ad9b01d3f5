//! HTML pages: view models built from the atlas, rendered by askama
//! templates from `templates/` (auto-escaping; Markdown from data is
//! rendered and sanitised by [`crate::present::markdown`] before it is marked safe).

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Multipart, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::map::liability_label;
use super::{AppError, AppState, charts, query_pairs};
use crate::data::load::draft::{MAX_DRAFT_BYTES, parse as parse_draft};
use crate::data::load::{Atlas, Counts};
use crate::data::model::names::{label, num};
use crate::data::model::penalty::{Combine, FineRange, PenaltyTier, TermRange, TimeUnit};
use crate::data::model::{HarassmentLiability, Jurisdiction, Provision};
use crate::present::markdown;
use crate::views::compare::{self, Comparison, Summary};
use crate::views::draft::{self, Against, Options, Report};
use crate::views::normalise::NormalisedTier;
use crate::views::search::{FACETS, SearchRequest, SearchResponse};

/// An error shown as an HTML page.
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    title: &'static str,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = match self.0 {
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, "Bad request", m),
            AppError::Search(e) => (StatusCode::BAD_REQUEST, "Bad request", e.to_string()),
            AppError::NotFound(m) => (StatusCode::NOT_FOUND, "Not found", m),
            AppError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, "Too large", m),
            AppError::Unavailable(m) => (StatusCode::SERVICE_UNAVAILABLE, "Busy", m),
            AppError::Status(s, m) => (s, s.canonical_reason().unwrap_or("Error"), m),
            AppError::Internal(e) => {
                tracing::error!("{e:#}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "Something went wrong; it has been logged.".into(),
                )
            }
        };
        let body = ErrorPage { title, message }
            .render()
            .unwrap_or_else(|_| "Something went wrong".into());
        (status, Html(body)).into_response()
    }
}

fn render<T: Template>(t: &T) -> Result<Html<String>, PageError> {
    Ok(Html(t.render().map_err(anyhow::Error::from)?))
}

fn words<T: serde::Serialize>(v: &[T]) -> String {
    v.iter()
        .map(|x| label(x).replace('_', " "))
        .collect::<Vec<_>>()
        .join(", ")
}

fn liability_class(l: HarassmentLiability) -> String {
    label(&l)
}

// ---------------------------------------------------------------- home

struct LegendItem {
    class: String,
    label: &'static str,
    count: usize,
}

struct Latest {
    code_lower: String,
    name: String,
    last_reviewed: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    counts: Counts,
    map_svg: Option<String>,
    legend: Vec<LegendItem>,
    latest: Vec<Latest>,
}

/// `/`
pub async fn home(State(s): State<AppState>) -> Result<Html<String>, PageError> {
    let mut counts: HashMap<HarassmentLiability, usize> = HashMap::new();
    for j in &s.atlas.jurisdictions {
        *counts.entry(j.harassment_liability()).or_default() += 1;
    }
    let legend = [
        HarassmentLiability::Criminal,
        HarassmentLiability::Administrative,
        HarassmentLiability::CivilLabourOnly,
        HarassmentLiability::None,
        HarassmentLiability::Unknown,
    ]
    .into_iter()
    .map(|l| LegendItem {
        class: label(&l),
        label: liability_label(l),
        count: counts.get(&l).copied().unwrap_or(0),
    })
    .collect();
    let mut latest: Vec<&Jurisdiction> = s.atlas.jurisdictions.iter().collect();
    latest.sort_by(|a, b| {
        b.last_reviewed
            .first_day()
            .cmp(&a.last_reviewed.first_day())
            .then(a.name.cmp(&b.name))
    });
    let latest = latest
        .into_iter()
        .take(8)
        .map(|j| Latest {
            code_lower: j.code.to_lowercase(),
            name: j.name.clone(),
            last_reviewed: j.last_reviewed.to_string(),
        })
        .collect();
    render(&HomePage {
        counts: s.atlas.counts(),
        map_svg: s.map_svg.as_ref().clone(),
        legend,
        latest,
    })
}

// ---------------------------------------------------------------- list

struct ListRow {
    code: String,
    name: String,
    region: String,
    liability: &'static str,
    class: String,
    last_reviewed: String,
}

#[derive(Template)]
#[template(path = "list.html")]
struct ListPage {
    rows: Vec<ListRow>,
}

/// `/jurisdictions`
pub async fn list(State(s): State<AppState>) -> Result<Html<String>, PageError> {
    let mut rows: Vec<ListRow> = s
        .atlas
        .jurisdictions
        .iter()
        .map(|j| {
            let l = j.harassment_liability();
            ListRow {
                code: j.code.clone(),
                name: j.name.clone(),
                region: format!("{} · {}", label(&j.region), j.sub_region),
                liability: liability_label(l),
                class: liability_class(l),
                last_reviewed: j.last_reviewed.to_string(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    render(&ListPage { rows })
}

// ---------------------------------------------------------------- profile

struct Commitment {
    label: &'static str,
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
    tiers: Vec<TierView>,
    penalties_note: Option<String>,
    fns: String,
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
    fns: String,
    provisions: Vec<ProvisionView>,
}

struct EmployerView {
    rows: Vec<(&'static str, String)>,
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

struct CiteView {
    permalink: String,
    plain: String,
    bibtex: String,
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
    liability_label: &'static str,
    liability_class: String,
    notes_html: String,
    absence: Option<AbsenceView>,
    commitments: Vec<Commitment>,
    instruments: Vec<InstrumentView>,
    employer: Option<EmployerView>,
    evidence: Vec<(String, String, String)>,
    remedies: Vec<(String, String, String)>,
    statistics: Vec<(String, String)>,
    sources: Vec<SourceView>,
    cite: CiteView,
}

#[derive(Template)]
#[template(path = "jurisdiction.html")]
struct ProfilePage {
    p: ProfileView,
}

fn unit_word(u: TimeUnit, n: f64) -> &'static str {
    let one = (n - 1.0).abs() < f64::EPSILON;
    match (u, one) {
        (TimeUnit::Hours, true) => "hour",
        (TimeUnit::Hours, false) => "hours",
        (TimeUnit::Days, true) => "day",
        (TimeUnit::Days, false) => "days",
        (TimeUnit::Weeks, true) => "week",
        (TimeUnit::Weeks, false) => "weeks",
        (TimeUnit::Months, true) => "month",
        (TimeUnit::Months, false) => "months",
        (TimeUnit::Years, true) => "year",
        (TimeUnit::Years, false) => "years",
    }
}

/// "up to 2 years", "6 to 24 months", "at least 1 year", "length not stated".
pub fn term_words(r: &TermRange) -> String {
    match (r.min, r.max) {
        (Some(a), Some(b)) if a == b => format!("{} {}", num(Some(a)), unit_word(r.unit, a)),
        (Some(a), Some(b)) => format!("{} to {} {}", num(Some(a)), num(Some(b)), unit_word(r.unit, b)),
        (None, Some(b)) => format!("up to {} {}", num(Some(b)), unit_word(r.unit, b)),
        (Some(a), None) => format!("at least {} {}", num(Some(a)), unit_word(r.unit, a)),
        (None, None) => "length not stated".into(),
    }
}

fn fine_words(f: &FineRange) -> String {
    match (f.min, f.max) {
        (Some(a), Some(b)) if a == b => format!("{} {}", num(Some(a)), f.unit),
        (Some(a), Some(b)) => format!("{} to {} {}", num(Some(a)), num(Some(b)), f.unit),
        (None, Some(b)) => format!("up to {} {}", num(Some(b)), f.unit),
        (Some(a), None) => format!("at least {} {}", num(Some(a)), f.unit),
        (None, None) => format!("amount not stated ({})", f.unit),
    }
}

fn sanctions(t: &PenaltyTier) -> String {
    let mut parts = Vec::new();
    if let Some(r) = &t.imprisonment {
        parts.push(format!("imprisonment {}", term_words(r)));
    }
    if let Some(r) = &t.arrest {
        parts.push(format!("arrest {}", term_words(r)));
    }
    if let Some(f) = &t.fine {
        parts.push(format!("fine {}", fine_words(f)));
    }
    if let Some(r) = &t.community_service {
        parts.push(format!("community service {}", term_words(r)));
    }
    if let Some(r) = &t.corrective_labour {
        parts.push(format!("corrective labour {}", term_words(r)));
    }
    if let Some(r) = &t.restriction_of_liberty {
        parts.push(format!("restriction of liberty {}", term_words(r)));
    }
    if let Some(r) = &t.disqualification {
        parts.push(format!("disqualification {}", term_words(r)));
    }
    if let Some(x) = &t.training {
        parts.push(x.clone());
    }
    if let Some(x) = &t.other {
        parts.push(x.clone());
    }
    let joiner = match t.combine {
        Some(Combine::Alternative) => " or ",
        Some(Combine::Cumulative) => " and ",
        Some(Combine::EitherOrBoth) => " and/or ",
        None => "; ",
    };
    parts.join(joiner)
}

fn ordinal(n: u8, or_later: bool) -> String {
    let base = match n {
        1 => "1st".to_owned(),
        2 => "2nd".to_owned(),
        3 => "3rd".to_owned(),
        n => format!("{n}th"),
    };
    if or_later { format!("{base} and later") } else { base }
}

/// A normalised fine in local currency: "5,000–10,000 KZT", "≤ 738,400 KZT", or "—".
fn fine_local_text(n: &NormalisedTier) -> String {
    let Some(cur) = &n.fine_currency else {
        return "—".into();
    };
    match (n.fine_min_local, n.fine_max_local) {
        (Some(a), Some(b)) if a != b => format!("{}–{} {cur}", compare::thousands(a), compare::thousands(b)),
        (_, Some(b)) => format!("≤ {} {cur}", compare::thousands(b)),
        (Some(a), None) => format!("≥ {} {cur}", compare::thousands(a)),
        (None, None) => "—".into(),
    }
}

/// A normalised fine in US dollars with the year converted at, or why it could not be.
fn fine_usd_text(n: &NormalisedTier) -> String {
    match (n.fine_max_usd, &n.fine_not_convertible) {
        (Some(v), _) => format!(
            "{} ({})",
            compare::thousands(v),
            n.fine_year.map(|y| y.to_string()).unwrap_or_default()
        ),
        (None, Some(e)) => format!("not convertible: {e}"),
        (None, None) => "—".into(),
    }
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

fn fns_html(numbers: &HashMap<&str, usize>, ids: &[String]) -> String {
    let mut v: Vec<usize> = ids.iter().filter_map(|id| numbers.get(id.as_str()).copied()).collect();
    v.sort_unstable();
    v.dedup();
    v.iter()
        .map(|n| format!("<sup class=\"fn\"><a href=\"#src-{n}\" aria-label=\"source {n}\">[{n}]</a></sup>"))
        .collect()
}

fn provision_view(atlas: &Atlas, j: &Jurisdiction, p: &Provision, numbers: &HashMap<&str, usize>) -> ProvisionView {
    let mut prosecution = Vec::new();
    let mut fn_ids = p.sources.clone();
    if let Some(pr) = &p.prosecution {
        if let Some(k) = pr.kind {
            prosecution.push(match k {
                crate::data::model::ProsecutionKind::Public => "ex officio (public)".to_owned(),
                crate::data::model::ProsecutionKind::Complaint => "only on the victim's complaint".to_owned(),
                crate::data::model::ProsecutionKind::Private => "private prosecution".to_owned(),
                crate::data::model::ProsecutionKind::NotStated => "prosecution: the law does not say".to_owned(),
            });
        }
        if let Some(r) = pr.reconciliation {
            prosecution.push(format!("reconciliation {}", r.words()));
        }
        if let Some(w) = pr.withdrawal {
            prosecution.push(format!("withdrawal of the complaint {}", w.words()));
        }
        if let Some(l) = &pr.limitation {
            prosecution.push(format!(
                "limitation {} {}",
                num(Some(l.value)),
                unit_word(l.unit, l.value)
            ));
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
        let within = e
            .within
            .map(|w| format!(" within {} {}", num(Some(w.value)), unit_word(w.unit, w.value)))
            .unwrap_or_default();
        format!("A repeat{within} {} falls under {target}.", e.condition)
    });
    ProvisionView {
        id: p.id.clone(),
        article: p.article.clone(),
        title: p.title.clone(),
        title_original: p.title_original.clone(),
        offence_kind: label(&p.offence_kind).replace('_', " "),
        offence_class: label(&p.offence_kind),
        liability: label(&p.liability),
        repeat: crate::data::model::names::repeat_escalation(p),
        conduct: words(&p.conduct),
        settings: words(&p.settings),
        protected: words(&p.protected),
        protected_note: p.protected_note.clone(),
        definition: p.definition_basis.map(|d| match d {
            crate::data::model::DefinitionBasis::Consent => "lack of consent (unwelcome, unwanted)".to_owned(),
            crate::data::model::DefinitionBasis::Effect => "effect (dignity, hostile environment)".to_owned(),
            crate::data::model::DefinitionBasis::Both => "both lack of consent and effect".to_owned(),
            crate::data::model::DefinitionBasis::Neither => "neither (coercion or the act itself)".to_owned(),
        }),
        prosecution: prosecution.join("; "),
        escalation,
        excerpt: p.excerpt.as_ref().map(|e| (e.text.clone(), e.lang.clone())),
        summary_html: markdown::to_html(&p.summary),
        notes_html: markdown::to_html(&p.notes),
        tiers: p.penalties.iter().map(|t| tier_view(atlas, t)).collect(),
        penalties_note: p.penalties_note.clone(),
        fns: fns_html(numbers, &fn_ids),
    }
}

fn profile_view(atlas: &Atlas, j: &Jurisdiction, base_url: &str) -> ProfileView {
    let numbers: HashMap<&str, usize> = j
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i + 1))
        .collect();
    let date_rows = |d: &crate::data::model::InstrumentDates| {
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
    };
    let instruments = j
        .instruments
        .iter()
        .map(|i| InstrumentView {
            id: i.id.clone(),
            title: i.title.clone(),
            title_original: i.title_original.clone(),
            lang: i.original_language.clone().unwrap_or_else(|| "und".into()),
            kind: label(&i.kind).replace('_', " "),
            status: label(&i.status).replace('_', " "),
            status_class: label(&i.status),
            citation: i.citation.clone(),
            url: i.url.clone(),
            dates: date_rows(&i.dates),
            proposal: i.proposal.as_ref().map(|p| {
                let mut s = format!("{} by {}", label(&p.kind).replace('_', " "), p.proposer);
                if let Some(b) = &p.bill_number {
                    s.push_str(&format!(", {b}"));
                }
                if let Some(st) = &p.stage {
                    s.push_str(&format!("; stage: {st}"));
                }
                s
            }),
            notes_html: markdown::to_html(&i.notes),
            fns: fns_html(&numbers, &i.sources),
            provisions: i
                .provisions
                .iter()
                .map(|p| provision_view(atlas, j, p, &numbers))
                .collect(),
        })
        .collect();
    let yes_no = |b: Option<bool>| match b {
        Some(true) => "required".to_owned(),
        Some(false) => "not required".to_owned(),
        None => "unknown".to_owned(),
    };
    let employer = j.employer_duties.as_ref().map(|e| EmployerView {
        rows: vec![
            ("Prevention policy", yes_no(e.prevention_policy)),
            ("Training", yes_no(e.training)),
            ("Complaint procedure", yes_no(e.complaint_procedure)),
            (
                "Investigation deadline",
                e.investigation_deadline.map_or_else(
                    || "unknown".into(),
                    |d| format!("{} {}", num(Some(d.value)), unit_word(d.unit, d.value)),
                ),
            ),
            (
                "Employer's liability",
                e.liability_standard
                    .map_or_else(|| "unknown".into(), |l| label(&l).replace('_', " ")),
            ),
            (
                "Sanctions on employers",
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
        fns: fns_html(&numbers, &e.sources),
    });
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
    let path = format!("/jurisdictions/{}", j.code.to_lowercase());
    let link = format!("{}{path}", base_url.trim_end_matches('/'));
    let year = j.last_reviewed.year;
    let today = crate::data::model::date::LegalDate::today();
    ProfileView {
        code: j.code.clone(),
        name: j.name.clone(),
        native_names: j
            .native_names
            .iter()
            .map(|n| n.name.clone())
            .collect::<Vec<_>>()
            .join(" · "),
        region: label(&j.region),
        sub_region: j.sub_region.clone(),
        tradition: label(&j.legal_tradition).replace('_', " "),
        languages: j.official_languages.join(", "),
        last_reviewed: j.last_reviewed.to_string(),
        current_to: j.current_to.map(|d| d.to_string()),
        liability_label: liability_label(j.harassment_liability()),
        liability_class: liability_class(j.harassment_liability()),
        notes_html: markdown::to_html(&j.notes),
        absence: j.no_harassment_offence.as_ref().map(|a| AbsenceView {
            note_html: markdown::to_html(&a.note),
            fns: fns_html(&numbers, &a.sources),
        }),
        commitments: vec![
            Commitment {
                label: "ILO Violence and Harassment Convention (C190)",
                text: c190,
                fns: c190_fns,
            },
            Commitment {
                label: "CEDAW",
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
                    label(&r.kind).replace('_', " "),
                    r.note.clone(),
                    fns_html(&numbers, &r.sources),
                )
            })
            .collect(),
        statistics: j
            .statistics
            .iter()
            .map(|s| {
                let unit = match s.unit {
                    crate::data::model::StatUnit::Percent => "%",
                    crate::data::model::StatUnit::Count => "",
                    crate::data::model::StatUnit::Per100k => " per 100,000",
                };
                (
                    format!(
                        "{}{unit} ({}; {}): {}",
                        num(Some(s.value)),
                        label(&s.measure).replace('_', " "),
                        s.year,
                        s.description
                    ),
                    fns_html(&numbers, &s.sources),
                )
            })
            .collect(),
        sources: j
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceView {
                n: i + 1,
                title: s.title.clone(),
                url: s.url.clone(),
                publisher: s.publisher.clone(),
                kind: label(&s.kind),
                accessed: s.accessed.to_string(),
            })
            .collect(),
        cite: CiteView {
            plain: format!(
                "Harassment Law Atlas contributors. \"{}: sexual-harassment law.\" Harassment Law Atlas, last reviewed {}. {} (accessed {}). CC BY 4.0.",
                j.name, j.last_reviewed, link, today
            ),
            bibtex: format!(
                "@misc{{hla-{code}-{year},\n  author = {{{{Harassment Law Atlas contributors}}}},\n  title = {{{{{name}}}: sexual-harassment law}},\n  year = {{{year}}},\n  howpublished = {{\\url{{{link}}}}},\n  note = {{Last reviewed {lr}; accessed {today}; CC BY 4.0}}\n}}",
                code = j.code.to_lowercase(),
                name = j.name,
                lr = j.last_reviewed,
            ),
            permalink: link,
        },
    }
}

/// `/jurisdictions/{code}`
pub async fn profile(State(s): State<AppState>, Path(code): Path<String>) -> Result<Html<String>, PageError> {
    let j = s.atlas.jurisdiction(&code).ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no jurisdiction `{}` in the atlas.",
            code.chars().take(20).collect::<String>()
        ))
    })?;
    render(&ProfilePage {
        p: profile_view(&s.atlas, j, &s.base_url),
    })
}

// ---------------------------------------------------------------- search

struct FacetOption {
    value: String,
    label: String,
    count: u64,
    checked: bool,
}

struct FacetView {
    name: &'static str,
    label: &'static str,
    options: Vec<FacetOption>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    q: String,
    facets: Vec<FacetView>,
    ranges: (String, String, String, String),
    sorts: Vec<(&'static str, &'static str, bool)>,
    error: Option<String>,
    ignored: Vec<String>,
    results: Option<SearchResponse>,
    page: usize,
    prev: Option<String>,
    next: Option<String>,
}

const FACET_LABELS: &[(&str, &str, &str)] = &[
    ("liability", "liability", "Liability"),
    ("prosecution", "prosecution", "Prosecution"),
    ("offence_kind", "offence_kind", "Offence"),
    ("setting", "setting", "Setting"),
    ("conduct", "conduct", "Conduct"),
    ("status", "status", "Status"),
    ("region", "region", "Region"),
    ("instrument_kind", "instrument_kind", "Instrument"),
    ("repeat_escalation", "repeat_escalation", "Escalates on repeat"),
];

fn page_url(pairs: &[(String, String)], page: usize) -> String {
    let mut p: Vec<(String, String)> = pairs.iter().filter(|(k, _)| k != "page").cloned().collect();
    p.push(("page".into(), page.to_string()));
    format!("/search?{}", serde_urlencoded::to_string(&p).unwrap_or_default())
}

/// `/search`: the form, and results when a query or filter is given. What
/// cannot be parsed in the text is ignored and said; bad filters are a 400.
pub async fn search(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let asked = pairs.iter().any(|(_, v)| !v.trim().is_empty());
    let req = SearchRequest::from_pairs(&pairs)?;
    let response = if asked {
        let (index, atlas, req) = (s.search.clone(), s.atlas.clone(), req.clone());
        Some(super::error::off_thread(move || index.search(&atlas, &req, true)).await??)
    } else {
        None
    };
    let selected = |name: &str, value: &str| {
        pairs
            .iter()
            .any(|(k, v)| k == name && v.split(',').any(|x| x.trim().eq_ignore_ascii_case(value)))
    };
    // Facet counts: from the results when there are some, else over everything.
    let all = match &response {
        Some(r) => r.facets.clone(),
        None => {
            s.search
                .search(
                    &s.atlas,
                    &SearchRequest {
                        page: 1,
                        ..Default::default()
                    },
                    true,
                )?
                .facets
        }
    };
    let facets = FACET_LABELS
        .iter()
        .filter(|(dim, _, _)| FACETS.contains(dim))
        .map(|(dim, name, title)| FacetView {
            name,
            label: title,
            options: all
                .get(*dim)
                .map(|m| {
                    m.iter()
                        .map(|(v, n)| FacetOption {
                            value: v.clone(),
                            label: v.replace('_', " "),
                            count: *n,
                            checked: selected(name, v),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let sort = get("sort");
    let sorts = [
        ("relevance", "relevance"),
        ("prison", "longest imprisonment"),
        ("arrest", "longest arrest"),
        ("fine", "highest fine"),
        ("date", "most recent"),
    ]
    .into_iter()
    .map(|(v, l)| (v, l, sort == v || (sort.is_empty() && v == "relevance")))
    .collect();
    let pages = response.as_ref().map_or(1, |r| r.pages);
    let page = SearchPage {
        q: req.q.clone(),
        facets,
        ranges: (
            get("min_prison_days"),
            get("min_arrest_days"),
            get("min_fine_usd"),
            get("year_from"),
        ),
        sorts,
        error: None,
        ignored: response.as_ref().map(|r| r.ignored.clone()).unwrap_or_default(),
        page: req.page,
        prev: (req.page > 1).then(|| page_url(&pairs, req.page - 1)),
        next: (req.page < pages).then(|| page_url(&pairs, req.page + 1)),
        results: response,
    };
    Ok(render(&page)?.into_response())
}

// ---------------------------------------------------------------- compare

#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage {
    raw: String,
    error: Option<String>,
    comparison: Option<Comparison>,
}

/// The codes asked for: `j=KZ,RU` or `j=KZ&j=RU` (what the search page's checkboxes send).
fn asked_codes(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .filter(|(k, _)| k == "j")
        .map(|(_, v)| v.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// Builds a comparison or says why not.
pub fn comparison(s: &AppState, raw: &str) -> Result<Comparison, AppError> {
    let codes = compare::parse_codes(&s.atlas, raw).map_err(AppError::BadRequest)?;
    let summaries: Vec<Summary> = codes
        .iter()
        .filter_map(|c| s.summaries.iter().find(|x| &x.code == c).cloned())
        .collect();
    Ok(compare::compare(summaries))
}

/// `/compare?j=KZ,RU,PH`
pub async fn compare_page(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let codes = asked_codes(&pairs);
    if codes.trim().is_empty() {
        return Ok(render(&ComparePage {
            raw: String::new(),
            error: None,
            comparison: None,
        })?
        .into_response());
    }
    match comparison(&s, &codes) {
        Ok(c) => Ok(render(&ComparePage {
            raw: codes,
            error: None,
            comparison: Some(c),
        })?
        .into_response()),
        Err(AppError::BadRequest(m)) => {
            let body = render(&ComparePage {
                raw: codes.chars().take(60).collect(),
                error: Some(m),
                comparison: None,
            })?;
            Ok((StatusCode::BAD_REQUEST, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `/api/compare?j=KZ,RU`
pub async fn api_compare(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<impl IntoResponse, AppError> {
    let pairs = query_pairs(raw.as_deref())?;
    Ok(axum::Json(comparison(&s, &asked_codes(&pairs))?))
}

// ---------------------------------------------------------------- topics

/// The topics, as (slug, title, description).
pub const TOPICS: &[(&str, &str, &str)] = &[
    (
        "escalation",
        "Repeat-offence escalation",
        "whether penalties rise for a second or later offence, or move to another kind of liability",
    ),
    (
        "prosecution",
        "Prosecution and reconciliation",
        "ex officio or on the victim's complaint, and whether the parties can settle",
    ),
    (
        "street",
        "Street harassment",
        "provisions covering public spaces, transport and catcalling",
    ),
    (
        "online",
        "Online harassment",
        "provisions covering online conduct and image-based abuse",
    ),
    (
        "workplace",
        "Workplace and employer duties",
        "workplace coverage and what employers must do",
    ),
    (
        "penalties",
        "Penalties",
        "maximum imprisonment, arrest and fines for sexual harassment, with charts",
    ),
];

#[derive(Template)]
#[template(path = "topics.html")]
struct TopicsPage {
    topics: &'static [(&'static str, &'static str, &'static str)],
}

/// `/topics`
pub async fn topics() -> Result<Html<String>, PageError> {
    render(&TopicsPage { topics: TOPICS })
}

struct Header {
    label: &'static str,
    href: String,
    numeric: bool,
    sorted: Option<&'static str>,
}

struct TopicCell {
    text: String,
    links: Vec<compare::Ref>,
    numeric: bool,
    /// Sort key: number or text.
    key: (f64, String),
}

struct TopicRow {
    code: String,
    name: String,
    cells: Vec<TopicCell>,
}

#[derive(Template)]
#[template(path = "topic.html")]
struct TopicPage {
    title: &'static str,
    intro: &'static str,
    charts: Vec<String>,
    headers: Vec<Header>,
    rows: Vec<TopicRow>,
}

fn text_cell(text: String, links: Vec<compare::Ref>) -> TopicCell {
    TopicCell {
        key: (0.0, text.clone()),
        text,
        links,
        numeric: false,
    }
}

fn refs_cell(refs: &[compare::Ref], yes: &str) -> TopicCell {
    if refs.is_empty() {
        text_cell("none recorded".into(), vec![])
    } else {
        text_cell(yes.into(), refs.to_vec())
    }
}

fn figure_cell(f: &Option<compare::Figure>, unit: &str) -> TopicCell {
    match f {
        Some(f) => TopicCell {
            text: format!("{} {unit}", compare::thousands(f.value)).trim_end().to_owned(),
            links: vec![f.source.clone()],
            numeric: true,
            key: (f.value, String::new()),
        },
        None => TopicCell {
            text: "—".into(),
            links: vec![],
            numeric: true,
            key: (-1.0, String::new()),
        },
    }
}

/// `/topics/{topic}?sort=N&dir=asc|desc`
pub async fn topic(
    State(s): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Html<String>, PageError> {
    let (slug, title, intro) = TOPICS.iter().find(|(t, _, _)| *t == slug).copied().ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no topic `{}`; see /topics.",
            slug.chars().take(30).collect::<String>()
        ))
    })?;
    let pairs = query_pairs(raw.as_deref())?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let columns: Vec<(&'static str, bool)> = match slug {
        "escalation" => vec![("Liability", false), ("Escalates on repeat", false)],
        "prosecution" => vec![("Liability", false), ("Prosecution", false), ("Reconciliation", false)],
        "street" => vec![("Liability", false), ("Street and public-space provisions", false)],
        "online" => vec![("Liability", false), ("Online provisions", false)],
        "workplace" => vec![
            ("Liability", false),
            ("Workplace provisions", false),
            ("Employer duties", false),
            ("ILO C190", false),
        ],
        _ => vec![
            ("Liability", false),
            ("Max imprisonment (days)", true),
            ("Max arrest (days)", true),
            ("Max fine (USD)", true),
        ],
    };
    let mut rows: Vec<TopicRow> = s
        .summaries
        .iter()
        .map(|sum| {
            let liability = text_cell(liability_label(sum.liability).to_owned(), vec![]);
            let cells = match slug {
                "escalation" => vec![liability, refs_cell(&sum.escalation, "yes")],
                "prosecution" => {
                    let mut kinds: Vec<String> = sum.prosecution.iter().map(|(k, _)| k.clone()).collect();
                    kinds.dedup();
                    let mut rec: Vec<String> = sum.reconciliation.iter().map(|(b, _)| b.words().to_owned()).collect();
                    rec.dedup();
                    vec![
                        liability,
                        text_cell(
                            if kinds.is_empty() {
                                "unknown".into()
                            } else {
                                kinds.join(", ")
                            },
                            sum.prosecution.iter().map(|(_, r)| r.clone()).collect(),
                        ),
                        text_cell(
                            if rec.is_empty() {
                                "unknown".into()
                            } else {
                                rec.join(", ")
                            },
                            sum.reconciliation.iter().map(|(_, r)| r.clone()).collect(),
                        ),
                    ]
                }
                "street" => vec![liability, refs_cell(&sum.street, "covered")],
                "online" => vec![liability, refs_cell(&sum.online, "covered")],
                "workplace" => vec![
                    liability,
                    refs_cell(&sum.workplace, "covered"),
                    text_cell(
                        match &sum.employer_duties {
                            Some(v) if v.is_empty() => "recorded".into(),
                            Some(v) => v.join(", "),
                            None => "unknown".into(),
                        },
                        vec![],
                    ),
                    text_cell(sum.c190.clone().unwrap_or_else(|| "unknown".into()), vec![]),
                ],
                _ => vec![
                    liability,
                    figure_cell(&sum.max_prison_days, ""),
                    figure_cell(&sum.max_arrest_days, ""),
                    figure_cell(&sum.max_fine_usd, ""),
                ],
            };
            TopicRow {
                code: sum.code.clone(),
                name: sum.name.clone(),
                cells,
            }
        })
        .collect();
    // Column 0 is the jurisdiction; 1.. are the cells.
    let sort_col: usize = get("sort")
        .and_then(|v| v.parse().ok())
        .filter(|c| *c <= columns.len())
        .unwrap_or(0);
    let desc = get("dir") == Some("desc");
    rows.sort_by(|a, b| {
        let o = if sort_col == 0 {
            a.name.cmp(&b.name)
        } else {
            let (x, y) = (&a.cells[sort_col - 1].key, &b.cells[sort_col - 1].key);
            x.0.total_cmp(&y.0).then_with(|| x.1.cmp(&y.1))
        };
        let o = if desc { o.reverse() } else { o };
        o.then_with(|| a.name.cmp(&b.name))
    });
    let mut headers = vec![Header {
        label: "Jurisdiction",
        href: format!(
            "/topics/{slug}?sort=0&dir={}",
            if sort_col == 0 && !desc { "desc" } else { "asc" }
        ),
        numeric: false,
        sorted: (sort_col == 0).then_some(if desc { "descending" } else { "ascending" }),
    }];
    for (i, (label, numeric)) in columns.iter().enumerate() {
        let col = i + 1;
        let next_desc = !(sort_col == col && desc);
        headers.push(Header {
            label,
            href: format!(
                "/topics/{slug}?sort={col}&dir={}",
                if next_desc { "desc" } else { "asc" }
            ),
            numeric: *numeric,
            sorted: (sort_col == col).then_some(if desc { "descending" } else { "ascending" }),
        });
    }
    let charts = if slug == "penalties" {
        let bars = |f: fn(&Summary) -> &Option<compare::Figure>| {
            s.summaries
                .iter()
                .filter_map(|x| {
                    f(x).as_ref().map(|fig| charts::Bar {
                        label: x.name.clone(),
                        value: fig.value,
                        href: fig.source.href.clone(),
                    })
                })
                .collect::<Vec<_>>()
        };
        vec![
            charts::bars(
                "chart-prison",
                "Maximum imprisonment for sexual harassment (days)",
                "days",
                bars(|x| &x.max_prison_days),
            ),
            charts::bars(
                "chart-fine",
                "Maximum fine for sexual harassment (US dollars)",
                "USD",
                bars(|x| &x.max_fine_usd),
            ),
        ]
    } else {
        Vec::new()
    };
    render(&TopicPage {
        title,
        intro,
        charts,
        headers,
        rows,
    })
}

// ---------------------------------------------------------------- static pages

#[derive(Template)]
#[template(path = "about.html")]
struct AboutPage {
    counts: Counts,
    reference_year: i32,
}

/// `/about`
pub async fn about(State(s): State<AppState>) -> Result<Html<String>, PageError> {
    render(&AboutPage {
        counts: s.atlas.counts(),
        reference_year: s.atlas.reference.reference_year,
    })
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage;

/// `/api`
pub async fn api_docs() -> Result<Html<String>, PageError> {
    render(&ApiPage)
}

/// Any unknown page.
pub async fn not_found() -> PageError {
    PageError(AppError::NotFound("There is no page at this address.".into()))
}

// ---------------------------------------------------------------- drafts

#[derive(Template)]
#[template(path = "draft.html")]
struct DraftPage {
    examples: Vec<(String, String)>,
    errors: Vec<String>,
    text: String,
    max_kb: usize,
    regions: Vec<String>,
}

struct PenaltyView {
    article: String,
    liability: String,
    tiers: Vec<TierFigures>,
    metrics: Vec<(String,)>,
    note: String,
}

struct TierFigures {
    label: String,
    prison: String,
    arrest: String,
    local: String,
    usd: String,
}

#[derive(Template)]
#[template(path = "draft_report.html")]
struct DraftReportPage<'a> {
    r: &'a Report,
    against_all: bool,
    region: Option<String>,
    penalties: Vec<PenaltyView>,
}

impl DraftReportPage<'_> {
    fn human(&self, s: &str) -> String {
        s.replace('_', " ")
    }
}

fn penalty_views(r: &Report) -> Vec<PenaltyView> {
    let n = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), compare::thousands);
    r.penalties
        .iter()
        .map(|p| PenaltyView {
            article: p.article.clone(),
            liability: p.liability.clone(),
            tiers: p
                .tiers
                .iter()
                .map(|t| {
                    let x = &t.normalised;
                    TierFigures {
                        label: t.label.clone(),
                        prison: n(x.imprisonment_max_days),
                        arrest: n(x.arrest_max_days),
                        local: fine_local_text(x),
                        usd: fine_usd_text(x),
                    }
                })
                .collect(),
            metrics: p
                .metrics
                .iter()
                .filter_map(|m| {
                    let x = m.draft?;
                    let near = m
                        .nearest
                        .iter()
                        .map(|(e, v)| format!("{} {} ({})", e.name, e.article, compare::thousands(*v)))
                        .collect::<Vec<_>>()
                        .join("; ");
                    Some((format!(
                        "{}: {} {} — percentile {} among {} comparable provisions; nearest: {}.",
                        m.name,
                        compare::thousands(x),
                        m.unit,
                        m.percentile.map_or_else(|| "—".into(), |p| p.to_string()),
                        m.comparable,
                        if near.is_empty() { "none".into() } else { near }
                    ),))
                })
                .collect(),
            note: p.multiples_note.clone(),
        })
        .collect()
}

/// The report as a printable HTML page.
pub fn draft_report_html(r: &Report) -> anyhow::Result<String> {
    let page = DraftReportPage {
        r,
        against_all: r.options.against == Against::All,
        region: r.options.region.map(|x| label(&x)),
        penalties: penalty_views(r),
    };
    Ok(page.render()?)
}

fn regions() -> Vec<String> {
    crate::views::search::request::allowed_values::<crate::data::model::Region>()
}

fn draft_form(s: &AppState, text: String, errors: Vec<String>) -> Result<Html<String>, PageError> {
    render(&DraftPage {
        examples: s
            .drafts
            .iter()
            .map(|(k, title, _)| (k.clone(), title.clone()))
            .collect(),
        errors,
        text,
        max_kb: MAX_DRAFT_BYTES / 1024,
        regions: regions(),
    })
}

/// `GET /draft[?example=kz-administrative]`
pub async fn draft_get(State(s): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let pairs = query_pairs(raw.as_deref())?;
    let example = pairs.iter().find(|(k, _)| k == "example").map(|(_, v)| v.as_str());
    let text = match example {
        None => s.drafts.first().map(|d| d.2.clone()).unwrap_or_default(),
        Some(name) => match s.drafts.iter().find(|d| d.0 == name) {
            Some(d) => d.2.clone(),
            None => {
                return Err(AppError::NotFound(format!(
                    "There is no example draft `{}`.",
                    name.chars().take(40).collect::<String>()
                ))
                .into());
            }
        },
    };
    Ok(draft_form(&s, text, Vec::new())?.into_response())
}

fn options_from(against: Option<&str>, region: Option<&str>) -> Result<Options, AppError> {
    let against = match against.map(str::trim).filter(|v| !v.is_empty()) {
        None | Some("in_force") => Against::InForce,
        Some("all") => Against::All,
        Some(other) => {
            return Err(AppError::BadRequest(format!(
                "`{}` is not a valid `against`; use in_force or all.",
                other.chars().take(20).collect::<String>()
            )));
        }
    };
    let region = region
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|r| crate::views::search::request::parse_value::<crate::data::model::Region>("region", r))
        .transpose()?;
    Ok(Options { against, region })
}

/// `POST /draft` (multipart: `toml` text or `file` upload, `against`, `region`).
pub async fn draft_post(
    State(s): State<AppState>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let mut multipart =
        multipart.map_err(|e| AppError::BadRequest(format!("The form could not be read: {}.", e.body_text())))?;
    let (mut text, mut upload, mut against, mut region) = (String::new(), String::new(), None, None);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(too_large_or_bad(&e.body_text()).into()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let value = field.text().await.map_err(|e| too_large_or_bad(&e.body_text()))?;
        match name.as_str() {
            "toml" => text = value,
            "file" => upload = value,
            "against" => against = Some(value),
            "region" => region = Some(value),
            _ => {}
        }
    }
    // An uploaded file wins over the text box.
    let source = if upload.trim().is_empty() { text } else { upload };
    let opts = options_from(against.as_deref(), region.as_deref())?;
    if source.len() > MAX_DRAFT_BYTES {
        return Err(AppError::TooLarge(format!(
            "The draft is {} bytes; the limit is {} KB.",
            source.len(),
            MAX_DRAFT_BYTES / 1024
        ))
        .into());
    }
    let (atlas, text) = (s.atlas.clone(), source.clone());
    let analysed = super::error::off_thread(move || {
        parse_draft("draft.toml", &text, &atlas).map(|(d, warnings)| draft::report(&atlas, &d, &warnings, &opts))
    })
    .await?;
    match analysed {
        Ok(report) => Ok(Html(draft_report_html(&report)?).into_response()),
        Err(diags) => {
            let body = draft_form(&s, source, diags.iter().map(ToString::to_string).collect())?;
            Ok((StatusCode::BAD_REQUEST, body).into_response())
        }
    }
}

fn too_large_or_bad(detail: &str) -> AppError {
    if detail.contains("length limit") || detail.contains("too large") {
        AppError::TooLarge(format!(
            "The draft is larger than the limit of {} KB.",
            MAX_DRAFT_BYTES / 1024
        ))
    } else {
        AppError::BadRequest(format!("The form could not be read: {detail}."))
    }
}

/// `POST /api/draft?against=&region=` with the TOML as the body.
pub async fn api_draft(
    State(s): State<AppState>,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(b) => b,
        Err(e) => {
            let status = e.status();
            let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
                format!("The draft is larger than the limit of {} KB.", MAX_DRAFT_BYTES / 1024)
            } else {
                format!("The body could not be read: {}.", e.body_text())
            };
            return (
                status,
                axum::Json(serde_json::json!({ "error": message, "status": status.as_u16() })),
            )
                .into_response();
        }
    };
    let pairs = match query_pairs(raw.as_deref()) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let opts = match options_from(get("against"), get("region")) {
        Ok(o) => o,
        Err(e) => return e.into_response(),
    };
    let Ok(text) = std::str::from_utf8(&body) else {
        return AppError::BadRequest("The draft is not UTF-8 text.".into()).into_response();
    };
    if body.len() > MAX_DRAFT_BYTES {
        return AppError::TooLarge(format!(
            "The draft is {} bytes; the limit is {} KB.",
            body.len(),
            MAX_DRAFT_BYTES / 1024
        ))
        .into_response();
    }
    let (atlas, text) = (s.atlas.clone(), text.to_owned());
    let analysed = super::error::off_thread(move || {
        parse_draft("draft.toml", &text, &atlas).map(|(d, warnings)| draft::report(&atlas, &d, &warnings, &opts))
    })
    .await;
    let analysed = match analysed {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    match analysed {
        Ok(report) => axum::Json(report).into_response(),
        Err(diags) => (
            StatusCode::BAD_REQUEST,
            axum::Json(serde_json::json!({
                "error": format!("The draft has {} problem(s); no report was made.", diags.len()),
                "status": 400,
                "diagnostics": diags,
            })),
        )
            .into_response(),
    }
}
