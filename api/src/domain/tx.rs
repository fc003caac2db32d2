//! Write transactions. On SQLite they start IMMEDIATE, so concurrent writers wait for the lock
//! (busy timeout) instead of failing half-way with "database is locked".

use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};

use crate::error::AppResult;

/// Begins a transaction that will write.
pub async fn begin<C: TransactionTrait>(db: &C) -> AppResult<C::Transaction> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    Ok(db.begin_with_options(options).await?)
}
