//! A person: programme staff, facilitator or participant.

use crate::enums::{Locale, Role};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "person")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub display_name: String,
    /// Lower-cased; `None` once the person has been erased.
    #[sea_orm(unique)]
    pub email: Option<String>,
    pub pronouns: Option<String>,
    pub bio: Option<String>,
    pub locale: Locale,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    pub municipality_id: Option<Uuid>,
    pub directory_visible: bool,
    /// Argon2 PHC string; `None` until an invitation is accepted.
    pub password_hash: Option<String>,
    /// Raised on password or role change: access tokens of an older version stop working.
    pub auth_version: i32,
    /// SHA-256 of the secret in the personal calendar link.
    pub calendar_token_hash: Option<String>,
    /// Random; with the server key it derives the personal calendar link (reset = new salt).
    pub calendar_salt: Option<String>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
