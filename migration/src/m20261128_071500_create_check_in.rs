//! Creates `check_in`: what people report at follow-ups.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, unique, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("check_in")
                    .col(pk_uuid("id"))
                    .col(uuid("follow_up_id"))
                    .col(uuid("person_id"))
                    .col(text("what_happened"))
                    .col(text_null("challenges"))
                    .col(boolean("needs_consultation").default(false))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "check_in",
                        "follow_up_id",
                        "follow_up",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "check_in",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "check_in", &["person_id"]).await?;
        unique(manager, "check_in", &["follow_up_id", "person_id"]).await?;
        Ok(())
    }
}
