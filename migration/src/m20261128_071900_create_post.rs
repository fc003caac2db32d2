//! Creates `post`: community posts.

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
                    .table("post")
                    .col(pk_uuid("id"))
                    .col(uuid_null("author_id"))
                    .col(uuid_null("cohort_id"))
                    .col(text("kind"))
                    .col(text("title"))
                    .col(text("body"))
                    .col(text("tags"))
                    .col(boolean("pinned").default(false))
                    .col(boolean("locked").default(false))
                    .col(boolean("hidden").default(false))
                    .col(timestamp_with_time_zone_null("edited_at"))
                    .col(text_null("consultation_case"))
                    .col(text_null("consultation_question"))
                    .col(boolean("consultation_shareable").default(false))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "post",
                        "author_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "post",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "post",
                        "kind",
                        &[
                            "EXPERIENCE",
                            "QUESTION",
                            "CONSULTATION_REQUEST",
                            "IDEA",
                            "EVENT",
                            "RESOURCE",
                            "ANNOUNCEMENT",
                        ],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "post", &["author_id"]).await?;
        index(manager, "post", &["cohort_id"]).await?;
        Ok(())
    }
}
