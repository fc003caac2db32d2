//! People: the `Person` type, the directory, profiles and invitations.

use async_graphql::{Context, ID, InputObject, Object};
use entity::person;

use super::{
    boxed::boxed,
    cohorts::Enrollment,
    connection::FromPage,
    context::{ContextExt, load},
    directory::{Municipality, Organisation},
    enums::{Locale, Role},
    errors::GqlResult,
    http::RequestHost,
    influence::InfluenceArea,
    integration::{AuditEvent, AuditEventConnection},
    loaders::{
        CohortsOfPerson, EnrollmentsOfPerson, MunicipalityById, OrganisationById, PersonById,
    },
    plans::{MultiplierActivity, Plan, PlanConnection},
};
use crate::{
    auth::Principal,
    domain::{
        calendar, enrollments,
        ids::{parse_id, parse_ref},
        influence, influence_map,
        invitations::{self, NewInvitation},
        multipliers,
        page::PageRequest,
        people::{self, PeopleFilter, ProfileChanges},
        plans::{self, PlanFilter},
        privacy,
    },
};

crate::connection!(PersonConnection, PersonEdge, Person);

/// Someone in the programme: programme staff, a facilitator or a participant.
pub struct Person(pub person::Model);

/// How an erased person appears where their contributions remain.
pub const ERASED_NAME: &str = "ehemalige*r Teilnehmende*r";

impl Person {
    /// The person behind `id`, or the neutral placeholder for someone erased (a fresh id each time).
    pub async fn load_or_placeholder(
        ctx: &Context<'_>,
        id: Option<uuid::Uuid>,
    ) -> GqlResult<Person> {
        if let Some(id) = id
            && let Some(model) = load(ctx, PersonById(id)).await?
        {
            return Ok(Person(model));
        }
        Ok(Person::placeholder())
    }

    /// The neutral placeholder author.
    pub fn placeholder() -> Person {
        let now = chrono::Utc::now();
        Person(person::Model {
            id: uuid::Uuid::new_v4(),
            display_name: ERASED_NAME.to_owned(),
            email: None,
            pronouns: None,
            bio: None,
            locale: entity::enums::Locale::De,
            role: entity::enums::Role::Participant,
            organisation_id: None,
            municipality_id: None,
            directory_visible: false,
            password_hash: None,
            auth_version: 0,
            calendar_token_hash: None,
            calendar_salt: None,
            created_at: now,
            updated_at: now,
        })
    }

    async fn cohort_roles(&self, ctx: &Context<'_>) -> GqlResult<people::CohortRoles> {
        Ok(load(ctx, CohortsOfPerson(self.0.id))
            .await?
            .unwrap_or_default())
    }

    fn is_self_or_admin(&self, principal: &Principal) -> bool {
        principal.is_admin() || principal.person_id() == Some(self.0.id)
    }
}

#[Object]
impl Person {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The name shown to others.
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    /// Visible to the person, admins, and facilitators of the person's cohorts; null otherwise.
    async fn email(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        boxed(async move {
            let roles = self.cohort_roles(ctx).await?;
            let visible = people::email_visible(ctx.db(), ctx.principal(), &self.0, &roles).await?;
            Ok(if visible { self.0.email.clone() } else { None })
        })
        .await
    }

    /// How to address the person (e.g. "sie/ihr").
    async fn pronouns(&self) -> Option<&str> {
        self.0.pronouns.as_deref()
    }

    /// A few words about the person, written by them.
    async fn bio(&self) -> Option<&str> {
        self.0.bio.as_deref()
    }

    /// The person's role in the programme.
    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// The language the person reads the platform in.
    async fn locale(&self) -> Locale {
        self.0.locale.into()
    }

    /// Whether the person appears in the directory beyond their cohorts (the person and admins only).
    async fn directory_visible(&self, ctx: &Context<'_>) -> Option<bool> {
        self.is_self_or_admin(ctx.principal())
            .then_some(self.0.directory_visible)
    }

    /// The person's own secret iCalendar link to their cohorts' sessions and follow-ups (the
    /// person only). `resetCalendarUrl` replaces it.
    async fn calendar_url(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        boxed(async move {
            if ctx.principal().person_id() != Some(self.0.id) {
                return Ok(None);
            }
            let state = ctx.state();
            let base = state.public_url(ctx.data_opt::<RequestHost>().map(|h| h.0.as_str()));
            Ok(Some(
                calendar::url(
                    ctx.db(),
                    state.settings.pseudonym_key.expose(),
                    &base,
                    &self.0,
                )
                .await?,
            ))
        })
        .await
    }

