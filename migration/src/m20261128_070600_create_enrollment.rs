//! Creates `enrollment`: people in cohorts.

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
                    .table("enrollment")
                    .col(pk_uuid("id"))
                    .col(uuid("person_id"))
                    .col(uuid("cohort_id"))
                    .col(text("role"))
                    .col(text("status"))
                    .col(boolean("multiplier").default(false))
                    .col(boolean("influence_map_shared").default(false))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "enrollment",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "enrollment",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "enrollment",
                        "role",
                        &["PARTICIPANT", "FACILITATOR", "GUEST"],
                    ))
                    .check(one_of(
                        "enrollment",
                        "status",
                        &["INVITED", "ACTIVE", "COMPLETED", "WITHDRAWN"],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "enrollment", &["cohort_id", "status"]).await?;
        unique(manager, "enrollment", &["person_id", "cohort_id"]).await?;
        Ok(())
    }
}
