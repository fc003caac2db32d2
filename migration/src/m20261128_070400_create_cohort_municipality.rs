//! Creates `cohort_municipality`: which municipalities a cohort brings together.

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
                    .table("cohort_municipality")
                    .col(pk_uuid("id"))
                    .col(uuid("cohort_id"))
                    .col(uuid("municipality_id"))
                    .col(created_at())
                    .foreign_key(&mut fk(
                        "cohort_municipality",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "cohort_municipality",
                        "municipality_id",
                        "municipality",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "cohort_municipality", &["municipality_id"]).await?;
        unique(
            manager,
            "cohort_municipality",
            &["cohort_id", "municipality_id"],
        )
        .await?;
        Ok(())
    }
}
