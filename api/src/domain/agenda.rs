//! The agenda of a cohort: sessions on training days, kept in a dense order per day, and every
//! move recorded as an agenda change.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{agenda_change, cohort, enums::SessionStatus, module, session};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, TransactionSession, TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

use super::{
    agenda_times::{DayShape, Span},
    audit,
    cohorts::{self, CohortAccess},
    ids::new_id,
    input, tx,
};
use crate::{
    auth::Principal,
    error::{AppError, AppResult, FieldError},
    events::{Event, EventBus},
    i18n::Text,
    validate,
};

/// The agenda of a cohort (optionally one day), ordered by day then position. Callers who see
/// only the cohort's summary get an empty agenda.
pub async fn sessions(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
    day: Option<NaiveDate>,
) -> AppResult<Vec<session::Model>> {
    if cohorts::access(db, principal, cohort_id).await? < CohortAccess::Agenda {
        return Ok(vec![]);
    }
    ordered(db, cohort_id, day).await
}

/// The agenda without an access check (the caller has checked).
pub async fn ordered(
    db: &impl ConnectionTrait,
    cohort_id: Uuid,
    day: Option<NaiveDate>,
) -> AppResult<Vec<session::Model>> {
    let mut query = session::Entity::find().filter(session::Column::CohortId.eq(cohort_id));
    if let Some(day) = day {
        query = query.filter(session::Column::Day.eq(day));
    }
    Ok(query
        .order_by_asc(session::Column::Day)
        .order_by_asc(session::Column::Position)
        .order_by_asc(session::Column::Id)
        .all(db)
        .await?)
}

/// One session, if the caller may see its cohort's agenda.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<(session::Model, CohortAccess)> {
    if matches!(principal, Principal::Anonymous) {
        return Err(AppError::Unauthenticated);
    }
    let session = session::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let level = cohorts::access(db, principal, session.cohort_id).await?;
    if level < CohortAccess::Agenda {
        return Err(AppError::NotFound);
    }
    Ok((session, level))
}

