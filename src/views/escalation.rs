//! Escalation ladders: how the punishment of one act rises when it is
//! repeated, within one provision (a "second offence" tier) or across
//! provisions (an administrative offence that becomes a crime, France's
//! contravention that becomes a délit). Each ladder runs from the first
//! offence's penalty to the top one, with figures in days and US dollars so
//! that ladders of different laws can be set side by side.

use schemars::JsonSchema;
use serde::Serialize;

use crate::data::load::Atlas;
use crate::data::model::names::{label, repeat_escalation};
use crate::data::model::penalty::PenaltyTier;
use crate::data::model::{Jurisdiction, Liability, Provision, Status};
use crate::views::compare::thousands;
use crate::views::normalise::days_words;
use crate::views::refs::Ref;

/// One rung: a penalty tier with its normalised figures.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Rung {
    /// Where the rung is written.
    pub provision: Ref,
    /// The tier's label.
    pub label: String,
    /// Which offence it punishes (1 = first), when the law counts them.
    pub offence_number: Option<u8>,
    /// Liability of this rung.
    pub liability: Liability,
    /// Maximum imprisonment, days.
    pub prison_max_days: Option<f64>,
    /// Maximum arrest or administrative detention, days.
    pub arrest_max_days: Option<f64>,
    /// Maximum fine in US dollars, when it converts.
    pub fine_max_usd: Option<f64>,
}

impl Rung {
    /// Whether any of its sanctions has a known size.
    pub fn known(&self) -> bool {
        self.prison_max_days.is_some() || self.arrest_max_days.is_some() || self.fine_max_usd.is_some()
    }
}

impl Rung {
    /// The rung's heaviest figures in words, e.g. "prison up to 2 years, fine up to 4,057 USD".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = self.prison_max_days {
            parts.push(format!("prison up to {}", days_words(d)));
        }
        if let Some(d) = self.arrest_max_days {
            parts.push(format!("arrest up to {}", days_words(d)));
        }
        if let Some(f) = self.fine_max_usd {
            parts.push(format!("fine up to {} USD", thousands(f)));
        }
        if parts.is_empty() {
            "size not recorded or not convertible".into()
        } else {
            parts.join(", ")
        }
    }
}

impl Ladder {
    /// The ladder in one line: "Art. 434: arrest up to 10 days → (repeat) arrest up to 15 days".
    pub fn summary(&self) -> String {
        let window = self
            .window_days
            .map(|d| format!(" within {}", days_words(d)))
            .unwrap_or_default();
        let to = match &self.escalates_to {
            Some(r) => format!(
                "{} ({})",
                r.article,
                crate::data::model::names::label(&self.top.liability)
            ),
            None => "repeat".to_owned(),
        };
        format!(
            "{}: {} → {to}{window}: {}",
            self.provision.article,
            self.first.summary(),
            self.top.summary()
        )
    }
}

/// A ladder: the first rung and the top one, and how the law climbs.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Ladder {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// Its name.
    pub name: String,
    /// The provision that punishes the first act.
    pub provision: Ref,
    /// Its offence kind (file-format name).
    pub offence_kind: String,
    /// The first offence's penalty.
    pub first: Rung,
    /// The highest penalty a repeat can reach (the escalated-to provision's
    /// heaviest tier when the ladder crosses provisions).
    pub top: Rung,
    /// Whether the climb moves to another kind of liability.
    pub changes_liability: bool,
    /// The provision a repeat falls under, when it is another one.
    pub escalates_to: Option<Ref>,
    /// The period within which a repeat escalates, in days.
    pub window_days: Option<f64>,
    /// The condition, in the atlas's words.
    pub condition: Option<String>,
}

/// Every ladder of a jurisdiction's provisions in force, in file order.
pub fn ladders(atlas: &Atlas, j: &Jurisdiction) -> Vec<Ladder> {
    j.provisions()
        .filter(|(inst, p)| inst.status == Status::InForce && repeat_escalation(p))
        .filter_map(|(_, p)| ladder(atlas, j, p))
        .collect()
}

/// Every ladder in the atlas.
pub fn all(atlas: &Atlas) -> Vec<Ladder> {
    atlas.jurisdictions.iter().flat_map(|j| ladders(atlas, j)).collect()
}

