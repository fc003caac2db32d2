//! A recorded step of a plan: its status from then on, and a note.

use crate::enums::PlanStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_update")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub plan_id: Uuid,
    pub author_id: Option<Uuid>,
    pub status: PlanStatus,
    pub note: Option<String>,
    pub follow_up_id: Option<Uuid>,
    pub check_in_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
