//! Creates `feedback_round`: questions asked during training days.

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
                    .table("feedback_round")
                    .col(pk_uuid("id"))
                    .col(uuid("cohort_id"))
                    .col(uuid_null("session_id"))
                    .col(text("question"))
                    .col(text("kind"))
                    .col(boolean("anonymous"))
                    .col(boolean("open").default(true))
                    .col(text_null("facilitator_answer"))
                    .col(uuid_null("created_by_id"))
                    .col(timestamp_with_time_zone_null("closed_at"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "feedback_round",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "feedback_round",
                        "session_id",
                        "session",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "feedback_round",
                        "created_by_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of(
                        "feedback_round",
                        "kind",
                        &["RATING", "TEXT", "RATING_AND_TEXT"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "feedback_round", &["cohort_id"]).await?;
        index(manager, "feedback_round", &["session_id"]).await?;
        index(manager, "feedback_round", &["created_by_id"]).await?;
        Ok(())
    }
}
