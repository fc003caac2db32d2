//! Creates `api_token`: scoped tokens for municipal systems (hashes only).

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("api_token")
                    .col(pk_uuid("id"))
                    .col(text("name"))
                    .col(text("prefix"))
                    .col(text("secret_hash"))
                    .col(text("scopes"))
                    .col(uuid_null("municipality_id"))
                    .col(uuid_null("created_by_id"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "api_token",
                        "municipality_id",
                        "municipality",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "api_token",
                        "created_by_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "api_token", &["municipality_id"]).await?;
        index(manager, "api_token", &["created_by_id"]).await?;
        unique(manager, "api_token", &["prefix"]).await?;
        Ok(())
    }
}
