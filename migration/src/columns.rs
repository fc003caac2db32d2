//! Building blocks shared by the migrations: timestamps, named foreign keys, indexes and checks.

use sea_orm_migration::{prelude::*, schema::*};

/// `created_at`, set by the application in UTC.
pub fn created_at() -> ColumnDef {
    timestamp_with_time_zone("created_at")
}

/// `updated_at`, set by the application in UTC.
pub fn updated_at() -> ColumnDef {
    timestamp_with_time_zone("updated_at")
}

/// A foreign key named `fk_<table>_<column>` to `<target>.id`.
pub fn fk(
    table: &'static str,
    column: &'static str,
    target: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, "id")
        .on_delete(on_delete)
        .on_update(ForeignKeyAction::Cascade)
        .to_owned()
}

/// A CHECK constraint naming every value an enumeration column may hold.
pub fn one_of(table: &str, column: &str, values: &[&str]) -> Check {
    let list = values
        .iter()
        .map(|value| format!("'{value}'"))
        .collect::<Vec<_>>()
        .join(", ");
    Check::named(
        format!("ck_{table}_{column}"),
        Expr::cust(format!("\"{column}\" IN ({list})")),
    )
}

/// An index named `idx_<table>_<columns>`.
pub async fn index(
    manager: &SchemaManager<'_>,
    table: &'static str,
    columns: &[&'static str],
) -> Result<(), DbErr> {
    create_index(manager, table, columns, false).await
}

/// A unique index named `uq_<table>_<columns>`.
pub async fn unique(
    manager: &SchemaManager<'_>,
    table: &'static str,
    columns: &[&'static str],
) -> Result<(), DbErr> {
    create_index(manager, table, columns, true).await
}

async fn create_index(
    manager: &SchemaManager<'_>,
    table: &'static str,
    columns: &[&'static str],
    is_unique: bool,
) -> Result<(), DbErr> {
    let prefix = if is_unique { "uq" } else { "idx" };
    let mut statement = Index::create();
    statement
        .name(format!("{prefix}_{table}_{}", columns.join("_")))
        .table(table);
    for column in columns {
        statement.col(*column);
    }
    if is_unique {
        statement.unique();
    }
    manager.create_index(statement.to_owned()).await
}
