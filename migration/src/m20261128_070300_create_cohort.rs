//! Creates `cohort`: the cohorts (Durchgänge) of the programme.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, index, one_of, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("cohort")
                    .col(pk_uuid("id"))
                    .col(text("title"))
                    .col(text("programme"))
                    .col(text_null("description"))
                    .col(text("status"))
                    .col(date_null("starts_on"))
                    .col(date_null("ends_on"))
                    .col(text_null("location"))
                    .col(integer_null("capacity"))
                    .col(timestamp_with_time_zone_null("archived_at"))
                    .col(created_at())
                    .col(updated_at())
                    .check(one_of(
                        "cohort",
                        "status",
                        &["PLANNED", "RUNNING", "COMPLETED", "ARCHIVED"],
                    ))
                    .check(Check::named(
                        "ck_cohort_dates",
                        Expr::cust("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on"),
                    ))
                    .check(Check::named(
                        "ck_cohort_capacity",
                        Expr::cust("capacity IS NULL OR capacity >= 0"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "cohort", &["status"]).await?;
        Ok(())
    }
}
