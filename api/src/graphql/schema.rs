//! The schema: every area merged, with limits that async-graphql does not set by itself.

use async_graphql::{MergedObject, Schema};

use super::{
    agenda::{AgendaMutation, AgendaQuery},
    auth::AuthMutation,
    cohorts::{CohortMutation, CohortQuery},
    community::{CommunityMutation, CommunityQuery},
    curriculum::{CurriculumMutation, CurriculumQuery},
    directory::{DirectoryMutation, DirectoryQuery},
    feedback::{FeedbackMutation, FeedbackQuery},
    follow_ups::{FollowUpMutation, FollowUpQuery},
    influence::InfluenceMutation,
    integration::{IntegrationMutation, IntegrationQuery},
    people::{PeopleMutation, PeopleQuery},
    plans::{PlanMutation, PlanQuery},
    reports::MailQuery,
    subscriptions::Subscription,
};
use crate::state::AppState;

/// Every query.
#[derive(MergedObject, Default)]
pub struct Query(
    PeopleQuery,
    DirectoryQuery,
    CohortQuery,
    CurriculumQuery,
    AgendaQuery,
    FeedbackQuery,
    PlanQuery,
    FollowUpQuery,
    MailQuery,
    CommunityQuery,
    IntegrationQuery,
);

/// Every mutation.
#[derive(MergedObject, Default)]
pub struct Mutation(
    AuthMutation,
    PeopleMutation,
    DirectoryMutation,
    CohortMutation,
    CurriculumMutation,
    AgendaMutation,
    FeedbackMutation,
    InfluenceMutation,
    PlanMutation,
    FollowUpMutation,
    CommunityMutation,
    IntegrationMutation,
);

/// The schema type.
pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// Deepest nesting a query may have (the deepest client query needs 9).
pub const MAX_DEPTH: usize = 12;
/// Most fields a query may select, counted over the whole document.
pub const MAX_COMPLEXITY: usize = 2_500;

/// The schema for subscriptions over the WebSocket: the same schema with the alias limit as an
/// extension, since those documents do not pass through the HTTP handler.
pub struct LiveSchema(pub AppSchema);

/// Builds the schema for HTTP. Without state it can only print its SDL. It has no extensions:
/// any extension routes every field through the extension chain, so the HTTP handler applies
/// the alias limit and caches parsed documents itself (`document_cache`).
pub fn build(state: Option<AppState>) -> AppSchema {
    configure(state, false)
}

/// Builds the schema for subscriptions.
pub fn build_live(state: AppState) -> LiveSchema {
    LiveSchema(configure(Some(state), true))
}

fn configure(state: Option<AppState>, with_alias_extension: bool) -> AppSchema {
    let production = state.as_ref().is_some_and(|s| s.settings.is_production());
    let mut builder = Schema::build(Query::default(), Mutation::default(), Subscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .limit_recursive_depth(32)
        .limit_directives(16);
    if with_alias_extension {
        builder = builder.extension(super::limits::AliasLimit);
    }
    if production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    if let Some(state) = state {
        builder = builder.data(state);
    }
    builder.finish()
}

/// The SDL of the schema, as written to `docs/schema.graphql`.
pub fn sdl() -> String {
    build(None).sdl()
}
