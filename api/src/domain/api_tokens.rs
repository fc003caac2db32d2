//! API tokens for municipal systems: `vn_<prefix>_<secret><checksum>`, at least 128 random bits,
//! stored only as a hash with the display prefix; an expiry of at most 366 days; `lastUsedAt`
//! kept. Tokens never create tokens or do admin work.

use chrono::{DateTime, Duration, Utc};
use entity::{api_token, municipality};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    audit,
    ids::new_id,
    input,
    page::{Page, PageRequest},
};
use crate::{
    auth::{Principal, Scope, TokenPrincipal, secrets},
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// Every token starts with this.
pub const TOKEN_PREFIX: &str = "vn_";
/// The longest a token may live.
pub const MAX_DAYS: i64 = 366;
/// Without a given expiry.
pub const DEFAULT_DAYS: i64 = 90;

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn random_text(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// Six hex characters that catch typos before any lookup.
fn checksum(body: &str) -> String {
    secrets::sha256_hex(body)[..6].to_owned()
}

/// A fresh token string: 32 characters of 62 (190 bits) behind an 8-character prefix.
fn mint() -> (String, String) {
    let prefix = random_text(8).to_lowercase();
    let body = format!("{TOKEN_PREFIX}{prefix}_{}", random_text(32));
    let token = format!("{body}{}", checksum(&body));
    (prefix, token)
}

/// A token to issue.
pub struct NewToken {
    pub name: String,
    pub scopes: Vec<Scope>,
    pub municipality_id: Option<Uuid>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Issues a token (admins); returns it with the secret, shown this once.
pub async fn create(
    db: &impl ConnectionTrait,
    principal: &Principal,
    new: NewToken,
) -> AppResult<(api_token::Model, String)> {
    let me = principal.admin()?;
    let (token, secret) = issue(db, Some(me.id), new).await?;
    audit::record(
        db,
        principal,
        "token.created",
        Some(audit::Target::new("api_token", token.id)),
    )
    .await?;
    Ok((token, secret))
}

/// Issues a token without a caller (the command line); checks the input.
pub async fn issue(
    db: &impl ConnectionTrait,
    created_by: Option<Uuid>,
    new: NewToken,
) -> AppResult<(api_token::Model, String)> {
    let now = Utc::now();
    let expires_at = new.expires_at.unwrap_or(now + Duration::days(DEFAULT_DAYS));
    validate! {
        name = input::required(&new.name, "name", 120),
        _scopes = if new.scopes.is_empty() {
            Err(FieldError::new("scopes", Text::new("Mindestens ein Recht ist nötig.", "At least one scope is needed.")))
        } else {
            Ok(())
        },
        _expiry = if expires_at <= now {
            Err(FieldError::new("expiresAt", Text::new("Das Ablaufdatum liegt in der Vergangenheit.", "The expiry lies in the past.")))
        } else if expires_at > now + Duration::days(MAX_DAYS) {
            Err(FieldError::new("expiresAt", Text::new("Ein Token gilt höchstens 366 Tage.", "A token lives at most 366 days.")))
        } else {
            Ok(())
        },
        _municipality = match new.municipality_id {
            Some(id) if municipality::Entity::find_by_id(id).one(db).await.ok().flatten().is_none() => {
                Err(FieldError::new("municipalityId", Text::new("Unbekannte Kommune.", "Unknown municipality.")))
            }
            _ => Ok(()),
        },
    }
    let mut scopes: Vec<Scope> = Vec::new();
    for scope in new.scopes {
        if !scopes.contains(&scope) {
            scopes.push(scope);
        }
    }
    let (prefix, token) = mint();
    let model = api_token::ActiveModel {
        id: Set(new_id()),
        name: Set(name),
        prefix: Set(prefix),
        secret_hash: Set(secrets::sha256_hex(&token)),
        scopes: Set(input::to_json_list(&scopes)),
        municipality_id: Set(new.municipality_id),
        created_by_id: Set(created_by),
        expires_at: Set(expires_at),
        last_used_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok((model, token))
}

/// Resolves a presented token and its expiry. Unknown, revoked and expired tokens fail alike.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    presented: &str,
) -> AppResult<(Principal, Option<DateTime<Utc>>)> {
    let presented = presented.trim();
    let Some(rest) = presented.strip_prefix(TOKEN_PREFIX) else {
        return Err(AppError::Unauthenticated);
    };
    let Some((prefix, _)) = rest.split_once('_') else {
        return Err(AppError::Unauthenticated);
    };
    if presented.len() < 12 || !presented.is_char_boundary(presented.len() - 6) {
        return Err(AppError::Unauthenticated);
    }
    let (body, sum) = presented.split_at(presented.len() - 6);
    if checksum(body) != sum {
        return Err(AppError::Unauthenticated);
    }
    let token = api_token::Entity::find()
        .filter(api_token::Column::Prefix.eq(prefix))
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let now = Utc::now();
    if !secrets::constant_time_eq(&secrets::sha256_hex(presented), &token.secret_hash)
        || token.revoked_at.is_some()
        || token.expires_at <= now
    {
        return Err(AppError::Unauthenticated);
    }
    // Keep `lastUsedAt` to the minute without a write on every request.
    if token
        .last_used_at
        .is_none_or(|at| now - at > Duration::minutes(1))
    {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
            .filter(api_token::Column::Id.eq(token.id))
            .exec(db)
            .await?;
    }
    let scopes: Vec<Scope> = input::from_json_list(&token.scopes);
    let principal = Principal::Token(TokenPrincipal {
        id: token.id,
        scopes,
        municipality_id: token.municipality_id,
    });
    Ok((principal, Some(token.expires_at)))
}

/// Tokens, newest first (admins).
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    include_revoked: bool,
    page: PageRequest,
) -> AppResult<Page<api_token::Model>> {
    principal.admin()?;
    list_all(db, include_revoked, page).await
}

/// Tokens without a caller check (the command line).
pub async fn list_all(
    db: &impl ConnectionTrait,
    include_revoked: bool,
    page: PageRequest,
) -> AppResult<Page<api_token::Model>> {
    let mut query = api_token::Entity::find();
    if !include_revoked {
        query = query.filter(api_token::Column::RevokedAt.is_null());
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(api_token::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// Revokes a token (admins); it stops working at once.
pub async fn revoke(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<api_token::Model> {
    principal.admin()?;
    let revoked = revoke_any(db, id).await?;
    audit::record(
        db,
        principal,
        "token.revoked",
        Some(audit::Target::new("api_token", id)),
    )
    .await?;
    Ok(revoked)
}

/// Revokes without a caller check (the command line).
pub async fn revoke_any(db: &impl ConnectionTrait, id: Uuid) -> AppResult<api_token::Model> {
    let token = api_token::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if token.revoked_at.is_some() {
        return Ok(token);
    }
    let mut active = token.into_active_model();
    active.revoked_at = Set(Some(Utc::now()));
    Ok(active.update(db).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_the_documented_shape_and_a_checksum() {
        let (prefix, token) = mint();
        assert!(token.starts_with(&format!("vn_{prefix}_")));
        assert_eq!(token.len(), 3 + 8 + 1 + 32 + 6);
        let (body, sum) = token.split_at(token.len() - 6);
        assert_eq!(checksum(body), sum);
        let (_, other) = mint();
        assert_ne!(token, other);
    }
}
