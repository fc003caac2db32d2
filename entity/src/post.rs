//! A community post, in a cohort or in the whole network.

use crate::enums::PostKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    /// `None` once the author has been erased.
    pub author_id: Option<Uuid>,
    pub cohort_id: Option<Uuid>,
    pub kind: PostKind,
    pub title: String,
    pub body: String,
    /// JSON array of lower-case tags.
    pub tags: String,
    pub pinned: bool,
    pub locked: bool,
    pub hidden: bool,
    pub edited_at: Option<DateTimeUtc>,
    /// Peer consultation (kollegiale Beratung): the case and the question for the peers.
    pub consultation_case: Option<String>,
    pub consultation_question: Option<String>,
    /// The request may be shown beyond its cohort.
    pub consultation_shareable: bool,
    pub resolved_at: Option<DateTimeUtc>,
    /// Title, body and tags normalised for full-text search (kept by the application).
    pub search_text: String,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
