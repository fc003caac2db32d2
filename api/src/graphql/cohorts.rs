//! Cohorts and enrolments.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::{cohort, enrollment};

use super::{
    agenda::{AgendaChange, Session},
    boxed::boxed,
    community::{Post, PostConnection},
    connection::FromPage,
    context::{ContextExt, load, load_list, load_many},
    directory::Municipality,
    enums::{CohortRole, CohortStatus, EnrollmentStatus},
    errors::GqlResult,
    feedback::FeedbackRound,
    follow_ups::FollowUp,
    loaders::{
        CohortById, EnrollmentPageOfCohort, FacilitatorsOfCohort, MunicipalitiesOfCohort,
        MunicipalityById, ParticipantsOfCohort, PersonById, SessionsOfCohort,
    },
    people::Person,
    plans::{Plan, PlanConnection},
    reports::CohortReport,
    scalars::Date,
};
use crate::{
    auth::Principal,
    domain::{
        agenda,
        cohorts::{self, CohortAccess, CohortFilter, CohortInput},
        enrollments::{self, EnrollmentChanges},
        feedback, follow_ups,
        ids::{parse_id, parse_ref},
        page::{Page, PageRequest},
        plans::{self, PlanFilter},
        posts, reports,
    },
    error::AppError,
};

crate::connection!(CohortConnection, CohortEdge, Cohort);
crate::connection!(EnrollmentConnection, EnrollmentEdge, Enrollment);

/// A cohort (Durchgang) of the programme. Members see everything; others a summary.
pub struct Cohort {
    pub model: cohort::Model,
    pub access: CohortAccess,
}

impl Cohort {
    /// A cohort with the caller's access level.
    pub async fn load(ctx: &Context<'_>, model: cohort::Model) -> GqlResult<Self> {
        boxed(async move {
            let access = cohorts::access(ctx.db(), ctx.principal(), model.id).await?;
            Ok(Self { model, access })
        })
        .await
    }

    /// A cohort by id through the loader.
    pub async fn by_id(ctx: &Context<'_>, id: uuid::Uuid) -> GqlResult<Self> {
        boxed(async move {
            let model = load(ctx, CohortById(id)).await?.ok_or(AppError::NotFound)?;
            Self::load(ctx, model).await
        })
        .await
    }

    /// A page of cohorts as a connection.
    pub async fn connection(
        ctx: &Context<'_>,
        page: Page<cohort::Model>,
    ) -> GqlResult<CohortConnection> {
        boxed(async move {
            let ids: Vec<uuid::Uuid> = page.items.iter().map(|c| c.id).collect();
            let levels = cohorts::access_many(ctx.db(), ctx.principal(), &ids).await?;
            Ok(CohortConnection::from_page(page, |model| Cohort {
                access: levels
                    .get(&model.id)
                    .copied()
                    .unwrap_or(CohortAccess::Summary),
                model,
            }))
        })
        .await
    }

    fn at_least(&self, level: CohortAccess) -> bool {
        self.access >= level
    }
}

