//! Cohorts (Durchgänge): who sees how much of them, and how staff shape them.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use entity::{
    cohort, cohort_municipality,
    enums::{CohortRole, CohortStatus, EnrollmentStatus, Role},
    municipality, person,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionSession, TransactionTrait,
    sea_query::{NullOrdering, Order},
};
use uuid::Uuid;

use super::{
    audit, enrollments,
    ids::new_id,
    input,
    page::{Page, PageRequest},
};
use crate::{
    auth::{Principal, Scope},
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// The programme a new cohort belongs to unless said otherwise.
pub const DEFAULT_PROGRAMME: &str = "Vielfaltsmanager*innenausbildung";

/// How much of a cohort the caller sees. Ordered: each level includes the ones before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CohortAccess {
    /// Title, dates, place, municipalities, facilitators, number of participants.
    Summary,
    /// Plus the agenda and follow-up dates (municipal systems).
    Agenda,
    /// Plus the people, feedback rounds, plans and posts (members).
    Member,
    /// Everything, and the right to change it (the cohort's facilitators and admins).
    Facilitator,
}

/// The access level, given the caller's memberships (no database work for people).
pub async fn access(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
) -> AppResult<CohortAccess> {
    match principal {
        Principal::Anonymous => Err(AppError::Unauthenticated),
        Principal::Token(token) if token.has(Scope::CohortsRead) => Ok(CohortAccess::Agenda),
        Principal::Token(_) => Err(AppError::Forbidden),
        Principal::Person(me) if me.is_admin() => Ok(CohortAccess::Facilitator),
        Principal::Person(me) => Ok(match me.memberships(db).await?.get(&cohort_id) {
            Some(CohortRole::Facilitator) => CohortAccess::Facilitator,
            Some(_) => CohortAccess::Member,
            None => CohortAccess::Summary,
        }),
    }
}

/// Fails unless the caller has at least `needed` on the cohort.
pub async fn require(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
    needed: CohortAccess,
) -> AppResult<CohortAccess> {
    let level = access(db, principal, cohort_id).await?;
    if level >= needed {
        Ok(level)
    } else {
        Err(AppError::Forbidden)
    }
}

/// One cohort; everyone signed in sees at least its summary.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<(cohort::Model, CohortAccess)> {
    let level = access(db, principal, id).await?;
    let cohort = cohort::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((cohort, level))
}

/// Filters for the cohort list.
#[derive(Default)]
pub struct CohortFilter {
    pub status: Option<CohortStatus>,
    pub municipality_id: Option<Uuid>,
}

