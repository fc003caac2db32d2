//! One answer to a feedback round. An anonymous answer keeps no link to its author:
//! only a keyed hash of (person, round), and the round's own time.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_response")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub round_id: Uuid,
    /// `None` for anonymous rounds.
    pub person_id: Option<Uuid>,
    /// HMAC(server secret, person, round): replaces an earlier answer without naming anyone.
    pub author_key: String,
    pub rating: Option<i32>,
    pub text: Option<String>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
