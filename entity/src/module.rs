//! A reusable curriculum block.

use crate::enums::ModuleKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "module")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub title: String,
    pub kind: ModuleKind,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub duration_minutes: Option<i32>,
    /// JSON array of strings.
    pub learning_goals: String,
    /// JSON array of lower-case tags.
    pub tags: String,
    /// JSON array of `{title, url}`.
    pub materials: String,
    pub archived: bool,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
