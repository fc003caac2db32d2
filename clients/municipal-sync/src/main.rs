//! `municipal-sync`: what a municipality's IT runs with its API token.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = municipal_sync::Cli::parse();
    let mut stdout = std::io::stdout();
    match municipal_sync::run(cli, &mut stdout).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("municipal-sync: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