    /// The person's plans the caller may see, newest first.
    async fn plans(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<PlanConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let filter = PlanFilter {
                owner_id: Some(self.0.id),
                ..Default::default()
            };
            let found = plans::list(ctx.db(), ctx.principal(), filter, page).await?;
            Ok(PlanConnection::from_page(found, Plan))
        })
        .await
    }

    /// What the person did as a multiplier (the person, admins, the cohort's facilitators).
    async fn multiplier_activities(&self, ctx: &Context<'_>) -> GqlResult<Vec<MultiplierActivity>> {
        boxed(async move {
            let found = multipliers::of_person(ctx.db(), ctx.principal(), self.0.id).await?;
            Ok(found.into_iter().map(MultiplierActivity).collect())
        })
        .await
    }

    /// Who read or changed the person's data (programme staff, facilitators, municipal systems),
    /// newest first — the person only.
    async fn access_log(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<AuditEventConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let found = privacy::access_log(ctx.db(), ctx.principal(), self.0.id, page).await?;
            Ok(AuditEventConnection::from_page(found, AuditEvent))
        })
        .await
    }

    /// The person's municipality.
    async fn municipality(&self, ctx: &Context<'_>) -> GqlResult<Option<Municipality>> {
        let Some(id) = self.0.municipality_id else {
            return Ok(None);
        };
        Ok(load(ctx, MunicipalityById(id)).await?.map(Municipality))
    }

    /// The organisation the person works or volunteers in.
    async fn organisation(&self, ctx: &Context<'_>) -> GqlResult<Option<Organisation>> {
        let Some(id) = self.0.organisation_id else {
            return Ok(None);
        };
        Ok(load(ctx, OrganisationById(id)).await?.map(Organisation))
    }

    /// The person's sphere of influence in a cohort: for the person, and for the cohort's
    /// facilitators when the person shares it; empty for everyone else.
    async fn influence_areas(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
    ) -> GqlResult<Vec<InfluenceArea>> {
        boxed(async move {
            let cohort_id = parse_ref("cohortId", &cohort_id)?;
            let areas =
                influence::of_person(ctx.db(), ctx.principal(), self.0.id, cohort_id).await?;
            Ok(areas.into_iter().map(InfluenceArea).collect())
        })
        .await
    }

    /// Whether the person shares their map of the cohort with its facilitators (the person only).
    async fn influence_map_shared(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
    ) -> GqlResult<Option<bool>> {
        boxed(async move {
            if ctx.principal().person_id() != Some(self.0.id) {
                return Ok(None);
            }
            Ok(Some(
                influence::is_shared(ctx.db(), self.0.id, parse_ref("cohortId", &cohort_id)?)
                    .await?,
            ))
        })
        .await
    }

    /// The sphere of influence in a cohort drawn as SVG (concentric circles, areas placed by
    /// circle and domain), for whoever may see the areas; null otherwise.
    async fn influence_map_svg(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
    ) -> GqlResult<Option<String>> {
        boxed(async move {
            let cohort_id = parse_ref("cohortId", &cohort_id)?;
            if !influence::can_see(ctx.db(), ctx.principal(), self.0.id, cohort_id).await? {
                return Ok(None);
            }
            let areas =
                influence::of_person(ctx.db(), ctx.principal(), self.0.id, cohort_id).await?;
            Ok(Some(influence_map::render(
                &self.0.display_name,
                &areas,
                crate::i18n::current_locale(),
            )))
        })
        .await
    }

    /// The person's enrolments the viewer may see: all for the person and admins, otherwise
    /// those in cohorts the viewer belongs to.
    async fn enrollments(&self, ctx: &Context<'_>) -> GqlResult<Vec<Enrollment>> {
        boxed(async move {
            let all = load(ctx, EnrollmentsOfPerson(self.0.id))
                .await?
                .unwrap_or_default();
            let visible =
                enrollments::visible_of_person(ctx.db(), ctx.principal(), self.0.id, all).await?;
            Ok(visible.into_iter().map(Enrollment).collect())
        })
        .await
    }
}

/// Changes to one's own profile; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateProfileInput {
    /// The name shown to others.
    pub display_name: Option<String>,
    /// How to address the person; an empty string removes them.
    pub pronouns: Option<String>,
    /// A few words about oneself; an empty string removes them.
    pub bio: Option<String>,
    /// The language of the platform.
    pub locale: Option<Locale>,
    /// Appear in the directory beyond one's own cohorts.
    pub directory_visible: Option<bool>,
}

/// Whom to invite.
#[derive(InputObject)]
pub struct InvitePersonInput {
    /// Where the invitation goes.
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// The role in the programme.
    pub role: Role,
    /// The person's municipality.
    pub municipality_id: Option<ID>,
    /// The person's organisation.
    pub organisation_id: Option<ID>,
    /// Enrol into this cohort (as INVITED until the invitation is accepted).
    pub cohort_id: Option<ID>,
    /// The person's language; German if omitted.
    pub locale: Option<Locale>,
}

