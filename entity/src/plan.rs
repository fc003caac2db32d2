//! A plan a participant takes home, small or large.

use crate::enums::{PlanScale, PlanStatus, Visibility};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub owner_id: Uuid,
    pub cohort_id: Option<Uuid>,
    pub title: String,
    pub description: Option<String>,
    pub scale: PlanScale,
    pub status: PlanStatus,
    pub visibility: Visibility,
    pub target_date: Option<Date>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
