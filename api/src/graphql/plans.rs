//! Plans, their history, and multiplier work.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::{multiplier_activity, plan, plan_update};

use super::{
    boxed::boxed,
    cohorts::Cohort,
    connection::FromPage,
    context::{ContextExt, load, load_list},
    enums::{PlanScale, PlanStatus, Visibility},
    errors::GqlResult,
    follow_ups::FollowUp,
    loaders::{FollowUpById, PersonById, PlanById, UpdatesOfPlan},
    people::Person,
    scalars::Date,
};
use crate::{
    domain::{
        cohorts,
        ids::{parse_id, parse_ref},
        multipliers::{self, ActivityInput},
        page::PageRequest,
        plans::{self, NewUpdate, PlanFilter, PlanInput},
    },
    error::AppError,
};

crate::connection!(PlanConnection, PlanEdge, Plan);

/// A plan a participant takes home.
pub struct Plan(pub plan::Model);

#[Object]
impl Plan {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Whose plan.
    async fn owner(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, Some(self.0.owner_id)).await
    }

    /// The cohort the plan came from.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Option<Cohort>> {
        boxed(async move {
            match self.0.cohort_id {
                Some(id) => Ok(Some(Cohort::by_id(ctx, id).await?)),
                None => Ok(None),
            }
        })
        .await
    }

    /// What the plan is.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// More about it.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }

    /// Small or large.
    async fn scale(&self) -> PlanScale {
        self.0.scale.into()
    }

    /// Where it stands; changes through `addPlanUpdate`.
    async fn status(&self) -> PlanStatus {
        self.0.status.into()
    }

    /// Who may see it.
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }

    /// By when.
    async fn target_date(&self) -> Option<Date> {
        self.0.target_date.map(Date)
    }

    /// Every recorded step, oldest first.
    async fn updates(&self, ctx: &Context<'_>) -> GqlResult<Vec<PlanUpdate>> {
        Ok(load_list(ctx, UpdatesOfPlan(self.0.id))
            .await?
            .into_iter()
            .map(PlanUpdate)
            .collect())
    }

    /// When it was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A recorded step of a plan.
pub struct PlanUpdate(pub plan_update::Model);

