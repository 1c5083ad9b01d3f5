//! Exports of the fixture atlas, pinned by golden files. To accept an
//! intended change: `UPDATE_GOLDEN=1 cargo test --test testsuite export::`, then review the diff.

use std::path::Path;

use harassment_atlas::{Atlas, present::export};

fn fixture() -> Atlas {
    Atlas::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"))
        .into_result()
        .expect("the valid fixture loads")
}

use crate::helpers::golden;

#[test]
fn csv_matches_golden() {
    let mut buf = Vec::new();
    export::csv(&fixture(), &mut buf).unwrap();
    golden("provisions.csv", &String::from_utf8(buf).unwrap());
}

#[test]
fn json_matches_golden() {
    let mut buf = Vec::new();
    export::json(&fixture(), &mut buf).unwrap();
    golden("atlas.json", &String::from_utf8(buf).unwrap());
}

#[test]
fn csv_has_the_required_columns_in_order() {
    let required = [
        "jurisdiction",
        "jurisdiction_name",
        "instrument_id",
        "instrument_title",
        "status",
        "provision_id",
        "article",
        "offence_kind",
        "liability",
        "settings",
        "conduct",
        "prosecution",
        "reconciliation_allowed",
        "repeat_escalation",
        "tier",
        "offence_number",
        "imprisonment_min_days",
        "imprisonment_max_days",
        "arrest_max_days",
        "fine_min",
        "fine_max",
        "fine_unit",
        "fine_max_usd",
        "community_service_hours",
        "source_urls",
        "last_reviewed",
    ];
    assert_eq!(&export::CSV_COLUMNS[..required.len()], &required);
}

#[test]
fn csv_has_a_row_for_every_tier_of_every_provision_in_the_bundled_data() {
    let atlas = Atlas::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
        .into_result()
        .unwrap();
    let mut buf = Vec::new();
    export::csv(&atlas, &mut buf).unwrap();
    let mut reader = csv::Reader::from_reader(buf.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let expected: usize = atlas
        .jurisdictions
        .iter()
        .flat_map(|j| j.provisions())
        .map(|(_, p)| p.penalties.len().max(1))
        .sum();
    assert_eq!(rows.len(), expected);
    assert!(!rows.is_empty());
}

#[test]
fn normalised_figures_are_in_the_json() {
    let v = export::json_value(&fixture()).unwrap();
    let kz = &v["jurisdictions"][0];
    assert_eq!(kz["code"], "KZ");
    let tier = &kz["instruments"][0]["provisions"][0]["penalties"][0]["normalised"];
    assert_eq!(tier["fine_max_local"], 738400.0);
    assert_eq!(tier["fine_max_usd"], 1572.94);
    assert_eq!(tier["arrest_max_days"], 50.0);
    assert_eq!(kz["instruments"][0]["provisions"][0]["repeat_escalation"], true);
    // A proposal is not law: Kazakhstan's fixture has no harassment offence in force.
    assert_eq!(kz["harassment_liability"], "unknown");
    assert_eq!(v["jurisdictions"][1]["harassment_liability"], "criminal");
}

#[test]
fn export_command_writes_the_same_csv_to_a_file() {
    let dir = std::env::temp_dir().join(format!("atlas-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("p.csv");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
        .args(["export", "--format", "csv", "--data", "tests/fixtures/valid", "--out"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut buf = Vec::new();
    export::csv(&fixture(), &mut buf).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), buf);
    std::fs::remove_dir_all(&dir).ok();
}

/// Cells that a spreadsheet would run as formulas (`=HYPERLINK(…)`, `@SUM`,
/// `+…`, `-…`, a leading tab) get a leading `'`; plain numbers do not.
#[test]
fn csv_neutralises_formula_cells() {
    let atlas = Atlas::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formula"))
        .into_result()
        .expect("the formula fixture loads");
    let mut buf = Vec::new();
    export::csv(&atlas, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    golden("formula.csv", &text);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    for record in rows.records() {
        for cell in record.unwrap().iter() {
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(
                !risky || cell.parse::<f64>().is_ok(),
                "formula cell reached the CSV: {cell:?}"
            );
        }
    }
    assert!(text.contains("'=HYPERLINK("), "{text}");
}

/// Issue #12: every fixed-amount fine converts to US dollars for its year.
/// Only day-fines and income-based fines may not, and they say so.
#[test]
fn every_fixed_fine_converts_to_usd() {
    use harassment_atlas::data::load::reference::NotConvertible;
    let atlas = harassment_atlas::Atlas::load(&crate::helpers::root().join("data"))
        .into_result()
        .unwrap();
    let (mut converted, mut failures) = (0, Vec::new());
    for j in &atlas.jurisdictions {
        for (_, p) in j.provisions() {
            for t in p
                .penalties
                .iter()
                .filter(|t| t.fine.as_ref().is_some_and(|f| f.min.is_some() || f.max.is_some()))
            {
                let n = atlas.reference.normalise(t);
                match (&n.fine_max_usd, &n.fine_min_usd, &n.fine_not_convertible) {
                    (Some(_), _, _) | (_, Some(_), _) => converted += 1,
                    (_, _, Some(NotConvertible::IncomeBased { .. })) => {}
                    (_, _, why) => failures.push(format!("{} {} `{}`: {why:?}", j.code, p.id, t.label)),
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "fines that do not convert:\n{}",
        failures.join("\n")
    );
    assert!(converted >= 150, "{converted} converted fines");
}
