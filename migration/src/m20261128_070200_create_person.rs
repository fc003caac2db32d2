//! Creates `person`: everyone who signs in.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, one_of, unique, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("person")
                    .col(pk_uuid("id"))
                    .col(text("display_name"))
                    .col(text_null("email"))
                    .col(text_null("pronouns"))
                    .col(text_null("bio"))
                    .col(text("locale"))
                    .col(text("role"))
                    .col(uuid_null("organisation_id"))
                    .col(uuid_null("municipality_id"))
                    .col(boolean("directory_visible").default(false))
                    .col(text_null("password_hash"))
                    .col(integer("auth_version").default(0))
                    .col(text_null("calendar_token_hash"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "person",
                        "organisation_id",
                        "organisation",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "person",
                        "municipality_id",
                        "municipality",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of("person", "locale", &["DE", "EN"]))
                    .check(one_of(
                        "person",
                        "role",
                        &["ADMIN", "FACILITATOR", "PARTICIPANT"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "person", &["organisation_id"]).await?;
        index(manager, "person", &["municipality_id"]).await?;
        unique(manager, "person", &["email"]).await?;
        unique(manager, "person", &["calendar_token_hash"]).await?;
        Ok(())
    }
}
