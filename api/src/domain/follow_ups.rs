//! Follow-up meetings months after the training days, and the check-ins people send before or at
//! them: what happened since, what was hard, whether they want peer consultation.

use chrono::{DateTime, Duration, Utc};
use entity::{
    check_in, enrollment,
    enums::{CohortRole, EnrollmentStatus, FollowUpFormat, FollowUpStatus},
    follow_up,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, TransactionSession, TransactionTrait,
};
use uuid::Uuid;

use super::{
    audit,
    cohorts::{self, CohortAccess},
    ids::new_id,
    input,
    plans::{self, NewUpdate},
    tx,
};
use crate::{
    auth::Principal,
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// A follow-up as entered; on update, omitted fields stay.
#[derive(Default)]
pub struct FollowUpInput {
    pub cohort_id: Option<Uuid>,
    pub title: Option<String>,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub duration_minutes: Option<i32>,
    pub format: Option<FollowUpFormat>,
    pub meeting_url: Option<String>,
    pub location: Option<String>,
    pub agenda: Option<String>,
    pub status: Option<FollowUpStatus>,
}

struct Checked {
    title: String,
    duration: i32,
    meeting_url: Option<String>,
    location: Option<String>,
    agenda: Option<String>,
}

fn check(
    format: FollowUpFormat,
    title: &str,
    duration: i32,
    meeting_url: Option<&str>,
    location: Option<&str>,
    agenda: Option<&str>,
) -> AppResult<Checked> {
    validate! {
        title = input::required(title, "title", 200),
        duration = input::int_range(duration, "durationMinutes", 15, 8 * 60),
        meeting_url = input::optional_url(meeting_url, "meetingUrl"),
        location = input::optional(location, "location", 300),
        agenda = input::optional(agenda, "agenda", 5000),
    }
    let missing = match format {
        FollowUpFormat::Online if meeting_url.is_none() => Some(FieldError::new(
            "meetingUrl",
            Text::new(
                "Ein Online-Treffen braucht einen Link.",
                "An online meeting needs a link.",
            ),
        )),
        FollowUpFormat::InPerson if location.is_none() => Some(FieldError::new(
            "location",
            Text::new(
                "Ein Präsenztreffen braucht einen Ort.",
                "An in-person meeting needs a location.",
            ),
        )),
        _ => None,
    };
    if let Some(error) = missing {
        return Err(AppError::BadUserInput(vec![error]));
    }
    Ok(Checked {
        title,
        duration,
        meeting_url,
        location,
        agenda,
    })
}

/// Schedules a follow-up (the cohort's facilitators, admins).
pub async fn schedule(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    new: FollowUpInput,
) -> AppResult<follow_up::Model> {
    let cohort_id = new.cohort_id.ok_or(AppError::NotFound)?;
    cohorts::require(db, principal, cohort_id, CohortAccess::Facilitator).await?;
    let format = new.format.unwrap_or(FollowUpFormat::Online);
    let scheduled_at = new
        .scheduled_at
        .ok_or_else(|| AppError::invalid("scheduledAt", Text::new("Wann?", "When?")))?;
    let checked = check(
        format,
        new.title.as_deref().unwrap_or(""),
        new.duration_minutes.unwrap_or(90),
        new.meeting_url.as_deref(),
        new.location.as_deref(),
        new.agenda.as_deref(),
    )?;
    let now = Utc::now();
    let txn = tx::begin(db).await?;
    let created = follow_up::ActiveModel {
        id: Set(new_id()),
        cohort_id: Set(cohort_id),
        title: Set(checked.title),
        scheduled_at: Set(scheduled_at),
        duration_minutes: Set(checked.duration),
        format: Set(format),
        meeting_url: Set(checked.meeting_url),
        location: Set(checked.location),
        agenda: Set(checked.agenda),
        status: Set(FollowUpStatus::Scheduled),
        revision: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        principal,
        "follow_up.scheduled",
        Some(audit::Target::new("follow_up", created.id)),
    )
    .await?;
    let towns = super::webhooks::cohort_municipalities(&txn, cohort_id).await?;
    let data = serde_json::json!({
        "follow_up_id": created.id,
        "cohort_id": cohort_id,
        "title": created.title,
        "scheduled_at": created.scheduled_at,
        "duration_minutes": created.duration_minutes,
        "format": sea_orm::ActiveEnum::to_value(&created.format),
    });
    super::webhooks::enqueue(&txn, "follow_up.scheduled", &towns, data).await?;
    txn.commit().await?;
    Ok(created)
}

/// Changes a follow-up; a change of time, place or status raises its revision (calendars update).
pub async fn update(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    changes: FollowUpInput,
) -> AppResult<follow_up::Model> {
    let (existing, level) = get(db, principal, id).await?;
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    let format = changes.format.unwrap_or(existing.format);
    let keep = |new: &Option<String>, old: &Option<String>| match new {
        Some(value) => Some(value.clone()),
        None => old.clone(),
    };
    let meeting_url = keep(&changes.meeting_url, &existing.meeting_url);
    let location = keep(&changes.location, &existing.location);
    let agenda = keep(&changes.agenda, &existing.agenda);
    let checked = check(
        format,
        changes.title.as_deref().unwrap_or(&existing.title),
        changes
            .duration_minutes
            .unwrap_or(existing.duration_minutes),
        meeting_url.as_deref(),
        location.as_deref(),
        agenda.as_deref(),
    )?;
    let scheduled_at = changes.scheduled_at.unwrap_or(existing.scheduled_at);
    let status = changes.status.unwrap_or(existing.status);
    let moved = scheduled_at != existing.scheduled_at
        || checked.duration != existing.duration_minutes
        || checked.location != existing.location
        || checked.meeting_url != existing.meeting_url
        || status != existing.status
        || checked.title != existing.title;
    let revision = existing.revision + i32::from(moved);
    let mut active = existing.into_active_model();
    active.title = Set(checked.title);
    active.scheduled_at = Set(scheduled_at);
    active.duration_minutes = Set(checked.duration);
    active.format = Set(format);
    active.meeting_url = Set(checked.meeting_url);
    active.location = Set(checked.location);
    active.agenda = Set(checked.agenda);
    active.status = Set(status);
    active.revision = Set(revision);
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    audit::record(
        db,
        principal,
        "follow_up.updated",
        Some(audit::Target::new("follow_up", id)),
    )
    .await?;
    Ok(updated)
}

/// One follow-up, for those who see the cohort's agenda.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<(follow_up::Model, CohortAccess)> {
    if matches!(principal, Principal::Anonymous) {
        return Err(AppError::Unauthenticated);
    }
    let found = follow_up::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let level = cohorts::access(db, principal, found.cohort_id).await?;
    if level < CohortAccess::Agenda {
        return Err(AppError::NotFound);
    }
    Ok((found, level))
}

