//! The facts of a law, one per dimension and value, and the units a draft is
//! compared with (one jurisdiction's laws in force, or also its proposals).

use std::collections::BTreeMap;

use crate::data::load::Atlas;
use crate::data::model::names::label;
use crate::data::model::{Instrument, Jurisdiction, Provision, Status};
use crate::views::compare::{Ref, provision_href};

use super::{Against, ENDS, Features, NOT_ENDS, Options, RISES, SAME};

/// The provisions a draft proposes.
pub(super) fn draft_provisions(j: &Jurisdiction) -> Vec<(&Instrument, &Provision)> {
    j.provisions().filter(|(i, _)| !i.status.is_law()).collect()
}

pub(super) fn add(f: &mut Features, dim: &'static str, value: String) {
    f.entry(dim).or_default().insert(value);
}

/// The facts of a set of provisions of one jurisdiction, with the first
/// provision that has each value (for citing).
pub(super) fn features(
    j: &Jurisdiction,
    provisions: &[(&Instrument, &Provision)],
) -> (Features, BTreeMap<(&'static str, String), Ref>) {
    let mut f = Features::new();
    let mut refs = BTreeMap::new();
    let mut note = |f: &mut Features, dim: &'static str, value: String, p: &Provision| {
        refs.entry((dim, value.clone())).or_insert_with(|| Ref {
            article: p.article.clone(),
            title: p.title.clone(),
            href: provision_href(j, p),
        });
        add(f, dim, value);
    };
    let mut escalates = false;
    for (_, p) in provisions {
        for c in &p.conduct {
            note(&mut f, "conduct", label(c), p);
        }
        for s in &p.settings {
            note(&mut f, "settings", label(s), p);
        }
        for x in &p.protected {
            note(&mut f, "protected", label(x), p);
        }
        if let Some(b) = p.definition_basis {
            note(&mut f, "definition", label(&b), p);
        }
        note(&mut f, "liability", label(&p.liability), p);
        for t in &p.penalties {
            if let Some(l) = t.liability {
                note(&mut f, "liability", label(&l), p);
            }
        }
        if crate::data::model::names::repeat_escalation(p) {
            escalates = true;
            note(&mut f, "escalation", RISES.into(), p);
        }
        if let Some(pr) = &p.prosecution {
            // "Not stated" is not a rule a draft can be compared on.
            if let Some(k) = pr.kind.filter(|k| k.is_stated()) {
                note(&mut f, "prosecution", label(&k), p);
            }
            if let Some(ends) = pr.reconciliation.and_then(crate::data::model::Settlement::allowed) {
                note(&mut f, "reconciliation", if ends { ENDS } else { NOT_ENDS }.into(), p);
            }
        }
        if !p.penalties.is_empty() {
            note(&mut f, "sanctions", "yes".into(), p);
        }
    }
    // "anyone" and "anywhere" include every narrower value, so a law that
    // protects anyone also counts as protecting employees, and so on.
    if f.get("protected").is_some_and(|v| v.contains("anyone")) {
        for p in crate::views::search::request::allowed_values::<crate::data::model::Protected>() {
            add(&mut f, "protected", p);
        }
    }
    if f.get("settings").is_some_and(|v| v.contains("anywhere")) {
        for s in crate::views::search::request::allowed_values::<crate::data::model::Setting>() {
            add(&mut f, "settings", s);
        }
    }
    if !escalates && !provisions.is_empty() {
        add(&mut f, "escalation", SAME.into());
    }
    if let Some(e) = &j.employer_duties {
        for (flag, name) in [
            (e.prevention_policy, "prevention_policy"),
            (e.training, "training"),
            (e.complaint_procedure, "complaint_procedure"),
        ] {
            if flag == Some(true) {
                add(&mut f, "employer_duties", name.into());
            }
        }
        if e.investigation_deadline.is_some() {
            add(&mut f, "employer_duties", "investigation_deadline".into());
        }
    }
    if !j.evidence.is_empty() {
        add(&mut f, "evidence", "rules recorded".into());
    }
    for r in &j.remedies {
        add(&mut f, "remedies", label(&r.kind));
    }
    (f, refs)
}

/// A law the draft is compared with: one jurisdiction's harassment provisions.
pub(super) struct Unit<'a> {
    pub(super) j: &'a Jurisdiction,
    pub(super) features: Features,
    pub(super) refs: BTreeMap<(&'static str, String), Ref>,
    pub(super) provisions: Vec<(&'a Instrument, &'a Provision)>,
}

pub(super) fn units<'a>(atlas: &'a Atlas, opts: &Options) -> Vec<Unit<'a>> {
    atlas
        .jurisdictions
        .iter()
        .filter(|j| opts.region.is_none_or(|r| j.region == r))
        .filter_map(|j| {
            let provisions: Vec<_> = j
                .provisions()
                .filter(|(i, p)| {
                    p.offence_kind.is_harassment()
                        && match opts.against {
                            Against::InForce => i.status == Status::InForce,
                            Against::All => i.status != Status::Repealed && i.status != Status::Rejected,
                        }
                })
                .collect();
            if provisions.is_empty() {
                return None;
            }
            let (features, refs) = features(j, &provisions);
            Some(Unit {
                j,
                features,
                refs,
                provisions,
            })
        })
        .collect()
}
