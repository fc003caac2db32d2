//! Creates `idempotency_key`: the first result of a write sent with an `Idempotency-Key`, kept
//! 24 hours per caller, so a retried request does not do the work twice.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, index, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("idempotency_key")
                    .col(pk_uuid("id"))
                    .col(text("caller"))
                    .col(text("key"))
                    .col(text("request_hash"))
                    .col(integer_null("status"))
                    .col(text_null("body"))
                    .col(created_at())
                    .to_owned(),
            )
            .await?;
        unique(manager, "idempotency_key", &["caller", "key"]).await?;
        index(manager, "idempotency_key", &["created_at"]).await?;
        Ok(())
    }
}
