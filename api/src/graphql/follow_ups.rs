//! Follow-up meetings and check-ins.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::{check_in, follow_up};

use super::{
    boxed::boxed,
    cohorts::Cohort,
    context::{ContextExt, load, load_list},
    enums::{FollowUpFormat, FollowUpStatus},
    errors::GqlResult,
    loaders::{FollowUpById, PersonById, UpdatesOfCheckIn},
    people::Person,
    plans::{PlanUpdate, PlanUpdateInput},
};
use crate::{
    domain::{
        cohorts::{self, CohortAccess},
        follow_ups::{self, CheckInInput, FollowUpInput},
        ids::parse_id,
    },
    error::AppError,
};

/// A follow-up meeting months after the training days.
pub struct FollowUp {
    pub model: follow_up::Model,
    pub access: CohortAccess,
}

#[Object]
impl FollowUp {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.model.id.to_string())
    }

    /// The cohort meeting again.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Cohort> {
        boxed(async move { Cohort::by_id(ctx, self.model.cohort_id).await }).await
    }

    /// What the meeting is called.
    async fn title(&self) -> &str {
        &self.model.title
    }

    /// When it starts.
    async fn scheduled_at(&self) -> DateTime<Utc> {
        self.model.scheduled_at
    }

    /// How long it takes.
    async fn duration_minutes(&self) -> i32 {
        self.model.duration_minutes
    }

    /// Online or in person.
    async fn format(&self) -> FollowUpFormat {
        self.model.format.into()
    }

    /// The link to join (members of the cohort only).
    async fn meeting_url(&self) -> Option<String> {
        follow_ups::meeting_url(&self.model, self.access)
    }

    /// Where it takes place, when in person.
    async fn location(&self) -> Option<&str> {
        self.model.location.as_deref()
    }

    /// What is planned.
    async fn agenda(&self) -> Option<&str> {
        self.model.agenda.as_deref()
    }

    /// Scheduled, done or cancelled.
    async fn status(&self) -> FollowUpStatus {
        self.model.status.into()
    }

    /// Every check-in (the cohort's facilitators and admins; each read is logged).
    async fn check_ins(&self, ctx: &Context<'_>) -> GqlResult<Vec<CheckIn>> {
        boxed(async move {
            let rows =
                follow_ups::check_ins(ctx.db(), ctx.principal(), &self.model, self.access).await?;
            Ok(rows.into_iter().map(CheckIn).collect())
        })
        .await
    }

    /// The caller's own check-in.
    async fn my_check_in(&self, ctx: &Context<'_>) -> GqlResult<Option<CheckIn>> {
        boxed(async move {
            Ok(follow_ups::mine(ctx.db(), ctx.principal(), self.model.id)
                .await?
                .map(CheckIn))
        })
        .await
    }
}

/// What a person reports at a follow-up.
pub struct CheckIn(pub check_in::Model);

#[Object]
impl CheckIn {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The meeting.
    async fn follow_up(&self, ctx: &Context<'_>) -> GqlResult<FollowUp> {
        boxed(async move {
            let model = load(ctx, FollowUpById(self.0.follow_up_id))
                .await?
                .ok_or(AppError::NotFound)?;
            let access = cohorts::access(ctx.db(), ctx.principal(), model.cohort_id).await?;
            Ok(FollowUp { model, access })
        })
        .await
    }

