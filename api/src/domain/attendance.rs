//! Attendance: who was present at which session.

use chrono::Utc;
use entity::{
    attendance, enrollment,
    enums::{AttendanceSource, EnrollmentStatus},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::{agenda, cohorts::CohortAccess, ids::new_id};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
    i18n::Text,
};

/// Records whether a member was present (the cohort's facilitators, admins).
pub async fn record(
    db: &impl ConnectionTrait,
    principal: &Principal,
    session_id: Uuid,
    person_id: Uuid,
    present: bool,
) -> AppResult<attendance::Model> {
    let (session, level) = agenda::get(db, principal, session_id).await?;
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    ensure_member(db, session.cohort_id, person_id).await?;
    upsert(
        db,
        session_id,
        person_id,
        present,
        AttendanceSource::Facilitator,
        principal.person_id(),
    )
    .await
}

/// Fails with a field error unless the person belongs to the cohort.
pub async fn ensure_member(
    db: &impl ConnectionTrait,
    cohort_id: Uuid,
    person_id: Uuid,
) -> AppResult<()> {
    let member = enrollment::Entity::find()
        .filter(enrollment::Column::CohortId.eq(cohort_id))
        .filter(enrollment::Column::PersonId.eq(person_id))
        .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
        .one(db)
        .await?;
    if member.is_none() {
        return Err(AppError::invalid(
            "personId",
            Text::new(
                "Diese Person gehört nicht zu diesem Durchgang.",
                "This person does not belong to this cohort.",
            ),
        ));
    }
    Ok(())
}

/// Creates or changes the attendance of one person at one session.
pub async fn upsert(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    person_id: Uuid,
    present: bool,
    source: AttendanceSource,
    recorded_by: Option<Uuid>,
) -> AppResult<attendance::Model> {
    let now = Utc::now();
    let existing = attendance::Entity::find()
        .filter(attendance::Column::SessionId.eq(session_id))
        .filter(attendance::Column::PersonId.eq(person_id))
        .one(db)
        .await?;
    Ok(match existing {
        Some(existing) => {
            let mut active = existing.into_active_model();
            active.present = Set(present);
            active.source = Set(source);
            active.recorded_by_id = Set(recorded_by);
            active.updated_at = Set(now);
            active.update(db).await?
        }
        None => {
            attendance::ActiveModel {
                id: Set(new_id()),
                session_id: Set(session_id),
                person_id: Set(person_id),
                present: Set(present),
                source: Set(source),
                recorded_by_id: Set(recorded_by),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(db)
            .await?
        }
    })
}

/// Attendance of a session: facilitators see everyone, members their own entry.
pub fn visible(
    principal: &Principal,
    level: CohortAccess,
    rows: Vec<attendance::Model>,
) -> Vec<attendance::Model> {
    if level >= CohortAccess::Facilitator {
        return rows;
    }
    match principal.person_id() {
        Some(me) if level >= CohortAccess::Member => {
            rows.into_iter().filter(|a| a.person_id == me).collect()
        }
        _ => vec![],
    }
}

/// All attendance rows of a session, by id.
pub async fn of_session(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> AppResult<Vec<attendance::Model>> {
    Ok(attendance::Entity::find()
        .filter(attendance::Column::SessionId.eq(session_id))
        .order_by_asc(attendance::Column::Id)
        .all(db)
        .await?)
}
