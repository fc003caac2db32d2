//! API tokens for municipal systems: `vn_<prefix>_<secret>`, stored only as a hash.

use chrono::{DateTime, Utc};
use entity::api_token;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{
    auth::{Principal, Scope, TokenPrincipal, secrets},
    error::{AppError, AppResult},
};

/// Every token starts with this.
pub const TOKEN_PREFIX: &str = "vn_";

/// Resolves a presented token and its expiry. Unknown, revoked and expired tokens fail alike.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    presented: &str,
) -> AppResult<(Principal, Option<DateTime<Utc>>)> {
    let mut parts = presented.trim().splitn(3, '_');
    let (Some("vn"), Some(prefix), Some(_secret)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(AppError::Unauthenticated);
    };
    let token = api_token::Entity::find()
        .filter(api_token::Column::Prefix.eq(prefix))
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let hash = secrets::sha256_hex(presented.trim());
    if !secrets::constant_time_eq(&hash, &token.secret_hash)
        || token.revoked_at.is_some()
        || token.expires_at <= Utc::now()
    {
        return Err(AppError::Unauthenticated);
    }
    let scopes: Vec<String> = crate::domain::input::from_json_list(&token.scopes);
    let principal = Principal::Token(TokenPrincipal {
        id: token.id,
        scopes: scopes.iter().filter_map(|s| Scope::parse(s)).collect(),
        municipality_id: token.municipality_id,
    });
    Ok((principal, Some(token.expires_at)))
}
