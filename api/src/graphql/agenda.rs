//! The agenda: sessions, their history, attendance.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{agenda_change, attendance as stored_attendance, session};

use super::{
    boxed::boxed,
    cohorts::Cohort,
    context::{ContextExt, load, load_list},
    curriculum::Module,
    enums::SessionStatus,
    errors::GqlResult,
    feedback::FeedbackRound,
    loaders::{AttendanceOfSession, FeedbackRoundsOfSession, ModuleById, PersonById, SessionById},
    people::Person,
    scalars::Date,
};
use crate::{
    domain::{
        agenda::{self, NewSession, SessionChanges, SessionMove},
        attendance,
        cohorts::{self, CohortAccess},
        ids::{parse_id, parse_ref},
        self_check_in,
    },
    error::AppError,
};

/// A module scheduled on a training day.
pub struct Session {
    pub model: session::Model,
    /// The caller's access to the session's cohort.
    pub access: CohortAccess,
}

#[Object]
impl Session {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.model.id.to_string())
    }

    /// The cohort whose agenda this is.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Cohort> {
        boxed(async move { Cohort::by_id(ctx, self.model.cohort_id).await }).await
    }

    /// The curriculum module, if the session is based on one.
    async fn module(&self, ctx: &Context<'_>) -> GqlResult<Option<Module>> {
        let Some(id) = self.model.module_id else {
            return Ok(None);
        };
        Ok(load(ctx, ModuleById(id)).await?.map(Module))
    }

    /// The session's title.
    async fn title(&self) -> &str {
        &self.model.title
    }

    /// The training day.
    async fn day(&self) -> Date {
        Date(self.model.day)
    }

    /// When it starts.
    async fn starts_at(&self) -> Option<DateTime<Utc>> {
        self.model.starts_at
    }

    /// When it ends.
    async fn ends_at(&self) -> Option<DateTime<Utc>> {
        self.model.ends_at
    }

    /// 0-based place on its day.
    async fn position(&self) -> i32 {
        self.model.position
    }

    /// Planned, done or skipped.
    async fn status(&self) -> SessionStatus {
        self.model.status.into()
    }

    /// Facilitators' notes (members of the cohort).
    async fn notes(&self) -> Option<&str> {
        if self.access >= CohortAccess::Member {
            self.model.notes.as_deref()
        } else {
            None
        }
    }

    /// The feedback rounds asked about this session (members).
    async fn feedback_rounds(&self, ctx: &Context<'_>) -> GqlResult<Vec<FeedbackRound>> {
        if self.access < CohortAccess::Member {
            return Ok(vec![]);
        }
        let rounds = load_list(ctx, FeedbackRoundsOfSession(self.model.id)).await?;
        Ok(FeedbackRound::all(rounds, self.access))
    }

    /// The live self check-in code (the cohort's facilitators); null when none is open.
    async fn check_in_code(&self) -> Option<SelfCheckInCode> {
        self_check_in::current(&self.model, self.access).map(SelfCheckInCode::from)
    }

    /// Attendance: facilitators see everyone; a participant their own entry.
    async fn attendance(&self, ctx: &Context<'_>) -> GqlResult<Vec<Attendance>> {
        if self.access < CohortAccess::Member {
            return Ok(vec![]);
        }
        let rows = load_list(ctx, AttendanceOfSession(self.model.id)).await?;
        Ok(attendance::visible(ctx.principal(), self.access, rows)
            .into_iter()
            .map(Attendance)
            .collect())
    }
}

/// A short-lived code participants enter (or scan as a QR code) to check in to a session.
#[derive(SimpleObject)]
pub struct SelfCheckInCode {
    /// The session it checks in to.
    pub session_id: ID,
    /// Six characters without look-alikes (no 0/O, 1/I).
    pub code: String,
    /// Until when it works.
    pub expires_at: DateTime<Utc>,
}

impl From<self_check_in::CheckInCode> for SelfCheckInCode {
    fn from(code: self_check_in::CheckInCode) -> Self {
        Self {
            session_id: ID(code.session_id.to_string()),
            code: code.code,
            expires_at: code.expires_at,
        }
    }
}

/// A recorded move of a session.
pub struct AgendaChange(pub agenda_change::Model);

#[Object]
impl AgendaChange {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The session that moved.
    async fn session(&self, ctx: &Context<'_>) -> GqlResult<Session> {
        boxed(async move {
            let model = load(ctx, SessionById(self.0.session_id))
                .await?
                .ok_or(AppError::NotFound)?;
            let cohort = Cohort::by_id(ctx, model.cohort_id).await?;
            Ok(Session {
                model,
                access: cohort.access,
            })
        })
        .await
    }

    /// Who moved it.
    async fn by(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        let id = self.0.by_person_id.ok_or(AppError::NotFound)?;
        Ok(Person(
            load(ctx, PersonById(id)).await?.ok_or(AppError::NotFound)?,
        ))
    }

    /// The day it was on.
    async fn from_day(&self) -> Date {
        Date(self.0.from_day)
    }

    /// The position it had.
    async fn from_position(&self) -> i32 {
        self.0.from_position
    }

    /// The day it moved to.
    async fn to_day(&self) -> Date {
        Date(self.0.to_day)
    }

    /// The position it moved to.
    async fn to_position(&self) -> i32 {
        self.0.to_position
    }