/// Cohorts, newest start first.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    filter: CohortFilter,
    page: PageRequest,
) -> AppResult<Page<cohort::Model>> {
    principal.require_scope(Scope::CohortsRead)?;
    let mut query = cohort::Entity::find();
    if let Some(status) = filter.status {
        query = query.filter(cohort::Column::Status.eq(status));
    }
    if let Some(municipality) = filter.municipality_id {
        query = query.filter(
            cohort::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(cohort_municipality::Column::CohortId)
                    .from(cohort_municipality::Entity)
                    .and_where(cohort_municipality::Column::MunicipalityId.eq(municipality))
                    .to_owned(),
            ),
        );
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_with_nulls(cohort::Column::StartsOn, Order::Desc, NullOrdering::Last)
        .order_by_desc(cohort::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// The fields of a cohort staff can set.
#[derive(Default)]
pub struct CohortInput {
    pub title: Option<String>,
    pub programme: Option<String>,
    pub description: Option<String>,
    pub status: Option<CohortStatus>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
    pub municipality_ids: Option<Vec<Uuid>>,
}

/// Creates a cohort (admins). It starts PLANNED.
pub async fn create(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    new: CohortInput,
) -> AppResult<cohort::Model> {
    principal.admin()?;
    validate! {
        title = input::required(new.title.as_deref().unwrap_or(""), "title", 200),
        programme = input::optional(new.programme.as_deref(), "programme", 200),
        description = input::optional(new.description.as_deref(), "description", 5000),
        location = input::optional(new.location.as_deref(), "location", 200),
        capacity = new.capacity.map(|c| input::int_range(c, "capacity", 0, 1000)).transpose(),
        _dates = date_order(new.starts_on, new.ends_on),
        municipalities = known_municipalities(db, new.municipality_ids.as_deref().unwrap_or(&[])).await,
    }
    let now = Utc::now();
    let txn = super::tx::begin(db).await?;
    let created = cohort::ActiveModel {
        id: Set(new_id()),
        title: Set(title),
        programme: Set(programme.unwrap_or_else(|| DEFAULT_PROGRAMME.to_owned())),
        description: Set(description),
        status: Set(CohortStatus::Planned),
        starts_on: Set(new.starts_on),
        ends_on: Set(new.ends_on),
        location: Set(location),
        capacity: Set(capacity),
        archived_at: Set(None),
        report_snapshot: Set(None),
        purged_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    set_municipalities(&txn, created.id, &municipalities).await?;
    audit::record(
        &txn,
        principal,
        "cohort.created",
        Some(audit::Target::new("cohort", created.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

/// Changes a cohort (admins and its facilitators). Only given fields change.
pub async fn update(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    id: Uuid,
    changes: CohortInput,
) -> AppResult<cohort::Model> {
    let (cohort, level) = get(db, principal, id).await?;
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    let starts_on = changes.starts_on.or(cohort.starts_on);
    let ends_on = changes.ends_on.or(cohort.ends_on);
    validate! {
        title = changes.title.as_deref().map(|t| input::required(t, "title", 200)).transpose(),
        description = input::optional(changes.description.as_deref(), "description", 5000),
        location = input::optional(changes.location.as_deref(), "location", 200),
        capacity = changes.capacity.map(|c| input::int_range(c, "capacity", 0, 1000)).transpose(),
        _dates = date_order(starts_on, ends_on),
        municipalities = match &changes.municipality_ids {
            Some(ids) => known_municipalities(db, ids).await.map(Some),
            None => Ok(None),
        },
    }
    let txn = super::tx::begin(db).await?;
    let previous_status = cohort.status;
    let mut active = cohort.into_active_model();
    if let Some(title) = title {
        active.title = Set(title);
    }
    if changes.description.is_some() {
        active.description = Set(description);
    }
    if changes.location.is_some() {
        active.location = Set(location);
    }
    if changes.capacity.is_some() {
        active.capacity = Set(capacity);
    }
    active.starts_on = Set(starts_on);
    active.ends_on = Set(ends_on);
    if let Some(status) = changes.status {
        active.status = Set(status);
        if status == CohortStatus::Archived && previous_status != CohortStatus::Archived {
            active.archived_at = Set(Some(Utc::now()));
        } else if status != CohortStatus::Archived {
            active.archived_at = Set(None);
        }
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    if let Some(municipalities) = municipalities {
        set_municipalities(&txn, id, &municipalities).await?;
    }
    audit::record(
        &txn,
        principal,
        "cohort.updated",
        Some(audit::Target::new("cohort", id)),
    )
    .await?;
    let towns = super::webhooks::cohort_municipalities(&txn, id).await?;
    let data = serde_json::json!({
        "cohort_id": id,
        "title": updated.title,
        "status": sea_orm::ActiveEnum::to_value(&updated.status),
        "starts_on": updated.starts_on,
        "ends_on": updated.ends_on,
        "location": updated.location,
    });
    super::webhooks::enqueue(&txn, "cohort.updated", &towns, data).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Makes a facilitator (or admin) the cohort's facilitator (admins).
pub async fn assign_facilitator(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    cohort_id: Uuid,
    person_id: Uuid,
) -> AppResult<cohort::Model> {
    principal.admin()?;
    let cohort = cohort::Entity::find_by_id(cohort_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .filter(|p| p.email.is_some())
        .ok_or_else(|| {
            AppError::invalid(
                "personId",
                Text::new("Unbekannte Person.", "Unknown person."),
            )
        })?;
    if !matches!(person.role, Role::Facilitator | Role::Admin) {
        return Err(AppError::invalid(
            "personId",
            Text::new(
                "Nur Moderator*innen und Admins können einen Durchgang moderieren.",
                "Only facilitators and admins can facilitate a cohort.",
            ),
        ));
    }
    let txn = super::tx::begin(db).await?;
    enrollments::upsert(
        &txn,
        person_id,
        cohort_id,
        CohortRole::Facilitator,
        EnrollmentStatus::Active,
        false,
    )
    .await?;
    audit::record(
        &txn,
        principal,
        "cohort.facilitator_assigned",
        Some(audit::Target::about("cohort", cohort_id, person_id)),
    )
    .await?;
    txn.commit().await?;
    Ok(cohort)
}

fn date_order(starts_on: Option<NaiveDate>, ends_on: Option<NaiveDate>) -> Result<(), FieldError> {
    match (starts_on, ends_on) {
        (Some(start), Some(end)) if end < start => Err(FieldError::new(
            "endsOn",
            Text::new(
                "Das Ende liegt vor dem Beginn.",
                "The end lies before the start.",
            ),
        )),
        _ => Ok(()),
    }
}

async fn known_municipalities(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, FieldError> {
    let mut unique: Vec<Uuid> = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(*id);
        }
    }
    if unique.is_empty() {
        return Ok(unique);
    }
    let found = municipality::Entity::find()
        .filter(municipality::Column::Id.is_in(unique.clone()))
        .count(db)
        .await
        .unwrap_or(0);
    if found as usize == unique.len() {
        Ok(unique)
    } else {
        Err(FieldError::new(
            "municipalityIds",
            Text::new("Unbekannte Kommune.", "Unknown municipality."),
        ))
    }
}

async fn set_municipalities(
    db: &impl ConnectionTrait,
    cohort_id: Uuid,
    ids: &[Uuid],
) -> AppResult<()> {
    cohort_municipality::Entity::delete_many()
        .filter(cohort_municipality::Column::CohortId.eq(cohort_id))
        .exec(db)
        .await?;
    let now = Utc::now();
    let rows = ids
        .iter()
        .map(|municipality_id| cohort_municipality::ActiveModel {
            id: Set(new_id()),
            cohort_id: Set(cohort_id),
            municipality_id: Set(*municipality_id),
            created_at: Set(now),
        });
    if !ids.is_empty() {
        cohort_municipality::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Access levels for many cohorts at once (for lists).
pub async fn access_many(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_ids: &[Uuid],
) -> AppResult<HashMap<Uuid, CohortAccess>> {
    let mut out = HashMap::new();
    for id in cohort_ids {
        out.insert(*id, access(db, principal, *id).await?);
    }
    Ok(out)
}
