//! `vielfalt`: the command line of the Vielfaltsnetz service.

use clap::{Parser, Subcommand};
use vielfalt_api::{Application, domain, graphql, settings::Settings, startup, telemetry};

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
    SeedDemo,
    /// Print the GraphQL schema (SDL).
    Schema,
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
    if let Some(Command::Schema) = cli.command {
        print!("{}", graphql::sdl());
        return std::process::ExitCode::SUCCESS;
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
        Command::SeedDemo => {
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
    }
    Ok(())
}
