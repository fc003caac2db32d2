//! A comment on a post, threaded one level deep.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comment")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub post_id: Uuid,
    /// `None` once the author has been erased.
    pub author_id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    pub body: String,
    pub hidden: bool,
    pub edited_at: Option<DateTimeUtc>,
    /// Set when a comment with replies was deleted: it stays as an empty placeholder.
    pub deleted_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
