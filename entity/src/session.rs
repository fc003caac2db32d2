//! A module scheduled on a training day of a cohort.

use crate::enums::SessionStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub cohort_id: Uuid,
    pub module_id: Option<Uuid>,
    pub title: String,
    pub day: Date,
    pub starts_at: Option<DateTimeUtc>,
    pub ends_at: Option<DateTimeUtc>,
    /// 0-based, dense within (cohort, day).
    pub position: i32,
    pub status: SessionStatus,
    pub notes: Option<String>,
    /// Raised whenever the session moves or changes (iCalendar SEQUENCE).
    pub revision: i32,
    pub check_in_code: Option<String>,
    pub check_in_code_expires_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
