//! `check` on fixture data: the valid fixture passes, and each invalid
//! fixture under `tests/fixtures/invalid/<case>/` fails with exactly the
//! messages in its `expected.txt` (file, line, column, key, hint).

use std::path::Path;
use std::process::Command;

fn check(dir: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
        .args(["check", "--data", dir])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn valid_fixture_passes_with_a_summary() {
    let (code, stdout, stderr) = check("tests/fixtures/valid");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "ok: 2 jurisdictions, 2 instruments, 4 provisions, 3 sources (0 warning(s))\n"
    );
}

#[test]
fn bundled_data_passes() {
    let (code, stdout, stderr) = check("data");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
}

#[test]
fn every_invalid_fixture_fails_with_its_exact_messages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    assert!(
        cases.len() >= 12,
        "expected at least 12 invalid fixtures, found {}",
        cases.len()
    );
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let rel = format!("tests/fixtures/invalid/{name}");
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap();
        let (code, stdout, stderr) = check(&rel);
        assert_eq!(code, 1, "case {name}: exit status");
        assert_eq!(stdout, "", "case {name}: nothing on stdout");
        pretty_assertions::assert_eq!(stderr, expected, "case {name}");
        // Every error names its file with line and column.
        for line in stderr
            .lines()
            .filter(|l| l.contains(": error: ") && !l.starts_with("error:"))
        {
            let loc = line.split(": error: ").next().unwrap();
            let mut parts = loc.rsplitn(3, ':');
            let (col, ln) = (parts.next().unwrap(), parts.next().unwrap());
            assert!(
                col.parse::<usize>().is_ok() && ln.parse::<usize>().is_ok(),
                "case {name}: no line:column in {line}"
            );
        }
    }
}

#[test]
fn a_missing_data_folder_is_an_error_not_a_crash() {
    let (code, _, stderr) = check("tests/fixtures/does-not-exist");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("tests/fixtures/does-not-exist/atlas.toml: error: cannot read the file"),
        "{stderr}"
    );
}

/// Findings 7 and 8 of the hardening issue: a FIFO named `*.toml` made
/// `check` hang forever, a symlink to `/dev/zero` was read until memory ran
/// out, links could pull in files from outside the data folder, and an
/// empty `jurisdictions/` passed.
#[cfg(unix)]
#[test]
fn special_files_and_an_empty_folder_are_errors_not_hangs() {
    let tmp = std::env::temp_dir().join(format!("atlas-special-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    std::fs::create_dir_all(tmp.join("jurisdictions")).unwrap();
    std::fs::create_dir_all(tmp.join("reference")).unwrap();
    for f in ["atlas.toml", "reference/units.toml", "reference/exchange_rates.toml"] {
        std::fs::copy(valid.join(f), tmp.join(f)).unwrap();
    }
    let run = |dir: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
            .args(["check", "--data"])
            .arg(dir)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, stderr) = run(&tmp);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("holds no `*.toml` jurisdiction files"), "{stderr}");

    std::fs::copy(valid.join("jurisdictions/kz.toml"), tmp.join("jurisdictions/kz.toml")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(tmp.join("jurisdictions/ph.toml"))
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("/dev/zero", tmp.join("jurisdictions/ru.toml")).unwrap();
    // A link to an ordinary file outside the data folder is refused too.
    std::os::unix::fs::symlink(valid.join("jurisdictions/ph.toml"), tmp.join("jurisdictions/uz.toml")).unwrap();
    // A chain of links is followed to its end, here outside the folder.
    std::os::unix::fs::symlink("/dev/zero", tmp.join("zero")).unwrap();
    std::os::unix::fs::symlink(tmp.join("zero"), tmp.join("jurisdictions/by.toml")).unwrap();
    let (code, stderr) = run(&tmp);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("ph.toml: error: not a regular file"), "{stderr}");
    assert!(
        stderr.contains("ru.toml: error: the file leads outside the data folder, to /dev/zero"),
        "{stderr}"
    );
    assert!(
        stderr.contains("uz.toml: error: the file leads outside the data folder"),
        "{stderr}"
    );
    assert!(
        stderr.contains("by.toml: error: the file leads outside the data folder, to /dev/zero"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&tmp).unwrap();
}
