//! The search parameters as a user writes them: one type for the CLI's
//! options (`clap::Args`), the API's query string (`Deserialize`) and the
//! OpenAPI document (its JSON Schema, whose descriptions are these doc
//! comments). Values stay text here; [`SearchParams::request`] checks them
//! and builds the [`SearchRequest`] the index runs, so every entry point
//! refuses the same input with the same sentence.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::request::{
    MAX_FILTER_VALUES, MAX_PAGE, MAX_QUERY_CHARS, SearchError, SearchRequest, parse_list, parse_number, parse_value,
};
use crate::data::model::codes::is_jurisdiction_code;

/// Search parameters, as text. Within one list values are alternatives (OR;
/// comma-separate them or repeat the parameter); parameters combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, clap::Args)]
#[serde(default, deny_unknown_fields)]
pub struct SearchParams {
    /// Free text: words, "phrases", +must, -not, title:word. Empty: everything.
    #[arg(default_value = "", value_name = "QUERY")]
    #[schemars(length(max = MAX_QUERY_CHARS))]
    pub q: String,
    /// Liability: criminal, administrative, civil, labour.
    #[arg(long)]
    pub liability: Vec<String>,
    /// Who prosecutes: public, complaint, private, not_stated.
    #[arg(long)]
    pub prosecution: Vec<String>,
    /// Settings covered: workplace, education, public_space, public_transport, online, …
    #[arg(long)]
    pub setting: Vec<String>,
    /// Conduct covered: verbal, physical, quid_pro_quo, street, online, …
    #[arg(long)]
    pub conduct: Vec<String>,
    /// UN M49 regions: Africa, Americas, Asia, Europe, Oceania.
    #[arg(long)]
    pub region: Vec<String>,
    /// Instrument status: in_force, adopted, pending, proposed, rejected, repealed.
    #[arg(long)]
    pub status: Vec<String>,
    /// Offence kind: sexual_harassment, stalking, hooliganism, …
    #[arg(long)]
    pub offence_kind: Vec<String>,
    /// Instrument kind: criminal_code, administrative_code, labour_code, …
    #[arg(long)]
    pub instrument_kind: Vec<String>,
    /// Jurisdiction codes (ISO 3166), e.g. KZ,RU.
    #[arg(long)]
    pub jurisdiction: Vec<String>,
    /// true: only penalty ladders that rise on a repeat offence; false: only those that do not.
    #[arg(long)]
    pub repeat_escalation: Option<String>,
    /// Maximum imprisonment at least this many days.
    #[arg(long, value_name = "N")]
    pub min_prison_days: Option<String>,
    /// Maximum imprisonment at most this many days.
    #[arg(long, value_name = "N")]
    pub max_prison_days: Option<String>,
    /// Maximum arrest at least this many days.
    #[arg(long, value_name = "N")]
    pub min_arrest_days: Option<String>,
    /// Maximum arrest at most this many days.
    #[arg(long, value_name = "N")]
    pub max_arrest_days: Option<String>,
    /// Maximum fine at least this many US dollars.
    #[arg(long, value_name = "N")]
    pub min_fine_usd: Option<String>,
    /// Maximum fine at most this many US dollars.
    #[arg(long, value_name = "N")]
    pub max_fine_usd: Option<String>,
    /// In force from this year or later.
    #[arg(long, value_name = "YEAR")]
    pub year_from: Option<String>,
    /// In force up to this year.
    #[arg(long, value_name = "YEAR")]
    pub year_to: Option<String>,
    /// Order: relevance, prison, arrest, fine, date.
    #[arg(long)]
    pub sort: Option<String>,
    /// Page of jurisdictions, from 1 (10 per page).
    #[arg(long)]
    pub page: Option<String>,
}

/// One parameter as the schema describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Its name in the query string (the CLI's option is the same with dashes).
    pub name: String,
    /// Whether it takes several values.
    pub list: bool,
    /// Its description (the field's doc comment).
    pub description: String,
    /// Its JSON Schema.
    pub schema: Value,
}

