//! The cohort report for funders, and the mail outbox for admins.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::outbox_email;

use super::{connection::FromPage, context::ContextExt, errors::GqlResult};
use crate::domain::{mail, page::PageRequest, reports};

crate::connection!(OutboxEmailConnection, OutboxEmailEdge, OutboxEmail);

/// A count under a key (a municipality name, an organisation kind).
#[derive(SimpleObject)]
pub struct CountByKey {
    /// The municipality's name, or the organisation kind (`NONE` without organisation).
    pub key: String,
    /// How many participants.
    pub count: i32,
}

/// Figures for programme reporting, derived from the data.
#[derive(SimpleObject)]
pub struct CohortReport {
    /// Participant enrolments not withdrawn.
    pub participants: i32,
    /// Participants who completed.
    pub completed: i32,
    /// Participants who withdrew.
    pub withdrawn: i32,
    /// Participants by municipality name ("ohne Angabe" without one).
    pub by_municipality: Vec<CountByKey>,
    /// Participants by organisation kind (`NONE` without organisation).
    pub by_organisation_kind: Vec<CountByKey>,
    /// Sessions with status DONE.
    pub sessions_held: i32,
    /// Mean share of participants present over sessions held (0..1).
    pub average_attendance: Option<f64>,
    /// Mean rating over feedback rounds (anonymous rounds count with three or more answers).
    pub average_feedback_rating: Option<f64>,
    /// Plans made in the cohort.
    pub plans: i32,
    /// Plans done.
    pub plans_done: i32,
    /// Plans in progress.
    pub plans_in_progress: i32,
    /// Multiplier activities recorded.
    pub multiplier_activities: i32,
    /// People those activities reached.
    pub people_reached: i32,
    /// Check-ins / participants over follow-ups held (0..1).
    pub check_in_rate: Option<f64>,
}

fn int(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

impl From<reports::CohortReport> for CohortReport {
    fn from(report: reports::CohortReport) -> Self {
        let counts = |list: Vec<(String, i64)>| {
            list.into_iter()
                .map(|(key, count)| CountByKey {
                    key,
                    count: int(count),
                })
                .collect()
        };
        Self {
            participants: int(report.participants),
            completed: int(report.completed),
            withdrawn: int(report.withdrawn),
            by_municipality: counts(report.by_municipality),
            by_organisation_kind: counts(report.by_organisation_kind),
            sessions_held: int(report.sessions_held),
            average_attendance: report.average_attendance,
            average_feedback_rating: report.average_feedback_rating,
            plans: int(report.plans),
            plans_done: int(report.plans_done),
            plans_in_progress: int(report.plans_in_progress),
            multiplier_activities: int(report.multiplier_activities),
            people_reached: int(report.people_reached),
            check_in_rate: report.check_in_rate,
        }
    }
}

/// A mail in the outbox.
pub struct OutboxEmail(pub outbox_email::Model);

#[Object]
impl OutboxEmail {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// To whom.
    async fn to_address(&self) -> &str {
        &self.0.to_address
    }

    /// What kind of mail (CHECK_IN_INVITATION, CHECK_IN_REMINDER, INVITATION).
    async fn kind(&self) -> String {
        sea_orm::ActiveEnum::to_value(&self.0.kind)
    }

    /// The subject, in the recipient's language.
    async fn subject(&self) -> &str {
        &self.0.subject
    }

    /// The text.
    async fn body(&self) -> &str {
        &self.0.body
    }

    /// When it is (or was) due.
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.due_at
    }

    /// When it went out; null while waiting (or without SMTP).
    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }

    /// Attempts so far.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }

    /// The last failure, if any.
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }
}

/// Queries of the outbox.
#[derive(Default)]
pub struct MailQuery;

#[Object]
impl MailQuery {
    /// The mail outbox (admins): what was and will be sent; without SMTP everything stays here.
    async fn outbox(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        pending: Option<bool>,
    ) -> GqlResult<OutboxEmailConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let found = mail::outbox(ctx.db(), ctx.principal(), pending.unwrap_or(false), page).await?;
        Ok(OutboxEmailConnection::from_page(found, OutboxEmail))
    }
}