    /// Who checked in.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Ok(Person(
            load(ctx, PersonById(self.0.person_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// What happened since the training.
    async fn what_happened(&self) -> &str {
        &self.0.what_happened
    }

    /// What was hard.
    async fn challenges(&self) -> Option<&str> {
        self.0.challenges.as_deref()
    }

    /// The person would like peer consultation.
    async fn needs_consultation(&self) -> bool {
        self.0.needs_consultation
    }

    /// Plan updates sent with the check-in.
    async fn plan_updates(&self, ctx: &Context<'_>) -> GqlResult<Vec<PlanUpdate>> {
        Ok(load_list(ctx, UpdatesOfCheckIn(self.0.id))
            .await?
            .into_iter()
            .map(PlanUpdate)
            .collect())
    }

    /// When it was sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A follow-up to schedule.
#[derive(InputObject)]
pub struct ScheduleFollowUpInput {
    /// The cohort.
    pub cohort_id: ID,
    /// What the meeting is called.
    pub title: String,
    /// When it starts.
    pub scheduled_at: DateTime<Utc>,
    /// How long it takes (15–480 minutes).
    pub duration_minutes: i32,
    /// Online (needs `meetingUrl`) or in person (needs `location`).
    pub format: FollowUpFormat,
    /// The link to join.
    pub meeting_url: Option<String>,
    /// Where it takes place.
    pub location: Option<String>,
    /// What is planned.
    pub agenda: Option<String>,
}

/// Changes to a follow-up; omitted fields stay.
#[derive(InputObject)]
pub struct UpdateFollowUpInput {
    /// What the meeting is called.
    pub title: Option<String>,
    /// When it starts.
    pub scheduled_at: Option<DateTime<Utc>>,
    /// How long it takes.
    pub duration_minutes: Option<i32>,
    /// Online or in person.
    pub format: Option<FollowUpFormat>,
    /// The link to join.
    pub meeting_url: Option<String>,
    /// Where it takes place.
    pub location: Option<String>,
    /// What is planned.
    pub agenda: Option<String>,
    /// Scheduled, done or cancelled.
    pub status: Option<FollowUpStatus>,
}

/// A check-in.
#[derive(InputObject)]
#[graphql(name = "CheckInInput")]
pub struct CheckInInputObject {
    /// The follow-up.
    pub follow_up_id: ID,
    /// What happened since the training.
    pub what_happened: String,
    /// What was hard.
    pub challenges: Option<String>,
    /// One would like peer consultation.
    pub needs_consultation: bool,
    /// Updates of one's plans, saved with the check-in (all or nothing).
    pub plan_updates: Option<Vec<PlanUpdateInput>>,
}

/// Queries about follow-ups.
#[derive(Default)]
pub struct FollowUpQuery;

#[Object]
impl FollowUpQuery {
    /// One follow-up (those who see its cohort's agenda).
    async fn follow_up(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<FollowUp>> {
        let (model, access) = follow_ups::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(Some(FollowUp { model, access }))
    }
}

/// Changes to follow-ups and check-ins.
#[derive(Default)]
pub struct FollowUpMutation;

#[Object]
impl FollowUpMutation {
    /// Schedules a follow-up (the cohort's facilitators, admins).
    async fn schedule_follow_up(
        &self,
        ctx: &Context<'_>,
        input: ScheduleFollowUpInput,
    ) -> GqlResult<FollowUp> {
        let new = FollowUpInput {
            cohort_id: Some(parse_id(&input.cohort_id)?),
            title: Some(input.title),
            scheduled_at: Some(input.scheduled_at),
            duration_minutes: Some(input.duration_minutes),
            format: Some(input.format.into()),
            meeting_url: input.meeting_url,
            location: input.location,
            agenda: input.agenda,
            status: None,
        };
        let model = follow_ups::schedule(ctx.db(), ctx.principal(), new).await?;
        Ok(FollowUp {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Changes a follow-up; subscribed calendars see the change.
    async fn update_follow_up(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateFollowUpInput,
    ) -> GqlResult<FollowUp> {
        let changes = FollowUpInput {
            cohort_id: None,
            title: input.title,
            scheduled_at: input.scheduled_at,
            duration_minutes: input.duration_minutes,
            format: input.format.map(Into::into),
            meeting_url: input.meeting_url,
            location: input.location,
            agenda: input.agenda,
            status: input.status.map(Into::into),
        };
        let model = follow_ups::update(ctx.db(), ctx.principal(), parse_id(&id)?, changes).await?;
        Ok(FollowUp {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Sends (or replaces) one's check-in with plan updates, all or nothing; open until the meeting ends.
    async fn submit_check_in(
        &self,
        ctx: &Context<'_>,
        input: CheckInInputObject,
    ) -> GqlResult<CheckIn> {
        let mut updates = Vec::new();
        for (index, update) in input
            .plan_updates
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
            updates.push(update.into_domain(&format!("planUpdates.{index}."))?);
        }
        let new = CheckInInput {
            follow_up_id: parse_id(&input.follow_up_id)?,
            what_happened: input.what_happened,
            challenges: input.challenges,
            needs_consultation: input.needs_consultation,
            plan_updates: updates,
        };
        Ok(CheckIn(
            follow_ups::submit_check_in(ctx.db(), ctx.principal(), new).await?,
        ))
    }
}