impl SearchParams {
    /// Every parameter, in declaration order (clap keeps it; the schema's
    /// properties are sorted), described by the type's JSON Schema. Built
    /// once: every request reads it.
    pub fn parameters() -> &'static [Parameter] {
        static PARAMETERS: std::sync::OnceLock<Vec<Parameter>> = std::sync::OnceLock::new();
        PARAMETERS.get_or_init(Self::describe)
    }

    fn describe() -> Vec<Parameter> {
        let schema = serde_json::to_value(schemars::schema_for!(SearchParams)).unwrap_or_default();
        let props = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        <SearchParams as clap::Args>::augment_args(clap::Command::new("search"))
            .get_arguments()
            .map(|a| {
                let name = a.get_id().to_string();
                let mut s = props.get(&name).cloned().unwrap_or_default();
                let description = s
                    .as_object_mut()
                    .and_then(|o| o.remove("description"))
                    .and_then(|d| d.as_str().map(str::to_owned))
                    .unwrap_or_default();
                if let Some(o) = s.as_object_mut() {
                    o.remove("default");
                }
                let list = s.get("type").and_then(Value::as_str) == Some("array");
                Parameter {
                    name,
                    list,
                    description,
                    schema: simplify(s),
                }
            })
            .collect()
    }

    /// The parameter names, in declaration order.
    pub fn names() -> Vec<String> {
        Self::parameters().iter().map(|p| p.name.clone()).collect()
    }

    /// Reads `name=value` pairs, as in a query string. A repeated list
    /// parameter adds values; a repeated single one keeps the last value,
    /// except `q`, whose parts are joined; empty values are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Self, SearchError> {
        let params = Self::parameters();
        let mut fields: BTreeMap<&str, Value> = BTreeMap::new();
        for (k, v) in pairs {
            if v.trim().is_empty() && k != "q" {
                continue;
            }
            let p = params.iter().find(|p| p.name == *k).ok_or_else(|| {
                SearchError::Limit(format!(
                    "Unknown parameter `{}`; use: {}.",
                    k.chars().take(40).collect::<String>(),
                    params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
                ))
            })?;
            let slot = fields.entry(p.name.as_str());
            if p.list {
                if let Value::Array(a) = slot.or_insert_with(|| Value::Array(Vec::new())) {
                    a.push(Value::String(v.clone()));
                }
            } else if p.name == "q" {
                let q = slot.or_insert_with(|| Value::String(String::new()));
                if let Value::String(q) = q {
                    if !q.is_empty() {
                        q.push(' ');
                    }
                    q.push_str(v);
                }
            } else {
                slot.and_modify(|old| *old = Value::String(v.clone()))
                    .or_insert_with(|| Value::String(v.clone()));
            }
        }
        let map: Map<String, Value> = fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        serde_json::from_value(Value::Object(map))
            .map_err(|e| SearchError::Limit(format!("The parameters could not be read: {e}.")))
    }

    /// Checks every value and builds the request the index runs.
    pub fn request(&self) -> Result<SearchRequest, SearchError> {
        let mut req = SearchRequest {
            q: self.q.clone(),
            page: 1,
            ..Default::default()
        };
        let number = |name: &'static str, v: &Option<String>| -> Result<Option<f64>, SearchError> {
            given(v).map(|v| parse_number(name, v)).transpose()
        };
        let r = &mut req.ranges;
        r.min_prison_days = number("min_prison_days", &self.min_prison_days)?;
        r.max_prison_days = number("max_prison_days", &self.max_prison_days)?;
        r.min_arrest_days = number("min_arrest_days", &self.min_arrest_days)?;
        r.max_arrest_days = number("max_arrest_days", &self.max_arrest_days)?;
        r.min_fine_usd = number("min_fine_usd", &self.min_fine_usd)?;
        r.max_fine_usd = number("max_fine_usd", &self.max_fine_usd)?;
        r.year_from = given(&self.year_from).map(year).transpose()?;
        r.year_to = given(&self.year_to).map(year).transpose()?;
        if let Some(s) = given(&self.sort) {
            req.sort = parse_value("sort", s)?;
        }
        if let Some(p) = given(&self.page) {
            req.page = p
                .trim()
                .parse()
                .map_err(|_| SearchError::Limit(format!("The page must be a whole number from 1 to {MAX_PAGE}.")))?;
        }
        let f = &mut req.filters;
        f.repeat_escalation = given(&self.repeat_escalation).map(yes_no).transpose()?;
        f.liability = parse_list("liability", &self.liability)?;
        f.prosecution = parse_list("prosecution", &self.prosecution)?;
        f.setting = parse_list("setting", &self.setting)?;
        f.conduct = parse_list("conduct", &self.conduct)?;
        f.region = parse_list("region", &self.region)?;
        f.status = parse_list("status", &self.status)?;
        f.offence_kind = parse_list("offence_kind", &self.offence_kind)?;
        f.instrument_kind = parse_list("instrument_kind", &self.instrument_kind)?;
        f.jurisdiction = jurisdictions(&self.jurisdiction)?;
        req.validate()?;
        Ok(req)
    }
}

