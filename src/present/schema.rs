//! The JSON Schema of the data-file format, generated from the Rust types
//! so it can never drift from what the loader accepts. Shipped as
//! `schema/jurisdiction.schema.json` and wired for editors in `.taplo.toml`.

use serde_json::Value;

use crate::data::model::Jurisdiction;

/// The schema of a jurisdiction file.
pub fn jurisdiction() -> Value {
    let mut s = serde_json::to_value(schemars::schema_for!(Jurisdiction)).expect("a schema serialises");
    s["$id"] = Value::String("https://harassment-atlas.org/schema/jurisdiction.schema.json".into());
    s["title"] = Value::String("Harassment Law Atlas jurisdiction file".into());
    s
}

/// The schema as the text shipped in the repository.
pub fn jurisdiction_text() -> String {
    let mut t = serde_json::to_string_pretty(&jurisdiction()).expect("a schema serialises");
    t.push('\n');
    t
}

/// Converts parsed TOML to JSON for schema validation: TOML dates become
/// the strings the schema describes.
pub fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.iter().map(|(k, v)| (k.clone(), toml_to_json(v))).collect()),
    }
}