    /// Why.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Whether a person was present.
pub struct Attendance(pub stored_attendance::Model);

#[Object]
impl Attendance {
    /// Who.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Ok(Person(
            load(ctx, PersonById(self.0.person_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// Present or not.
    async fn present(&self) -> bool {
        self.0.present
    }

    /// The session it is about.
    async fn session(&self, ctx: &Context<'_>) -> GqlResult<Session> {
        boxed(async move {
            let model = load(ctx, SessionById(self.0.session_id))
                .await?
                .ok_or(AppError::NotFound)?;
            let access = cohorts::access(ctx.db(), ctx.principal(), model.cohort_id).await?;
            Ok(Session { model, access })
        })
        .await
    }
}

/// A session to schedule.
#[derive(InputObject)]
pub struct ScheduleSessionInput {
    /// The cohort.
    pub cohort_id: ID,
    /// The curriculum module; its title is used unless `title` is given.
    pub module_id: Option<ID>,
    /// The title (required without a module).
    pub title: Option<String>,
    /// The training day.
    pub day: Date,
    /// When it starts.
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ends (not before the start).
    pub ends_at: Option<DateTime<Utc>>,
    /// 0-based place on the day; appended if omitted.
    pub position: Option<i32>,
}

/// Changes to a session in place.
#[derive(InputObject)]
pub struct UpdateSessionInput {
    /// The title.
    pub title: Option<String>,
    /// When it starts.
    pub starts_at: Option<DateTime<Utc>>,
    /// When it ends.
    pub ends_at: Option<DateTime<Utc>>,
    /// Planned, done or skipped.
    pub status: Option<SessionStatus>,
    /// Facilitators' notes; an empty string removes them.
    pub notes: Option<String>,
}

/// Where to move a session.
#[derive(InputObject)]
pub struct MoveSessionInput {
    /// The session.
    pub session_id: ID,
    /// The target day.
    pub day: Date,
    /// 0-based index within the target day after the move.
    pub position: i32,
    /// Why (shown in the agenda's history).
    pub reason: Option<String>,
}

/// Queries of the agenda.
#[derive(Default)]
pub struct AgendaQuery;

#[Object]
impl AgendaQuery {
    /// One session, if the caller may see its cohort's agenda.
    async fn session(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<Session>> {
        let (model, access) = agenda::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(Some(Session { model, access }))
    }
}

/// Changes to the agenda (the cohort's facilitators, admins).
#[derive(Default)]
pub struct AgendaMutation;

#[Object]
impl AgendaMutation {
    /// Puts a session on the agenda.
    async fn schedule_session(
        &self,
        ctx: &Context<'_>,
        input: ScheduleSessionInput,
    ) -> GqlResult<Session> {
        let new = NewSession {
            cohort_id: parse_id(&input.cohort_id)?,
            module_id: input
                .module_id
                .map(|id| parse_ref("moduleId", &id))
                .transpose()?,
            title: input.title,
            day: input.day.0,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            position: input.position,
        };
        let model = agenda::schedule(ctx.db(), &ctx.state().events, ctx.principal(), new).await?;
        Ok(Session {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Changes a session in place.
    async fn update_session(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateSessionInput,
    ) -> GqlResult<Session> {
        let changes = SessionChanges {
            title: input.title,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            status: input.status.map(Into::into),
            notes: input.notes,
        };
        let model = agenda::update(
            ctx.db(),
            &ctx.state().events,
            ctx.principal(),
            parse_id(&id)?,
            changes,
        )
        .await?;
        Ok(Session {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Moves a session; records an agenda change with who, from, to and why. Times follow the
    /// order: the target day's timed sessions are laid out again from its first start, each
    /// keeping its duration and the day's breaks staying in place (the day left keeps its times).
    async fn move_session(&self, ctx: &Context<'_>, input: MoveSessionInput) -> GqlResult<Session> {
        let change = SessionMove {
            session_id: parse_id(&input.session_id)?,
            day: input.day.0,
            position: input.position,
            reason: input.reason,
        };
        let (model, _) =
            agenda::move_session(ctx.db(), &ctx.state().events, ctx.principal(), change).await?;
        Ok(Session {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Removes a session; the rest of its day closes up.
    async fn remove_session(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        agenda::remove(
            ctx.db(),
            &ctx.state().events,
            ctx.principal(),
            parse_id(&id)?,
        )
        .await?;
        Ok(true)
    }

    /// Opens self check-in for a session: a new code, valid for `validMinutes` (default 15,
    /// at most 240); an earlier code of the session stops working.
    async fn open_self_check_in(
        &self,
        ctx: &Context<'_>,
        session_id: ID,
        valid_minutes: Option<i32>,
    ) -> GqlResult<SelfCheckInCode> {
        let code = self_check_in::open(
            ctx.db(),
            ctx.principal(),
            parse_id(&session_id)?,
            valid_minutes,
        )
        .await?;
        Ok(code.into())
    }

    /// Checks the caller in with the code shown in the room; they are marked present. After five
    /// wrong codes within ten minutes the caller has to wait (RATE_LIMITED).
    async fn self_check_in(&self, ctx: &Context<'_>, code: String) -> GqlResult<Attendance> {
        let row = self_check_in::check_in(ctx.db(), &ctx.state().attempts, ctx.principal(), &code)
            .await?;
        Ok(Attendance(row))
    }

    /// Records whether a member was present.
    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        session_id: ID,
        person_id: ID,
        present: bool,
    ) -> GqlResult<Attendance> {
        let row = attendance::record(
            ctx.db(),
            ctx.principal(),
            parse_id(&session_id)?,
            parse_ref("personId", &person_id)?,
            present,
        )
        .await?;
        Ok(Attendance(row))
    }
}
