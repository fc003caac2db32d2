//! Nominations by municipal systems: a municipality names staff for a cohort. The person is
//! created if new (in that municipality, with their organisation matched or created by name)
//! and gets an INVITED enrolment and an invitation.

use chrono::Utc;
use entity::{
    cohort, cohort_municipality, enrollment,
    enums::{CohortRole, EnrollmentStatus, Locale, Role},
    person,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, TransactionSession, TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    audit,
    cohorts::{self, CohortAccess},
    ids::new_id,
    input, invitations, municipalities, organisations, tx, webhooks,
};
use crate::{
    auth::{Principal, Scope},
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    state::AppState,
    validate,
};

/// A nomination as sent.
pub struct Nomination {
    pub email: String,
    pub display_name: String,
    pub organisation: Option<String>,
    pub multiplier: bool,
    /// For callers not bound to a municipality.
    pub municipality_ags: Option<String>,
}

/// Nominates a person into a cohort. Returns the enrolment and whether it is new (an existing
/// nomination is returned as it is, so sending the same nomination twice changes nothing).
pub async fn nominate(
    state: &AppState,
    principal: &Principal,
    cohort_id: Uuid,
    nomination: Nomination,
) -> AppResult<(enrollment::Model, bool)> {
    let db = &state.db;
    let bound = match principal {
        Principal::Token(token) => {
            principal.require_scope(Scope::EnrollmentsWrite)?;
            token.municipality_id
        }
        _ => {
            cohorts::require(db, principal, cohort_id, CohortAccess::Facilitator).await?;
            None
        }
    };
    let cohort = cohort::Entity::find_by_id(cohort_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let municipality = match (bound, nomination.municipality_ags.as_deref()) {
        (Some(id), _) => id,
        (None, Some(ags)) => municipalities::find_by_ags(db, ags.trim())
            .await?
            .map(|m| m.id)
            .ok_or_else(|| {
                AppError::invalid(
                    "municipality",
                    Text::new("Unbekannte Kommune (AGS).", "Unknown municipality (AGS)."),
                )
            })?,
        (None, None) => {
            return Err(AppError::invalid(
                "municipality",
                Text::new(
                    "Die Kommune (AGS) fehlt.",
                    "The municipality (AGS) is missing.",
                ),
            ));
        }
    };
    let takes_part = cohort_municipality::Entity::find()
        .filter(cohort_municipality::Column::CohortId.eq(cohort.id))
        .filter(cohort_municipality::Column::MunicipalityId.eq(municipality))
        .one(db)
        .await?
        .is_some();
    if !takes_part {
        return Err(AppError::conflict(
            "Ihre Kommune nimmt an diesem Durchgang nicht teil.",
            "Your municipality does not take part in this cohort.",
        ));
    }
    validate! {
        email = input::email(&nomination.email, "email"),
        display_name = input::required(&nomination.display_name, "display_name", 120),
        organisation = input::optional(nomination.organisation.as_deref(), "organisation", 200),
    }
    let txn = tx::begin(db).await?;
    let existing = person::Entity::find()
        .filter(person::Column::Email.eq(email.clone()))
        .one(&txn)
        .await?;
    let person = match existing {
        Some(found) if found.municipality_id != Some(municipality) => {
            return Err(AppError::BadUserInput(vec![FieldError::new(
                "email",
                Text::new(
                    "Diese Adresse gehört zu einer Person einer anderen Kommune.",
                    "This address belongs to a person of another municipality.",
                ),
            )]));
        }
        Some(found) => found,
        None => {
            let organisation_id = match &organisation {
                Some(name) => Some(
                    organisations::find_or_create(&txn, name, municipality)
                        .await?
                        .id,
                ),
                None => None,
            };
            let now = Utc::now();
            person::ActiveModel {
                id: Set(new_id()),
                display_name: Set(display_name),
                email: Set(Some(email)),
                pronouns: Set(None),
                bio: Set(None),
                locale: Set(Locale::De),
                role: Set(Role::Participant),
                organisation_id: Set(organisation_id),
                municipality_id: Set(Some(municipality)),
                directory_visible: Set(false),
                password_hash: Set(None),
                auth_version: Set(0),
                calendar_token_hash: Set(None),
                calendar_salt: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?
        }
    };
    let current = enrollment::Entity::find()
        .filter(enrollment::Column::PersonId.eq(person.id))
        .filter(enrollment::Column::CohortId.eq(cohort.id))
        .one(&txn)
        .await?;
    if let Some(current) = current
        .as_ref()
        .filter(|e| e.status != EnrollmentStatus::Withdrawn)
    {
        txn.commit().await?;
        return Ok((current.clone(), false));
    }
    let saved = match current {
        Some(withdrawn) => {
            let mut active = withdrawn.into_active_model();
            active.status = Set(EnrollmentStatus::Invited);
            active.role = Set(CohortRole::Participant);
            active.multiplier = Set(nomination.multiplier);
            active.updated_at = Set(Utc::now());
            active.update(&txn).await?
        }
        None => {
            let now = Utc::now();
            enrollment::ActiveModel {
                id: Set(new_id()),
                person_id: Set(person.id),
                cohort_id: Set(cohort.id),
                role: Set(CohortRole::Participant),
                status: Set(EnrollmentStatus::Invited),
                multiplier: Set(nomination.multiplier),
                influence_map_shared: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?
        }
    };
    if person.password_hash.is_none() {
        invitations::send_invitation(&txn, state, &person, Some(cohort.id), None).await?;
    }
    webhooks::enqueue(
        &txn,
        "enrollment.created",
        &[municipality],
        enrollment_data(&saved),
    )
    .await?;
    audit::record(
        &txn,
        principal,
        "enrollment.nominated",
        Some(audit::Target::about("enrollment", saved.id, person.id)),
    )
    .await?;
    txn.commit().await?;
    Ok((saved, true))
}

/// What webhooks say about an enrolment: ids and state only; receivers read details with their token.
pub fn enrollment_data(enrollment: &enrollment::Model) -> serde_json::Value {
    json!({
        "enrollment_id": enrollment.id,
        "cohort_id": enrollment.cohort_id,
        "person_id": enrollment.person_id,
        "role": sea_orm::ActiveEnum::to_value(&enrollment.role),
        "status": sea_orm::ActiveEnum::to_value(&enrollment.status),
        "multiplier": enrollment.multiplier,
    })
}

/// Withdraws a nomination (tokens with `enrollments:write`, for their municipality's people only;
/// staff of the cohort).
pub async fn withdraw(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    enrollment_id: Uuid,
) -> AppResult<enrollment::Model> {
    let found = enrollment::Entity::find_by_id(enrollment_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = person::Entity::find_by_id(found.person_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    match principal {
        Principal::Token(token) => {
            principal.require_scope(Scope::EnrollmentsWrite)?;
            if token
                .municipality_id
                .is_some_and(|m| owner.municipality_id != Some(m))
            {
                return Err(AppError::NotFound);
            }
        }
        _ => {
            cohorts::require(db, principal, found.cohort_id, CohortAccess::Facilitator).await?;
        }
    }
    let txn = tx::begin(db).await?;
    let mut active = found.into_active_model();
    active.status = Set(EnrollmentStatus::Withdrawn);
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    if let Some(municipality) = owner.municipality_id {
        webhooks::enqueue(
            &txn,
            "enrollment.updated",
            &[municipality],
            enrollment_data(&updated),
        )
        .await?;
    }
    audit::record(
        &txn,
        principal,
        "enrollment.withdrawn",
        Some(audit::Target::about("enrollment", updated.id, owner.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}
