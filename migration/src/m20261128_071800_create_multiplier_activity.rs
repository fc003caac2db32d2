//! Creates `multiplier_activity`: what participants did as multipliers.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{created_at, fk, index, updated_at};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("multiplier_activity")
                    .col(pk_uuid("id"))
                    .col(uuid("person_id"))
                    .col(uuid_null("cohort_id"))
                    .col(text("title"))
                    .col(date("happened_on"))
                    .col(integer("people_reached"))
                    .col(text_null("notes"))
                    .col(created_at())
                    .col(updated_at())
                    .foreign_key(&mut fk(
                        "multiplier_activity",
                        "person_id",
                        "person",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "multiplier_activity",
                        "cohort_id",
                        "cohort",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(Check::named(
                        "ck_multiplier_activity_people_reached",
                        Expr::cust("people_reached >= 0"),
                    ))
                    .to_owned(),
            )
            .await?;
        index(manager, "multiplier_activity", &["person_id"]).await?;
        index(manager, "multiplier_activity", &["cohort_id"]).await?;
        Ok(())
    }
}
