//! A follow-up meeting of a cohort, months after the training days.

use crate::enums::{FollowUpFormat, FollowUpStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow_up")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub cohort_id: Uuid,
    pub title: String,
    pub scheduled_at: DateTimeUtc,
    pub duration_minutes: i32,
    pub format: FollowUpFormat,
    pub meeting_url: Option<String>,
    pub location: Option<String>,
    pub agenda: Option<String>,
    pub status: FollowUpStatus,
    /// Raised whenever the meeting changes (iCalendar SEQUENCE).
    pub revision: i32,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
