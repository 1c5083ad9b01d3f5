//! A search request: free text plus filters, ranges, sort and page, as the
//! CLI and the API receive them, checked before anything touches the index.
//! Every rejection is a [`SearchError`] with a sentence a user can act on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::params::SearchParams;
use crate::data::model::{Conduct, InstrumentKind, Liability, OffenceKind, ProsecutionKind, Region, Setting, Status};

/// The longest query text accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Deepest nesting of parentheses a query may have. Query parsing backtracks,
/// and its cost doubles with each unclosed or nested `(`; real queries nest
/// one or two levels.
pub const MAX_NESTING: usize = 4;
/// Most words and operators a query may have.
pub const MAX_CLAUSES: usize = 48;
/// The most values accepted in one filter.
pub const MAX_FILTER_VALUES: usize = 20;
/// Jurisdictions per page.
pub const PER_PAGE: usize = 10;
/// Hits shown per jurisdiction; the rest are counted in `more`.
pub const HITS_PER_GROUP: usize = 5;
/// The largest page number accepted.
pub const MAX_PAGE: usize = 1000;
/// The largest number accepted in a range (days or US dollars).
pub const MAX_RANGE: f64 = 1e12;

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SearchError {
    /// The query text is too long.
    #[error("The query is {0} characters long; the limit is {MAX_QUERY_CHARS}.")]
    TooLong(usize),
    /// The query is too complex to parse within a bounded time.
    #[error("{0}")]
    TooComplex(String),
    /// The query text does not parse.
    #[error("The query could not be read: {0}.")]
    Syntax(String),
    /// A filter value is not one of the allowed ones.
    #[error("`{value}` is not a valid {filter}; use one of: {allowed}.")]
    BadValue {
        /// The filter name.
        filter: &'static str,
        /// The value given.
        value: String,
        /// The allowed values, comma-separated.
        allowed: String,
    },
    /// A range is impossible.
    #[error("The range for {0} is impossible: {1}.")]
    BadRange(&'static str, String),
    /// Too many values or a page out of bounds.
    #[error("{0}")]
    Limit(String),
    /// The index failed (a bug, not the request's fault).
    #[error("the search index failed: {0}")]
    Engine(String),
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Longest maximum imprisonment first.
    Prison,
    /// Longest maximum arrest first.
    Arrest,
    /// Highest maximum fine (USD) first.
    Fine,
    /// Most recent year in force first.
    Date,
}

/// Filters: within one filter values are alternatives (OR); filters combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Filters {
    /// Liability kinds.
    pub liability: Vec<Liability>,
    /// Prosecution types.
    pub prosecution: Vec<ProsecutionKind>,
    /// Settings covered.
    pub setting: Vec<Setting>,
    /// Conduct covered.
    pub conduct: Vec<Conduct>,
    /// UN M49 regions.
    pub region: Vec<Region>,
    /// Instrument status.
    pub status: Vec<Status>,
    /// Offence kind (harassment proper or a related one).
    pub offence_kind: Vec<OffenceKind>,
    /// Instrument kind.
    pub instrument_kind: Vec<InstrumentKind>,
    /// Jurisdiction codes, upper case.
    pub jurisdiction: Vec<String>,
    /// Whether the ladder escalates on repeat.
    pub repeat_escalation: Option<bool>,
}

/// Inclusive numeric ranges on the normalised penalty figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Ranges {
    /// Maximum imprisonment at least this many days.
    pub min_prison_days: Option<f64>,
    /// Maximum imprisonment at most this many days.
    pub max_prison_days: Option<f64>,
    /// Maximum arrest at least this many days.
    pub min_arrest_days: Option<f64>,
    /// Maximum arrest at most this many days.
    pub max_arrest_days: Option<f64>,
    /// Maximum fine at least this many US dollars.
    pub min_fine_usd: Option<f64>,
    /// Maximum fine at most this many US dollars.
    pub max_fine_usd: Option<f64>,
    /// In force from this year or later.
    pub year_from: Option<i64>,
    /// In force up to this year.
    pub year_to: Option<i64>,
}

/// A whole request, validated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct SearchRequest {
    /// Free text; empty means every document.
    pub q: String,
    /// Filters.
    pub filters: Filters,
    /// Ranges.
    pub ranges: Ranges,
    /// Order.
    pub sort: Sort,
    /// 1-based page of jurisdictions.
    pub page: usize,
}

/// Parses one enum value from its snake_case name.
pub fn parse_value<T: for<'de> Deserialize<'de> + JsonSchema>(
    filter: &'static str,
    raw: &str,
) -> Result<T, SearchError> {
    serde_json::from_value(Value::String(raw.trim().to_owned())).map_err(|_| SearchError::BadValue {
        filter,
        value: raw.chars().take(60).collect(),
        allowed: allowed_values::<T>().join(", "),
    })
}

/// The snake_case names of an enum's values, read from its JSON Schema.
pub fn allowed_values<T: JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    let mut out = Vec::new();
    if let Some(list) = schema.get("enum").and_then(Value::as_array) {
        out.extend(list.iter().filter_map(Value::as_str).map(str::to_owned));
    }
    if let Some(list) = schema.get("oneOf").and_then(Value::as_array) {
        for v in list {
            if let Some(c) = v.get("const").and_then(Value::as_str) {
                out.push(c.to_owned());
            }
            if let Some(e) = v.get("enum").and_then(Value::as_array) {
                out.extend(e.iter().filter_map(Value::as_str).map(str::to_owned));
            }
        }
    }
    out
}

