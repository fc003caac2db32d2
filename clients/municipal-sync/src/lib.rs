//! The sync client for municipal IT: lists cohorts, exports the municipality's enrolments as CSV,
//! nominates staff from a CSV file (idempotent: running it twice nominates once), and downloads a
//! cohort's calendar. It speaks REST v1 only, with the municipality's API token.

mod api;
mod staff;

use std::{io::Write, path::PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};

pub use api::Api;
pub use staff::{StaffMember, read_staff};

/// Command line of the sync client.
#[derive(Parser, Debug)]
#[command(
    name = "municipal-sync",
    version,
    about = "Vielfaltsnetz: Abgleich für kommunale IT / sync for municipal IT"
)]
pub struct Cli {
    /// The service's address, e.g. https://vielfaltsnetz.example
    #[arg(long, env = "VIELFALT_URL")]
    pub server: String,
    /// The municipality's API token (`vn_…`).
    #[arg(long, env = "VIELFALT_TOKEN", hide_env_values = true)]
    pub token: String,
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// List cohorts (optionally by status).
    Cohorts {
        /// PLANNED, RUNNING, COMPLETED or ARCHIVED.
        #[arg(long)]
        status: Option<String>,
    },
    /// Export the municipality's enrolments of a cohort as CSV.
    Enrollments {
        /// The cohort's id.
        #[arg(long)]
        cohort: String,
        /// Where to write the CSV (`-` for standard output).
        #[arg(long, default_value = "-")]
        out: String,
    },
    /// Nominate staff from a CSV file (columns email, display_name, organisation, multiplier).
    Nominate {
        /// The cohort's id.
        #[arg(long)]
        cohort: String,
        /// The CSV file (`;` or `,` separated, with a header row).
        #[arg(long)]
        file: PathBuf,
        /// Check the file and show what would be sent, without sending.
        #[arg(long)]
        dry_run: bool,
    },
    /// Download a cohort's calendar (iCalendar).
    Calendar {
        /// The cohort's id.
        #[arg(long)]
        cohort: String,
        /// Where to write the .ics file (`-` for standard output).
        #[arg(long, default_value = "-")]
        out: String,
    },
}

/// Runs one command, writing what a person reads to `out`.
pub async fn run(cli: Cli, out: &mut impl Write) -> anyhow::Result<()> {
    let api = Api::new(&cli.server, &cli.token)?;
    match cli.command {
        Command::Cohorts { status } => {
            let cohorts = api.cohorts(status.as_deref()).await?;
            writeln!(
                out,
                "{:<38} {:<10} {:<11} {:<11} title",
                "id", "status", "starts_on", "ends_on"
            )?;
            for cohort in cohorts {
                let text = |key: &str| cohort[key].as_str().unwrap_or("-").to_owned();
                writeln!(
                    out,
                    "{:<38} {:<10} {:<11} {:<11} {}",
                    text("id"),
                    text("status"),
                    text("starts_on"),
                    text("ends_on"),
                    text("title")
                )?;
            }
        }
        Command::Enrollments {
            cohort,
            out: target,
        } => {
            let csv = api
                .text(&format!("/api/v1/cohorts/{cohort}/enrollments.csv"))
                .await?;
            write_to(&target, &csv, out)?;
        }
        Command::Calendar {
            cohort,
            out: target,
        } => {
            let ics = api
                .text(&format!("/api/v1/cohorts/{cohort}/calendar.ics"))
                .await?;
            write_to(&target, &ics, out)?;
        }
        Command::Nominate {
            cohort,
            file,
            dry_run,
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let staff = read_staff(&text)?;
            let (mut created, mut existing, mut failed) = (0, 0, 0);
            for member in &staff {
                if dry_run {
                    writeln!(
                        out,
                        "würde nominieren / would nominate: {} <{}>",
                        member.display_name, member.email
                    )?;
                    continue;
                }
                match api.nominate(&cohort, member).await {
                    Ok(true) => {
                        created += 1;
                        writeln!(out, "nominiert / nominated: {}", member.email)?;
                    }
                    Ok(false) => {
                        existing += 1;
                        writeln!(
                            out,
                            "bereits nominiert / already nominated: {}",
                            member.email
                        )?;
                    }
                    Err(error) => {
                        failed += 1;
                        writeln!(out, "FEHLER / ERROR {}: {error:#}", member.email)?;
                    }
                }
            }
            writeln!(
                out,
                "neu / new: {created}, vorhanden / existing: {existing}, fehlgeschlagen / failed: {failed}"
            )?;
            if failed > 0 {
                anyhow::bail!("{failed} nomination(s) failed");
            }
        }
    }
    Ok(())
}

fn write_to(target: &str, content: &str, out: &mut impl Write) -> anyhow::Result<()> {
    if target == "-" {
        out.write_all(content.as_bytes())?;
    } else {
        std::fs::write(target, content).with_context(|| format!("cannot write {target}"))?;
        writeln!(out, "geschrieben / written: {target}")?;
    }
    Ok(())
}
