//! The atlas: every data file loaded, parsed strictly and validated.
//!
//! Layout of a data directory:
//!
//! ```text
//! data/
//!   atlas.toml                    settings (reference year, licence)
//!   reference/units.toml          legal units and their yearly values
//!   reference/exchange_rates.toml yearly exchange rates to USD
//!   jurisdictions/<code>.toml     one file per jurisdiction
//! ```
//!
//! Loading never stops at the first problem: every file is read, every
//! parse error and every validation finding is collected, so `check`
//! reports them all in one run.

pub mod diagnostic;
pub mod draft;
pub mod reference;
pub mod validate;

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::data::load::diagnostic::{Diagnostic, Severity, SourceMap};
use crate::data::load::reference::Reference;
use crate::data::model::Jurisdiction;
use crate::data::model::reference::{AtlasConfig, RatesFile, UnitsFile};
use crate::data::model::standards::StandardFile;

/// A loaded, validated atlas.
#[derive(Debug, Clone)]
pub struct Atlas {
    /// The directory it was loaded from.
    pub dir: PathBuf,
    /// `atlas.toml`.
    pub config: AtlasConfig,
    /// `reference/units.toml`.
    pub units: UnitsFile,
    /// `reference/exchange_rates.toml`.
    pub rates: RatesFile,
    /// Reference tables indexed for conversion.
    pub reference: Reference,
    /// Jurisdictions, sorted by code.
    pub jurisdictions: Vec<Jurisdiction>,
    /// International standards drafts are held against (`standards/*.toml`).
    pub standards: Vec<StandardFile>,
    /// The home page's map geometry (`map/world-110m.json`), when present.
    pub map: Option<crate::data::model::worldmap::WorldMap>,
    /// Example drafts (`drafts/*.toml`), each checked as the draft tool would.
    pub drafts: Vec<crate::data::model::worldmap::ExampleDraft>,
    /// A digest of every data file read, shown on `/healthz` so an operator
    /// can tell which data a server holds (16 hex digits, FNV-1a 64).
    pub version: String,
}

/// The result of loading: what could be read, and what is wrong.
pub struct Loaded {
    /// The atlas, holding every file that parsed.
    pub atlas: Atlas,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// The atlas if it has no errors, else every diagnostic.
    pub fn into_result(self) -> Result<Atlas, Vec<Diagnostic>> {
        if self.has_errors() {
            Err(self.diagnostics)
        } else {
            Ok(self.atlas)
        }
    }
}

impl Atlas {
    /// Loads and validates a data directory. Never fails outright: problems,
    /// including a missing directory, come back as diagnostics.
    pub fn load(dir: &Path) -> Loaded {
        let mut diags = Vec::new();
        let config = read_file::<AtlasConfig>(dir, &dir.join("atlas.toml"), &mut diags).unwrap_or(AtlasConfig {
            title: "Harassment Law Atlas".into(),
            reference_year: 2024,
            data_licence: "CC-BY-4.0".into(),
            issue_url: None,
        });
        // The reference tables are optional: without them, fines stay in local units.
        let units = read_optional::<UnitsFile>(dir, &dir.join("reference/units.toml"), &mut diags).unwrap_or_default();
        let rates =
            read_optional::<RatesFile>(dir, &dir.join("reference/exchange_rates.toml"), &mut diags).unwrap_or_default();
        let reference = Reference::new(config.reference_year, &units, &rates);

        let mut jurisdictions = Vec::new();
        for path in jurisdiction_files(&dir.join("jurisdictions"), &mut diags) {
            let Some((j, map)) = read_with_map::<Jurisdiction>(dir, &path, &mut diags) else {
                continue;
            };
            diags.extend(validate::jurisdiction(&j, &map, &reference));
            jurisdictions.push(j);
        }
        diags.extend(validate::reference(dir, &units, &rates));
        let standards = load_standards(dir, &dir.join("standards"), &mut diags);
        validate::unique_codes(&jurisdictions, dir, &mut diags);
        jurisdictions.sort_by(|a, b| a.code.cmp(&b.code));
        let map = load_map(dir, &mut diags);

        let mut atlas = Atlas {
            dir: dir.to_path_buf(),
            config,
            units,
            rates,
            reference,
            jurisdictions,
            standards,
            map,
            drafts: Vec::new(),
            version: data_version(dir),
        };
        atlas.drafts = load_drafts(&atlas, &mut diags);
        Loaded {
            atlas,
            diagnostics: diags,
        }
    }

