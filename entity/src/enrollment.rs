//! A person in a cohort, as participant, facilitator or guest.

use crate::enums::{CohortRole, EnrollmentStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enrollment")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,

    pub person_id: Uuid,
    pub cohort_id: Uuid,
    pub role: CohortRole,
    pub status: EnrollmentStatus,
    pub multiplier: bool,
    /// The person shares their influence map of this cohort with its facilitators.
    pub influence_map_shared: bool,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
