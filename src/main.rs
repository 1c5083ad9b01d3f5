//! The `harassment-atlas` binary: parses the command line and hands over to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "harassment_atlas=info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    harassment_atlas::present::cli::run(harassment_atlas::present::cli::Cli::parse())
}