    /// A jurisdiction by code, case-insensitively.
    pub fn jurisdiction(&self, code: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.code.eq_ignore_ascii_case(code))
    }

    /// Counts for the `check` summary.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            jurisdictions: self.jurisdictions.len(),
            ..Counts::default()
        };
        for j in &self.jurisdictions {
            c.instruments += j.instruments.len();
            c.provisions += j.provisions().count();
            c.sources += j.sources.len();
        }
        c
    }
}

/// Reads the map geometry, if the data folder has one.
fn load_map(dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<crate::data::model::worldmap::WorldMap> {
    let path = dir.join(crate::data::model::worldmap::MAP_FILE);
    if !path.exists() {
        return None;
    }
    let text = match read_data(dir, &path) {
        Ok(t) => t,
        Err((message, hint)) => {
            diags.push(file_error(&path, message, hint));
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(m) => Some(m),
        Err(e) => {
            let mut d = file_error(
                &path,
                format!(
                    "the map cannot be read: {}",
                    e.to_string().split(" at line ").next().unwrap_or_default()
                ),
                "regenerate it with data/map/convert.mjs (see data/map/README.md)",
            );
            (d.line, d.column) = (Some(e.line()), Some(e.column()));
            diags.push(d);
            None
        }
    }
}

/// Reads the example drafts and checks each as the draft tool would, so a
/// model change that breaks one fails `check`.
fn load_drafts(atlas: &Atlas, diags: &mut Vec<Diagnostic>) -> Vec<crate::data::model::worldmap::ExampleDraft> {
    let mut out = Vec::new();
    for path in toml_files(&atlas.dir.join("drafts")).unwrap_or_default() {
        let text = match read_data(&atlas.dir, &path) {
            Ok(t) => t,
            Err((message, hint)) => {
                diags.push(file_error(&path, message, hint));
                continue;
            }
        };
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match crate::data::load::draft::parse(&path.to_string_lossy(), &text, atlas) {
            Ok((j, _warnings)) => {
                let title = j
                    .instruments
                    .first()
                    .map(|i| format!("{}: {}", j.name, i.title.trim_start_matches("Worked example: ")))
                    .unwrap_or_else(|| name.clone());
                out.push(crate::data::model::worldmap::ExampleDraft { name, title, text });
            }
            Err(problems) => diags.extend(problems),
        }
    }
    out
}

/// FNV-1a 64 over the relative path and bytes of every file the atlas is
/// built from, in sorted order: equal data, equal version.
fn data_version(dir: &Path) -> String {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    let mut files = vec![dir.join("atlas.toml"), dir.join("map/world-110m.json")];
    for sub in ["reference", "jurisdictions", "standards", "drafts"] {
        files.extend(toml_files(&dir.join(sub)).unwrap_or_default());
    }
    files.sort();
    for f in files {
        if let Ok(text) = read_text(&f) {
            feed(f.strip_prefix(dir).unwrap_or(&f).to_string_lossy().as_bytes());
            feed(&[0]);
            feed(text.as_bytes());
        }
    }
    format!("{hash:016x}")
}

/// Reads `standards/*.toml` (optional), checking that criteria name known fields.
fn load_standards(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<StandardFile> {
    // The folder is optional.
    let files = toml_files(dir).unwrap_or_default();
    let mut out = Vec::new();
    for path in files {
        let Some(s) = read_file::<StandardFile>(root, &path, diags) else {
            continue;
        };
        for message in crate::data::model::standards::problems(&s) {
            diags.push(file_error(&path, message, "see `Criterion` in src/draft/standards.rs"));
        }
        out.push(s);
    }
    out
}

/// Headline counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Jurisdictions.
    pub jurisdictions: usize,
    /// Instruments.
    pub instruments: usize,
    /// Provisions.
    pub provisions: usize,
    /// Sources.
    pub sources: usize,
}

/// The `*.toml` files of a folder, sorted.
pub fn toml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// The `*.toml` files of the jurisdictions folder, sorted.
fn jurisdiction_files(dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    match toml_files(dir) {
        Ok(files) if files.is_empty() => {
            diags.push(file_error(
                dir,
                "the folder holds no `*.toml` jurisdiction files".into(),
                "an atlas needs at least one jurisdiction; point `--data` at the right folder",
            ));
            files
        }
        Ok(files) => files,
        Err(e) => {
            diags.push(file_error(
                dir,
                format!("cannot read the folder: {e}"),
                "point `--data` at a folder holding `jurisdictions/`",
            ));
            Vec::new()
        }
    }
}

fn file_error(path: &Path, message: String, hint: &str) -> Diagnostic {
    Diagnostic::whole_file(path, message, hint)
}

fn read_optional<T: DeserializeOwned>(root: &Path, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<T> {
    if path.exists() {
        read_file(root, path, diags)
    } else {
        None
    }
}

fn read_file<T: DeserializeOwned>(root: &Path, path: &Path, diags: &mut Vec<Diagnostic>) -> Option<T> {
    read_with_map(root, path, diags).map(|(v, _)| v)
}

/// Reads a file of the data folder `root` as [`read_text`] does, and also
/// refuses a file whose real location (after following symlinks) is outside
/// the folder: a data folder is self-contained, and a link to `/etc/…` or
/// another project is a mistake or an attack.
pub fn read_data(root: &Path, path: &Path) -> Result<String, (String, &'static str)> {
    if let (Ok(real_root), Ok(real)) = (fs::canonicalize(root), fs::canonicalize(path))
        && !real.starts_with(&real_root)
    {
        return Err((
            format!("the file leads outside the data folder, to {}", real.display()),
            "copy the file into the data folder instead of linking to it",
        ));
    }
    read_text(path)
}

/// The largest data file the loader reads; the biggest real one is ~100 KiB.
pub const MAX_DATA_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a data file as text, refusing what is not a regular file (a FIFO
/// would block the loader forever, `/dev/zero` would never end) and files
/// over [`MAX_DATA_FILE_BYTES`]. The error is a message and a hint.
pub fn read_text(path: &Path) -> Result<String, (String, &'static str)> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| {
        (
            format!("cannot read the file: {e}"),
            "check that it exists and is UTF-8 text",
        )
    };
    // `metadata` follows symlinks and never blocks, unlike opening a FIFO.
    let meta = fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err((
            "not a regular file (a folder, FIFO, device or socket)".into(),
            "data files must be ordinary text files; remove or rename this entry",
        ));
    }
    if meta.len() > MAX_DATA_FILE_BYTES {
        return Err((
            format!("the file is {} bytes; the limit is {MAX_DATA_FILE_BYTES}", meta.len()),
            "split the file, or check that it is the data file you meant",
        ));
    }
    let mut text = String::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_DATA_FILE_BYTES + 1).read_to_string(&mut text))
        .map_err(unreadable)?;
    if text.len() as u64 > MAX_DATA_FILE_BYTES {
        return Err((
            format!("the file is over {MAX_DATA_FILE_BYTES} bytes"),
            "split the file, or check that it is the data file you meant",
        ));
    }
    Ok(text)
}

