//! Creates `webhook_endpoint`: where a municipality's systems want to hear about changes.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("webhook_endpoint")
                    .col(pk_uuid("id"))
                    .col(uuid("municipality_id"))
                    .col(text("url"))
                    .col(text("events"))
                    .col(boolean("active").default(true))
                    .col(uuid_null("created_by_id"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "webhook_endpoint",
                        "municipality_id",
                        "municipality",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "webhook_endpoint",
                        "created_by_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "webhook_endpoint", &["municipality_id"]).await?;
        index(manager, "webhook_endpoint", &["created_by_id"]).await?;
        Ok(())
    }
}
