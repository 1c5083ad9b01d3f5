//! Reading a draft bill: the same format as a data file, parsed strictly
//! and validated like one, within limits on its size so that one request
//! cannot cost the server much.

use std::path::Path;

use super::diagnostic::{Diagnostic, KeyPath, Severity};
use super::{Atlas, parse_str};
use crate::data::model::Jurisdiction;

/// The largest draft accepted, in bytes.
pub const MAX_DRAFT_BYTES: usize = 256 * 1024;
/// Most provisions a draft may hold (a real bill has a handful).
pub const MAX_DRAFT_PROVISIONS: usize = 100;
/// Most penalty tiers a draft may hold, over all its provisions.
pub const MAX_DRAFT_TIERS: usize = 300;
/// Most diagnostics returned for one draft; the rest are counted.
pub const MAX_DRAFT_DIAGNOSTICS: usize = 50;

/// Reads and checks a draft. Errors come back as diagnostics with line and
/// column, the same messages `check` prints.
pub fn parse(name: &str, text: &str, atlas: &Atlas) -> Result<(Jurisdiction, Vec<Diagnostic>), Vec<Diagnostic>> {
    let path = Path::new(name);
    if text.len() > MAX_DRAFT_BYTES {
        return Err(vec![Diagnostic::whole_file(
            path,
            format!("the draft is {} bytes; the limit is {MAX_DRAFT_BYTES}", text.len()),
            "a draft holds one instrument; remove unrelated material",
        )]);
    }
    let (j, map) = parse_str::<Jurisdiction>(path, text).map_err(|d| vec![*d])?;
    let provisions = j.provisions().count();
    let tiers: usize = j.provisions().map(|(_, p)| p.penalties.len()).sum();
    if provisions > MAX_DRAFT_PROVISIONS || tiers > MAX_DRAFT_TIERS {
        return Err(vec![Diagnostic::whole_file(
            path,
            format!(
                "the draft has {provisions} provisions and {tiers} penalty tiers; the limits are {MAX_DRAFT_PROVISIONS} and {MAX_DRAFT_TIERS}"
            ),
            "a draft holds one bill; split it, or compare one part at a time",
        )]);
    }
    let mut diags = crate::data::load::validate::draft(&j, &map, &atlas.reference);
    if diags.len() > MAX_DRAFT_DIAGNOSTICS {
        let more = diags.len() - MAX_DRAFT_DIAGNOSTICS;
        let severity = if diags[MAX_DRAFT_DIAGNOSTICS..]
            .iter()
            .any(|d| d.severity == Severity::Error)
        {
            Severity::Error
        } else {
            Severity::Warning
        };
        diags.truncate(MAX_DRAFT_DIAGNOSTICS);
        let mut last = Diagnostic::whole_file(
            path,
            format!("… and {more} more problem(s) not shown"),
            "fix the ones above and check again",
        );
        last.severity = severity;
        diags.push(last);
    }
    if !j
        .instruments
        .iter()
        .any(|i| !i.status.is_law() && !i.provisions.is_empty())
    {
        diags.push(
            map.at(
                Severity::Error,
                &KeyPath::root().key("instruments"),
                "the draft has no proposed instrument with provisions".into(),
                Some(
                    "add an instrument with status = \"proposed\" (or \"pending\") and its [[instruments.provisions]]"
                        .into(),
                ),
            ),
        );
    }
    if diags.iter().any(|d| d.severity == Severity::Error) {
        Err(diags)
    } else {
        Ok((j, diags))
    }
}
