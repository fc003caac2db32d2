//! An append-only record of who did or read what. Never holds a secret or free text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    /// `person:<id>`, `token:<id>` or `system`.
    pub actor: String,
    pub action: String,
    /// `<kind>:<id>` of the record concerned.
    pub target: Option<String>,
    /// The person the record is about, for their access log.
    pub subject_person_id: Option<Uuid>,
    pub request_id: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