/// A tier of provision `q` as a rung, its figures normalised.
pub fn rung(atlas: &Atlas, j: &Jurisdiction, q: &Provision, t: &PenaltyTier) -> Rung {
    let n = atlas.reference.normalise(t);
    Rung {
        provision: Ref::new(j, q),
        label: t.label.clone(),
        offence_number: t.offence_number,
        liability: t.liability.unwrap_or(q.liability),
        prison_max_days: n.imprisonment_max_days,
        arrest_max_days: n.arrest_max_days,
        fine_max_usd: n.fine_max_usd,
    }
}

fn ladder(atlas: &Atlas, j: &Jurisdiction, p: &Provision) -> Option<Ladder> {
    let rung = |q: &Provision, t: &PenaltyTier| rung(atlas, j, q, t);
    // The first offence: a base tier (no aggravating circumstance) for the first or any count.
    let first_tier = p
        .penalties
        .iter()
        .filter(|t| t.offence_number.is_none_or(|n| n <= 1))
        .find(|t| t.circumstances.is_empty())
        .or_else(|| p.penalties.first())?;
    let first = rung(p, first_tier);
    let target = p.escalation.as_ref().and_then(|e| j.provision(&e.to)).map(|(_, q)| q);
    let top = match target {
        Some(q) => q.penalties.iter().map(|t| rung(q, t)).max_by(heavier),
        // The latest count the law names; among its tiers the heaviest.
        None => p
            .penalties
            .iter()
            .filter(|t| t.offence_number.is_some_and(|n| n >= 2))
            .map(|t| rung(p, t))
            .max_by(|a, b| a.offence_number.cmp(&b.offence_number).then_with(|| heavier(a, b))),
    }
    .unwrap_or_else(|| first.clone());
    let e = p.escalation.as_ref();
    Some(Ladder {
        jurisdiction: j.code.clone(),
        name: j.name.clone(),
        provision: Ref::new(j, p),
        offence_kind: label(&p.offence_kind),
        changes_liability: top.liability != first.liability,
        first,
        top,
        escalates_to: target.map(|q| Ref::new(j, q)),
        window_days: e
            .and_then(|e| e.within.as_ref())
            .and_then(crate::data::load::reference::duration_days),
        condition: e.map(|e| e.condition.clone()),
    })
}

/// Orders rungs by their heaviest sanction: prison, then arrest, then fine.
pub fn heavier(a: &Rung, b: &Rung) -> std::cmp::Ordering {
    let key = |r: &Rung| {
        (
            r.prison_max_days.unwrap_or(0.0),
            r.arrest_max_days.unwrap_or(0.0),
            r.fine_max_usd.unwrap_or(0.0),
        )
    };
    key(a).partial_cmp(&key(b)).unwrap_or(std::cmp::Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Atlas {
        Atlas::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
            .into_result()
            .unwrap()
    }

    #[test]
    fn france_climbs_from_a_contravention_to_a_delit() {
        let atlas = bundled();
        let fr = atlas.jurisdiction("FR").unwrap();
        let l = ladders(&atlas, fr);
        let cross = l
            .iter()
            .find(|l| l.escalates_to.is_some())
            .expect("FR has a cross-provision ladder");
        assert!(cross.provision.article.contains("R625-8-3"), "{:?}", cross.provision);
        assert!(cross.escalates_to.as_ref().unwrap().article.contains("222-33-1-1"));
        assert_eq!(
            heavier(&cross.top, &cross.first),
            std::cmp::Ordering::Greater,
            "{cross:?}"
        );
        assert!(cross.top.fine_max_usd > cross.first.fine_max_usd, "{cross:?}");
    }

    #[test]
    fn every_ladder_climbs_or_changes_liability() {
        let atlas = bundled();
        let all = all(&atlas);
        assert!(all.len() >= 8, "{}", all.len());
        for l in all.iter().filter(|l| l.top.known()) {
            assert!(
                heavier(&l.top, &l.first) != std::cmp::Ordering::Less,
                "{} {}: top below first",
                l.jurisdiction,
                l.provision.article
            );
        }
    }
}
