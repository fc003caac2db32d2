//! Creates `organisation`: organisations people work or volunteer in.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, one_of, unique, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("organisation")
                    .col(pk_uuid("id"))
                    .col(text("name"))
                    .col(text("kind"))
                    .col(uuid_null("municipality_id"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "organisation",
                        "municipality_id",
                        "municipality",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of(
                        "organisation",
                        "kind",
                        &[
                            "ADMINISTRATION",
                            "CIVIL_SOCIETY",
                            "EDUCATION",
                            "BUSINESS",
                            "OTHER",
                        ],
                    ))
                    .to_owned(),
            )
            .await?;
        unique(manager, "organisation", &["municipality_id", "name"]).await?;
        Ok(())
    }
}