/// A single value, unless it is missing or blank (blank means "not given").
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|v| !v.trim().is_empty())
}

/// A year in force.
fn year(v: &str) -> Result<i64, SearchError> {
    v.trim().parse().map_err(|_| {
        SearchError::BadRange(
            "year in force",
            format!("`{}` is not a year", v.chars().take(20).collect::<String>()),
        )
    })
}

/// `repeat_escalation`'s yes or no.
fn yes_no(v: &str) -> Result<bool, SearchError> {
    match v.trim() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        other => Err(SearchError::BadValue {
            filter: "repeat_escalation",
            value: other.chars().take(20).collect(),
            allowed: "true, false".into(),
        }),
    }
}

/// Jurisdiction codes, upper-cased and checked against ISO 3166.
fn jurisdictions(raw: &[String]) -> Result<Vec<String>, SearchError> {
    let codes: Vec<String> = raw
        .iter()
        .flat_map(|s| s.split(','))
        .map(|s| s.trim().to_uppercase())
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(bad) = codes.iter().find(|c| !is_jurisdiction_code(c)) {
        return Err(SearchError::BadValue {
            filter: "jurisdiction",
            value: bad.chars().take(20).collect(),
            allowed: "ISO 3166 codes such as KZ, RU, PH".into(),
        });
    }
    if codes.len() > MAX_FILTER_VALUES {
        return Err(SearchError::Limit(format!(
            "Too many jurisdictions; the limit is {MAX_FILTER_VALUES}."
        )));
    }
    Ok(codes)
}

/// A query parameter's schema: `Option<String>` becomes a plain string.
fn simplify(mut s: Value) -> Value {
    if let Some(types) = s.get("type").and_then(Value::as_array)
        && let Some(t) = types.iter().find(|t| t.as_str() != Some("null")).cloned()
    {
        s["type"] = t;
    }
    s
}

#[cfg(test)]
mod tests {
    use clap::{Args, Command};

    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_cli_and_the_schema_list_the_same_parameters() {
        let schema = serde_json::to_value(schemars::schema_for!(SearchParams)).unwrap();
        let mut in_schema: Vec<String> = schema["properties"].as_object().unwrap().keys().cloned().collect();
        let mut cli: Vec<String> = SearchParams::augment_args(Command::new("search"))
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        assert_eq!(cli.len(), 21);
        cli.sort();
        in_schema.sort();
        assert_eq!(cli, in_schema);
        let described = SearchParams::parameters();
        assert!(described.iter().all(|p| !p.description.is_empty()), "{described:?}");
        assert_eq!(described.iter().filter(|p| p.list).count(), 9);
    }

    #[test]
    fn lists_repeat_singles_keep_the_last_and_q_joins() {
        let p = SearchParams::from_pairs(&pairs(&[
            ("q", "stalking"),
            ("liability", "criminal"),
            ("liability", "administrative"),
            ("page", "1"),
            ("page", "2"),
            ("q", "online"),
            ("sort", ""),
        ]))
        .unwrap();
        assert_eq!(p.q, "stalking online");
        assert_eq!(p.liability, ["criminal", "administrative"]);
        assert_eq!(p.page.as_deref(), Some("2"));
        assert_eq!(p.sort, None);
        assert_eq!(p.request().unwrap().page, 2);
    }

    #[test]
    fn unknown_parameters_are_named_and_cut_short() {
        let e = SearchParams::from_pairs(&pairs(&[(&"x".repeat(500), "1")])).unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with(&format!("Unknown parameter `{}`; use: q, liability,", "x".repeat(40))));
        assert!(text.len() < 400, "{text}");
    }

    #[test]
    fn numbers_years_and_flags_are_checked() {
        let bad = |k: &str, v: &str| {
            SearchParams::from_pairs(&pairs(&[(k, v)]))
                .unwrap()
                .request()
                .unwrap_err()
        };
        assert!(matches!(bad("year_from", "soon"), SearchError::BadRange(..)));
        assert!(matches!(
            bad("repeat_escalation", "maybe"),
            SearchError::BadValue { .. }
        ));
        assert!(matches!(bad("jurisdiction", "XX1"), SearchError::BadValue { .. }));
        assert!(matches!(bad("page", "0"), SearchError::Limit(..)));
        let ok = SearchParams::from_pairs(&pairs(&[("repeat_escalation", "yes"), ("jurisdiction", "kz, ru")]))
            .unwrap()
            .request()
            .unwrap();
        assert_eq!(ok.filters.repeat_escalation, Some(true));
        assert_eq!(ok.filters.jurisdiction, ["KZ", "RU"]);
    }
}
