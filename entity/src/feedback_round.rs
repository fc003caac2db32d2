//! A question facilitators ask during a training day.

use crate::enums::FeedbackKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_round")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub cohort_id: Uuid,
    pub session_id: Option<Uuid>,
    pub question: String,
    pub kind: FeedbackKind,
    pub anonymous: bool,
    pub open: bool,
    pub facilitator_answer: Option<String>,
    pub created_by_id: Option<Uuid>,
    pub closed_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
