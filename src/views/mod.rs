//! Layer 2, the views: pure computations over a loaded [`Atlas`](crate::data::Atlas) —
//! penalties normalised to days and US dollars, per-jurisdiction summaries
//! and comparisons, coverage, draft analysis and full-text search. They
//! import only the data layer and return plain values for the presentation
//! layer to put into words.

pub mod cite;
pub mod compare;
pub mod coverage;
pub mod draft;
pub mod escalation;
pub mod normalise;
pub mod refs;
pub mod search;
pub mod tiers;
