//! Adds `person.calendar_salt`: with the server key it derives the personal calendar link, so the
//! link can be shown again without storing it; resetting the salt revokes the old link.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("person")
                    .add_column(text_null("calendar_salt"))
                    .to_owned(),
            )
            .await
    }
}
