//! What a resolver reaches through the context: state, caller, loaders.

use std::hash::Hash;

use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
};
use sea_orm::DatabaseConnection;

use super::loaders::{LoadError, Loaders};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
    state::AppState,
};

/// Shortcuts on the resolver context.
pub trait ContextExt {
    fn state(&self) -> &AppState;
    fn db(&self) -> &DatabaseConnection;
    fn principal(&self) -> &Principal;
    fn loaders(&self) -> &DataLoader<Loaders>;
}

impl ContextExt for Context<'_> {
    fn state(&self) -> &AppState {
        self.data_unchecked::<AppState>()
    }

    fn db(&self) -> &DatabaseConnection {
        &self.state().db
    }

    fn principal(&self) -> &Principal {
        self.data_unchecked::<Principal>()
    }

    fn loaders(&self) -> &DataLoader<Loaders> {
        self.data_unchecked::<DataLoader<Loaders>>()
    }
}

/// Loads one value through the request's loader.
pub async fn load<K>(ctx: &Context<'_>, key: K) -> AppResult<Option<<Loaders as Loader<K>>::Value>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    Loaders: Loader<K, Error = LoadError>,
{
    ctx.loaders()
        .load_one(key)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("loading failed: {e}")))
}

/// Loads one list-valued key; a missing entry is an empty list.
pub async fn load_list<K, V>(ctx: &Context<'_>, key: K) -> AppResult<Vec<V>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    V: Send + Sync + Clone + 'static,
    Loaders: Loader<K, Value = Vec<V>, Error = LoadError>,
{
    Ok(load(ctx, key).await?.unwrap_or_default())
}

/// Loads many values, keeping the order of `keys` and skipping missing ones.
pub async fn load_many<K>(
    ctx: &Context<'_>,
    keys: Vec<K>,
) -> AppResult<Vec<<Loaders as Loader<K>>::Value>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    Loaders: Loader<K, Error = LoadError>,
{
    let mut found = ctx
        .loaders()
        .load_many(keys.clone())
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("loading failed: {e}")))?;
    Ok(keys.into_iter().filter_map(|k| found.remove(&k)).collect())
}
