//! Inviting people: staff create the person (and an enrolment), the person sets a password.

use chrono::{Duration, Utc};
use entity::{
    cohort, enrollment,
    enums::{CohortRole, EnrollmentStatus, Locale, Role},
    invitation, municipality, organisation, person,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter,
};
use uuid::Uuid;

use super::{accounts, audit, ids::new_id, input};
use crate::{
    auth::{Principal, password, secrets},
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    state::AppState,
    validate,
};

/// How long an invitation link stays valid.
const INVITATION_DAYS: i64 = 14;

/// Who to invite, and into which cohort.
pub struct NewInvitation {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub municipality_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub cohort_id: Option<Uuid>,
    pub locale: Option<Locale>,
}

/// Invites a person and returns the invitation token. Admins invite anyone; facilitators invite
/// participants into cohorts they facilitate.
#[tracing::instrument(skip_all)]
pub async fn invite(
    state: &AppState,
    principal: &Principal,
    new: NewInvitation,
) -> AppResult<String> {
    let me = principal.staff()?;
    let db = &state.db;
    if !me.is_admin() {
        let allowed = match new.cohort_id {
            Some(cohort_id) => {
                new.role == Role::Participant && me.can_facilitate(db, cohort_id).await?
            }
            None => false,
        };
        if !allowed {
            return Err(AppError::Forbidden);
        }
    }
    validate! {
        email = input::email(&new.email, "email"),
        display_name = input::required(&new.display_name, "displayName", 120),
        _refs = check_refs(db, &new).await,
    }
    let existing = person::Entity::find()
        .filter(person::Column::Email.eq(email.clone()))
        .one(db)
        .await?;
    if existing.as_ref().is_some_and(|p| p.password_hash.is_some()) {
        return Err(AppError::conflict(
            "Diese Person hat bereits ein Konto. Schreiben Sie sie direkt in den Durchgang ein.",
            "This person already has an account. Enrol them in the cohort directly.",
        ));
    }
    let now = Utc::now();
    let txn = super::tx::begin(db).await?;
    let person = match existing {
        Some(pending) => pending,
        None => {
            person::ActiveModel {
                id: Set(new_id()),
                display_name: Set(display_name),
                email: Set(Some(email)),
                pronouns: Set(None),
                bio: Set(None),
                locale: Set(new.locale.unwrap_or(Locale::De)),
                role: Set(new.role),
                organisation_id: Set(new.organisation_id),
                municipality_id: Set(new.municipality_id),
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
    let token = send_invitation(&txn, state, &person, new.cohort_id, Some(me.id)).await?;
    if let Some(cohort_id) = new.cohort_id {
        let role = if new.role == Role::Participant {
            CohortRole::Participant
        } else {
            CohortRole::Facilitator
        };
        super::enrollments::upsert(
            &txn,
            person.id,
            cohort_id,
            role,
            EnrollmentStatus::Invited,
            false,
        )
        .await?;
    }
    audit::record(
        &txn,
        principal,
        "person.invited",
        Some(audit::Target::person(person.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// Creates a fresh invitation for a person (older open ones stop working) and writes the
/// invitation mail into the outbox, in the person's language. Returns the token.
pub async fn send_invitation(
    db: &impl ConnectionTrait,
    state: &AppState,
    person: &person::Model,
    cohort_id: Option<Uuid>,
    invited_by: Option<Uuid>,
) -> AppResult<String> {
    invitation::Entity::delete_many()
        .filter(invitation::Column::PersonId.eq(person.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(db)
        .await?;
    let token = secrets::random_token();
    let now = Utc::now();
    let saved = invitation::ActiveModel {
        id: Set(new_id()),
        person_id: Set(person.id),
        cohort_id: Set(cohort_id),
        token_hash: Set(secrets::sha256_hex(&token)),
        invited_by_id: Set(invited_by),
        expires_at: Set(now + Duration::days(INVITATION_DAYS)),
        accepted_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    if let Some(address) = &person.email {
        let link = format!("{}/invitation#token={token}", state.public_url(None));
        super::mail::enqueue_invitation(db, person, address, &link, saved.id).await?;
    }
    Ok(token)
}

async fn check_refs(db: &impl ConnectionTrait, new: &NewInvitation) -> Result<(), FieldError> {
    let unknown = |field: &str| {
        FieldError::new(
            field,
            Text::new("Unbekannte Kennung.", "Unknown identifier."),
        )
    };
    if let Some(id) = new.municipality_id
        && municipality::Entity::find_by_id(id)
            .one(db)
            .await
            .ok()
            .flatten()
            .is_none()
    {
        return Err(unknown("municipalityId"));
    }
    if let Some(id) = new.organisation_id
        && organisation::Entity::find_by_id(id)
            .one(db)
            .await
            .ok()
            .flatten()
            .is_none()
    {
        return Err(unknown("organisationId"));
    }
    if let Some(id) = new.cohort_id
        && cohort::Entity::find_by_id(id)
            .one(db)
            .await
            .ok()
            .flatten()
            .is_none()
    {
        return Err(unknown("cohortId"));
    }
    Ok(())
}

/// Accepts an invitation: sets the password, activates the enrolment and signs in.
#[tracing::instrument(skip_all)]
pub async fn accept(
    state: &AppState,
    token: &str,
    new_password: &str,
    display_name: Option<&str>,
) -> AppResult<accounts::Session> {
    let invalid = || {
        AppError::invalid(
            "token",
            Text::new(
                "Die Einladung ist ungültig oder abgelaufen.",
                "The invitation is invalid or has expired.",
            ),
        )
    };
    password::validate_new("password", new_password)?;
    let display_name = input::optional(display_name, "displayName", 120)
        .map_err(|e| AppError::BadUserInput(vec![e]))?;
    let invitation = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(secrets::sha256_hex(token.trim())))
        .one(&state.db)
        .await?
        .filter(|i| i.accepted_at.is_none() && i.expires_at > Utc::now())
        .ok_or_else(invalid)?;
    let person = person::Entity::find_by_id(invitation.person_id)
        .one(&state.db)
        .await?
        .filter(|p| p.email.is_some())
        .ok_or_else(invalid)?;
    let hash = password::hash(new_password.to_owned()).await?;
    let now = Utc::now();
    let txn = super::tx::begin(&state.db).await?;
    let mut accepted = invitation.clone().into_active_model();
    accepted.accepted_at = Set(Some(now));
    accepted.update(&txn).await?;
    let mut active = person.into_active_model();
    active.password_hash = Set(Some(hash));
    if let Some(name) = display_name {
        active.display_name = Set(name);
    }
    active.updated_at = Set(now);
    let person = active.update(&txn).await?;
    if let Some(cohort_id) = invitation.cohort_id {
        enrollment::Entity::update_many()
            .col_expr(
                enrollment::Column::Status,
                sea_orm::sea_query::Expr::value(sea_orm::ActiveEnum::to_value(
                    &EnrollmentStatus::Active,
                )),
            )
            .col_expr(
                enrollment::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(enrollment::Column::PersonId.eq(person.id))
            .filter(enrollment::Column::CohortId.eq(cohort_id))
            .filter(enrollment::Column::Status.eq(EnrollmentStatus::Invited))
            .exec(&txn)
            .await?;
    }
    let session = accounts::start_session(state, &txn, person, new_id()).await?;
    txn.commit().await?;
    Ok(session)
}
