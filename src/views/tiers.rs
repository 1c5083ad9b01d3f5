//! The strongest penalty of a jurisdiction's harassment law, per kind of
//! tier: the first offence, a repeat, an aggravated case. Drafters compare
//! these three separately (a law can fine a first offence and imprison a
//! repeat), so the compare table and a profile's "at a glance" block show
//! each with its figures in days and US dollars and the article it rests on.
//!
//! Only in-force provisions on sexual harassment proper count; related
//! offences are compared elsewhere.

use schemars::JsonSchema;
use serde::Serialize;

use crate::data::load::Atlas;
use crate::data::model::penalty::PenaltyTier;
use crate::data::model::{Jurisdiction, Status};
use crate::views::escalation::{self, Rung, heavier};

/// Which offences a tier punishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TierClass {
    /// A first (or any) offence without aggravating circumstances.
    First,
    /// A second or later offence.
    Repeat,
    /// A first offence with an aggravating circumstance (a minor victim,
    /// abuse of authority, a group…).
    Aggravated,
}

impl TierClass {
    /// The class of a tier.
    pub fn of(t: &PenaltyTier) -> TierClass {
        if t.offence_number.is_some_and(|n| n >= 2) {
            TierClass::Repeat
        } else if t.circumstances.is_empty() {
            TierClass::First
        } else {
            TierClass::Aggravated
        }
    }
}

/// The heaviest rung of each class; `None` where the law has no such tier.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Strongest {
    /// The heaviest first-offence penalty.
    pub first: Option<Rung>,
    /// The heaviest penalty for a repeat, including a repeat that the law
    /// punishes under another provision (an escalation ladder's top rung).
    pub repeat: Option<Rung>,
    /// The heaviest penalty for an aggravated first offence.
    pub aggravated: Option<Rung>,
}

impl Strongest {
    /// The rung of a class.
    pub fn get(&self, class: TierClass) -> Option<&Rung> {
        match class {
            TierClass::First => self.first.as_ref(),
            TierClass::Repeat => self.repeat.as_ref(),
            TierClass::Aggravated => self.aggravated.as_ref(),
        }
    }

    fn offer(&mut self, class: TierClass, r: Rung) {
        let slot = match class {
            TierClass::First => &mut self.first,
            TierClass::Repeat => &mut self.repeat,
            TierClass::Aggravated => &mut self.aggravated,
        };
        if slot
            .as_ref()
            .is_none_or(|c| heavier(&r, c) == std::cmp::Ordering::Greater)
        {
            *slot = Some(r);
        }
    }
}

/// The strongest penalties of a jurisdiction's in-force harassment provisions.
pub fn strongest(atlas: &Atlas, j: &Jurisdiction) -> Strongest {
    let mut s = Strongest::default();
    for (inst, p) in j.provisions() {
        if inst.status != Status::InForce || !p.offence_kind.is_harassment() {
            continue;
        }
        for t in &p.penalties {
            s.offer(TierClass::of(t), escalation::rung(atlas, j, p, t));
        }
    }
    // A repeat punished under another provision: the ladder's top rung.
    for l in escalation::ladders(atlas, j) {
        if l.escalates_to.is_some() && l.offence_kind == "sexual_harassment" {
            s.offer(TierClass::Repeat, l.top);
        }
    }
    s
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
    fn uzbekistan_repeat_is_heavier_than_the_first_offence() {
        let atlas = bundled();
        let s = strongest(&atlas, atlas.jurisdiction("UZ").unwrap());
        let (first, repeat) = (s.first.unwrap(), s.repeat.unwrap());
        assert_eq!(heavier(&repeat, &first), std::cmp::Ordering::Greater);
    }

    #[test]
    fn every_harassment_ladder_gives_a_repeat_penalty() {
        let atlas = bundled();
        let mut checked = 0;
        for j in &atlas.jurisdictions {
            let ladders = escalation::ladders(&atlas, j);
            if ladders
                .iter()
                .any(|l| l.offence_kind == "sexual_harassment" && l.top.known())
            {
                checked += 1;
                assert!(
                    strongest(&atlas, j).repeat.is_some(),
                    "{}: ladder but no repeat",
                    j.code
                );
            }
        }
        assert!(checked >= 5, "only {checked} jurisdictions with harassment ladders");
    }
}
