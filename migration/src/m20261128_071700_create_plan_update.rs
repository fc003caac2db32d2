//! Creates `plan_update`: the history of each plan.

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
                    .table("plan_update")
                    .col(pk_uuid("id"))
                    .col(uuid("plan_id"))
                    .col(uuid_null("author_id"))
                    .col(text("status"))
                    .col(text_null("note"))
                    .col(uuid_null("follow_up_id"))
                    .col(uuid_null("check_in_id"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "plan_update",
                        "plan_id",
                        "plan",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "plan_update",
                        "author_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "plan_update",
                        "follow_up_id",
                        "follow_up",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "plan_update",
                        "check_in_id",
                        "check_in",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of(
                        "plan_update",
                        "status",
                        &["IDEA", "IN_PROGRESS", "DONE", "DROPPED"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "plan_update", &["plan_id"]).await?;
        index(manager, "plan_update", &["author_id"]).await?;
        index(manager, "plan_update", &["follow_up_id"]).await?;
        index(manager, "plan_update", &["check_in_id"]).await?;
        Ok(())
    }
}