#[Object]
impl PlanUpdate {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The plan.
    async fn plan(&self, ctx: &Context<'_>) -> GqlResult<Plan> {
        Ok(Plan(
            load(ctx, PlanById(self.0.plan_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// Who recorded it.
    async fn author(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, self.0.author_id).await
    }

    /// The plan's status from then on.
    async fn status(&self) -> PlanStatus {
        self.0.status.into()
    }

    /// What happened.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }

    /// The follow-up it was reported at.
    async fn follow_up(&self, ctx: &Context<'_>) -> GqlResult<Option<FollowUp>> {
        boxed(async move {
            let Some(id) = self.0.follow_up_id else {
                return Ok(None);
            };
            let Some(model) = load(ctx, FollowUpById(id)).await? else {
                return Ok(None);
            };
            let access = cohorts::access(ctx.db(), ctx.principal(), model.cohort_id).await?;
            Ok(Some(FollowUp { model, access }))
        })
        .await
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Something a participant did as a multiplier in their own context.
pub struct MultiplierActivity(pub multiplier_activity::Model);

#[Object]
impl MultiplierActivity {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Who did it.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Ok(Person(
            load(ctx, PersonById(self.0.person_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// The cohort it grew out of.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Option<Cohort>> {
        boxed(async move {
            match self.0.cohort_id {
                Some(id) => Ok(Some(Cohort::by_id(ctx, id).await?)),
                None => Ok(None),
            }
        })
        .await
    }

    /// What it was.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// When.
    async fn happened_on(&self) -> Date {
        Date(self.0.happened_on)
    }

    /// How many people it reached.
    async fn people_reached(&self) -> i32 {
        self.0.people_reached
    }

    /// More about it.
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
}

/// A new plan.
#[derive(InputObject)]
pub struct CreatePlanInput {
    /// The cohort it comes from (required for COHORT and FACILITATORS visibility).
    pub cohort_id: Option<ID>,
    /// What the plan is.
    pub title: String,
    /// More about it.
    pub description: Option<String>,
    /// Small or large.
    pub scale: PlanScale,
    /// Who may see it.
    pub visibility: Visibility,
    /// By when.
    pub target_date: Option<Date>,
    /// A key the client chose for this plan (e.g. its offline queue id): sending the same plan
    /// with the same key again within 24 hours returns the first plan instead of a second one.
    pub idempotency_key: Option<String>,
}

/// Changes to a plan; omitted fields stay.
#[derive(InputObject)]
pub struct UpdatePlanInput {
    /// What the plan is.
    pub title: Option<String>,
    /// More about it; an empty string removes it.
    pub description: Option<String>,
    /// Small or large.
    pub scale: Option<PlanScale>,
    /// Who may see it.
    pub visibility: Option<Visibility>,
    /// By when.
    pub target_date: Option<Date>,
}

/// A step of a plan.
#[derive(InputObject)]
pub struct PlanUpdateInput {
    /// The plan (one's own).
    pub plan_id: ID,
    /// The status from now on (any move is allowed).
    pub status: PlanStatus,
    /// What happened.
    pub note: Option<String>,
    /// The follow-up this is reported at.
    pub follow_up_id: Option<ID>,
    /// With `addPlanUpdate`: sending the same step with the same key again within 24 hours
    /// returns the first step instead of a second one. Inside a follow-up check-in it is not
    /// needed: a check-in sent again replaces the earlier one.
    pub idempotency_key: Option<String>,
}

impl PlanUpdateInput {
    /// Into the domain's shape; ids are checked as fields of `prefix`.
    pub fn into_domain(self, prefix: &str) -> GqlResult<NewUpdate> {
        Ok(NewUpdate {
            plan_id: parse_ref(&format!("{prefix}planId"), &self.plan_id)?,
            status: self.status.into(),
            note: self.note,
            follow_up_id: self
                .follow_up_id
                .map(|id| parse_ref(&format!("{prefix}followUpId"), &id))
                .transpose()?,
        })
    }
}

/// A multiplier activity.
#[derive(InputObject)]
pub struct MultiplierActivityInput {
    /// The cohort it grew out of.
    pub cohort_id: Option<ID>,
    /// What it was.
    pub title: String,
    /// When (not in the future).
    pub happened_on: Date,
    /// How many people it reached.
    pub people_reached: i32,
    /// More about it.
    pub notes: Option<String>,
}

/// Queries about plans.
#[derive(Default)]
pub struct PlanQuery;

#[Object]
impl PlanQuery {
    /// One plan, if its visibility lets the caller see it.
    async fn plan(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<Plan>> {
        Ok(Some(Plan(
            plans::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        )))
    }

    /// Plans the caller may see, newest first: search over title and description.
    async fn plans(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        cohort_id: Option<ID>,
        status: Option<PlanStatus>,
    ) -> GqlResult<PlanConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = PlanFilter {
            owner_id: None,
            cohort_id: cohort_id.map(|id| parse_ref("cohortId", &id)).transpose()?,
            status: status.map(Into::into),
            search,
        };
        let found = plans::list(ctx.db(), ctx.principal(), filter, page).await?;
        Ok(PlanConnection::from_page(found, Plan))
    }
}

/// Changes to plans and multiplier work.
#[derive(Default)]
pub struct PlanMutation;

#[Object]
impl PlanMutation {
    /// Makes a plan; it starts as an IDEA.
    async fn create_plan(&self, ctx: &Context<'_>, input: CreatePlanInput) -> GqlResult<Plan> {
        let new = PlanInput {
            cohort_id: input
                .cohort_id
                .map(|id| parse_ref("cohortId", &id))
                .transpose()?,
            title: Some(input.title),
            description: input.description,
            scale: Some(input.scale.into()),
            visibility: Some(input.visibility.into()),
            target_date: input.target_date.map(|d| d.0),
        };
        let created = match input.idempotency_key.as_deref() {
            Some(key) => plans::create_once(ctx.db(), ctx.principal(), key, new).await?,
            None => plans::create(ctx.db(), ctx.principal(), new).await?,
        };
        Ok(Plan(created))
    }

    /// Changes one's own plan.
    async fn update_plan(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdatePlanInput,
    ) -> GqlResult<Plan> {
        let changes = PlanInput {
            cohort_id: None,
            title: input.title,
            description: input.description,
            scale: input.scale.map(Into::into),
            visibility: input.visibility.map(Into::into),
            target_date: input.target_date.map(|d| d.0),
        };
        Ok(Plan(
            plans::update(ctx.db(), ctx.principal(), parse_id(&id)?, changes).await?,
        ))
    }

    /// Records a step of one's own plan and sets its status; every move is recorded with who and when.
    async fn add_plan_update(
        &self,
        ctx: &Context<'_>,
        input: PlanUpdateInput,
    ) -> GqlResult<PlanUpdate> {
        let key = input.idempotency_key.clone();
        let update = NewUpdate {
            plan_id: parse_id(&input.plan_id)?,
            ..input.into_domain("")?
        };
        let recorded = match key.as_deref() {
            Some(key) => plans::add_update_once(ctx.db(), ctx.principal(), key, update).await?,
            None => plans::add_update(ctx.db(), ctx.principal(), update, None).await?,
        };
        Ok(PlanUpdate(recorded))
    }

    /// Records what one did as a multiplier, and how many people it reached.
    async fn record_multiplier_activity(
        &self,
        ctx: &Context<'_>,
        input: MultiplierActivityInput,
    ) -> GqlResult<MultiplierActivity> {
        let new = ActivityInput {
            cohort_id: input
                .cohort_id
                .map(|id| parse_ref("cohortId", &id))
                .transpose()?,
            title: input.title,
            happened_on: input.happened_on.0,
            people_reached: input.people_reached,
            notes: input.notes,
        };
        Ok(MultiplierActivity(
            multipliers::record(ctx.db(), ctx.principal(), new).await?,
        ))
    }
}
