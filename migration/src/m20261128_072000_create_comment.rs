//! Creates `comment`: comments on posts.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("comment")
                    .col(pk_uuid("id"))
                    .col(uuid("post_id"))
                    .col(uuid_null("author_id"))
                    .col(uuid_null("parent_id"))
                    .col(text("body"))
                    .col(boolean("hidden").default(false))
                    .col(timestamp_with_time_zone_null("edited_at"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "comment",
                        "post_id",
                        "post",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "comment",
                        "author_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "comment",
                        "parent_id",
                        "comment",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "comment", &["post_id"]).await?;
        index(manager, "comment", &["author_id"]).await?;
        index(manager, "comment", &["parent_id"]).await?;
        Ok(())
    }
}
