//! A mail waiting to be sent (or sent), written in the recipient's language.

use sea_orm::entity::prelude::*;

use crate::enums::{Locale, MailKind};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_email")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub recipient_id: Option<Uuid>,
    pub to_address: String,
    pub locale: Locale,
    pub kind: MailKind,
    pub subject: String,
    pub body: String,
    /// Makes the same reminder be written once only.
    #[sea_orm(unique)]
    pub dedupe_key: String,
    pub follow_up_id: Option<Uuid>,
    pub due_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
