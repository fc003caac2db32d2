//! Enrolments: people in cohorts, their role there, and where they stand.

use chrono::Utc;
use entity::{
    cohort, enrollment,
    enums::{CohortRole, EnrollmentStatus, Role},
    person,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionSession, TransactionTrait,
};
use uuid::Uuid;

use super::{
    audit,
    cohorts::{self, CohortAccess},
    ids::new_id,
    page::{Page, PageRequest},
};
use crate::{
    auth::{Principal, Scope},
    error::{AppError, AppResult},
    i18n::Text,
};

/// Creates or turns an enrolment of (person, cohort) into the given role and status.
pub async fn upsert(
    db: &impl ConnectionTrait,
    person_id: Uuid,
    cohort_id: Uuid,
    role: CohortRole,
    status: EnrollmentStatus,
    multiplier: bool,
) -> AppResult<enrollment::Model> {
    let now = Utc::now();
    let existing = enrollment::Entity::find()
        .filter(enrollment::Column::PersonId.eq(person_id))
        .filter(enrollment::Column::CohortId.eq(cohort_id))
        .one(db)
        .await?;
    Ok(match existing {
        Some(existing) => {
            let mut active = existing.into_active_model();
            active.role = Set(role);
            active.status = Set(status);
            active.updated_at = Set(now);
            active.update(db).await?
        }
        None => {
            enrollment::ActiveModel {
                id: Set(new_id()),
                person_id: Set(person_id),
                cohort_id: Set(cohort_id),
                role: Set(role),
                status: Set(status),
                multiplier: Set(multiplier),
                influence_map_shared: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(db)
            .await?
        }
    })
}

/// Participants who count against the capacity.
pub async fn participant_count(db: &impl ConnectionTrait, cohort_id: Uuid) -> AppResult<u64> {
    Ok(enrollment::Entity::find()
        .filter(enrollment::Column::CohortId.eq(cohort_id))
        .filter(enrollment::Column::Role.eq(CohortRole::Participant))
        .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
        .count(db)
        .await?)
}

/// A new enrolment by staff (admins, the cohort's facilitators); it starts ACTIVE.
pub async fn enroll(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    cohort_id: Uuid,
    person_id: Uuid,
    role: CohortRole,
    multiplier: bool,
) -> AppResult<enrollment::Model> {
    cohorts::require(db, principal, cohort_id, CohortAccess::Facilitator).await?;
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
    if role == CohortRole::Facilitator && !matches!(person.role, Role::Facilitator | Role::Admin) {
        return Err(AppError::invalid(
            "role",
            Text::new(
                "Nur Moderator*innen können als Moderation eingeschrieben werden.",
                "Only facilitators can be enrolled as facilitators.",
            ),
        ));
    }
    let txn = super::tx::begin(db).await?;
    let existing = enrollment::Entity::find()
        .filter(enrollment::Column::PersonId.eq(person_id))
        .filter(enrollment::Column::CohortId.eq(cohort_id))
        .one(&txn)
        .await?;
    if existing
        .as_ref()
        .is_some_and(|e| e.status != EnrollmentStatus::Withdrawn)
    {
        return Err(AppError::conflict(
            "Diese Person ist bereits in diesem Durchgang eingeschrieben.",
            "This person is already enrolled in this cohort.",
        ));
    }
    if role == CohortRole::Participant {
        check_capacity(&txn, &cohort).await?;
    }
    let mut created = upsert(
        &txn,
        person_id,
        cohort_id,
        role,
        EnrollmentStatus::Active,
        multiplier,
    )
    .await?;
    if created.multiplier != multiplier {
        let mut active = created.into_active_model();
        active.multiplier = Set(multiplier);
        created = active.update(&txn).await?;
    }
    audit::record(
        &txn,
        principal,
        "enrollment.created",
        Some(audit::Target::about("enrollment", created.id, person_id)),
    )
    .await?;
    if let Some(municipality) = person.municipality_id {
        super::webhooks::enqueue(
            &txn,
            "enrollment.created",
            &[municipality],
            super::nominations::enrollment_data(&created),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(created)
}

async fn check_capacity(db: &impl ConnectionTrait, cohort: &cohort::Model) -> AppResult<()> {
    if let Some(capacity) = cohort.capacity
        && participant_count(db, cohort.id).await? >= capacity as u64
    {
        return Err(AppError::conflict(
            "Der Durchgang ist voll.",
            "The cohort is full.",
        ));
    }
    Ok(())
}

/// What may change about an enrolment.
#[derive(Default)]
pub struct EnrollmentChanges {
    pub status: Option<EnrollmentStatus>,
    pub multiplier: Option<bool>,
    pub role: Option<CohortRole>,
}

/// Changes an enrolment: staff change anything; a person may withdraw themselves.
pub async fn update(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    id: Uuid,
    changes: EnrollmentChanges,
) -> AppResult<enrollment::Model> {
    let me = principal.person()?;
    let enrollment = enrollment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let level = cohorts::access(db, principal, enrollment.cohort_id).await?;
    let own_withdrawal = enrollment.person_id == me.id
        && changes.status == Some(EnrollmentStatus::Withdrawn)
        && changes.role.is_none()
        && changes.multiplier.is_none();
    if level < CohortAccess::Facilitator && !own_withdrawal {
        return Err(
            if level >= CohortAccess::Member || enrollment.person_id == me.id {
                AppError::Forbidden
            } else {
                AppError::NotFound
            },
        );
    }
    if changes.role == Some(CohortRole::Facilitator) {
        let person = person::Entity::find_by_id(enrollment.person_id)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        if !matches!(person.role, Role::Facilitator | Role::Admin) {
            return Err(AppError::invalid(
                "role",
                Text::new(
                    "Nur Moderator*innen können als Moderation eingeschrieben werden.",
                    "Only facilitators can be enrolled as facilitators.",
                ),
            ));
        }
    }
    let txn = super::tx::begin(db).await?;
    let becomes_participant = enrollment.status == EnrollmentStatus::Withdrawn
        && changes
            .status
            .is_some_and(|s| s != EnrollmentStatus::Withdrawn)
        && changes.role.unwrap_or(enrollment.role) == CohortRole::Participant;
    if becomes_participant {
        let cohort = cohort::Entity::find_by_id(enrollment.cohort_id)
            .one(&txn)
            .await?
            .ok_or(AppError::NotFound)?;
        check_capacity(&txn, &cohort).await?;
    }
    let person_id = enrollment.person_id;
    let mut active = enrollment.into_active_model();
    if let Some(status) = changes.status {
        active.status = Set(status);
    }
    if let Some(multiplier) = changes.multiplier {
        active.multiplier = Set(multiplier);
    }
    if let Some(role) = changes.role {
        active.role = Set(role);
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        principal,
        "enrollment.updated",
        Some(audit::Target::about("enrollment", id, person_id)),
    )
    .await?;
    let owner = person::Entity::find_by_id(person_id).one(&txn).await?;
    if let Some(municipality) = owner.and_then(|p| p.municipality_id) {
        super::webhooks::enqueue(
            &txn,
            "enrollment.updated",
            &[municipality],
            super::nominations::enrollment_data(&updated),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(updated)
}

/// Which enrolments of a cohort.
#[derive(Default, Clone, Copy)]
pub struct EnrollmentFilter {
    pub status: Option<EnrollmentStatus>,
    pub role: Option<CohortRole>,
}

/// The enrolments of a cohort: members see everyone in it; a token sees only its municipality's
/// people.
pub async fn list_for_cohort(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
    filter: EnrollmentFilter,
    page: PageRequest,
) -> AppResult<Page<enrollment::Model>> {
    let mut query = enrollment::Entity::find().filter(enrollment::Column::CohortId.eq(cohort_id));
    if let Some(role) = filter.role {
        query = query.filter(enrollment::Column::Role.eq(role));
    }
    let status = filter.status;
    match principal {
        Principal::Token(token) => {
            principal.require_scope(Scope::EnrollmentsRead)?;
            if let Some(municipality) = token.municipality_id {
                query = query.filter(
                    enrollment::Column::PersonId.in_subquery(
                        sea_orm::sea_query::Query::select()
                            .column(person::Column::Id)
                            .from(person::Entity)
                            .and_where(person::Column::MunicipalityId.eq(municipality))
                            .to_owned(),
                    ),
                );
            }
        }
        _ => {
            if cohorts::access(db, principal, cohort_id).await? < CohortAccess::Member {
                return Ok(Page::empty(page));
            }
        }
    }
    if let Some(status) = status {
        query = query.filter(enrollment::Column::Status.eq(status));
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(enrollment::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    if let Principal::Token(_) = principal {
        for item in &items {
            audit::record(
                db,
                principal,
                "token.read_enrollment",
                Some(audit::Target::about("enrollment", item.id, item.person_id)),
            )
            .await?;
        }
    }
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// Which of a person's enrolments the caller may see: all for the person, admins and tokens
/// reading the person; otherwise those in cohorts the caller belongs to.
pub async fn visible_of_person(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person_id: Uuid,
    all: Vec<enrollment::Model>,
) -> AppResult<Vec<enrollment::Model>> {
    Ok(match principal {
        Principal::Anonymous => vec![],
        Principal::Token(token) => {
            if token.has(Scope::EnrollmentsRead) {
                all
            } else {
                vec![]
            }
        }
        Principal::Person(me) if me.is_admin() || me.id == person_id => all,
        Principal::Person(me) => {
            let mine = me.memberships(db).await?;
            all.into_iter()
                .filter(|e| mine.contains_key(&e.cohort_id))
                .collect()
        }
    })
}
