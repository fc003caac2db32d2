//! Creates `influence_area`: areas of each person's sphere of influence.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, one_of, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("influence_area")
                    .col(pk_uuid("id"))
                    .col(uuid("person_id"))
                    .col(uuid("cohort_id"))
                    .col(text("circle"))
                    .col(text("domain"))
                    .col(text("description"))
                    .col(text("stakeholders"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "influence_area",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "influence_area",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "influence_area",
                        "circle",
                        &["CONTROL", "INFLUENCE", "CONCERN"],
                    ))
                    .check(one_of(
                        "influence_area",
                        "domain",
                        &[
                            "OWN_ROLE",
                            "TEAM",
                            "ORGANISATION",
                            "MUNICIPALITY",
                            "CIVIL_SOCIETY",
                            "NETWORK",
                        ],
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "influence_area", &["cohort_id"]).await?;
        index(manager, "influence_area", &["person_id", "cohort_id"]).await?;
        Ok(())
    }
}
