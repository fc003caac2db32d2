//! `vielfalt`: the command line of the Vielfaltsnetz service.

use clap::{Parser, Subcommand};
use vielfalt_api::{
    Application,
    auth::Scope,
    domain::{self, api_tokens, page::PageRequest},
    graphql, rest,
    settings::Settings,
    startup, telemetry,
};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Vielfaltsnetz – platform of the training programme for diversity managers in Hessen.
#[derive(Parser)]
#[command(name = "vielfalt", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve HTTP (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage admin accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Load the demo data into an empty database.
    SeedDemo {
        /// Instead of the demo story, load a large deterministic data set for benchmarks:
        /// N municipalities, 4·N cohorts, 80·N people, posts and comments.
        #[arg(long, value_name = "N")]
        scale: Option<usize>,
    },
    /// Print the GraphQL schema (SDL).
    Schema,
    /// Print the OpenAPI document of REST v1.
    Openapi,
    /// Data protection: purge personal data whose retention period has ended.
    Privacy {
        #[command(subcommand)]
        command: PrivacyCommand,
    },
    /// Manage API tokens for municipal systems.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
}

#[derive(Subcommand)]
enum PrivacyCommand {
    /// Purge the participants' personal data of cohorts archived longer than the retention period
    /// (VIELFALT_RETENTION_MONTHS, default 24); the report figures are kept.
    Purge {
        /// Show what would be purged, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Issue a token; its secret is printed as the last line, once.
    Create {
        /// What the token is for.
        #[arg(long)]
        name: String,
        /// A scope (repeatable): cohorts:read, enrollments:read, enrollments:write, people:read,
        /// community:read, reports:read.
        #[arg(long = "scope", required = true)]
        scopes: Vec<String>,
        /// Bind the token to one municipality (its AGS).
        #[arg(long)]
        municipality: Option<String>,
        /// Days until it expires (at most 366; default 90).
        #[arg(long = "expires-in-days")]
        expires_in_days: Option<i64>,
    },
    /// List tokens (without secrets).
    List {
        /// Include revoked tokens.
        #[arg(long)]
        all: bool,
    },
    /// Revoke a token by id.
    Revoke {
        /// The token's id.
        id: String,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an admin account.
    Create {
        /// Email address to sign in with.
        #[arg(long)]
        email: String,
        /// Password (at least 10 characters).
        #[arg(long, env = "VIELFALT_ADMIN_PASSWORD")]
        password: String,
        /// Display name.
        #[arg(long)]
        name: String,
    },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Schema) => {
            print!("{}", graphql::sdl());
            return std::process::ExitCode::SUCCESS;
        }
        Some(Command::Openapi) => {
            println!("{}", rest::openapi::document());
            return std::process::ExitCode::SUCCESS;
        }
        _ => {}
    }
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("vielfalt: {message}");
            return std::process::ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("vielfalt: cannot start the runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command.unwrap_or(Command::Serve), settings)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("vielfalt: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let bind = settings.bind.clone();
            let app = Application::build(settings).await?;
            tracing::info!(port = app.port(), "serving");
            let host = bind.rsplit_once(':').map(|(h, _)| h).unwrap_or("127.0.0.1");
            println!(
                "  Vielfaltsnetz läuft / is running: http://{host}:{}/",
                app.port()
            );
            println!(
                "  GraphQL: http://{host}:{}/graphql   GraphiQL: http://{host}:{}/graphiql",
                app.port(),
                app.port()
            );
            app.run().await?;
        }
        Command::Migrate => {
            startup::prepare(settings).await?;
            println!("Migrationen angewendet / migrations applied");
        }
        Command::Admin {
            command:
                AdminCommand::Create {
                    email,
                    password,
                    name,
                },
        } => {
            let state = startup::prepare(settings).await?;
            let person = domain::people::create_admin(&state.db, &email, &password, &name)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.text().get(entity::enums::Locale::De)))?;
            println!("Admin angelegt / admin created: {}", person.id);
        }
        Command::SeedDemo { scale: Some(scale) } => {
            let state = startup::prepare(settings).await?;
            if !domain::demo::is_empty(&state.db)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
            {
                anyhow::bail!(
                    "the database is not empty; the data set goes into an empty database only"
                );
            }
            let report =
                domain::demo_scale::seed(&state.db, state.settings.pseudonym_key.expose(), scale)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            println!(
                "Datensatz angelegt / data set created: {} municipalities, {} cohorts, {} people, {} posts, {} comments. Admin: {} / {}",
                report.municipalities,
                report.cohorts,
                report.people,
                report.posts,
                report.comments,
                report.admin_email,
                report.password
            );
        }
        Command::SeedDemo { scale: None } => {
            let state = startup::prepare(settings).await?;
            if !domain::demo::is_empty(&state.db)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?
            {
                anyhow::bail!(
                    "the database is not empty; demo data goes into an empty database only"
                );
            }
            let login = domain::demo::seed(&state.db, state.settings.pseudonym_key.expose())
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            println!(
                "Demodaten angelegt / demo data created. Admin: {} / {}",
                login.admin_email, login.password
            );
        }
        Command::Schema => print!("{}", graphql::sdl()),
        Command::Openapi => println!("{}", rest::openapi::document()),
        Command::Privacy {
            command: PrivacyCommand::Purge { dry_run },
        } => {
            let months = settings.retention_months;
            let state = startup::prepare(settings).await?;
            let summary = domain::privacy::purge(&state.db, months, chrono::Utc::now(), dry_run)
                .await
                .map_err(text)?;
            let verb = if dry_run {
                "würde bereinigen / would purge"
            } else {
                "bereinigt / purged"
            };
            println!(
                "{verb}: {} Durchgang/cohort(s), {} Person(en)/people erased, {} records",
                summary.cohorts.len(),
                summary.people_erased,
                summary.records_removed
            );
            for title in summary.cohorts {
                println!("  - {title}");
            }
        }
        Command::Token { command } => {
            let state = startup::prepare(settings).await?;
            token_command(&state.db, command).await?;
        }
    }
    Ok(())
}

