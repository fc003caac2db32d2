//! Creates `invitation`: invitations to set a password and join.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("invitation")
                    .col(pk_uuid("id"))
                    .col(uuid("person_id"))
                    .col(uuid_null("cohort_id"))
                    .col(text("token_hash"))
                    .col(uuid_null("invited_by_id"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("accepted_at"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "invitation",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "invitation",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "invitation",
                        "invited_by_id",
                        "person",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "invitation", &["person_id"]).await?;
        index(manager, "invitation", &["cohort_id"]).await?;
        index(manager, "invitation", &["invited_by_id"]).await?;
        unique(manager, "invitation", &["token_hash"]).await?;
        Ok(())
    }
}
