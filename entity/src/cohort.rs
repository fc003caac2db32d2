//! A cohort (Durchgang) of the training programme.

use crate::enums::CohortStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohort")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub title: String,
    pub programme: String,
    pub description: Option<String>,
    pub status: CohortStatus,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
    /// When the cohort was archived: the retention period starts here.
    pub archived_at: Option<DateTimeUtc>,
    /// The report's figures, kept when the participants' personal data was purged.
    pub report_snapshot: Option<String>,
    /// When the retention period ended and personal data was purged.
    pub purged_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
