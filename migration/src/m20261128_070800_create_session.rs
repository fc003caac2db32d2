//! Creates `session`: modules scheduled on training days.

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
                    .table("session")
                    .col(pk_uuid("id"))
                    .col(uuid("cohort_id"))
                    .col(uuid_null("module_id"))
                    .col(text("title"))
                    .col(date("day"))
                    .col(timestamp_with_time_zone_null("starts_at"))
                    .col(timestamp_with_time_zone_null("ends_at"))
                    .col(integer("position"))
                    .col(text("status"))
                    .col(text_null("notes"))
                    .col(integer("revision").default(0))
                    .col(text_null("check_in_code"))
                    .col(timestamp_with_time_zone_null("check_in_code_expires_at"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "session",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "session",
                        "module_id",
                        "module",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of("session", "status", &["PLANNED", "DONE", "SKIPPED"]))
                    .check(Check::named(
                        "ck_session_position",
                        Expr::cust("position >= 0"),
                    ))
                    .check(Check::named(
                        "ck_session_times",
                        Expr::cust("ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "session", &["module_id"]).await?;
        index(manager, "session", &["cohort_id", "day", "position"]).await?;
        Ok(())
    }
}
