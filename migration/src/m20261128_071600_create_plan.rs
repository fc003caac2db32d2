//! Creates `plan`: plans participants take home.

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
                    .table("plan")
                    .col(pk_uuid("id"))
                    .col(uuid("owner_id"))
                    .col(uuid_null("cohort_id"))
                    .col(text("title"))
                    .col(text_null("description"))
                    .col(text("scale"))
                    .col(text("status"))
                    .col(text("visibility"))
                    .col(date_null("target_date"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "plan",
                        "owner_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "plan",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of("plan", "scale", &["SMALL", "LARGE"]))
                    .check(one_of(
                        "plan",
                        "status",
                        &["IDEA", "IN_PROGRESS", "DONE", "DROPPED"],
                    ))
                    .check(one_of(
                        "plan",
                        "visibility",
                        &["PRIVATE", "FACILITATORS", "COHORT", "COMMUNITY"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "plan", &["owner_id"]).await?;
        index(manager, "plan", &["cohort_id"]).await?;
        Ok(())
    }
}
