//! The JSON shapes of REST v1 (snake_case; enum values are the GraphQL names). Entities are
//! converted here; columns never become the API by derive.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{cohort, enrollment, municipality, organisation, person, post, session};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::{input::from_json_list, markdown, page::Page, reports};

fn name<E: sea_orm::ActiveEnum<Value = String>>(value: &E) -> String {
    value.to_value()
}

/// RFC 9457 problem details.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    pub r#type: String,
    /// The HTTP reason phrase.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What went wrong, in the caller's language.
    pub detail: String,
    /// The stable error code (as GraphQL's `extensions.code`).
    pub code: String,
    /// Invalid input fields.
    pub errors: Option<Vec<FieldProblem>>,
}

/// One invalid field.
#[derive(Serialize, ToSchema)]
pub struct FieldProblem {
    /// The field.
    pub field: String,
    /// Why it is invalid.
    pub message: String,
}

/// A page of a list.
#[derive(Serialize, ToSchema)]
pub struct List<T: ToSchema> {
    /// The entries.
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
}

impl<T: ToSchema> List<T> {
    pub fn from_page<M>(page: Page<M>, to_item: impl FnMut(M) -> T) -> Self {
        let next_cursor = page
            .has_next()
            .then(|| page.cursor(page.items.len().saturating_sub(1)));
        Self {
            items: page.items.into_iter().map(to_item).collect(),
            next_cursor,
        }
    }
}

/// A municipality taking part.
#[derive(Serialize, ToSchema)]
pub struct Municipality {
    pub id: Uuid,
    pub name: String,
    /// The official key (Amtlicher Gemeindeschlüssel), 8 digits.
    pub ags: String,
    pub state: String,
}

impl From<municipality::Model> for Municipality {
    fn from(m: municipality::Model) -> Self {
        Self {
            id: m.id,
            name: m.name,
            ags: m.ags,
            state: m.state,
        }
    }
}

/// A cohort in a list.
#[derive(Serialize, ToSchema)]
pub struct CohortSummary {
    pub id: Uuid,
    pub title: String,
    pub programme: String,
    /// PLANNED, RUNNING, COMPLETED or ARCHIVED.
    pub status: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub location: Option<String>,
    pub capacity: Option<i32>,
}

impl From<&cohort::Model> for CohortSummary {
    fn from(c: &cohort::Model) -> Self {
        Self {
            id: c.id,
            title: c.title.clone(),
            programme: c.programme.clone(),
            status: name(&c.status),
            starts_on: c.starts_on,
            ends_on: c.ends_on,
            location: c.location.clone(),
            capacity: c.capacity,
        }
    }
}

/// A session of the agenda.
#[derive(Serialize, ToSchema)]
pub struct Session {
    pub id: Uuid,
    pub title: String,
    pub day: NaiveDate,
    /// 0-based place on its day.
    pub position: i32,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    /// PLANNED, DONE or SKIPPED.
    pub status: String,
    /// Rises whenever the session moves or changes.
    pub sequence: i32,
}

impl From<session::Model> for Session {
    fn from(s: session::Model) -> Self {
        Self {
            id: s.id,
            title: s.title,
            day: s.day,
            position: s.position,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            status: name(&s.status),
            sequence: s.revision,
        }
    }
}

/// A training day with its sessions in order.
#[derive(Serialize, ToSchema)]
pub struct Day {
    pub day: NaiveDate,
    pub sessions: Vec<Session>,
}

/// One cohort with its municipalities, days and sessions.
#[derive(Serialize, ToSchema)]
pub struct CohortDetail {
    #[serde(flatten)]
    pub cohort: CohortSummary,
    pub description: Option<String>,
    pub municipalities: Vec<Municipality>,
    pub days: Vec<Day>,
}

/// An organisation.
#[derive(Serialize, ToSchema)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    /// ADMINISTRATION, CIVIL_SOCIETY, EDUCATION, BUSINESS or OTHER.
    pub kind: String,
}

impl From<organisation::Model> for Organisation {
    fn from(o: organisation::Model) -> Self {
        Self {
            id: o.id,
            name: o.name,
            kind: name(&o.kind),
        }
    }
}

/// A person of the caller's municipality.
#[derive(Serialize, ToSchema)]
pub struct Person {
    pub id: Uuid,
    pub display_name: String,
    pub email: Option<String>,
    pub organisation: Option<Organisation>,
    pub municipality: Option<Municipality>,
}

