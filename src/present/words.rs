//! Words for values: penalties, terms, fines and enum names as a person
//! reads them. The one place the presentation layer turns data into prose,
//! so that the site, the CLI and (later) translations say things one way.

use crate::data::model::names::{label, num};
use crate::data::model::penalty::{Combine, FineRange, PenaltyTier, TermRange, TimeUnit};
use crate::views::compare;
use crate::views::normalise::NormalisedTier;

/// Enum values as words, joined with commas: `["verbal", "non_verbal"]` → "verbal, non verbal".
pub fn words<T: serde::Serialize>(v: &[T]) -> String {
    v.iter()
        .map(|x| label(x).replace('_', " "))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn unit_word(u: TimeUnit, n: f64) -> &'static str {
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

pub fn fine_words(f: &FineRange) -> String {
    match (f.min, f.max) {
        (Some(a), Some(b)) if a == b => format!("{} {}", num(Some(a)), f.unit),
        (Some(a), Some(b)) => format!("{} to {} {}", num(Some(a)), num(Some(b)), f.unit),
        (None, Some(b)) => format!("up to {} {}", num(Some(b)), f.unit),
        (Some(a), None) => format!("at least {} {}", num(Some(a)), f.unit),
        (None, None) => format!("amount not stated ({})", f.unit),
    }
}

pub fn sanctions(t: &PenaltyTier) -> String {
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

/// "1st", "22nd", "113th"; with `or_later`, "2nd and later".
pub fn ordinal(n: u8, or_later: bool) -> String {
    let suffix = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    if or_later {
        format!("{n}{suffix} and later")
    } else {
        format!("{n}{suffix}")
    }
}

/// A normalised fine in local currency: "5,000–10,000 KZT", "≤ 738,400 KZT", or "—".
pub fn fine_local_text(n: &NormalisedTier) -> String {
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
pub fn fine_usd_text(n: &NormalisedTier) -> String {
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

/// A data licence's display name and its deed, from its SPDX id (the
/// atlas's `data_licence`); an id without a known deed is shown as written.
pub fn licence(spdx: &str) -> (String, Option<&'static str>) {
    match spdx {
        "CC-BY-4.0" => ("CC BY 4.0".into(), Some("https://creativecommons.org/licenses/by/4.0/")),
        "CC-BY-SA-4.0" => (
            "CC BY-SA 4.0".into(),
            Some("https://creativecommons.org/licenses/by-sa/4.0/"),
        ),
        "CC0-1.0" => (
            "CC0 1.0".into(),
            Some("https://creativecommons.org/publicdomain/zero/1.0/"),
        ),
        "ODbL-1.0" => (
            "ODbL-1.0".into(),
            Some("https://opendatacommons.org/licenses/odbl/1-0/"),
        ),
        other => (other.to_owned(), None),
    }
}

/// A message as HTML: escaped, with `backticked` names as `<code>`, so
/// error messages written for the terminal read well on a page.
pub fn message_html(msg: &str) -> String {
    let escaped = crate::views::search::escape_html(msg);
    let parts: Vec<&str> = escaped.split('`').collect();
    let last = parts.len() - 1;
    let mut out = String::with_capacity(escaped.len() + 16);
    for (i, part) in parts.iter().enumerate() {
        match (i % 2 == 1, i < last) {
            (true, true) => {
                out.push_str("<code>");
                out.push_str(part);
                out.push_str("</code>");
            }
            // An unpaired backtick stays as written.
            (true, false) => {
                out.push('`');
                out.push_str(part);
            }
            (false, _) => out.push_str(part),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn messages_show_backticked_names_as_code() {
        assert_eq!(
            super::message_html("`penal` is not a valid <liability>"),
            "<code>penal</code> is not a valid &lt;liability&gt;"
        );
        assert_eq!(super::message_html("a ` alone"), "a ` alone");
        assert_eq!(
            super::message_html("use `q` or `j`"),
            "use <code>q</code> or <code>j</code>"
        );
    }

    use super::*;
    use crate::data::model::Conduct;

    fn term(min: Option<f64>, max: Option<f64>, unit: TimeUnit) -> TermRange {
        TermRange { min, max, unit }
    }

    #[test]
    fn ordinals_are_english() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112]
            .map(|n| ordinal(n, false))
            .to_vec();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th"
            ]
        );
        assert_eq!(ordinal(2, true), "2nd and later");
    }

    #[test]
    fn terms_say_their_bounds_and_agree_in_number() {
        assert_eq!(term_words(&term(None, Some(2.0), TimeUnit::Years)), "up to 2 years");
        assert_eq!(term_words(&term(None, Some(1.0), TimeUnit::Years)), "up to 1 year");
        assert_eq!(
            term_words(&term(Some(6.0), Some(24.0), TimeUnit::Months)),
            "6 to 24 months"
        );
        assert_eq!(term_words(&term(Some(1.0), None, TimeUnit::Weeks)), "at least 1 week");
        assert_eq!(term_words(&term(Some(15.0), Some(15.0), TimeUnit::Days)), "15 days");
        assert_eq!(term_words(&term(None, None, TimeUnit::Hours)), "length not stated");
    }

    #[test]
    fn value_lists_read_as_words() {
        assert_eq!(words(&[Conduct::Verbal, Conduct::NonVerbal]), "verbal, non verbal");
        assert_eq!(words::<Conduct>(&[]), "");
    }

    #[test]
    fn licences_by_spdx_id() {
        assert_eq!(licence("CC-BY-4.0").0, "CC BY 4.0");
        assert_eq!(
            licence("CC-BY-4.0").1,
            Some("https://creativecommons.org/licenses/by/4.0/")
        );
        assert_eq!(licence("Custom-1"), ("Custom-1".to_owned(), None));
    }
}