fn text(error: vielfalt_api::error::AppError) -> anyhow::Error {
    match &error {
        vielfalt_api::error::AppError::BadUserInput(fields) => anyhow::anyhow!(
            "{}",
            fields
                .iter()
                .map(|f| format!("{}: {}", f.field, f.message.en))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => anyhow::anyhow!("{}", other.text().en),
    }
}

async fn token_command(
    db: &sea_orm::DatabaseConnection,
    command: TokenCommand,
) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create {
            name,
            scopes,
            municipality,
            expires_in_days,
        } => {
            let scopes = scopes
                .iter()
                .map(|s| Scope::parse(s).ok_or_else(|| anyhow::anyhow!("unknown scope '{s}'")))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let municipality_id = match municipality {
                Some(ags) => Some(
                    domain::municipalities::find_by_ags(db, ags.trim())
                        .await
                        .map_err(text)?
                        .ok_or_else(|| anyhow::anyhow!("no municipality with AGS {ags}"))?
                        .id,
                ),
                None => None,
            };
            let expires_at =
                expires_in_days.map(|d| chrono::Utc::now() + chrono::Duration::days(d));
            let new = api_tokens::NewToken {
                name,
                scopes,
                municipality_id,
                expires_at,
            };
            let (token, secret) = api_tokens::issue(db, None, new).await.map_err(text)?;
            domain::audit::record_as(
                db,
                "system",
                "token.created",
                Some(domain::audit::Target::new("api_token", token.id)),
            )
            .await
            .map_err(text)?;
            println!("id:       {}", token.id);
            println!("prefix:   {}", token.prefix);
            println!("expires:  {}", token.expires_at.to_rfc3339());
            println!("Das Token wird nur jetzt angezeigt / the token is shown only now:");
            println!("{secret}");
        }
        TokenCommand::List { all } => {
            let page = api_tokens::list_all(db, all, PageRequest::all())
                .await
                .map_err(text)?;
            println!(
                "{:<38} {:<10} {:<25} {:<26} name",
                "id", "prefix", "expires", "revoked"
            );
            for token in page.items {
                println!(
                    "{:<38} {:<10} {:<25} {:<26} {}",
                    token.id,
                    token.prefix,
                    token.expires_at.format("%Y-%m-%d %H:%M UTC"),
                    token
                        .revoked_at
                        .map(|r| r.to_rfc3339())
                        .unwrap_or_else(|| "-".to_owned()),
                    token.name
                );
            }
        }
        TokenCommand::Revoke { id } => {
            let id = uuid::Uuid::parse_str(id.trim())
                .map_err(|_| anyhow::anyhow!("not a token id: {id}"))?;
            let token = api_tokens::revoke_any(db, id).await.map_err(text)?;
            domain::audit::record_as(
                db,
                "system",
                "token.revoked",
                Some(domain::audit::Target::new("api_token", token.id)),
            )
            .await
            .map_err(text)?;
            println!("widerrufen / revoked: {} ({})", token.id, token.name);
        }
    }
    Ok(())
}
