//! Creates `webhook_delivery`: the transactional outbox of webhook calls and their log.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, one_of, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("webhook_delivery")
                    .col(pk_uuid("id"))
                    .col(uuid("endpoint_id"))
                    .col(text("event"))
                    .col(text("payload"))
                    .col(text("status"))
                    .col(integer("attempts").default(0))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(integer_null("last_status_code"))
                    .col(text_null("last_error"))
                    .col(timestamp_with_time_zone_null("delivered_at"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "webhook_delivery",
                        "endpoint_id",
                        "webhook_endpoint",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "webhook_delivery",
                        "status",
                        &["PENDING", "DELIVERED", "FAILED"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "webhook_delivery", &["endpoint_id", "status"]).await?;
        index(manager, "webhook_delivery", &["status", "next_attempt_at"]).await?;
        Ok(())
    }
}