#[Object]
impl Cohort {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.model.id.to_string())
    }

    /// The cohort's title.
    async fn title(&self) -> &str {
        &self.model.title
    }

    /// The programme, e.g. "Vielfaltsmanager*innenausbildung".
    async fn programme(&self) -> &str {
        &self.model.programme
    }

    /// What the cohort is about.
    async fn description(&self) -> Option<&str> {
        self.model.description.as_deref()
    }

    /// Where the cohort stands.
    async fn status(&self) -> CohortStatus {
        self.model.status.into()
    }

    /// The first day.
    async fn starts_on(&self) -> Option<Date> {
        self.model.starts_on.map(Date)
    }

    /// The last day (including follow-ups).
    async fn ends_on(&self) -> Option<Date> {
        self.model.ends_on.map(Date)
    }

    /// Where the training days take place.
    async fn location(&self) -> Option<&str> {
        self.model.location.as_deref()
    }

    /// How many participants the cohort takes.
    async fn capacity(&self) -> Option<i32> {
        self.model.capacity
    }

    /// The municipalities whose people the cohort brings together.
    async fn municipalities(&self, ctx: &Context<'_>) -> GqlResult<Vec<Municipality>> {
        let ids = load_list(ctx, MunicipalitiesOfCohort(self.model.id)).await?;
        let rows = load_many(ctx, ids.into_iter().map(MunicipalityById).collect()).await?;
        Ok(rows.into_iter().map(Municipality).collect())
    }

    /// Who facilitates the cohort.
    async fn facilitators(&self, ctx: &Context<'_>) -> GqlResult<Vec<Person>> {
        let ids = load_list(ctx, FacilitatorsOfCohort(self.model.id)).await?;
        let rows = load_many(ctx, ids.into_iter().map(PersonById).collect()).await?;
        Ok(rows.into_iter().map(Person).collect())
    }

    /// Participants who have not withdrawn.
    async fn participant_count(&self, ctx: &Context<'_>) -> GqlResult<i32> {
        let count = load(ctx, ParticipantsOfCohort(self.model.id))
            .await?
            .unwrap_or(0);
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
    }

    /// The people in the cohort (members, staff; tokens see their municipality's people).
    async fn enrollments(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<EnrollmentStatus>,
        #[graphql(desc = "Only participants, facilitators or guests.")] role: Option<CohortRole>,
    ) -> GqlResult<EnrollmentConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let filter = enrollments::EnrollmentFilter {
                status: status.map(Into::into),
                role: role.map(Into::into),
            };
            // Tokens go through the domain (scope, municipality filter, audit of each row read);
            // people who are members read through the loader, one statement for all cohorts.
            if matches!(ctx.principal(), Principal::Token(_)) {
                let found = enrollments::list_for_cohort(
                    ctx.db(),
                    ctx.principal(),
                    self.model.id,
                    filter,
                    page,
                )
                .await?;
                return Ok(EnrollmentConnection::from_page(found, Enrollment));
            }
            let empty = Page::empty(page);
            if self.access < CohortAccess::Member {
                return Ok(EnrollmentConnection::from_page(empty, Enrollment));
            }
            let key = EnrollmentPageOfCohort {
                cohort: self.model.id,
                role: filter.role,
                status: filter.status,
                page,
            };
            let found = load(ctx, key).await?.unwrap_or(empty);
            Ok(EnrollmentConnection::from_page(found, Enrollment))
        })
        .await
    }

    /// The agenda, ordered by day then position; optionally one day. Empty for those who see
    /// only the summary.
    async fn sessions(&self, ctx: &Context<'_>, day: Option<Date>) -> GqlResult<Vec<Session>> {
        if !self.at_least(CohortAccess::Agenda) {
            return Ok(vec![]);
        }
        let all = load_list(ctx, SessionsOfCohort(self.model.id)).await?;
        Ok(all
            .into_iter()
            .filter(|s| day.is_none_or(|d| s.day == d.0))
            .map(|model| Session {
                model,
                access: self.access,
            })
            .collect())
    }

    /// Feedback rounds, newest first (members); optionally only open or only closed ones.
    async fn feedback_rounds(
        &self,
        ctx: &Context<'_>,
        open: Option<bool>,
    ) -> GqlResult<Vec<FeedbackRound>> {
        boxed(async move {
            let rounds =
                feedback::of_cohort(ctx.db(), ctx.principal(), self.model.id, open).await?;
            Ok(FeedbackRound::all(rounds, self.access))
        })
        .await
    }

    /// Follow-up meetings, by time (those who see the agenda; links for members).
    async fn follow_ups(&self, ctx: &Context<'_>) -> GqlResult<Vec<FollowUp>> {
        boxed(async move {
            let found = follow_ups::of_cohort(ctx.db(), ctx.principal(), self.model.id).await?;
            Ok(found
                .into_iter()
                .map(|model| FollowUp {
                    model,
                    access: self.access,
                })
                .collect())
        })
        .await
    }

    /// The cohort's plans the caller may see, newest first.
    async fn plans(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<PlanConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            if self.access < CohortAccess::Member {
                return Ok(PlanConnection::from_page(
                    Page::<entity::plan::Model>::empty(page),
                    Plan,
                ));
            }
            let filter = PlanFilter {
                cohort_id: Some(self.model.id),
                ..Default::default()
            };
            let found = plans::list(ctx.db(), ctx.principal(), filter, page).await?;
            Ok(PlanConnection::from_page(found, Plan))
        })
        .await
    }

    /// The cohort's community posts (members and facilitators), pinned first, then newest first.
    async fn posts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<PostConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            if self.access < CohortAccess::Member {
                return Ok(PostConnection::from_page(
                    Page::<entity::post::Model>::empty(page),
                    Post,
                ));
            }
            let filter = posts::FeedFilter {
                cohort_id: Some(self.model.id),
                ..Default::default()
            };
            let found = posts::feed(ctx.db(), ctx.principal(), filter, page).await?;
            Ok(PostConnection::from_page(found, Post))
        })
        .await
    }

    /// Figures for programme reporting (the cohort's facilitators, admins).
    async fn report(&self, ctx: &Context<'_>) -> GqlResult<CohortReport> {
        boxed(async move {
            Ok(reports::of_cohort(ctx.db(), ctx.principal(), self.model.id)
                .await?
                .into())
        })
        .await
    }

    /// Who moved which session from where to where, and why; newest first (members).
    async fn agenda_changes(&self, ctx: &Context<'_>) -> GqlResult<Vec<AgendaChange>> {
        boxed(async move {
            let changes = agenda::changes(ctx.db(), ctx.principal(), self.model.id).await?;
            Ok(changes.into_iter().map(AgendaChange).collect())
        })
        .await
    }
}

