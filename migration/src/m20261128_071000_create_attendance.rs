//! Creates `attendance`: who was present at which session.

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
                    .table("attendance")
                    .col(pk_uuid("id"))
                    .col(uuid("session_id"))
                    .col(uuid("person_id"))
                    .col(boolean("present"))
                    .col(text("source"))
                    .col(uuid_null("recorded_by_id"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "attendance",
                        "session_id",
                        "session",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "attendance",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "attendance",
                        "recorded_by_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of(
                        "attendance",
                        "source",
                        &["FACILITATOR", "CHECK_IN_CODE"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "attendance", &["recorded_by_id"]).await?;
        index(manager, "attendance", &["person_id"]).await?;
        unique(manager, "attendance", &["session_id", "person_id"]).await?;
        Ok(())
    }
}
