//! The OpenAPI 3.1 document served at `/api/openapi.json`, built from the
//! code rather than written by hand: the search parameters come from
//! [`SearchParams`] (names, descriptions and schemas), the response bodies
//! from the JSON Schemas of the types the handlers return (schemars, JSON
//! Schema 2020-12, which OpenAPI 3.1 uses as is), the limits from their
//! constants. A parameter added to the search type appears here without
//! anyone editing this file; the tests check that every API route does too.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Map, Value, json};

use super::JurisdictionSummary;
use super::error::ErrorBody;
use crate::data::load::draft::MAX_DRAFT_BYTES;
use crate::data::model::{Jurisdiction, Region};
use crate::present::words::licence;
use crate::views::compare::Comparison;
use crate::views::draft::{Against, Report};
use crate::views::search::request::allowed_values;
use crate::views::search::{SearchParams, SearchResponse};

/// Builds the document. `data_licence` is the atlas's (an SPDX id).
pub fn document(data_licence: &str) -> Value {
    // Response bodies: the schemas of what the server writes (serialize contract).
    let mut schemas = SchemaGenerator::new(SchemaSettings::draft2020_12().with(|s| {
        s.definitions_path = "/components/schemas".into();
        s.contract = schemars::generate::Contract::Serialize;
    }));
    let (licence_name, licence_url) = licence(data_licence);
    let mut paths = Map::new();
    jurisdiction_paths(&mut paths, &mut schemas);
    query_paths(&mut paths, &mut schemas);
    draft_path(&mut paths, &mut schemas);
    download_paths(&mut paths);
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Harassment Law Atlas API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": format!("Read-only access to the atlas: jurisdictions, comparisons, search and downloads, and analysis of a draft law. Data licence {licence_name}."),
            "license": { "name": format!("{licence_name} (data)"), "url": licence_url },
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": { "schemas": schemas.take_definitions(true) },
    })
}

/// A JSON response with its schema.
fn body(schema: Value, description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": schema } } })
}

/// The error body, for a 4xx or 5xx.
fn error(schemas: &mut SchemaGenerator, description: &str) -> Value {
    body(sub::<ErrorBody>(schemas), description)
}

const BAD: &str = "Bad request: the message says what to change.";
const BUSY: &str = "Busy or past the work deadline; retry after the `Retry-After` seconds.";

/// `/api/jurisdictions` and `/api/jurisdictions/{code}`.
fn jurisdiction_paths(paths: &mut Map<String, Value>, schemas: &mut SchemaGenerator) {
    let not_found = error(schemas, "Not found.");
    paths.insert(
        "/api/jurisdictions".into(),
        json!({ "get": {
            "operationId": "listJurisdictions",
            "summary": "Every jurisdiction",
            "responses": { "200": body(sub::<Vec<JurisdictionSummary>>(schemas), "A list of jurisdictions") },
        }}),
    );
    paths.insert(
        "/api/jurisdictions/{code}".into(),
        json!({ "get": {
            "operationId": "getJurisdiction",
            "summary": "One jurisdiction in full, with normalised penalties",
            "parameters": [{ "name": "code", "in": "path", "required": true,
                "schema": { "type": "string", "pattern": "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$" }, "example": "kz" }],
            "responses": {
                "200": body(sub::<Jurisdiction>(schemas),
                    "The jurisdiction as in its data file, with `harassment_liability`, each provision's `repeat_escalation` and each penalty tier's `normalised` figures added"),
                "404": not_found,
            },
        }}),
    );
}

/// `/api/compare` and `/api/search`.
fn query_paths(paths: &mut Map<String, Value>, schemas: &mut SchemaGenerator) {
    let (bad, busy) = (error(schemas, BAD), error(schemas, BUSY));
    paths.insert(
        "/api/compare".into(),
        json!({ "get": {
            "operationId": "compare",
            "summary": "Compare 2 to 6 jurisdictions",
            "parameters": [{ "name": "j", "in": "query", "required": true, "schema": { "type": "string" },
                "description": "Jurisdiction codes, comma-separated (2 to 6).", "example": "KZ,RU,PH" }],
            "responses": {
                "200": body(sub::<Comparison>(schemas), "One row per dimension, each cell linked to its article"),
                "400": bad.clone(),
                "503": busy.clone(),
            },
        }}),
    );
    paths.insert(
        "/api/search".into(),
        json!({ "get": {
            "operationId": "search",
            "summary": "Search provisions and profiles",
            "description": "Within one list parameter values are alternatives (OR: comma-separate them or repeat the parameter); parameters combine with AND. The `search` command of the CLI takes the same parameters as options.",
            "parameters": search_parameters(),
            "responses": {
                "200": body(sub::<SearchResponse>(schemas), "Results grouped by jurisdiction, with snippets and facet counts"),
                "400": bad.clone(),
                "503": busy.clone(),
            },
        }}),
    );
}

