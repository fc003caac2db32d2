//! Creates `feedback_response`: answers to feedback rounds; anonymous ones without any link to their author.

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
                    .table("feedback_response")
                    .col(pk_uuid("id"))
                    .col(uuid("round_id"))
                    .col(uuid_null("person_id"))
                    .col(text("author_key"))
                    .col(integer_null("rating"))
                    .col(text_null("text"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "feedback_response",
                        "round_id",
                        "feedback_round",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "feedback_response",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(Check::named(
                        "ck_feedback_response_rating",
                        Expr::cust("rating IS NULL OR (rating >= 1 AND rating <= 5)"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "feedback_response", &["person_id"]).await?;
        unique(manager, "feedback_response", &["round_id", "author_key"]).await?;
        Ok(())
    }
}
