//! The layering rule of `src/lib.rs`: data → views → presentation, each
//! layer importing only from the layers before it. Every source file's
//! code (comments aside) is scanned for paths into a later layer.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers in order, by folder under `src/`.
const LAYERS: &[&str] = &["data", "views", "present"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Lines of `code` (a file of layer `layer`) that reach into a later layer.
fn upward_imports(layer: usize, code: &str) -> Vec<String> {
    let later: Vec<String> = LAYERS[layer + 1..].iter().map(|l| format!("crate::{l}")).collect();
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| later.iter().any(|p| l.contains(p.as_str())))
        .map(|l| l.trim().to_owned())
        .collect()
}

#[test]
fn the_checker_catches_an_upward_import() {
    assert_eq!(
        upward_imports(0, "use crate::views::compare::Ref;"),
        ["use crate::views::compare::Ref;"]
    );
    assert_eq!(
        upward_imports(1, "    let x = crate::present::export::csv(a, w);").len(),
        1
    );
    assert!(upward_imports(1, "use crate::data::model::Provision;").is_empty());
    assert!(upward_imports(0, "//! see [`crate::views::normalise`]").is_empty());
    assert!(upward_imports(2, "use crate::views::search::SearchIndex;").is_empty());
}

#[test]
fn every_layer_imports_only_downward() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut scanned = 0;
    for (i, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has no Rust files");
        for f in files {
            scanned += 1;
            for line in upward_imports(i, &fs::read_to_string(&f).unwrap()) {
                problems.push(format!("{}: {line}", f.strip_prefix(&src).unwrap().display()));
            }
        }
    }
    // Every module file sits in a layer: only the crate root and the binary are outside.
    let outside: Vec<_> = fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !LAYERS.contains(&n.as_str()) && n != "lib.rs" && n != "main.rs")
        .collect();
    assert!(outside.is_empty(), "files outside the three layers: {outside:?}");
    assert!(scanned > 30, "only {scanned} files scanned");
    assert!(
        problems.is_empty(),
        "upward imports (data → views → present):\n{}",
        problems.join("\n")
    );
}
