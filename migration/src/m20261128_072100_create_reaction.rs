//! Creates `reaction`: reactions to posts and comments.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, one_of, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("reaction")
                    .col(pk_uuid("id"))
                    .col(uuid("person_id"))
                    .col(uuid("target_id"))
                    .col(uuid_null("post_id"))
                    .col(uuid_null("comment_id"))
                    .col(text("kind"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "reaction",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "reaction",
                        "post_id",
                        "post",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "reaction",
                        "comment_id",
                        "comment",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "reaction",
                        "kind",
                        &["LIKE", "THANKS", "INSIGHTFUL", "SUPPORT"],
                    ))
                    .check(Check::named(
                        "ck_reaction_target",
                        Expr::cust("(post_id IS NULL) <> (comment_id IS NULL)"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "reaction", &["post_id"]).await?;
        index(manager, "reaction", &["comment_id"]).await?;
        index(manager, "reaction", &["target_id"]).await?;
        unique(manager, "reaction", &["person_id", "target_id", "kind"]).await?;
        Ok(())
    }
}
