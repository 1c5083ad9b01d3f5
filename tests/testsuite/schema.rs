//! The JSON Schema is generated from the Rust types, shipped in `schema/`,
//! and every shipped data file validates against it.

use std::path::Path;

use harassment_atlas::present::schema;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn shipped_schema_is_up_to_date() {
    let shipped = std::fs::read_to_string(root().join("schema/jurisdiction.schema.json")).unwrap();
    assert!(
        shipped == schema::jurisdiction_text(),
        "schema/jurisdiction.schema.json is stale: run `cargo run -- schema > schema/jurisdiction.schema.json`"
    );
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema::jurisdiction()).expect("the schema compiles")
}

#[test]
fn every_data_file_validates_against_the_schema() {
    let v = validator();
    let mut n = 0;
    for dir in [
        "data/jurisdictions",
        "data/drafts",
        "tests/fixtures/valid/jurisdictions",
    ] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let json = schema::toml_to_json(&value);
            let errors: Vec<String> = v
                .iter_errors(&json)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            n += 1;
        }
    }
    assert!(n >= 3);
}

#[test]
fn schema_rejects_what_the_loader_rejects() {
    let v = validator();
    let bad: toml::Value = toml::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/invalid/unknown_key/jurisdictions/kz.toml")).unwrap(),
    )
    .unwrap();
    assert!(!v.is_valid(&schema::toml_to_json(&bad)));
    let bad: toml::Value = toml::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/invalid/bad_status/jurisdictions/kz.toml")).unwrap(),
    )
    .unwrap();
    assert!(!v.is_valid(&schema::toml_to_json(&bad)));
}
