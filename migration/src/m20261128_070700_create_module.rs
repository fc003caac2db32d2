//! Creates `module`: the curriculum library.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, index, one_of, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("module")
                    .col(pk_uuid("id"))
                    .col(text("title"))
                    .col(text("kind"))
                    .col(text_null("summary"))
                    .col(text_null("description"))
                    .col(integer_null("duration_minutes"))
                    .col(text("learning_goals"))
                    .col(text("tags"))
                    .col(text("materials"))
                    .col(boolean("archived").default(false))
                    .col(created_at())
                    .col(updated_at())
                    .check(one_of(
                        "module",
                        "kind",
                        &[
                            "INPUT",
                            "EXERCISE",
                            "REFLECTION",
                            "PEER_CONSULTATION",
                            "INFLUENCE_MAPPING",
                            "FEEDBACK",
                            "NETWORKING",
                            "OTHER",
                        ],
                    ))
                    .check(Check::named(
                        "ck_module_duration",
                        Expr::cust("duration_minutes IS NULL OR duration_minutes > 0"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "module", &["kind"]).await?;
        Ok(())
    }
}