/// The follow-ups of a cohort, by time (those who see its agenda).
pub async fn of_cohort(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
) -> AppResult<Vec<follow_up::Model>> {
    if cohorts::access(db, principal, cohort_id).await? < CohortAccess::Agenda {
        return Ok(vec![]);
    }
    Ok(follow_up::Entity::find()
        .filter(follow_up::Column::CohortId.eq(cohort_id))
        .order_by_asc(follow_up::Column::ScheduledAt)
        .all(db)
        .await?)
}

/// The meeting link is for the cohort's members only.
pub fn meeting_url(follow_up: &follow_up::Model, level: CohortAccess) -> Option<String> {
    if level >= CohortAccess::Member {
        follow_up.meeting_url.clone()
    } else {
        None
    }
}

/// A check-in as entered.
pub struct CheckInInput {
    pub follow_up_id: Uuid,
    pub what_happened: String,
    pub challenges: Option<String>,
    pub needs_consultation: bool,
    pub plan_updates: Vec<NewUpdate>,
}

/// Submits (or replaces) the caller's check-in, with updates of their plans, all or nothing.
/// Open until the meeting ends; participants of the cohort only.
pub async fn submit_check_in(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    new: CheckInInput,
) -> AppResult<check_in::Model> {
    let me = principal.person()?;
    let (meeting, _) = get(db, principal, new.follow_up_id).await?;
    let participant = enrollment::Entity::find()
        .filter(enrollment::Column::CohortId.eq(meeting.cohort_id))
        .filter(enrollment::Column::PersonId.eq(me.id))
        .filter(enrollment::Column::Role.ne(CohortRole::Facilitator))
        .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
        .one(db)
        .await?;
    if participant.is_none() {
        return Err(AppError::Forbidden);
    }
    if meeting.status == FollowUpStatus::Cancelled {
        return Err(AppError::conflict(
            "Dieses Nachtreffen wurde abgesagt.",
            "This follow-up was cancelled.",
        ));
    }
    if Utc::now() > meeting.scheduled_at + Duration::minutes(i64::from(meeting.duration_minutes)) {
        return Err(AppError::conflict(
            "Das Nachtreffen ist vorbei; Check-ins sind bis zu seinem Ende möglich.",
            "The follow-up is over; check-ins are open until it ends.",
        ));
    }
    validate! {
        what_happened = input::required(&new.what_happened, "whatHappened", 5000),
        challenges = input::optional(new.challenges.as_deref(), "challenges", 5000),
    }
    let txn = tx::begin(db).await?;
    let now = Utc::now();
    let existing = check_in::Entity::find()
        .filter(check_in::Column::FollowUpId.eq(meeting.id))
        .filter(check_in::Column::PersonId.eq(me.id))
        .one(&txn)
        .await?;
    let saved = match existing {
        Some(existing) => {
            let mut active = existing.into_active_model();
            active.what_happened = Set(what_happened);
            active.challenges = Set(challenges);
            active.needs_consultation = Set(new.needs_consultation);
            active.updated_at = Set(now);
            active.update(&txn).await?
        }
        None => {
            check_in::ActiveModel {
                id: Set(new_id()),
                follow_up_id: Set(meeting.id),
                person_id: Set(me.id),
                what_happened: Set(what_happened),
                challenges: Set(challenges),
                needs_consultation: Set(new.needs_consultation),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?
        }
    };
    for (index, update) in new.plan_updates.into_iter().enumerate() {
        let update = NewUpdate {
            follow_up_id: update.follow_up_id.or(Some(meeting.id)),
            ..update
        };
        plans::add_update(&txn, principal, update, Some(saved.id))
            .await
            .map_err(|error| match error {
                AppError::BadUserInput(fields) => AppError::BadUserInput(
                    fields
                        .into_iter()
                        .map(|f| {
                            FieldError::new(format!("planUpdates.{index}.{}", f.field), f.message)
                        })
                        .collect(),
                ),
                AppError::NotFound | AppError::Forbidden => AppError::invalid(
                    format!("planUpdates.{index}.planId"),
                    Text::new("Das ist nicht Ihr Vorhaben.", "This is not your plan."),
                ),
                other => other,
            })?;
    }
    txn.commit().await?;
    Ok(saved)
}

/// The check-ins of a follow-up (the cohort's facilitators, admins); each read is audited.
pub async fn check_ins(
    db: &impl ConnectionTrait,
    principal: &Principal,
    meeting: &follow_up::Model,
    level: CohortAccess,
) -> AppResult<Vec<check_in::Model>> {
    if level < CohortAccess::Facilitator {
        return Ok(vec![]);
    }
    let rows = check_in::Entity::find()
        .filter(check_in::Column::FollowUpId.eq(meeting.id))
        .order_by_asc(check_in::Column::Id)
        .all(db)
        .await?;
    for row in &rows {
        audit::record(
            db,
            principal,
            "check_in.read",
            Some(audit::Target::about("check_in", row.id, row.person_id)),
        )
        .await?;
    }
    Ok(rows)
}

/// The caller's own check-in.
pub async fn mine(
    db: &impl ConnectionTrait,
    principal: &Principal,
    follow_up_id: Uuid,
) -> AppResult<Option<check_in::Model>> {
    let Some(me) = principal.person_id() else {
        return Ok(None);
    };
    Ok(check_in::Entity::find()
        .filter(check_in::Column::FollowUpId.eq(follow_up_id))
        .filter(check_in::Column::PersonId.eq(me))
        .one(db)
        .await?)
}
