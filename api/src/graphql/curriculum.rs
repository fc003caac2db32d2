//! The curriculum library: modules and their materials.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use entity::module;

use super::{connection::FromPage, context::ContextExt, enums::ModuleKind, errors::GqlResult};
use crate::domain::{
    ids::parse_id,
    input::from_json_list,
    modules::{self, Material as StoredMaterial, ModuleFilter, ModuleInput as DomainInput},
    page::PageRequest,
};

crate::connection!(ModuleConnection, ModuleEdge, Module);

/// A reusable curriculum block: a topic input, an exercise, a reflection round …
pub struct Module(pub module::Model);

/// A handout, slide deck or video.
#[derive(SimpleObject)]
pub struct Material {
    /// What it is.
    pub title: String,
    /// Where to find it (http or https).
    pub url: String,
}

#[Object]
impl Module {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The module's title.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// What kind of block.
    async fn kind(&self) -> ModuleKind {
        self.0.kind.into()
    }

    /// One or two sentences.
    async fn summary(&self) -> Option<&str> {
        self.0.summary.as_deref()
    }

    /// The full description for facilitators.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }

    /// How long the block usually takes.
    async fn duration_minutes(&self) -> Option<i32> {
        self.0.duration_minutes
    }

    /// What participants take away.
    async fn learning_goals(&self) -> Vec<String> {
        from_json_list(&self.0.learning_goals)
    }

    /// Lower-case tags.
    async fn tags(&self) -> Vec<String> {
        from_json_list(&self.0.tags)
    }

    /// Handouts and other materials.
    async fn materials(&self) -> Vec<Material> {
        from_json_list::<StoredMaterial>(&self.0.materials)
            .into_iter()
            .map(|m| Material {
                title: m.title,
                url: m.url,
            })
            .collect()
    }

    /// Archived modules are no longer offered for new sessions.
    async fn archived(&self) -> bool {
        self.0.archived
    }
}

/// A material of a module.
#[derive(InputObject)]
pub struct MaterialInput {
    /// What it is.
    pub title: String,
    /// Where to find it (http or https).
    pub url: String,
}

/// The content of a module.
#[derive(InputObject)]
pub struct ModuleInput {
    /// The title.
    pub title: String,
    /// What kind of block.
    pub kind: ModuleKind,
    /// One or two sentences.
    pub summary: Option<String>,
    /// The full description.
    pub description: Option<String>,
    /// How long it usually takes (1–1440 minutes).
    pub duration_minutes: Option<i32>,
    /// What participants take away.
    pub learning_goals: Option<Vec<String>>,
    /// Tags (lower-cased, at most 20).
    pub tags: Option<Vec<String>>,
    /// Handouts and other materials.
    pub materials: Option<Vec<MaterialInput>>,
}

impl From<ModuleInput> for DomainInput {
    fn from(input: ModuleInput) -> Self {
        DomainInput {
            title: input.title,
            kind: input.kind.into(),
            summary: input.summary,
            description: input.description,
            duration_minutes: input.duration_minutes,
            learning_goals: input.learning_goals.unwrap_or_default(),
            tags: input.tags.unwrap_or_default(),
            materials: input
                .materials
                .unwrap_or_default()
                .into_iter()
                .map(|m| StoredMaterial {
                    title: m.title,
                    url: m.url,
                })
                .collect(),
        }
    }
}

/// Queries of the curriculum.
#[derive(Default)]
pub struct CurriculumQuery;

#[Object]
impl CurriculumQuery {
    /// The library, by title; archived modules only when asked for.
    #[allow(clippy::too_many_arguments)]
    async fn modules(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        kind: Option<ModuleKind>,
        tag: Option<String>,
        #[graphql(desc = "Words in title, summary, description or tags.")] search: Option<String>,
        #[graphql(desc = "Include archived modules (default false).")] include_archived: Option<
            bool,
        >,
    ) -> GqlResult<ModuleConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = ModuleFilter {
            kind: kind.map(Into::into),
            tag,
            search,
            include_archived: include_archived.unwrap_or(false),
        };
        let found = modules::list(ctx.db(), ctx.principal(), filter, page).await?;
        Ok(ModuleConnection::from_page(found, Module))
    }

    /// One module.
    async fn module(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<Module>> {
        Ok(Some(Module(
            modules::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        )))
    }
}

/// Changes to the curriculum (programme staff).
#[derive(Default)]
pub struct CurriculumMutation;

#[Object]
impl CurriculumMutation {
    /// Adds a module to the library.
    async fn create_module(&self, ctx: &Context<'_>, input: ModuleInput) -> GqlResult<Module> {
        Ok(Module(
            modules::create(ctx.db(), ctx.principal(), input.into()).await?,
        ))
    }

    /// Replaces a module's content.
    async fn update_module(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ModuleInput,
    ) -> GqlResult<Module> {
        Ok(Module(
            modules::update(ctx.db(), ctx.principal(), parse_id(&id)?, input.into()).await?,
        ))
    }

    /// Archives a module; sessions using it keep it.
    async fn archive_module(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Module> {
        Ok(Module(
            modules::archive(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        ))
    }
}
