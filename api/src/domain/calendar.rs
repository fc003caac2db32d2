//! Calendars as iCalendar (RFC 5545): training days, sessions and follow-ups, with stable UIDs,
//! `Europe/Berlin` local times, CRLF line ends, folded lines, and a SEQUENCE that rises whenever
//! something moves — so subscribed municipal calendars and phones follow agenda changes.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use entity::{
    cohort, enrollment,
    enums::{EnrollmentStatus, FollowUpFormat, FollowUpStatus},
    follow_up, person, session,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::{
    agenda, berlin,
    cohorts::{self, CohortAccess},
    follow_ups,
};
use crate::{
    auth::{Principal, secrets},
    error::{AppError, AppResult},
};

const DOMAIN: &str = "vielfaltsnetz";

/// When an event happens.
enum When {
    Day(NaiveDate),
    Local(NaiveDateTime, NaiveDateTime),
}

struct Event {
    uid: String,
    sequence: i32,
    stamp: DateTime<Utc>,
    when: When,
    summary: String,
    description: Option<String>,
    location: Option<String>,
    url: Option<String>,
    cancelled: bool,
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded at 75 octets without splitting a character (RFC 5545 3.1).
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

fn render(name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Vielfaltsnetz//Kalender//DE");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    line(&mut out, "X-WR-TIMEZONE:Europe/Berlin");
    out.push_str(berlin::VTIMEZONE);
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", event.uid));
        line(&mut out, &format!("DTSTAMP:{}", stamp(event.stamp)));
        line(&mut out, &format!("SEQUENCE:{}", event.sequence));
        match &event.when {
            When::Day(day) => {
                line(
                    &mut out,
                    &format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")),
                );
                line(
                    &mut out,
                    &format!(
                        "DTEND;VALUE=DATE:{}",
                        (*day + Duration::days(1)).format("%Y%m%d")
                    ),
                );
            }
            When::Local(start, end) => {
                line(
                    &mut out,
                    &format!(
                        "DTSTART;TZID=Europe/Berlin:{}",
                        start.format("%Y%m%dT%H%M%S")
                    ),
                );
                line(
                    &mut out,
                    &format!("DTEND;TZID=Europe/Berlin:{}", end.format("%Y%m%dT%H%M%S")),
                );
            }
        }
        line(&mut out, &format!("SUMMARY:{}", text(&event.summary)));
        if let Some(description) = &event.description {
            line(&mut out, &format!("DESCRIPTION:{}", text(description)));
        }
        if let Some(location) = &event.location {
            line(&mut out, &format!("LOCATION:{}", text(location)));
        }
        if let Some(url) = &event.url {
            line(&mut out, &format!("URL:{url}"));
        }
        line(
            &mut out,
            &format!(
                "STATUS:{}",
                if event.cancelled {
                    "CANCELLED"
                } else {
                    "CONFIRMED"
                }
            ),
        );
        line(&mut out, "TRANSP:OPAQUE");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn cohort_events(
    cohort: &cohort::Model,
    sessions: &[session::Model],
    meetings: &[follow_up::Model],
    with_links: bool,
) -> Vec<Event> {
    let mut events = Vec::new();
    let days: BTreeSet<NaiveDate> = sessions.iter().map(|s| s.day).collect();
    for (index, day) in days.iter().enumerate() {
        events.push(Event {
            uid: format!("day-{}-{}@{DOMAIN}", cohort.id, day.format("%Y%m%d")),
            sequence: 0,
            stamp: cohort.updated_at,
            when: When::Day(*day),
            summary: format!("Trainingstag {} – {}", index + 1, cohort.title),
            description: Some(cohort.programme.clone()),
            location: cohort.location.clone(),
            url: None,
            cancelled: false,
        });
    }
    for session in sessions {
        let when = match (session.starts_at, session.ends_at) {
            (Some(start), end) => {
                let end = end.unwrap_or(start + Duration::hours(1));
                When::Local(berlin::local(start), berlin::local(end))
            }
            _ => When::Day(session.day),
        };
        events.push(Event {
            uid: format!("session-{}@{DOMAIN}", session.id),
            sequence: session.revision,
            stamp: session.updated_at,
            when,
            summary: format!("{} ({})", session.title, cohort.title),
            description: None,
            location: cohort.location.clone(),
            url: None,
            cancelled: false,
        });
    }
    for meeting in meetings {
        let start = berlin::local(meeting.scheduled_at);
        let end = berlin::local(
            meeting.scheduled_at + Duration::minutes(i64::from(meeting.duration_minutes)),
        );
        let online = meeting.format == FollowUpFormat::Online;
        events.push(Event {
            uid: format!("follow-up-{}@{DOMAIN}", meeting.id),
            sequence: meeting.revision,
            stamp: meeting.updated_at,
            when: When::Local(start, end),
            summary: format!("{} ({})", meeting.title, cohort.title),
            description: meeting.agenda.clone(),
            location: if online {
                Some("Online".to_owned())
            } else {
                meeting.location.clone()
            },
            url: if online && with_links {
                meeting.meeting_url.clone()
            } else {
                None
            },
            cancelled: meeting.status == FollowUpStatus::Cancelled,
        });
    }
    events
}

/// The calendar of a cohort, for those who see its agenda; meeting links for members only.
pub async fn of_cohort(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
) -> AppResult<String> {
    let (cohort, level) = cohorts::get(db, principal, cohort_id).await?;
    if level < CohortAccess::Agenda {
        return Err(AppError::NotFound);
    }
    let sessions = agenda::ordered(db, cohort.id, None).await?;
    let meetings = follow_ups::of_cohort(db, principal, cohort.id).await?;
    Ok(render(
        &cohort.title,
        &cohort_events(&cohort, &sessions, &meetings, level >= CohortAccess::Member),
    ))
}

/// The personal calendar behind a secret link: every cohort the person belongs to.
pub async fn personal(db: &impl ConnectionTrait, secret: &str) -> AppResult<String> {
    let owner = person::Entity::find()
        .filter(person::Column::CalendarTokenHash.eq(secrets::sha256_hex(secret)))
        .one(db)
        .await?
        .filter(|p| p.email.is_some())
        .ok_or(AppError::NotFound)?;
    let cohort_ids: Vec<Uuid> = enrollment::Entity::find()
        .filter(enrollment::Column::PersonId.eq(owner.id))
        .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.cohort_id)
        .collect();
    let mut events = Vec::new();
    for cohort in cohort::Entity::find()
        .filter(cohort::Column::Id.is_in(cohort_ids))
        .order_by_asc(cohort::Column::StartsOn)
        .all(db)
        .await?
    {
        let sessions = agenda::ordered(db, cohort.id, None).await?;
        let meetings = follow_up::Entity::find()
            .filter(follow_up::Column::CohortId.eq(cohort.id))
            .order_by_asc(follow_up::Column::ScheduledAt)
            .all(db)
            .await?;
        events.extend(cohort_events(&cohort, &sessions, &meetings, true));
    }
    Ok(render(
        &format!("Vielfaltsnetz – {}", owner.display_name),
        &events,
    ))
}

/// The secret of a person's calendar link: derived from their salt with the server key, so it
/// can be shown again without being stored.
fn secret(key: &[u8], person_id: Uuid, salt: &str) -> String {
    secrets::keyed_hash(key, &[b"calendar", person_id.as_bytes(), salt.as_bytes()])
}

/// The person's calendar link (created on first use).
pub async fn url(
    db: &impl ConnectionTrait,
    key: &[u8],
    base_url: &str,
    person: &person::Model,
) -> AppResult<String> {
    let secret = match &person.calendar_salt {
        Some(salt) => secret(key, person.id, salt),
        None => new_link(db, key, person.clone()).await?,
    };
    Ok(format!("{base_url}/api/v1/calendar/{secret}.ics"))
}

/// Gives the caller a new calendar link; the old one stops working.
pub async fn reset(
    db: &impl ConnectionTrait,
    key: &[u8],
    base_url: &str,
    principal: &Principal,
) -> AppResult<String> {
    let me = principal.person()?;
    let person = person::Entity::find_by_id(me.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let secret = new_link(db, key, person).await?;
    Ok(format!("{base_url}/api/v1/calendar/{secret}.ics"))
}

async fn new_link(
    db: &impl ConnectionTrait,
    key: &[u8],
    person: person::Model,
) -> AppResult<String> {
    let salt = secrets::random_token();
    let secret = secret(key, person.id, &salt);
    let mut active = person.into_active_model();
    active.calendar_salt = Set(Some(salt));
    active.calendar_token_hash = Set(Some(secrets::sha256_hex(&secret)));
    active.update(db).await?;
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "Übung ".repeat(30)));
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{physical}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("SUMMARY:{}", "Übung ".repeat(30)).trim_end()
        );
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
