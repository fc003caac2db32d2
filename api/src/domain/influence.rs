//! The sphere of influence: what a person controls, influences, or is only concerned by, in
//! their own role, team, organisation, municipality, civil society and network. Private to the
//! person unless they share the map of a cohort with its facilitators.

use chrono::Utc;
use entity::{
    enrollment,
    enums::{CohortRole, EnrollmentStatus, InfluenceCircle, InfluenceDomain},
    influence_area,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::{audit, ids::new_id, input};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
    i18n::Text,
    validate,
};

/// An area as entered.
pub struct AreaInput {
    pub cohort_id: Uuid,
    pub circle: InfluenceCircle,
    pub domain: InfluenceDomain,
    pub description: String,
    pub stakeholders: Vec<String>,
}

async fn own_enrollment(
    db: &impl ConnectionTrait,
    person_id: Uuid,
    cohort_id: Uuid,
) -> AppResult<Option<enrollment::Model>> {
    Ok(enrollment::Entity::find()
        .filter(enrollment::Column::PersonId.eq(person_id))
        .filter(enrollment::Column::CohortId.eq(cohort_id))
        .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
        .one(db)
        .await?)
}

/// Adds an area to the caller's map of a cohort they belong to.
pub async fn add(
    db: &impl ConnectionTrait,
    principal: &Principal,
    new: AreaInput,
) -> AppResult<influence_area::Model> {
    let me = principal.person()?;
    if own_enrollment(db, me.id, new.cohort_id).await?.is_none() {
        return Err(AppError::invalid(
            "cohortId",
            Text::new(
                "Sie gehören nicht zu diesem Durchgang.",
                "You do not belong to this cohort.",
            ),
        ));
    }
    validate! {
        description = input::required(&new.description, "description", 500),
        stakeholders = input::text_list(&new.stakeholders, "stakeholders", 20, 100),
    }
    let now = Utc::now();
    Ok(influence_area::ActiveModel {
        id: Set(new_id()),
        person_id: Set(me.id),
        cohort_id: Set(new.cohort_id),
        circle: Set(new.circle),
        domain: Set(new.domain),
        description: Set(description),
        stakeholders: Set(input::to_json_list(&stakeholders)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

async fn owned(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<influence_area::Model> {
    let me = principal.person()?;
    influence_area::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|area| area.person_id == me.id)
        .ok_or(AppError::NotFound)
}

/// Changes one of the caller's areas.
pub async fn update(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    changes: AreaInput,
) -> AppResult<influence_area::Model> {
    let area = owned(db, principal, id).await?;
    if changes.cohort_id != area.cohort_id {
        return Err(AppError::invalid(
            "cohortId",
            Text::new(
                "Ein Bereich bleibt in seinem Durchgang.",
                "An area stays in its cohort.",
            ),
        ));
    }
    validate! {
        description = input::required(&changes.description, "description", 500),
        stakeholders = input::text_list(&changes.stakeholders, "stakeholders", 20, 100),
    }
    let mut active = area.into_active_model();
    active.circle = Set(changes.circle);
    active.domain = Set(changes.domain);
    active.description = Set(description);
    active.stakeholders = Set(input::to_json_list(&stakeholders));
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Removes one of the caller's areas.
pub async fn remove(db: &impl ConnectionTrait, principal: &Principal, id: Uuid) -> AppResult<()> {
    let area = owned(db, principal, id).await?;
    influence_area::Entity::delete_by_id(area.id)
        .exec(db)
        .await?;
    Ok(())
}

/// Shares (or stops sharing) the caller's map of a cohort with its facilitators.
pub async fn share(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
    shared: bool,
) -> AppResult<bool> {
    let me = principal.person()?;
    let enrollment = own_enrollment(db, me.id, cohort_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active = enrollment.into_active_model();
    active.influence_map_shared = Set(shared);
    active.updated_at = Set(Utc::now());
    active.update(db).await?;
    Ok(shared)
}

/// May the caller see this person's map of this cohort? The person always; the cohort's
/// facilitators when the person shares it; nobody else.
pub async fn can_see(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person_id: Uuid,
    cohort_id: Uuid,
) -> AppResult<bool> {
    let Principal::Person(me) = principal else {
        return Ok(false);
    };
    if me.id == person_id {
        return Ok(true);
    }
    if me.memberships(db).await?.get(&cohort_id) != Some(&CohortRole::Facilitator) {
        return Ok(false);
    }
    Ok(own_enrollment(db, person_id, cohort_id)
        .await?
        .is_some_and(|e| e.influence_map_shared))
}

/// The areas of a person's map of a cohort, if the caller may see them (empty otherwise).
pub async fn of_person(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person_id: Uuid,
    cohort_id: Uuid,
) -> AppResult<Vec<influence_area::Model>> {
    if !can_see(db, principal, person_id, cohort_id).await? {
        return Ok(vec![]);
    }
    if principal.person_id() != Some(person_id) {
        audit::record(
            db,
            principal,
            "influence_map.read",
            Some(audit::Target::about("cohort", cohort_id, person_id)),
        )
        .await?;
    }
    Ok(influence_area::Entity::find()
        .filter(influence_area::Column::PersonId.eq(person_id))
        .filter(influence_area::Column::CohortId.eq(cohort_id))
        .order_by_asc(influence_area::Column::Id)
        .all(db)
        .await?)
}

/// Whether the person shares their map of the cohort.
pub async fn is_shared(
    db: &impl ConnectionTrait,
    person_id: Uuid,
    cohort_id: Uuid,
) -> AppResult<bool> {
    Ok(own_enrollment(db, person_id, cohort_id)
        .await?
        .is_some_and(|e| e.influence_map_shared))
}
