//! The coverage report: for each jurisdiction, which parts of the model are
//! known, unknown or not applicable, how many sources back each instrument,
//! and how old the review is. `harassment-atlas coverage --out
//! data/COVERAGE.md` writes it; a test fails when the file is stale.
//!
//! Ages are computed as of a stated date (default: today) so the file is
//! reproducible: the test regenerates it as of the date in its header.

use std::fmt::Write;

use crate::data::load::Atlas;
use crate::data::load::validate::REVIEW_MAX_AGE_DAYS;
use crate::data::model::date::LegalDate;
use crate::data::model::{HarassmentLiability, Jurisdiction, Liability, Status};

/// The state of one part of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// Recorded.
    Yes,
    /// Partly recorded: `n` of `of`.
    Partly(usize, usize),
    /// Not recorded.
    Unknown,
    /// Does not apply.
    NotApplicable,
}

impl Known {
    fn of(n: usize, total: usize) -> Self {
        match (n, total) {
            (_, 0) => Known::NotApplicable,
            (0, _) => Known::Unknown,
            (n, t) if n == t => Known::Yes,
            (n, t) => Known::Partly(n, t),
        }
    }

    fn cell(self) -> String {
        match self {
            Known::Yes => "known".into(),
            Known::Partly(n, t) => format!("{n}/{t}"),
            Known::Unknown => "**unknown**".into(),
            Known::NotApplicable => "n/a".into(),
        }
    }
}

/// One jurisdiction's coverage.
#[derive(Debug, Clone)]
pub struct Row {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Strongest liability for harassment proper.
    pub liability: HarassmentLiability,
    /// Penalty ladders of in-force criminal/administrative provisions.
    pub ladders: Known,
    /// Prosecution type of those provisions.
    pub prosecution: Known,
    /// Reconciliation rule of those provisions.
    pub reconciliation: Known,
    /// Settings and conduct of all provisions.
    pub scope: Known,
    /// Employer duties.
    pub employer_duties: Known,
    /// ILO C190 status.
    pub c190: Known,
    /// Fines convertible to USD.
    pub fines_usd: Known,
    /// Proposals (non-law instruments).
    pub proposals: usize,
    /// Statistics.
    pub statistics: usize,
    /// Date of the last review.
    pub last_reviewed: LegalDate,
    /// Days since the last review, as of the report date.
    pub age_days: i64,
}

/// Computes a jurisdiction's coverage as of a date.
pub fn row(atlas: &Atlas, j: &Jurisdiction, as_of: &LegalDate) -> Row {
    let penal: Vec<_> = j
        .provisions()
        .filter(|(i, p)| {
            i.status == Status::InForce && matches!(p.liability, Liability::Criminal | Liability::Administrative)
        })
        .collect();
    let ladders = penal.iter().filter(|(_, p)| !p.penalties.is_empty()).count();
    let prosecution = penal
        .iter()
        .filter(|(_, p)| p.prosecution.as_ref().is_some_and(|x| x.kind.is_some()))
        .count();
    let reconciliation = penal
        .iter()
        .filter(|(_, p)| p.prosecution.as_ref().is_some_and(|x| x.reconciliation.is_some()))
        .count();
    let all: Vec<_> = j.provisions().collect();
    let scoped = all
        .iter()
        .filter(|(_, p)| !p.settings.is_empty() && !p.conduct.is_empty())
        .count();
    let fines: Vec<_> = all
        .iter()
        .flat_map(|(_, p)| &p.penalties)
        .filter_map(|t| t.fine.as_ref())
        .collect();
    let converted = fines
        .iter()
        .filter(|f| {
            atlas
                .reference
                .fine_local(f)
                .is_ok_and(|(cur, _, _)| atlas.reference.to_usd(1.0, &cur, atlas.reference.year_of(f)).is_ok())
        })
        .count();
    Row {
        code: j.code.clone(),
        name: j.name.clone(),
        liability: j.harassment_liability(),
        ladders: Known::of(ladders, penal.len()),
        prosecution: Known::of(prosecution, penal.len()),
        reconciliation: Known::of(reconciliation, penal.len()),
        scope: Known::of(scoped, all.len()),
        employer_duties: if j.employer_duties.is_some() {
            Known::Yes
        } else {
            Known::Unknown
        },
        c190: if j.commitments.ilo_c190.is_some() {
            Known::Yes
        } else {
            Known::Unknown
        },
        fines_usd: Known::of(converted, fines.len()),
        proposals: j
            .instruments
            .iter()
            .filter(|i| !i.status.is_law() && i.status != Status::Repealed)
            .count(),
        statistics: j.statistics.len(),
        last_reviewed: j.last_reviewed,
        age_days: j.last_reviewed.days_until(as_of),
    }
}

/// The report in Markdown.
pub fn markdown(atlas: &Atlas, as_of: &LegalDate) -> String {
    let mut out = String::new();
    let c = atlas.counts();
    let _ = writeln!(out, "# Data coverage\n");
    let _ = writeln!(
        out,
        "Generated by `harassment-atlas coverage --out data/COVERAGE.md` as of {as_of}; do not edit by hand \
         (a test fails when it is stale).\n"
    );
    let _ = writeln!(
        out,
        "{} jurisdictions, {} instruments, {} provisions, {} sources.\n",
        c.jurisdictions, c.instruments, c.provisions, c.sources
    );
    let _ = writeln!(
        out,
        "Columns count in-force criminal and administrative provisions for ladders, prosecution and \
         reconciliation; all provisions for scope (settings and conduct both recorded); all fines for USD. \
         `known` = every one recorded, `n/m` = n of m, **unknown** = none recorded, `n/a` = nothing to record. \
         A review older than {} days is marked stale.\n",
        REVIEW_MAX_AGE_DAYS
    );
    let _ = writeln!(
        out,
        "| Code | Jurisdiction | Harassment liability | Ladders | Prosecution | Reconciliation | Scope | Employer duties | ILO C190 | Fines in USD | Proposals | Statistics | Last reviewed | Age (days) |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let rows: Vec<Row> = atlas.jurisdictions.iter().map(|j| row(atlas, j, as_of)).collect();
    for r in &rows {
        let stale = if r.age_days > REVIEW_MAX_AGE_DAYS {
            " (stale)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {}{stale} |",
            r.code,
            r.name,
            crate::data::model::names::label(&r.liability).replace('_', " "),
            r.ladders.cell(),
            r.prosecution.cell(),
            r.reconciliation.cell(),
            r.scope.cell(),
            r.employer_duties.cell(),
            r.c190.cell(),
            r.fines_usd.cell(),
            r.proposals,
            r.statistics,
            r.last_reviewed,
            r.age_days,
        );
    }
    let _ = writeln!(out, "\n## Sources per instrument\n");
    for j in &atlas.jurisdictions {
        let _ = writeln!(out, "### {} {}\n", j.code, j.name);
        for i in &j.instruments {
            let official = i
                .sources
                .iter()
                .filter_map(|id| j.source(id))
                .filter(|s| s.kind == crate::data::model::SourceKind::Official)
                .count();
            let _ = writeln!(
                out,
                "- `{}` {} ({}): {} source(s), {} official",
                i.id,
                i.title,
                crate::data::model::names::label(&i.status).replace('_', " "),
                i.sources.len(),
                official
            );
        }
        let _ = writeln!(out);
    }
    out
}

/// Reads the "as of" date from a report's header.
pub fn as_of_in(report: &str) -> Option<LegalDate> {
    let rest = report.split(" as of ").nth(1)?;
    LegalDate::parse(rest.split(';').next()?).ok()
}