/// Parses a list of comma-separated values (several occurrences allowed).
pub fn parse_list<T: for<'de> Deserialize<'de> + JsonSchema>(
    filter: &'static str,
    raw: &[String],
) -> Result<Vec<T>, SearchError> {
    let values: Vec<&str> = raw
        .iter()
        .flat_map(|r| r.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if values.len() > MAX_FILTER_VALUES {
        return Err(SearchError::Limit(format!(
            "Too many values for {filter} ({}); the limit is {MAX_FILTER_VALUES}.",
            values.len()
        )));
    }
    values.into_iter().map(|v| parse_value(filter, v)).collect()
}

/// Parses a number for a range.
pub fn parse_number(name: &'static str, raw: &str) -> Result<f64, SearchError> {
    let v: f64 = raw.trim().parse().map_err(|_| {
        SearchError::BadRange(
            name,
            format!("`{}` is not a number", raw.chars().take(40).collect::<String>()),
        )
    })?;
    if !v.is_finite() || !(0.0..=MAX_RANGE).contains(&v) {
        return Err(SearchError::BadRange(name, format!("{v} is outside 0 to {MAX_RANGE}")));
    }
    Ok(v)
}

/// Bounds a query's shape before it reaches the parser, so that no query
/// can make parsing slow: parentheses must balance and nest at most
/// [`MAX_NESTING`] deep, and the query has at most [`MAX_CLAUSES`] words
/// and operators. Quoted phrases count as written.
pub fn check_complexity(q: &str) -> Result<(), SearchError> {
    let (mut depth, mut deepest, mut in_quote) = (0usize, 0usize, false);
    for c in q.chars() {
        match c {
            '"' => in_quote = !in_quote,
            '(' if !in_quote => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !in_quote => {
                if depth == 0 {
                    return Err(SearchError::TooComplex(
                        "The query has a `)` without a matching `(`; remove it or add the `(`.".into(),
                    ));
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    if depth > 0 {
        return Err(SearchError::TooComplex(format!(
            "The query has {depth} unclosed `(`; close each group with `)` or remove the `(`."
        )));
    }
    if deepest > MAX_NESTING {
        return Err(SearchError::TooComplex(format!(
            "The query nests parentheses {deepest} deep; the limit is {MAX_NESTING}."
        )));
    }
    let clauses = q
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .count();
    if clauses > MAX_CLAUSES {
        return Err(SearchError::TooComplex(format!(
            "The query has {clauses} words and operators; the limit is {MAX_CLAUSES}. Search for fewer words at a time."
        )));
    }
    Ok(())
}

impl SearchRequest {
    /// Checks the request as a whole.
    pub fn validate(&self) -> Result<(), SearchError> {
        let n = self.q.chars().count();
        if n > MAX_QUERY_CHARS {
            return Err(SearchError::TooLong(n));
        }
        check_complexity(&self.q)?;
        if self.page == 0 || self.page > MAX_PAGE {
            return Err(SearchError::Limit(format!(
                "The page must be between 1 and {MAX_PAGE}."
            )));
        }
        let r = &self.ranges;
        for (name, lo, hi) in [
            ("imprisonment (days)", r.min_prison_days, r.max_prison_days),
            ("arrest (days)", r.min_arrest_days, r.max_arrest_days),
            ("fine (USD)", r.min_fine_usd, r.max_fine_usd),
        ] {
            if let (Some(lo), Some(hi)) = (lo, hi)
                && lo > hi
            {
                return Err(SearchError::BadRange(
                    name,
                    format!("the minimum {lo} is above the maximum {hi}"),
                ));
            }
        }
        if let (Some(a), Some(b)) = (r.year_from, r.year_to)
            && a > b
        {
            return Err(SearchError::BadRange("year in force", format!("{a} is after {b}")));
        }
        for (name, y) in [("year in force", r.year_from), ("year in force", r.year_to)] {
            if let Some(y) = y
                && !(1800..=2200).contains(&y)
            {
                return Err(SearchError::BadRange(name, format!("{y} is outside 1800 to 2200")));
            }
        }
        Ok(())
    }
}

impl SearchRequest {
    /// Builds a request from `name=value` pairs, as in a query string, by way
    /// of [`SearchParams`], so the CLI and the API always agree.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Self, SearchError> {
        SearchParams::from_pairs(pairs)?.request()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_allowed_values_from_the_schema() {
        assert_eq!(
            allowed_values::<Liability>(),
            ["criminal", "administrative", "civil", "labour"]
        );
        assert_eq!(
            allowed_values::<Region>(),
            ["Africa", "Americas", "Asia", "Europe", "Oceania"]
        );
    }

    #[test]
    fn rejects_unknown_values_with_the_list() {
        let e = parse_list::<Liability>("liability", &["criminal,penal".into()]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "`penal` is not a valid liability; use one of: criminal, administrative, civil, labour."
        );
    }

    #[test]
    fn rejects_absurd_ranges() {
        assert!(parse_number("min_prison_days", "-3").is_err());
        assert!(parse_number("min_prison_days", "NaN").is_err());
        assert!(parse_number("min_prison_days", "1e400").is_err());
        let mut r = SearchRequest {
            page: 1,
            ..Default::default()
        };
        r.ranges.min_fine_usd = Some(10.0);
        r.ranges.max_fine_usd = Some(5.0);
        assert!(matches!(r.validate(), Err(SearchError::BadRange(..))));
        let long = SearchRequest {
            q: "x".repeat(10_000),
            page: 1,
            ..Default::default()
        };
        assert_eq!(long.validate(), Err(SearchError::TooLong(10_000)));
    }
}
