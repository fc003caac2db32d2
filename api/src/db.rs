//! The database: SQLite (embedded default) or PostgreSQL, connected, tuned and migrated.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};

/// Counts every SQL statement the service runs, for `/metrics` and the DataLoader tests.
#[derive(Debug, Default)]
pub struct StatementCounter(AtomicU64);

impl StatementCounter {
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Opens the pool. For SQLite the folder of the file is created, WAL mode, a busy timeout and
/// foreign keys are switched on.
pub async fn connect(
    url: &str,
    counter: Arc<StatementCounter>,
) -> anyhow::Result<DatabaseConnection> {
    let is_sqlite = url.starts_with("sqlite:");
    if is_sqlite {
        create_sqlite_folder(url)?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10));
    if is_sqlite {
        options
            .max_connections(8)
            .min_connections(1)
            .map_sqlx_sqlite_opts(|opts| {
                opts.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(Duration::from_secs(15))
                    .foreign_keys(true)
            });
    } else {
        // Fail fast while the database is away: a request waits at most 3 s for a connection.
        options
            .max_connections(20)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(3))
            .connect_timeout(Duration::from_secs(3))
            .statement_timeout(Duration::from_secs(30));
    }
    let mut db = Database::connect(options)
        .await
        .context("cannot connect to the database")?;
    db.set_metric_callback(move |_info| {
        counter.0.fetch_add(1, Ordering::Relaxed);
    });
    Ok(db)
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None).await.context("migration failed")?;
    Ok(())
}

/// True when the database answers.
pub async fn ping(db: &DatabaseConnection) -> bool {
    tokio::time::timeout(Duration::from_secs(3), db.execute_unprepared("SELECT 1"))
        .await
        .is_ok_and(|r| r.is_ok())
}

fn create_sqlite_folder(url: &str) -> anyhow::Result<()> {
    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or("");
    if path.is_empty() || path.starts_with(":memory:") {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create the folder {}", parent.display()))?;
    }
    Ok(())
}
