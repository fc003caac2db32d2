//! Creates `outbox_email`: mails to send (reminders, invitations), kept until sent.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, one_of, unique, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("outbox_email")
                    .col(pk_uuid("id"))
                    .col(uuid_null("recipient_id"))
                    .col(text("to_address"))
                    .col(text("locale"))
                    .col(text("kind"))
                    .col(text("subject"))
                    .col(text("body"))
                    .col(text("dedupe_key"))
                    .col(uuid_null("follow_up_id"))
                    .col(timestamp_with_time_zone("due_at"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .col(integer("attempts").default(0))
                    .col(text_null("last_error"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "outbox_email",
                        "recipient_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "outbox_email",
                        "follow_up_id",
                        "follow_up",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of("outbox_email", "locale", &["DE", "EN"]))
                    .check(one_of(
                        "outbox_email",
                        "kind",
                        &["INVITATION", "CHECK_IN_INVITATION", "CHECK_IN_REMINDER"],
                    ))
                    .to_owned(),
            )
            .await?;
        unique(manager, "outbox_email", &["dedupe_key"]).await?;
        index(manager, "outbox_email", &["recipient_id"]).await?;
        index(manager, "outbox_email", &["follow_up_id"]).await?;
        index(manager, "outbox_email", &["sent_at", "due_at"]).await?;
        Ok(())
    }
}
