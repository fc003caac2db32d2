//! What every request can reach: the database, the settings, the keys and counters.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{
    auth::jwt::JwtKeys, db::StatementCounter, events::EventBus, limits::AttemptLimiter,
    rest::rate_limit::RateLimiter, settings::Settings,
};

/// Shared, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub jwt: JwtKeys,
    pub statements: Arc<StatementCounter>,
    pub events: EventBus,
    pub attempts: Arc<AttemptLimiter>,
    pub rate_limits: Arc<RateLimiter>,
    /// Turns to execute a GraphQL operation (`Settings::graphql_concurrency` of them).
    pub graphql_turns: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// The absolute base URL for links the API hands out.
    pub fn public_url(&self, fallback_host: Option<&str>) -> String {
        if let Some(url) = &self.settings.public_url {
            return url.clone();
        }
        match fallback_host {
            Some(host) => format!("http://{host}"),
            None => format!("http://{}", self.settings.bind),
        }
    }
}