/// Reads and parses one file, recording any problem as a diagnostic.
pub fn read_with_map<T: DeserializeOwned>(
    root: &Path,
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<(T, SourceMap)> {
    let text = match read_data(root, path) {
        Ok(t) => t,
        Err((message, hint)) => {
            diags.push(file_error(path, message, hint));
            return None;
        }
    };
    match parse_str(path, &text) {
        Ok(ok) => Some(ok),
        Err(d) => {
            diags.push(*d);
            None
        }
    }
}

/// Parses TOML text strictly into `T`. The error names the line, column and
/// key path of the problem, with a hint.
pub fn parse_str<T: DeserializeOwned>(path: &Path, text: &str) -> Result<(T, SourceMap), Box<Diagnostic>> {
    let map = SourceMap::new(path, text);
    match toml::from_str::<T>(text) {
        Ok(v) => Ok((v, map)),
        Err(e) => {
            let offset = e.span().map(|s| s.start);
            let key = offset.map(|o| map.path_at(o).to_string()).unwrap_or_default();
            let message = e.message().trim().to_owned();
            let hint = hint_for(&message);
            Err(Box::new(map.at_offset(offset, key, message, hint)))
        }
    }
}

/// A hint for a parser message.
fn hint_for(message: &str) -> Option<String> {
    let h = if message.starts_with("unknown field") {
        "check the key's spelling and the table it is in; `harassment-atlas schema` lists every key"
    } else if message.starts_with("unknown variant") {
        "use one of the values listed"
    } else if message.starts_with("missing field") {
        "add the key; if the fact is unknown, see data/README.md on marking uncertainty"
    } else if message.starts_with("invalid type") {
        "the value has the wrong type: quote strings, write numbers bare, lists in [ ]"
    } else if message.contains("date") {
        "write a real date: 2024-06-16, or \"2024-06\" / \"2024\" when only the month or year is known"
    } else if message.contains("duplicate key") {
        "each key may appear once per table"
    } else {
        "see the TOML syntax at https://toml.io and the example files in data/jurisdictions/"
    };
    Some(h.to_owned())
}