/// A person in an enrolment.
#[derive(Serialize, ToSchema)]
pub struct EnrolledPerson {
    pub id: Uuid,
    pub display_name: String,
    pub email: Option<String>,
    pub organisation: Option<String>,
}

/// An enrolment.
#[derive(Serialize, ToSchema)]
pub struct Enrollment {
    pub id: Uuid,
    pub cohort_id: Uuid,
    pub person: EnrolledPerson,
    /// PARTICIPANT, FACILITATOR or GUEST.
    pub role: String,
    /// INVITED, ACTIVE, COMPLETED or WITHDRAWN.
    pub status: String,
    pub multiplier: bool,
    pub created_at: DateTime<Utc>,
}

impl Enrollment {
    pub fn new(
        e: enrollment::Model,
        person: Option<&person::Model>,
        organisation: Option<&organisation::Model>,
    ) -> Self {
        Self {
            id: e.id,
            cohort_id: e.cohort_id,
            person: EnrolledPerson {
                id: e.person_id,
                display_name: person.map(|p| p.display_name.clone()).unwrap_or_default(),
                email: person.and_then(|p| p.email.clone()),
                organisation: organisation.map(|o| o.name.clone()),
            },
            role: name(&e.role),
            status: name(&e.status),
            multiplier: e.multiplier,
            created_at: e.created_at,
        }
    }
}

/// A nomination of a municipality's staff member.
#[derive(Deserialize, Serialize, ToSchema)]
pub struct NominationRequest {
    /// Where the invitation goes.
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// The organisation's name, matched or created in the municipality.
    pub organisation: Option<String>,
    /// The person acts as a multiplier.
    #[serde(default)]
    pub multiplier: bool,
    /// The municipality (AGS), for callers not bound to one.
    pub municipality: Option<String>,
}

/// A count under a key.
#[derive(Serialize, ToSchema)]
pub struct CountByKey {
    pub key: String,
    pub count: i64,
}

/// The cohort report.
#[derive(Serialize, ToSchema)]
pub struct Report {
    pub cohort_id: Uuid,
    pub participants: i64,
    pub completed: i64,
    pub withdrawn: i64,
    pub by_municipality: Vec<CountByKey>,
    pub by_organisation_kind: Vec<CountByKey>,
    pub sessions_held: i64,
    pub average_attendance: Option<f64>,
    pub average_feedback_rating: Option<f64>,
    pub plans: i64,
    pub plans_done: i64,
    pub plans_in_progress: i64,
    pub multiplier_activities: i64,
    pub people_reached: i64,
    pub check_in_rate: Option<f64>,
}

impl From<reports::CohortReport> for Report {
    fn from(r: reports::CohortReport) -> Self {
        let counts = |list: Vec<(String, i64)>| {
            list.into_iter()
                .map(|(key, count)| CountByKey { key, count })
                .collect()
        };
        Self {
            cohort_id: r.cohort_id,
            participants: r.participants,
            completed: r.completed,
            withdrawn: r.withdrawn,
            by_municipality: counts(r.by_municipality),
            by_organisation_kind: counts(r.by_organisation_kind),
            sessions_held: r.sessions_held,
            average_attendance: r.average_attendance,
            average_feedback_rating: r.average_feedback_rating,
            plans: r.plans,
            plans_done: r.plans_done,
            plans_in_progress: r.plans_in_progress,
            multiplier_activities: r.multiplier_activities,
            people_reached: r.people_reached,
            check_in_rate: r.check_in_rate,
        }
    }
}

/// A network post.
#[derive(Serialize, ToSchema)]
pub struct Post {
    pub id: Uuid,
    /// EXPERIENCE, QUESTION, CONSULTATION_REQUEST, IDEA, EVENT, RESOURCE or ANNOUNCEMENT.
    pub kind: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    /// Sanitised HTML.
    pub body_html: String,
    pub tags: Vec<String>,
    pub created_at: DateTime<Utc>,
}

impl From<post::Model> for Post {
    fn from(p: post::Model) -> Self {
        Self {
            id: p.id,
            kind: name(&p.kind),
            body_html: markdown::to_safe_html(&p.body),
            tags: from_json_list(&p.tags),
            title: p.title,
            body: p.body,
            created_at: p.created_at,
        }
    }
}
