//! Creates `refresh_token`: refresh tokens of sign-ins (hashes only).

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
                    .table("refresh_token")
                    .col(pk_uuid("id"))
                    .col(uuid("person_id"))
                    .col(uuid("family_id"))
                    .col(text("token_hash"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "refresh_token",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "refresh_token", &["person_id"]).await?;
        index(manager, "refresh_token", &["family_id"]).await?;
        unique(manager, "refresh_token", &["token_hash"]).await?;
        Ok(())
    }
}
