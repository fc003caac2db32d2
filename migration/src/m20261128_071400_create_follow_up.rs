//! Creates `follow_up`: follow-up meetings.

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
                    .table("follow_up")
                    .col(pk_uuid("id"))
                    .col(uuid("cohort_id"))
                    .col(text("title"))
                    .col(timestamp_with_time_zone("scheduled_at"))
                    .col(integer("duration_minutes"))
                    .col(text("format"))
                    .col(text_null("meeting_url"))
                    .col(text_null("location"))
                    .col(text_null("agenda"))
                    .col(text("status"))
                    .col(integer("revision").default(0))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "follow_up",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of("follow_up", "format", &["ONLINE", "IN_PERSON"]))
                    .check(one_of(
                        "follow_up",
                        "status",
                        &["SCHEDULED", "DONE", "CANCELLED"],
                    ))
                    .check(Check::named(
                        "ck_follow_up_duration",
                        Expr::cust("duration_minutes > 0"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "follow_up", &["cohort_id"]).await?;
        index(manager, "follow_up", &["scheduled_at"]).await?;
        Ok(())
    }
}
