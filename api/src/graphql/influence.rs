//! The sphere of influence.

use async_graphql::{Context, ID, InputObject, Object};
use entity::influence_area;

use super::{
    boxed::boxed,
    cohorts::Cohort,
    context::{ContextExt, load},
    enums::{InfluenceCircle, InfluenceDomain},
    errors::GqlResult,
    loaders::PersonById,
    people::Person,
};
use crate::{
    domain::{
        ids::{parse_id, parse_ref},
        influence::{self, AreaInput},
        input::from_json_list,
    },
    error::AppError,
};

/// An area of a person's sphere of influence.
pub struct InfluenceArea(pub influence_area::Model);

#[Object]
impl InfluenceArea {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Whose map.
    async fn person(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Ok(Person(
            load(ctx, PersonById(self.0.person_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// The cohort the map was drawn in.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Cohort> {
        boxed(async move { Cohort::by_id(ctx, self.0.cohort_id).await }).await
    }

    /// What the person controls, influences, or is only concerned by.
    async fn circle(&self) -> InfluenceCircle {
        self.0.circle.into()
    }

    /// Where in the person's world.
    async fn domain(&self) -> InfluenceDomain {
        self.0.domain.into()
    }

    /// The area in the person's words.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// Who else is involved.
    async fn stakeholders(&self) -> Vec<String> {
        from_json_list(&self.0.stakeholders)
    }
}

/// An area as entered.
#[derive(InputObject)]
pub struct InfluenceAreaInput {
    /// The cohort the map belongs to (one the person is in).
    pub cohort_id: ID,
    /// Control, influence or concern.
    pub circle: InfluenceCircle,
    /// Where in the person's world.
    pub domain: InfluenceDomain,
    /// The area, at most 500 characters.
    pub description: String,
    /// Who else is involved (at most 20).
    pub stakeholders: Option<Vec<String>>,
}

impl InfluenceAreaInput {
    fn into_domain(self) -> GqlResult<AreaInput> {
        Ok(AreaInput {
            cohort_id: parse_ref("cohortId", &self.cohort_id)?,
            circle: self.circle.into(),
            domain: self.domain.into(),
            description: self.description,
            stakeholders: self.stakeholders.unwrap_or_default(),
        })
    }
}

/// Changes to one's own sphere of influence.
#[derive(Default)]
pub struct InfluenceMutation;

#[Object]
impl InfluenceMutation {
    /// Adds an area to the caller's map of a cohort.
    async fn add_influence_area(
        &self,
        ctx: &Context<'_>,
        input: InfluenceAreaInput,
    ) -> GqlResult<InfluenceArea> {
        Ok(InfluenceArea(
            influence::add(ctx.db(), ctx.principal(), input.into_domain()?).await?,
        ))
    }

    /// Changes one of the caller's areas.
    async fn update_influence_area(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: InfluenceAreaInput,
    ) -> GqlResult<InfluenceArea> {
        Ok(InfluenceArea(
            influence::update(
                ctx.db(),
                ctx.principal(),
                parse_id(&id)?,
                input.into_domain()?,
            )
            .await?,
        ))
    }

    /// Removes one of the caller's areas.
    async fn remove_influence_area(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        influence::remove(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(true)
    }

    /// Shares (or stops sharing) the caller's map of a cohort with the cohort's facilitators.
    async fn share_influence_map(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
        shared: bool,
    ) -> GqlResult<bool> {
        Ok(influence::share(ctx.db(), ctx.principal(), parse_id(&cohort_id)?, shared).await?)
    }
}