/// A person in a cohort.
pub struct Enrollment(pub enrollment::Model);

#[Object]
impl Enrollment {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Who is enrolled.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Ok(Person(
            load(ctx, PersonById(self.0.person_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// In which cohort.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Cohort> {
        boxed(async move { Cohort::by_id(ctx, self.0.cohort_id).await }).await
    }

    /// Participant, facilitator or guest.
    async fn role(&self) -> CohortRole {
        self.0.role.into()
    }

    /// Where the enrolment stands.
    async fn status(&self) -> EnrollmentStatus {
        self.0.status.into()
    }

    /// The person acts as a multiplier in their organisation.
    async fn multiplier(&self) -> bool {
        self.0.multiplier
    }

    /// When the person was enrolled.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A new cohort.
#[derive(InputObject)]
pub struct CreateCohortInput {
    /// The title.
    pub title: String,
    /// The programme; "Vielfaltsmanager*innenausbildung" if omitted.
    pub programme: Option<String>,
    /// What the cohort is about.
    pub description: Option<String>,
    /// The first day.
    pub starts_on: Option<Date>,
    /// The last day; not before the first.
    pub ends_on: Option<Date>,
    /// Where the training days take place.
    pub location: Option<String>,
    /// How many participants the cohort takes.
    pub capacity: Option<i32>,
    /// The municipalities taking part.
    pub municipality_ids: Option<Vec<ID>>,
}

/// Changes to a cohort; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateCohortInput {
    /// The title.
    pub title: Option<String>,
    /// What the cohort is about; an empty string removes it.
    pub description: Option<String>,
    /// Where the cohort stands.
    pub status: Option<CohortStatus>,
    /// The first day.
    pub starts_on: Option<Date>,
    /// The last day.
    pub ends_on: Option<Date>,
    /// Where the training days take place; an empty string removes it.
    pub location: Option<String>,
    /// How many participants the cohort takes.
    pub capacity: Option<i32>,
    /// Replaces the municipalities taking part.
    pub municipality_ids: Option<Vec<ID>>,
}

/// A new enrolment.
#[derive(InputObject)]
pub struct EnrollInput {
    /// Into which cohort.
    pub cohort_id: ID,
    /// Whom.
    pub person_id: ID,
    /// Participant (default), facilitator or guest.
    pub role: Option<CohortRole>,
    /// The person acts as a multiplier.
    pub multiplier: Option<bool>,
}

/// Changes to an enrolment.
#[derive(InputObject)]
pub struct UpdateEnrollmentInput {
    /// Where the enrolment stands.
    pub status: Option<EnrollmentStatus>,
    /// The person acts as a multiplier.
    pub multiplier: Option<bool>,
    /// Participant, facilitator or guest.
    pub role: Option<CohortRole>,
}

fn refs(field: &str, ids: Option<Vec<ID>>) -> GqlResult<Option<Vec<uuid::Uuid>>> {
    Ok(ids
        .map(|ids| {
            ids.iter()
                .map(|id| parse_ref(field, id))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?)
}

/// Queries about cohorts.
#[derive(Default)]
pub struct CohortQuery;

#[Object]
impl CohortQuery {
    /// Cohorts, newest start first. Everyone signed in sees them (members in full).
    async fn cohorts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<CohortStatus>,
        municipality_id: Option<ID>,
    ) -> GqlResult<CohortConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = CohortFilter {
            status: status.map(Into::into),
            municipality_id: municipality_id
                .map(|id| parse_ref("municipalityId", &id))
                .transpose()?,
        };
        let found = cohorts::list(ctx.db(), ctx.principal(), filter, page).await?;
        Cohort::connection(ctx, found).await
    }

    /// One cohort.
    async fn cohort(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<Cohort>> {
        let (model, access) = cohorts::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(Some(Cohort { model, access }))
    }
}

/// Changes to cohorts and enrolments.
#[derive(Default)]
pub struct CohortMutation;

#[Object]
impl CohortMutation {
    /// Creates a cohort (admins); it starts PLANNED.
    async fn create_cohort(
        &self,
        ctx: &Context<'_>,
        input: CreateCohortInput,
    ) -> GqlResult<Cohort> {
        let new = CohortInput {
            title: Some(input.title),
            programme: input.programme,
            description: input.description,
            status: None,
            starts_on: input.starts_on.map(|d| d.0),
            ends_on: input.ends_on.map(|d| d.0),
            location: input.location,
            capacity: input.capacity,
            municipality_ids: refs("municipalityIds", input.municipality_ids)?,
        };
        let created = cohorts::create(ctx.db(), ctx.principal(), new).await?;
        Cohort::load(ctx, created).await
    }

    /// Changes a cohort (admins and its facilitators).
    async fn update_cohort(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateCohortInput,
    ) -> GqlResult<Cohort> {
        let changes = CohortInput {
            title: input.title,
            programme: None,
            description: input.description,
            status: input.status.map(Into::into),
            starts_on: input.starts_on.map(|d| d.0),
            ends_on: input.ends_on.map(|d| d.0),
            location: input.location,
            capacity: input.capacity,
            municipality_ids: refs("municipalityIds", input.municipality_ids)?,
        };
        let updated = cohorts::update(ctx.db(), ctx.principal(), parse_id(&id)?, changes).await?;
        Cohort::load(ctx, updated).await
    }

    /// Makes a facilitator the cohort's facilitator (admins).
    async fn assign_facilitator(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
        person_id: ID,
    ) -> GqlResult<Cohort> {
        let cohort = cohorts::assign_facilitator(
            ctx.db(),
            ctx.principal(),
            parse_id(&cohort_id)?,
            parse_ref("personId", &person_id)?,
        )
        .await?;
        Cohort::load(ctx, cohort).await
    }

    /// Enrols a person (admins and the cohort's facilitators); the enrolment starts ACTIVE.
    async fn enroll(&self, ctx: &Context<'_>, input: EnrollInput) -> GqlResult<Enrollment> {
        let created = enrollments::enroll(
            ctx.db(),
            ctx.principal(),
            parse_id(&input.cohort_id)?,
            parse_ref("personId", &input.person_id)?,
            input
                .role
                .map(Into::into)
                .unwrap_or(entity::enums::CohortRole::Participant),
            input.multiplier.unwrap_or(false),
        )
        .await?;
        Ok(Enrollment(created))
    }

    /// Changes an enrolment (staff); a person may withdraw themselves.
    async fn update_enrollment(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateEnrollmentInput,
    ) -> GqlResult<Enrollment> {
        let changes = EnrollmentChanges {
            status: input.status.map(Into::into),
            multiplier: input.multiplier,
            role: input.role.map(Into::into),
        };
        Ok(Enrollment(
            enrollments::update(ctx.db(), ctx.principal(), parse_id(&id)?, changes).await?,
        ))
    }
}