fn optional_ref(field: &str, id: Option<&ID>) -> GqlResult<Option<uuid::Uuid>> {
    Ok(id.map(|id| parse_ref(field, id)).transpose()?)
}

/// Queries about people.
#[derive(Default)]
pub struct PeopleQuery;

#[Object]
impl PeopleQuery {
    /// The signed-in person; null for anonymous callers.
    async fn me(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        let Some(id) = ctx.principal().person_id() else {
            return Ok(None);
        };
        Ok(Some(Person(
            people::get(ctx.db(), ctx.principal(), id).await?,
        )))
    }

    /// The directory: admins see everyone; others see the people of their cohorts and those
    /// who opted in; tokens see their municipality's people.
    async fn people(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        #[graphql(desc = "Words of the display name.")] search: Option<String>,
        municipality_id: Option<ID>,
        cohort_id: Option<ID>,
    ) -> GqlResult<PersonConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = PeopleFilter {
            search,
            municipality_id: optional_ref("municipalityId", municipality_id.as_ref())?,
            cohort_id: optional_ref("cohortId", cohort_id.as_ref())?,
        };
        let found = people::search(ctx.db(), ctx.principal(), filter, page).await?;
        Ok(PersonConnection::from_page(found, Person))
    }

    /// One person, if visible to the caller.
    async fn person(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<Person>> {
        let id = parse_id(&id)?;
        Ok(Some(Person(
            people::get(ctx.db(), ctx.principal(), id).await?,
        )))
    }
}

/// Changes to people.
#[derive(Default)]
pub struct PeopleMutation;

#[Object]
impl PeopleMutation {
    /// Changes the caller's own profile.
    async fn update_profile(
        &self,
        ctx: &Context<'_>,
        input: UpdateProfileInput,
    ) -> GqlResult<Person> {
        let changes = ProfileChanges {
            display_name: input.display_name,
            pronouns: input.pronouns,
            bio: input.bio,
            locale: input.locale.map(Into::into),
            directory_visible: input.directory_visible,
        };
        Ok(Person(
            people::update_profile(ctx.db(), ctx.principal(), changes).await?,
        ))
    }

    /// Invites a person and returns the invitation token (admins; facilitators for participants
    /// of their cohorts).
    async fn invite_person(
        &self,
        ctx: &Context<'_>,
        input: InvitePersonInput,
    ) -> GqlResult<String> {
        let new = NewInvitation {
            email: input.email,
            display_name: input.display_name,
            role: input.role.into(),
            municipality_id: optional_ref("municipalityId", input.municipality_id.as_ref())?,
            organisation_id: optional_ref("organisationId", input.organisation_id.as_ref())?,
            cohort_id: optional_ref("cohortId", input.cohort_id.as_ref())?,
            locale: input.locale.map(Into::into),
        };
        Ok(invitations::invite(ctx.state(), ctx.principal(), new).await?)
    }

    /// Everything stored about a person as one JSON document (DSGVO Art. 15/20): the person, or an
    /// admin at the person's request (audited; the person sees it in their access log).
    async fn export_person_data(&self, ctx: &Context<'_>, person_id: ID) -> GqlResult<String> {
        Ok(privacy::export(ctx.db(), ctx.principal(), parse_id(&person_id)?).await?)
    }

    /// Erases a person (DSGVO Art. 17): admins, or the person themselves. Profile, enrolments,
    /// plans, influence areas, check-ins, multiplier work, reactions and named feedback go; posts
    /// and comments stay with a neutral author; sign-ins end.
    async fn erase_person(&self, ctx: &Context<'_>, person_id: ID) -> GqlResult<bool> {
        privacy::erase(ctx.db(), ctx.principal(), parse_id(&person_id)?).await?;
        Ok(true)
    }

    /// A new personal calendar link for the caller; the old one stops working.
    async fn reset_calendar_url(&self, ctx: &Context<'_>) -> GqlResult<String> {
        let state = ctx.state();
        let base = state.public_url(ctx.data_opt::<RequestHost>().map(|h| h.0.as_str()));
        Ok(calendar::reset(
            ctx.db(),
            state.settings.pseudonym_key.expose(),
            &base,
            ctx.principal(),
        )
        .await?)
    }

    /// Changes a person's role (admins). The person's sign-ins end, so the new role applies at once.
    async fn set_role(&self, ctx: &Context<'_>, person_id: ID, role: Role) -> GqlResult<Person> {
        let id = parse_id(&person_id)?;
        Ok(Person(
            people::set_role(ctx.state(), ctx.principal(), id, role.into()).await?,
        ))
    }
}
