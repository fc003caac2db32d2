//! Creates `audit_event`: the append-only audit log.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("audit_event")
                    .col(pk_uuid("id"))
                    .col(text("actor"))
                    .col(text("action"))
                    .col(text_null("target"))
                    .col(uuid_null("subject_person_id"))
                    .col(text_null("request_id"))
                    .col(created_at())
                    .to_owned(),
            )
            .await?;
        index(manager, "audit_event", &["subject_person_id"]).await?;
        index(manager, "audit_event", &["actor"]).await?;
        index(manager, "audit_event", &["action"]).await?;
        Ok(())
    }
}
