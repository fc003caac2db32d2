//! Creates `agenda_change`: the history of the agenda.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("agenda_change")
                    .col(pk_uuid("id"))
                    .col(uuid("cohort_id"))
                    .col(uuid("session_id"))
                    .col(uuid_null("by_person_id"))
                    .col(date("from_day"))
                    .col(integer("from_position"))
                    .col(date("to_day"))
                    .col(integer("to_position"))
                    .col(text_null("reason"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "agenda_change",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "agenda_change",
                        "session_id",
                        "session",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "agenda_change",
                        "by_person_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "agenda_change", &["cohort_id"]).await?;
        index(manager, "agenda_change", &["session_id"]).await?;
        index(manager, "agenda_change", &["by_person_id"]).await?;
        Ok(())
    }
}
