//! Creates `notification`: replies, reactions and mentions a person has not read yet.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, one_of};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("notification")
                    .col(pk_uuid("id"))
                    .col(uuid("recipient_id"))
                    .col(uuid_null("actor_id"))
                    .col(text("kind"))
                    .col(uuid_null("post_id"))
                    .col(uuid_null("comment_id"))
                    .col(timestamp_with_time_zone_null("read_at"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "notification",
                        "recipient_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "notification",
                        "actor_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "notification",
                        "post_id",
                        "post",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "notification",
                        "comment_id",
                        "comment",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "notification",
                        "kind",
                        &["REPLY", "REACTION", "MENTION"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "notification", &["recipient_id", "read_at"]).await?;
        index(manager, "notification", &["actor_id"]).await?;
        index(manager, "notification", &["post_id"]).await?;
        index(manager, "notification", &["comment_id"]).await?;
        Ok(())
    }
}