/// `POST /api/draft`.
fn draft_path(paths: &mut Map<String, Value>, schemas: &mut SchemaGenerator) {
    let invalid = error(
        schemas,
        "The draft has errors; `diagnostics` lists them with line, column and a hint",
    );
    let too_large = error(
        schemas,
        &format!("The draft is larger than {} KB", MAX_DRAFT_BYTES / 1024),
    );
    let busy = error(schemas, BUSY);
    paths.insert(
        "/api/draft".into(),
        json!({ "post": {
            "operationId": "analyseDraft",
            "summary": "Analyse a draft law against the atlas",
            "parameters": [
                { "name": "against", "in": "query", "schema": { "type": "string", "enum": allowed_values::<Against>() },
                  "description": "Compare with laws in force (default) or with every instrument." },
                { "name": "region", "in": "query", "schema": { "type": "string", "enum": allowed_values::<Region>() },
                  "description": "Compare with one region only." },
            ],
            "requestBody": { "required": true, "description": "The draft as TOML (see /draft for the format).",
                "content": { "application/toml": { "schema": { "type": "string", "maxLength": MAX_DRAFT_BYTES } } } },
            "responses": {
                "200": body(sub::<Report>(schemas), "The report: coverage, penalties with percentiles, gaps, nearest laws, international standards"),
                "400": invalid,
                "413": too_large,
                "503": busy,
            },
        }}),
    );
}

/// This document and the downloads.
fn download_paths(paths: &mut Map<String, Value>) {
    paths.insert(
        "/api/openapi.json".into(),
        json!({ "get": {
            "operationId": "openapi",
            "summary": "This document",
            "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": {} } } },
        }}),
    );
    paths.insert(
        "/export/provisions.csv".into(),
        json!({ "get": {
            "operationId": "exportCsv",
            "summary": "One row per penalty tier of every provision",
            "parameters": [{
                "name": "bom", "in": "query", "required": false,
                "description": "1: start with a UTF-8 byte-order mark, for Excel",
                "schema": { "type": "string", "enum": ["0", "1", "true", "false"] },
            }],
            "responses": { "200": { "description": "CSV (RFC 4180, UTF-8, header row)", "content": { "text/csv": {} } } },
        }}),
    );
    paths.insert(
        "/export/atlas.json".into(),
        json!({ "get": {
            "operationId": "exportJson",
            "summary": "The whole atlas with normalised figures",
            "responses": { "200": { "description": "Every jurisdiction as `/api/jurisdictions/{code}` returns it, with the atlas's version and licence", "content": { "application/json": {} } } },
        }}),
    );
}

/// A schema for `T`: a `$ref` into `components/schemas` for named types.
fn sub<T: JsonSchema>(schemas: &mut SchemaGenerator) -> Value {
    serde_json::to_value(schemas.subschema_for::<T>()).unwrap_or_default()
}

/// `/api/search`'s query parameters, from [`SearchParams`].
fn search_parameters() -> Vec<Value> {
    SearchParams::parameters()
        .iter()
        .map(|p| {
            let mut v = json!({
                "name": p.name,
                "in": "query",
                "description": p.description,
                "schema": p.schema,
            });
            if p.list {
                v["style"] = json!("form");
                v["explode"] = json!(true);
            }
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_search_parameter_is_documented_with_its_description() {
        let doc = document("CC-BY-4.0");
        let params = doc["paths"]["/api/search"]["get"]["parameters"].as_array().unwrap();
        let names: Vec<&str> = params.iter().filter_map(|p| p["name"].as_str()).collect();
        assert_eq!(names, SearchParams::names());
        assert!(
            params
                .iter()
                .all(|p| !p["description"].as_str().unwrap_or("").is_empty())
        );
        let liability = params.iter().find(|p| p["name"] == "liability").unwrap();
        assert_eq!(liability["schema"]["type"], "array");
        assert_eq!(liability["explode"], true);
        let q = params.iter().find(|p| p["name"] == "q").unwrap();
        assert_eq!(q["schema"]["maxLength"], 500);
    }

    #[test]
    fn every_reference_resolves_and_the_licence_is_the_configured_one() {
        let doc = document("CC-BY-4.0");
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for name in [
            "ErrorBody",
            "SearchResponse",
            "Comparison",
            "Report",
            "Jurisdiction",
            "JurisdictionSummary",
        ] {
            assert!(schemas.contains_key(name), "{name} missing from components");
        }
        for r in text.split("\"$ref\":\"").skip(1) {
            let target = &r[..r.find('"').unwrap()];
            let name = target
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("{target}"));
            assert!(schemas.contains_key(name), "dangling $ref {target}");
        }
        assert_eq!(doc["info"]["license"]["name"], "CC BY 4.0 (data)");
        assert_eq!(document("ODbL-1.0")["info"]["license"]["name"], "ODbL-1.0 (data)");
    }
}
