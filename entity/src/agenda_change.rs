//! Who moved which session from where to where, and why.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agenda_change")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub cohort_id: Uuid,
    pub session_id: Uuid,
    pub by_person_id: Option<Uuid>,
    pub from_day: Date,
    pub from_position: i32,
    pub to_day: Date,
    pub to_position: i32,
    pub reason: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
