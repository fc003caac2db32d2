//! Creates `content_report`: reports to the moderators.

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
                    .table("content_report")
                    .col(pk_uuid("id"))
                    .col(uuid_null("reporter_id"))
                    .col(uuid("target_id"))
                    .col(uuid_null("post_id"))
                    .col(uuid_null("comment_id"))
                    .col(text("reason"))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .col(uuid_null("resolved_by_id"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "content_report",
                        "reporter_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "content_report",
                        "post_id",
                        "post",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "content_report",
                        "comment_id",
                        "comment",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "content_report",
                        "resolved_by_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(Check::named(
                        "ck_content_report_target",
                        Expr::cust("(post_id IS NULL) <> (comment_id IS NULL)"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "content_report", &["reporter_id"]).await?;
        index(manager, "content_report", &["post_id"]).await?;
        index(manager, "content_report", &["comment_id"]).await?;
        index(manager, "content_report", &["resolved_by_id"]).await?;
        index(manager, "content_report", &["target_id"]).await?;
        manager.get_connection().execute_unprepared("CREATE UNIQUE INDEX uq_content_report_open ON content_report (reporter_id, target_id) WHERE resolved_at IS NULL").await?;
        Ok(())
    }
}
