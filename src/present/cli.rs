//! The command line: `harassment-atlas <command>`. Each command is a thin
//! function over the library; `main.rs` only parses and dispatches.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::data::load::Atlas;
use crate::data::load::diagnostic::Severity;
use crate::data::model::date::LegalDate;
use crate::present::{export, schema, web};
use crate::views::coverage;
use crate::views::search::{SearchIndex, SearchParams};

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
        /// Start the CSV with a UTF-8 byte-order mark, for Excel.
        #[arg(long)]
        bom: bool,
    },
    /// Print the JSON Schema of a jurisdiction data file.
    Schema,
    /// Analyse a draft law (same format as a data file) against the atlas.
    Draft {
        /// The draft, e.g. data/drafts/kz-administrative.toml.
        file: PathBuf,
        #[command(flatten)]
        data: DataArgs,
        /// Report format.
        #[arg(long, value_enum, default_value = "md")]
        format: DraftFormat,
        /// Compare with laws in force, or also with other proposals.
        #[arg(long, value_enum, default_value = "in-force")]
        against: AgainstArg,
        /// Only jurisdictions of this UN M49 region (Africa, Americas, Asia, Europe, Oceania).
        #[arg(long)]
        region: Option<String>,
    },
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
    /// Search provisions and profiles; results grouped by jurisdiction.
    Search(Box<SearchArgs>),
    /// Write a synthetic atlas N times the size of the data, for scale benchmarks.
    #[command(hide = true)]
    Synth {
        #[command(flatten)]
        data: DataArgs,
        /// How many times the real data.
        #[arg(long)]
        factor: usize,
        /// The folder to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Serve the web pages and the JSON API.
    Serve {
        #[command(flatten)]
        data: DataArgs,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
        addr: SocketAddr,
        /// Public address used in permalinks and citations (default: http://ADDR).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Seconds a client may take to send a request's headers; also the
        /// idle keep-alive timeout.
        #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600))]
        header_timeout: u64,
        /// Open connections at most; when full, the oldest idle one is closed.
        #[arg(long, default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        max_connections: u64,
        /// Requests handled at once; more get 503 (load shedding).
        #[arg(long, default_value_t = 128, value_parser = clap::value_parser!(u64).range(1..=100_000))]
        max_in_flight: u64,
        /// Seconds shutdown waits for in-flight requests.
        #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(0..=3600))]
        shutdown_grace: u64,
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

/// `search` options. The search parameters are the API's own type, so the
/// two accept and refuse exactly the same values.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    #[command(flatten)]
    pub params: SearchParams,
    #[command(flatten)]
    pub data: DataArgs,
    /// Print the JSON the API returns.
    #[arg(long)]
    pub json: bool,
}

/// `--against`: what a draft is compared with.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum AgainstArg {
    /// Laws in force.
    InForce,
    /// Laws in force and other proposals.
    All,
}

impl From<AgainstArg> for crate::views::draft::Against {
    fn from(a: AgainstArg) -> Self {
        match a {
            AgainstArg::InForce => Self::InForce,
            AgainstArg::All => Self::All,
        }
    }
}

/// Draft report formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DraftFormat {
    /// Markdown.
    Md,
    /// A printable HTML page.
    Html,
    /// JSON, as `POST /api/draft` returns it.
    Json,
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
        Command::Export { data, format, out, bom } => export(&data, format, out.as_deref(), bom),
        Command::Coverage { data, as_of, out } => coverage_report(&data, as_of, out.as_deref()),
        Command::Search(args) => search(*args),
        Command::Synth { data, factor, out } => synth(&data, factor, &out),
        Command::Draft {
            file,
            data,
            format,
            against,
            region,
        } => draft(&file, &data, format, against, region.as_deref()),
        Command::Schema => {
            print!("{}", schema::jurisdiction_text());
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            data,
            addr,
            base_url,
            header_timeout,
            max_connections,
            max_in_flight,
            shutdown_grace,
        } => {
            let limits = web::Limits {
                header_timeout: std::time::Duration::from_secs(header_timeout),
                max_connections: usize::try_from(max_connections)?,
                max_in_flight: usize::try_from(max_in_flight)?,
                shutdown_grace: std::time::Duration::from_secs(shutdown_grace),
            };
            serve(&data, addr, base_url, limits)
        }
    }
}

