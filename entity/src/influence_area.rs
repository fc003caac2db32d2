//! An area in a person's sphere of influence, per cohort.

use crate::enums::{InfluenceCircle, InfluenceDomain};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "influence_area")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub person_id: Uuid,
    pub cohort_id: Uuid,
    pub circle: InfluenceCircle,
    pub domain: InfluenceDomain,
    pub description: String,
    /// JSON array of strings.
    pub stakeholders: String,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