async fn managed(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<session::Model> {
    let (session, level) = get(db, principal, id).await?;
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    Ok(session)
}

/// A session to put on the agenda.
pub struct NewSession {
    pub cohort_id: Uuid,
    pub module_id: Option<Uuid>,
    pub title: Option<String>,
    pub day: NaiveDate,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub position: Option<i32>,
}

/// Schedules a session (the cohort's facilitators, admins). Without a position it is appended
/// to its day; with one, the sessions from there on move down.
pub async fn schedule(
    db: &(impl ConnectionTrait + TransactionTrait),
    events: &EventBus,
    principal: &Principal,
    new: NewSession,
) -> AppResult<session::Model> {
    cohorts::require(db, principal, new.cohort_id, CohortAccess::Facilitator).await?;
    let module = match new.module_id {
        Some(id) => Some(
            module::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or_else(|| {
                    AppError::invalid(
                        "moduleId",
                        Text::new("Unbekanntes Modul.", "Unknown module."),
                    )
                })?,
        ),
        None => None,
    };
    let title_source = new
        .title
        .clone()
        .or_else(|| module.as_ref().map(|m| m.title.clone()));
    validate! {
        title = match title_source {
            Some(title) => input::required(&title, "title", 200),
            None => Err(FieldError::new("title", Text::new(
                "Titel oder Modul ist nötig.",
                "A title or a module is required.",
            ))),
        },
        _times = input::time_order(new.starts_at, new.ends_at, "endsAt"),
    }
    let txn = tx::begin(db).await?;
    lock_cohort(&txn, new.cohort_id).await?;
    let day_sessions = ordered(&txn, new.cohort_id, Some(new.day)).await?;
    let position = match new.position {
        None => day_sessions.len(),
        Some(p) => checked_position(p, day_sessions.len())?,
    };
    let now = Utc::now();
    let id = new_id();
    let created = session::ActiveModel {
        id: Set(id),
        cohort_id: Set(new.cohort_id),
        module_id: Set(new.module_id),
        title: Set(title),
        day: Set(new.day),
        starts_at: Set(new.starts_at),
        ends_at: Set(new.ends_at),
        position: Set(position as i32),
        status: Set(SessionStatus::Planned),
        notes: Set(None),
        revision: Set(0),
        check_in_code: Set(None),
        check_in_code_expires_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let mut order: Vec<Uuid> = day_sessions.iter().map(|s| s.id).collect();
    order.insert(position, id);
    // Make room first, then insert.
    renumber(&txn, &day_sessions, &order).await?;
    let created = created.insert(&txn).await?;
    audit::record(
        &txn,
        principal,
        "session.scheduled",
        Some(audit::Target::new("session", created.id)),
    )
    .await?;
    notify_systems(&txn, created.cohort_id).await?;
    txn.commit().await?;
    events
        .publish(Event::AgendaChanged {
            cohort_id: created.cohort_id,
        })
        .await;
    Ok(created)
}

/// What may change about a session in place.
#[derive(Default)]
pub struct SessionChanges {
    pub title: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub status: Option<SessionStatus>,
    pub notes: Option<String>,
}

/// Changes a session (the cohort's facilitators, admins). A change of time raises its revision.
pub async fn update(
    db: &(impl ConnectionTrait + TransactionTrait),
    events: &EventBus,
    principal: &Principal,
    id: Uuid,
    changes: SessionChanges,
) -> AppResult<session::Model> {
    let session = managed(db, principal, id).await?;
    let starts_at = changes.starts_at.or(session.starts_at);
    let ends_at = changes.ends_at.or(session.ends_at);
    validate! {
        title = changes.title.as_deref().map(|t| input::required(t, "title", 200)).transpose(),
        notes = input::optional(changes.notes.as_deref(), "notes", 5000),
        _times = input::time_order(starts_at, ends_at, "endsAt"),
    }
    let moved = starts_at != session.starts_at || ends_at != session.ends_at;
    let revision = session.revision + i32::from(moved || title.is_some());
    let mut active = session.into_active_model();
    if let Some(title) = title {
        active.title = Set(title);
    }
    if changes.notes.is_some() {
        active.notes = Set(notes);
    }
    if let Some(status) = changes.status {
        active.status = Set(status);
    }
    active.starts_at = Set(starts_at);
    active.ends_at = Set(ends_at);
    active.revision = Set(revision);
    active.updated_at = Set(Utc::now());
    let txn = tx::begin(db).await?;
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        principal,
        "session.updated",
        Some(audit::Target::new("session", id)),
    )
    .await?;
    notify_systems(&txn, updated.cohort_id).await?;
    txn.commit().await?;
    events
        .publish(Event::AgendaChanged {
            cohort_id: updated.cohort_id,
        })
        .await;
    Ok(updated)
}

/// Where a session should go, and why.
pub struct SessionMove {
    pub session_id: Uuid,
    pub day: NaiveDate,
    pub position: i32,
    pub reason: Option<String>,
}

/// Moves a session to a position on a day (the cohort's facilitators, admins). The other
/// sessions of both days stay dense and ordered, and the target day's times follow the new order
/// (see [`DayShape`]); the move is recorded with who, from, to, why.
/// Returns the moved session; `None` in the second place when nothing changed.
pub async fn move_session(
    db: &(impl ConnectionTrait + TransactionTrait),
    events: &EventBus,
    principal: &Principal,
    change: SessionMove,
) -> AppResult<(session::Model, Option<agenda_change::Model>)> {
    let session = managed(db, principal, change.session_id).await?;
    validate! {
        reason = input::optional(change.reason.as_deref(), "reason", 1000),
    }
    let txn = tx::begin(db).await?;
    lock_cohort(&txn, session.cohort_id).await?;
    // Read again under the lock: someone may have moved it meanwhile.
    let session = session::Entity::find_by_id(session.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let (from_day, from_position) = (session.day, session.position);
    let source: Vec<session::Model> = ordered(&txn, session.cohort_id, Some(from_day)).await?;
    let target: Vec<session::Model> = if change.day == from_day {
        source.clone()
    } else {
        ordered(&txn, session.cohort_id, Some(change.day)).await?
    };
    let mut target_order: Vec<Uuid> = target
        .iter()
        .map(|s| s.id)
        .filter(|id| *id != session.id)
        .collect();
    let position = checked_position(change.position, target_order.len())?;
    if change.day == from_day && position as i32 == from_position {
        txn.commit().await?;
        return Ok((session, None));
    }
    target_order.insert(position, session.id);
    if change.day != from_day {
        let source_order: Vec<Uuid> = source
            .iter()
            .map(|s| s.id)
            .filter(|id| *id != session.id)
            .collect();
        arrange(&txn, &source, &source_order, &HashMap::new()).await?;
    }
    let shift = change.day.signed_duration_since(from_day);
    let shifted: Option<Span> = span_of(&session).map(|(s, e)| (s + shift, e + shift));
    let mut others = target.clone();
    others.retain(|s| s.id != session.id);
    let shape = if change.day == from_day {
        DayShape::of(&target.iter().filter_map(span_of).collect::<Vec<_>>())
    } else {
        let slot = target_order[..position]
            .iter()
            .filter(|id| others.iter().any(|s| s.id == **id && span_of(s).is_some()))
            .count();
        DayShape::of(&others.iter().filter_map(span_of).collect::<Vec<_>>())
            .map(|shape| shape.with_arrival(slot))
    };
    let times: HashMap<Uuid, Span> = match shape {
        Some(shape) => {
            let order: Vec<(Uuid, Option<Span>)> = target_order
                .iter()
                .map(|id| match others.iter().find(|s| s.id == *id) {
                    Some(other) => (*id, span_of(other)),
                    None => (*id, shifted),
                })
                .collect();
            shape.lay_out(&order).into_iter().collect()
        }
        None => HashMap::new(),
    };
    arrange(&txn, &others, &target_order, &times).await?;
    let revision = session.revision + 1;
    let (starts_at, ends_at) = match times.get(&session.id) {
        Some((starts, ends)) => (Some(*starts), Some(*ends)),
        None => (
            session.starts_at.map(|t| t + shift),
            session.ends_at.map(|t| t + shift),
        ),
    };
    let mut active = session.into_active_model();
    active.day = Set(change.day);
    active.position = Set(position as i32);
    active.starts_at = Set(starts_at);
    active.ends_at = Set(ends_at);
    active.revision = Set(revision);
    active.updated_at = Set(Utc::now());
    let moved = active.update(&txn).await?;
    let recorded = agenda_change::ActiveModel {
        id: Set(new_id()),
        cohort_id: Set(moved.cohort_id),
        session_id: Set(moved.id),
        by_person_id: Set(principal.person_id()),
        from_day: Set(from_day),
        from_position: Set(from_position),
        to_day: Set(change.day),
        to_position: Set(position as i32),
        reason: Set(reason),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    notify_systems(&txn, moved.cohort_id).await?;
    txn.commit().await?;
    events
        .publish(Event::AgendaChanged {
            cohort_id: moved.cohort_id,
        })
        .await;
    Ok((moved, Some(recorded)))
}

/// Removes a session (the cohort's facilitators, admins); the rest of its day closes up.
pub async fn remove(
    db: &(impl ConnectionTrait + TransactionTrait),
    events: &EventBus,
    principal: &Principal,
    id: Uuid,
) -> AppResult<session::Model> {
    let session = managed(db, principal, id).await?;
    let txn = tx::begin(db).await?;
    lock_cohort(&txn, session.cohort_id).await?;
    session::Entity::delete_by_id(session.id).exec(&txn).await?;
    let rest = ordered(&txn, session.cohort_id, Some(session.day)).await?;
    let order: Vec<Uuid> = rest.iter().map(|s| s.id).collect();
    renumber(&txn, &rest, &order).await?;
    audit::record(
        &txn,
        principal,
        "session.removed",
        Some(audit::Target::new("session", id)),
    )
    .await?;
    notify_systems(&txn, session.cohort_id).await?;
    txn.commit().await?;
    events
        .publish(Event::AgendaChanged {
            cohort_id: session.cohort_id,
        })
        .await;
    Ok(session)
}

/// The history of the agenda, newest first (members of the cohort).
pub async fn changes(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
) -> AppResult<Vec<agenda_change::Model>> {
    if cohorts::access(db, principal, cohort_id).await? < CohortAccess::Member {
        return Ok(vec![]);
    }
    Ok(agenda_change::Entity::find()
        .filter(agenda_change::Column::CohortId.eq(cohort_id))
        .order_by_desc(agenda_change::Column::Id)
        .all(db)
        .await?)
}

/// Writes `agenda.changed` webhook deliveries for the cohort's municipalities (in the transaction).
async fn notify_systems(db: &impl ConnectionTrait, cohort_id: Uuid) -> AppResult<()> {
    let towns = super::webhooks::cohort_municipalities(db, cohort_id).await?;
    if towns.is_empty() {
        return Ok(());
    }
    let sessions: Vec<serde_json::Value> = ordered(db, cohort_id, None)
        .await?
        .iter()
        .map(|s| serde_json::json!({ "session_id": s.id, "title": s.title, "day": s.day, "position": s.position, "starts_at": s.starts_at, "ends_at": s.ends_at, "sequence": s.revision }))
        .collect();
    super::webhooks::enqueue(
        db,
        "agenda.changed",
        &towns,
        serde_json::json!({ "cohort_id": cohort_id, "sessions": sessions }),
    )
    .await
}

fn checked_position(position: i32, len: usize) -> AppResult<usize> {
    if position < 0 || position as usize > len {
        return Err(AppError::invalid(
            "position",
            Text::owned(
                format!("Die Position muss zwischen 0 und {len} liegen."),
                format!("The position must be between 0 and {len}."),
            ),
        ));
    }
    Ok(position as usize)
}

/// Gives each session of `current` the index it has in `order`, writing only what changed.
async fn renumber(
    db: &impl ConnectionTrait,
    current: &[session::Model],
    order: &[Uuid],
) -> AppResult<()> {
    arrange(db, current, order, &HashMap::new()).await
}

/// Gives each session of `current` the index it has in `order` and the times in `times` (where
/// given), writing only what changed; a session whose times change gets a new revision, so
/// calendars raise its SEQUENCE.
async fn arrange(
    db: &impl ConnectionTrait,
    current: &[session::Model],
    order: &[Uuid],
    times: &HashMap<Uuid, Span>,
) -> AppResult<()> {
    for (index, id) in order.iter().enumerate() {
        let Some(existing) = current.iter().find(|s| s.id == *id) else {
            continue;
        };
        let new_span = times.get(id).copied();
        let retimed = new_span.is_some_and(|span| span_of(existing) != Some(span));
        if existing.position == index as i32 && !retimed {
            continue;
        }
        let mut active = existing.clone().into_active_model();
        active.position = Set(index as i32);
        if let (true, Some((starts, ends))) = (retimed, new_span) {
            active.starts_at = Set(Some(starts));
            active.ends_at = Set(Some(ends));
            active.revision = Set(existing.revision + 1);
        }
        active.updated_at = Set(Utc::now());
        active.update(db).await?;
    }
    Ok(())
}

fn span_of(session: &session::Model) -> Option<Span> {
    session.starts_at.zip(session.ends_at)
}

/// Serialises agenda writes of one cohort (row lock on PostgreSQL; SQLite writes are serial).
async fn lock_cohort(db: &impl ConnectionTrait, cohort_id: Uuid) -> AppResult<()> {
    cohort::Entity::find_by_id(cohort_id)
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(())
}