/// `export`: CSV or JSON to a file or stdout.
fn export(data: &DataArgs, format: ExportFormat, out: Option<&Path>, bom: bool) -> anyhow::Result<ExitCode> {
    let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
        return Ok(ExitCode::from(1));
    };
    let sink: Box<dyn Write> = match out {
        Some(p) => Box::new(File::create(p)?),
        None => Box::new(io::stdout().lock()),
    };
    let mut sink = BufWriter::new(sink);
    match format {
        ExportFormat::Csv => {
            if bom {
                sink.write_all(export::UTF8_BOM)?;
            }
            export::csv(&atlas, &mut sink)?
        }
        ExportFormat::Json => export::json(&atlas, &mut sink)?,
    }
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `coverage`: the Markdown report.
fn coverage_report(data: &DataArgs, as_of: Option<LegalDate>, out: Option<&Path>) -> anyhow::Result<ExitCode> {
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

/// `synth`: a scaled copy of the atlas for benchmarks.
fn synth(data: &DataArgs, factor: usize, out: &Path) -> anyhow::Result<ExitCode> {
    let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
        return Ok(ExitCode::from(1));
    };
    crate::data::synth::write(&atlas, factor, out)?;
    Ok(ExitCode::SUCCESS)
}

/// `draft`: the analysis report of a draft file, in Markdown, JSON or HTML.
fn draft(
    file: &Path,
    data: &DataArgs,
    format: DraftFormat,
    against: AgainstArg,
    region: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let region = match region
        .map(|r| crate::views::search::request::parse_value::<crate::data::model::Region>("region", r))
        .transpose()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
        return Ok(ExitCode::from(1));
    };
    let text = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let (draft, warnings) = match crate::data::load::draft::parse(&file.display().to_string(), &text, &atlas) {
        Ok(x) => x,
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("error: the draft has errors; no report was made");
            return Ok(ExitCode::from(1));
        }
    };
    let report = crate::views::draft::report(
        &atlas,
        &draft,
        &warnings,
        &crate::views::draft::Options {
            against: against.into(),
            region,
        },
    );
    let mut out = io::stdout().lock();
    match format {
        DraftFormat::Md => write!(out, "{}", crate::views::draft::markdown(&report))?,
        DraftFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        DraftFormat::Html => write!(
            out,
            "{}",
            web::draft_report_html(&report, &crate::present::i18n::Tr::english())?
        )?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `serve`: the web server until a signal stops it.
fn serve(
    data: &DataArgs,
    addr: std::net::SocketAddr,
    base_url: Option<String>,
    limits: web::Limits,
) -> anyhow::Result<ExitCode> {
    let Some(atlas) = load_or_report(&data_dir(data.data.as_deref())) else {
        return Ok(ExitCode::from(1));
    };
    // Search and draft analysis run on the blocking pool; bounding it
    // bounds the CPU work a burst of requests can queue.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(64)
        .build()?;
    let base_url = base_url.unwrap_or_else(|| format!("http://{addr}"));
    rt.block_on(web::serve(
        web::AppState::new(atlas)?.with_base_url(&base_url),
        addr,
        limits,
    ))?;
    Ok(ExitCode::SUCCESS)
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

/// `search`: grouped results on stdout; exit 2 on a bad query.
fn search(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let request = match args.params.request() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let Some(atlas) = load_or_report(&data_dir(args.data.data.as_deref())) else {
        return Ok(ExitCode::from(1));
    };
    let index = SearchIndex::build(&atlas)?;
    let response = match index.search(&atlas, &request, false) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &response)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    write!(out, "{}", render_text(&response))?;
    Ok(ExitCode::SUCCESS)
}

/// Search results for a terminal.
pub fn render_text(r: &crate::views::search::SearchResponse) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} jurisdiction(s), {} document(s); page {} of {}; understood: {}",
        r.total_jurisdictions, r.total_hits, r.request.page, r.pages, r.understood
    );
    for i in &r.ignored {
        let _ = writeln!(s, "ignored: {i}");
    }
    for g in &r.groups {
        let _ = writeln!(s, "\n{} {}", g.jurisdiction, g.name);
        for h in &g.hits {
            let mut facts = Vec::new();
            facts.extend(h.liability.clone());
            facts.extend(h.offence_kind.clone());
            facts.extend(h.status.clone());
            if let Some(d) = h.max_prison_days {
                facts.push(format!("prison ≤ {} d", crate::data::model::names::num(Some(d))));
            }
            if let Some(d) = h.max_arrest_days {
                facts.push(format!("arrest ≤ {} d", crate::data::model::names::num(Some(d))));
            }
            if let Some(d) = h.max_fine_usd {
                facts.push(format!("fine ≤ {} USD", crate::data::model::names::num(Some(d))));
            }
            let article = h.article.as_deref().map(|a| format!("{a} ")).unwrap_or_default();
            let facts = if facts.is_empty() {
                String::new()
            } else {
                format!(" [{}]", facts.join(", "))
            };
            let _ = writeln!(s, "  {article}{}{facts}", h.title);
            let _ = writeln!(s, "    {}", terminal_snippet(&h.snippet_html));
        }
    }
    s
}

/// Turns a highlighted HTML snippet into plain text with matches in `**`.
fn terminal_snippet(html: &str) -> String {
    html.replace("<b>", "**")
        .replace("</b>", "**")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
