//! Adds `cohort.report_snapshot` and `cohort.purged_at`: when the retention period of an archived
//! cohort ends, its participants' personal data goes, and the report's figures stay as a snapshot.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("cohort")
                    .add_column(text_null("report_snapshot"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("cohort")
                    .add_column(timestamp_with_time_zone_null("purged_at"))
                    .to_owned(),
            )
            .await
    }
}
