//! Municipalities and organisations.

use async_graphql::{Context, ID, InputObject, Object};
use entity::{municipality, organisation};

use super::{
    boxed::boxed,
    cohorts::{Cohort, CohortConnection},
    connection::FromPage,
    context::{ContextExt, load, load_list},
    enums::OrganisationKind,
    errors::GqlResult,
    loaders::{MunicipalityById, OrganisationsOfMunicipality},
};
use crate::domain::{
    cohorts::{self, CohortFilter},
    ids::{parse_id, parse_ref},
    municipalities, organisations,
    page::PageRequest,
};

crate::connection!(MunicipalityConnection, MunicipalityEdge, Municipality);
crate::connection!(OrganisationConnection, OrganisationEdge, Organisation);

/// A municipality (Kommune) taking part.
pub struct Municipality(pub municipality::Model);

#[Object]
impl Municipality {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The municipality's name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The official municipality key (Amtlicher Gemeindeschlüssel), 8 digits.
    async fn ags(&self) -> &str {
        &self.0.ags
    }

    /// The federal state.
    async fn state(&self) -> &str {
        &self.0.state
    }

    /// Organisations in the municipality.
    async fn organisations(&self, ctx: &Context<'_>) -> GqlResult<Vec<Organisation>> {
        ctx.principal().person()?;
        let rows = load_list(ctx, OrganisationsOfMunicipality(self.0.id)).await?;
        Ok(rows.into_iter().map(Organisation).collect())
    }

    /// Cohorts the municipality takes part in.
    async fn cohorts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<CohortConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let filter = CohortFilter {
                status: None,
                municipality_id: Some(self.0.id),
            };
            let found = cohorts::list(ctx.db(), ctx.principal(), filter, page).await?;
            Cohort::connection(ctx, found).await
        })
        .await
    }
}

/// An organisation people work or volunteer in.
pub struct Organisation(pub organisation::Model);

#[Object]
impl Organisation {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The organisation's name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Administration, civil society, education, business or other.
    async fn kind(&self) -> OrganisationKind {
        self.0.kind.into()
    }

    /// Where the organisation is based.
    async fn municipality(&self, ctx: &Context<'_>) -> GqlResult<Option<Municipality>> {
        let Some(id) = self.0.municipality_id else {
            return Ok(None);
        };
        Ok(load(ctx, MunicipalityById(id)).await?.map(Municipality))
    }
}

/// A new municipality.
#[derive(InputObject)]
pub struct CreateMunicipalityInput {
    /// The municipality's name.
    pub name: String,
    /// The official municipality key: 8 digits.
    pub ags: String,
    /// The federal state; "Hessen" if omitted.
    pub state: Option<String>,
}

/// A new organisation.
#[derive(InputObject)]
pub struct CreateOrganisationInput {
    /// The organisation's name.
    pub name: String,
    /// What kind of organisation.
    pub kind: OrganisationKind,
    /// Where it is based.
    pub municipality_id: Option<ID>,
}

/// Queries of the directory of places.
#[derive(Default)]
pub struct DirectoryQuery;

#[Object]
impl DirectoryQuery {
    /// Municipalities taking part, by name.
    async fn municipalities(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        #[graphql(desc = "Part of the name, or the beginning of the AGS.")] search: Option<String>,
    ) -> GqlResult<MunicipalityConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let found =
            municipalities::list(ctx.db(), ctx.principal(), search.as_deref(), page).await?;
        Ok(MunicipalityConnection::from_page(found, Municipality))
    }

    /// One municipality by id or by AGS.
    async fn municipality(
        &self,
        ctx: &Context<'_>,
        id: Option<ID>,
        ags: Option<String>,
    ) -> GqlResult<Option<Municipality>> {
        let id = id.map(|id| parse_id(&id)).transpose()?;
        Ok(Some(Municipality(
            municipalities::get(ctx.db(), ctx.principal(), id, ags.as_deref()).await?,
        )))
    }

    /// Organisations, by name.
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        municipality_id: Option<ID>,
        #[graphql(desc = "Part of the name.")] search: Option<String>,
    ) -> GqlResult<OrganisationConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let municipality_id = municipality_id
            .map(|id| parse_ref("municipalityId", &id))
            .transpose()?;
        let found = organisations::list(
            ctx.db(),
            ctx.principal(),
            municipality_id,
            search.as_deref(),
            page,
        )
        .await?;
        Ok(OrganisationConnection::from_page(found, Organisation))
    }
}

/// Changes to the directory of places.
#[derive(Default)]
pub struct DirectoryMutation;

#[Object]
impl DirectoryMutation {
    /// Adds a municipality (admins). The AGS must be 8 digits and unique.
    async fn create_municipality(
        &self,
        ctx: &Context<'_>,
        input: CreateMunicipalityInput,
    ) -> GqlResult<Municipality> {
        let created = municipalities::create(
            ctx.db(),
            ctx.principal(),
            &input.name,
            &input.ags,
            input.state.as_deref(),
        )
        .await?;
        Ok(Municipality(created))
    }

    /// Adds an organisation (programme staff).
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        input: CreateOrganisationInput,
    ) -> GqlResult<Organisation> {
        let municipality_id = input
            .municipality_id
            .map(|id| parse_ref("municipalityId", &id))
            .transpose()?;
        let created = organisations::create(
            ctx.db(),
            ctx.principal(),
            &input.name,
            input.kind.into(),
            municipality_id,
        )
        .await?;
        Ok(Organisation(created))
    }
}
