//! The draft report as Markdown (the CLI's default output).

use crate::data::model::names::label;
use std::fmt::Write;

use super::{Against, Example, Report};

/// Examples as "KZ Art. 1; PH Sec. 11(a)".
fn examples_text(examples: &[Example]) -> String {
    examples
        .iter()
        .map(|e| format!("{} {}", e.code, e.article))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The report as Markdown, for print or a file.
pub fn markdown(r: &Report) -> String {
    let mut s = String::new();
    for section in [header, coverage, penalties, gaps, nearest, standards, warnings] {
        section(&mut s, r);
    }
    s
}

/// The title, the instruments and what the draft is compared with.
fn header(s: &mut String, r: &Report) {
    let _ = writeln!(s, "# Draft analysis: {} ({})\n", r.name, r.code);
    for i in &r.instruments {
        let _ = writeln!(s, "- {i}");
    }
    let _ = writeln!(
        s,
        "\nCompared with {} law(s) ({}{}).\n",
        r.comparable_laws,
        match r.options.against {
            Against::InForce => "in force",
            Against::All => "in force and proposed",
        },
        r.options.region.map(|x| format!(", {}", label(&x))).unwrap_or_default()
    );
}

/// Section 1: what the draft covers, against the share of laws that do.
fn coverage(s: &mut String, r: &Report) {
    let _ = writeln!(
        s,
        "## 1. Coverage\n\n| Dimension | Value | Draft | Laws that do it | Examples |\n|---|---|---|---|---|"
    );
    for c in &r.coverage {
        let ex = examples_text(&c.examples);
        let share = c
            .share
            .map_or_else(|| "—".to_owned(), |v| format!("{v}% ({} of {})", c.count, c.known));
        let _ = writeln!(
            s,
            "| {} | {} | {} | {share} | {ex} |",
            c.label,
            c.value.replace('_', " "),
            c.draft
        );
    }
}

/// Section 2: each provision's tiers, with percentiles and nearest figures.
fn penalties(s: &mut String, r: &Report) {
    let num = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), crate::views::compare::thousands);
    let _ = writeln!(s, "\n## 2. Penalties\n\n{}\n", r.percentile_method);
    for p in &r.penalties {
        let _ = writeln!(
            s,
            "### {} ({})\n\n| Tier | Prison (days) | Arrest (days) | Fine (local) | Fine (USD) |\n|---|---|---|---|---|",
            p.article, p.liability
        );
        for t in &p.tiers {
            let n = &t.normalised;
            let local = n
                .fine_max_local
                .map(|v| {
                    format!(
                        "≤ {} {}",
                        crate::views::compare::thousands(v),
                        n.fine_currency.clone().unwrap_or_default()
                    )
                })
                .unwrap_or_else(|| "—".into());
            let _ = writeln!(
                s,
                "| {} | {} | {} | {local} | {} |",
                t.label,
                num(n.imprisonment_max_days),
                num(n.arrest_max_days),
                num(n.fine_max_usd)
            );
        }
        for m in &p.metrics {
            if let Some(x) = m.draft {
                let near = m
                    .nearest
                    .iter()
                    .map(|(e, v)| format!("{} {} ({})", e.code, e.article, crate::views::compare::thousands(*v)))
                    .collect::<Vec<_>>()
                    .join("; ");
                let _ = writeln!(
                    s,
                    "\n- {}: {} {} — percentile {} among {} comparable provisions. Nearest: {near}.",
                    m.name,
                    crate::views::compare::thousands(x),
                    m.unit,
                    m.percentile.map_or_else(|| "—".into(), |p| p.to_string()),
                    m.comparable
                );
            }
        }
        let _ = writeln!(s, "\n{}\n", p.multiples_note);
    }
}

/// Section 3: what most comparable laws do and the draft does not.
fn gaps(s: &mut String, r: &Report) {
    let _ = writeln!(s, "## 3. Gaps\n");
    if r.gaps.is_empty() {
        let _ = writeln!(
            s,
            "None: the draft does everything that at least half of the comparable laws do."
        );
    }
    for g in &r.gaps {
        let ex = examples_text(&g.examples);
        let _ = writeln!(
            s,
            "- {}: {} — {}% of comparable laws (draft: {}). E.g. {ex}.",
            g.label,
            g.value.replace('_', " "),
            g.share,
            g.draft
        );
    }
}

/// Section 4: the most similar laws.
fn nearest(s: &mut String, r: &Report) {
    let _ = writeln!(s, "\n## 4. Nearest laws\n\n{}\n", r.similarity_method);
    for n in &r.nearest {
        let arts = n
            .provisions
            .iter()
            .map(|e| e.article.clone())
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            s,
            "- {} ({}): similarity {} — agree on {}; {} fact(s) differ. Articles: {arts}.",
            n.name,
            n.code,
            n.similarity,
            n.agree.join(", "),
            n.differ
        );
    }
}

/// Section 5: the international standards, requirement by requirement.
fn standards(s: &mut String, r: &Report) {
    let _ = writeln!(s, "\n## 5. International standards\n");
    for a in &r.standards {
        let v = if a.verified { "" } else { " (article not verified)" };
        let outcome = label(&a.outcome).replace('_', " ");
        let _ = writeln!(
            s,
            "- **{outcome}** — {}, {}{v}: {}. Met: {}. Missing: {}.",
            a.standard,
            a.article,
            a.title,
            if a.met.is_empty() {
                "—".into()
            } else {
                a.met.join("; ")
            },
            if a.missing.is_empty() {
                "—".into()
            } else {
                a.missing.join("; ")
            }
        );
    }
}

/// The checker's warnings on the draft, if any.
fn warnings(s: &mut String, r: &Report) {
    if !r.warnings.is_empty() {
        let _ = writeln!(s, "\n## Warnings from checking the draft\n");
        for w in &r.warnings {
            let _ = writeln!(s, "- {}", w.replace('\n', " "));
        }
    }
}
