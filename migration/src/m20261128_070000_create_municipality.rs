//! Creates `municipality`: the municipalities taking part.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, unique, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("municipality")
                    .col(pk_uuid("id"))
                    .col(text("name"))
                    .col(text("ags"))
                    .col(text("state"))
                    .col(created_at())
                    .col(updated_at())
                    .check(Check::named(
                        "ck_municipality_ags",
                        Expr::cust("length(ags) = 8"),
                    ))
                    .to_owned(),
            )
            .await?;
        unique(manager, "municipality", &["ags"]).await?;
        Ok(())
    }
}
