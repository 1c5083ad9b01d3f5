//! The command line: `harassment-atlas <command>`. Each command is a thin
//! function over the library; `main.rs` only parses and dispatches.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::atlas::Atlas;
use crate::date::LegalDate;
use crate::diagnostic::Severity;
use crate::{coverage, export, schema, web};

/// Harassment Law Atlas: compare the world's sexual-harassment laws.
#[derive(Debug, Parser)]
#[command(name = "harassment-atlas", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command shares.
#[derive(Debug, clap::Args)]
pub struct DataArgs {
    /// The data folder (default: `data/` in the working directory, else the bundled one).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the data files; report every problem with file:line:column.
    Check {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Export the atlas as CSV (one row per penalty tier) or JSON.
    Export {
        #[command(flatten)]
        data: DataArgs,
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema of a jurisdiction data file.
    Schema,
    /// Report per jurisdiction what is known, unknown or not applicable (Markdown).
    Coverage {
        #[command(flatten)]
        data: DataArgs,
        /// Compute review ages as of this date (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<LegalDate>,
        /// Write to this file instead of standard output (e.g. data/COVERAGE.md).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Serve the web pages and the JSON API.
    Serve {
        #[command(flatten)]
        data: DataArgs,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
        addr: SocketAddr,
    },
}

fn parse_date(s: &str) -> Result<LegalDate, String> {
    LegalDate::parse(s).and_then(|d| {
        if d.is_full() {
            Ok(d)
        } else {
            Err("give a full date, YYYY-MM-DD".into())
        }
    })
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// One row per penalty tier of every provision.
    Csv,
    /// The whole atlas with normalised figures.
    Json,
}

/// The data folder: `--data`, else `./data` if it holds jurisdictions, else the one in the source tree.
pub fn data_dir(arg: Option<&Path>) -> PathBuf {
    if let Some(p) = arg {
        return p.to_path_buf();
    }
    let local = PathBuf::from("data");
    if local.join("jurisdictions").is_dir() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Loads the atlas, printing diagnostics; `None` when there are errors.
fn load_or_report(dir: &Path) -> Option<Atlas> {
    let loaded = Atlas::load(dir);
    let mut err = io::stderr().lock();
    // Only errors here; `check` is the place to read the warnings.
    for d in loaded.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        let _ = writeln!(err, "{d}");
    }
    if loaded.has_errors() {
        let n = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let _ = writeln!(
            err,
            "error: the data in {} has {n} error(s); nothing was done",
            dir.display()
        );
        None
    } else {
        Some(loaded.atlas)
    }
}

/// Runs a command and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match execute(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn execute(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check { data } => Ok(check(&data_dir(data.data.as_deref()))),
        Command::Export { data, format, out } => {
            let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
                return Ok(ExitCode::from(1));
            };
            let sink: Box<dyn Write> = match &out {
                Some(p) => Box::new(File::create(p)?),
                None => Box::new(io::stdout().lock()),
            };
            let mut sink = BufWriter::new(sink);
            match format {
                ExportFormat::Csv => export::csv(&atlas, &mut sink)?,
                ExportFormat::Json => export::json(&atlas, &mut sink)?,
            }
            sink.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Coverage { data, as_of, out } => {
            let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
                return Ok(ExitCode::from(1));
            };
            let report = coverage::markdown(&atlas, &as_of.unwrap_or_else(LegalDate::today));
            match out {
                Some(p) => std::fs::write(p, report)?,
                None => print!("{report}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema => {
            print!("{}", schema::jurisdiction_text());
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve { data, addr } => {
            let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
                return Ok(ExitCode::from(1));
            };
            let rt = tokio::runtime::Runtime::new()?;
            rt.block_on(web::serve(web::AppState::new(atlas), addr))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `check`: every diagnostic, then a summary; exit 1 on any error.
pub fn check(dir: &Path) -> ExitCode {
    let loaded = Atlas::load(dir);
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = loaded.diagnostics.len() - errors;
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    if errors > 0 {
        eprintln!("error: {errors} error(s), {warnings} warning(s) in {}", dir.display());
        return ExitCode::from(1);
    }
    let c = loaded.atlas.counts();
    println!(
        "ok: {} jurisdictions, {} instruments, {} provisions, {} sources ({warnings} warning(s))",
        c.jurisdictions, c.instruments, c.provisions, c.sources
    );
    ExitCode::SUCCESS
}
