//! Signing in and staying signed in: login, refresh-token rotation, logout, password changes.

use chrono::{DateTime, Duration, Utc};
use entity::{person, refresh_token};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, sea_query::Expr,
};
use uuid::Uuid;

use super::{audit, ids::new_id};
use crate::{
    auth::{Principal, password, secrets},
    error::{AppError, AppResult},
    i18n::Text,
    state::AppState,
};

/// What a successful sign-in returns.
pub struct Session {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_at: DateTime<Utc>,
    pub person: person::Model,
}

fn wrong_credentials() -> AppError {
    // Unknown email and wrong password must look the same.
    AppError::SignInFailed
}

/// Failed sign-ins an account may have before it waits (per 15 minutes).
const MAX_FAILURES_PER_ACCOUNT: usize = 5;
/// Failed sign-ins one address may cause before it waits (per 15 minutes).
const MAX_FAILURES_PER_ADDRESS: usize = 20;
const FAILURE_WINDOW: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Signs in with email and password. Failures are counted per account and per client address
/// (every attempt, however it is sent): past the limits the caller has to wait.
#[tracing::instrument(skip_all)]
pub async fn login(
    state: &AppState,
    email: &str,
    password: &str,
    client: Option<&str>,
) -> AppResult<Session> {
    let email = email.trim().to_lowercase();
    let account_key = format!("login-account:{}", secrets::sha256_hex(&email));
    let address_key = client.map(|c| format!("login-address:{c}"));
    state
        .attempts
        .check(&account_key, MAX_FAILURES_PER_ACCOUNT, FAILURE_WINDOW)?;
    if let Some(key) = &address_key {
        state
            .attempts
            .check(key, MAX_FAILURES_PER_ADDRESS, FAILURE_WINDOW)?;
    }
    let person = person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .one(&state.db)
        .await?;
    let stored = person.as_ref().and_then(|p| p.password_hash.clone());
    let matches = password::verify(password.to_owned(), stored).await?;
    match person {
        Some(person) if matches => {
            tracing::info!(person_id = %person.id, "signed in");
            state.attempts.clear(&account_key);
            start_session(state, &state.db, person, new_id()).await
        }
        _ => {
            state.attempts.fail(&account_key);
            if let Some(key) = &address_key {
                state.attempts.fail(key);
            }
            Err(wrong_credentials())
        }
    }
}

/// Issues an access token and a refresh token in `family`.
pub async fn start_session(
    state: &AppState,
    db: &impl ConnectionTrait,
    person: person::Model,
    family: Uuid,
) -> AppResult<Session> {
    let (access_token, expires_at) = state.jwt.issue(person.id, person.auth_version)?;
    let refresh_token = secrets::random_token();
    let now = Utc::now();
    refresh_token::ActiveModel {
        id: Set(new_id()),
        person_id: Set(person.id),
        family_id: Set(family),
        token_hash: Set(secrets::sha256_hex(&refresh_token)),
        expires_at: Set(now + Duration::days(state.settings.refresh_token_days)),
        used_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(Session {
        access_token,
        refresh_token,
        expires_at,
        person,
    })
}

/// Exchanges a refresh token for a new pair. A token works once; presenting a used one again
/// revokes its whole family, because someone else may hold a copy.
#[tracing::instrument(skip_all)]
pub async fn refresh(state: &AppState, presented: &str) -> AppResult<Session> {
    let hash = secrets::sha256_hex(presented.trim());
    let Some(token) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash))
        .one(&state.db)
        .await?
    else {
        return Err(AppError::Unauthenticated);
    };
    let now = Utc::now();
    if token.revoked_at.is_some() || token.expires_at < now {
        return Err(AppError::Unauthenticated);
    }
    // Claim the token atomically: of two concurrent uses only one wins.
    let claimed = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(token.id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .exec(&state.db)
        .await?;
    if claimed.rows_affected != 1 {
        tracing::warn!(family = %token.family_id, "refresh token re-used; revoking its family");
        revoke_family(&state.db, token.family_id).await?;
        return Err(AppError::Unauthenticated);
    }
    let person = person::Entity::find_by_id(token.person_id)
        .one(&state.db)
        .await?
        .filter(|p| p.email.is_some())
        .ok_or(AppError::Unauthenticated)?;
    start_session(state, &state.db, person, token.family_id).await
}

/// Ends the sign-in the refresh token belongs to. Unknown tokens are fine: the result is the same.
pub async fn logout(state: &AppState, presented: &str) -> AppResult<bool> {
    let hash = secrets::sha256_hex(presented.trim());
    if let Some(token) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash))
        .one(&state.db)
        .await?
    {
        revoke_family(&state.db, token.family_id).await?;
    }
    Ok(true)
}

async fn revoke_family(db: &impl ConnectionTrait, family: Uuid) -> AppResult<()> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::FamilyId.eq(family))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every sign-in of a person: access tokens by raising the version, refresh tokens by revoking.
pub async fn end_all_sessions(
    db: &impl ConnectionTrait,
    person: person::Model,
) -> AppResult<person::Model> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::PersonId.eq(person.id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    let version = person.auth_version + 1;
    let mut active = person.into_active_model();
    active.auth_version = Set(version);
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Changes the caller's password; every sign-in, this one included, ends.
#[tracing::instrument(skip_all)]
pub async fn change_password(
    state: &AppState,
    principal: &Principal,
    current: &str,
    new: &str,
) -> AppResult<bool> {
    let me = principal.person()?;
    password::validate_new("new", new)?;
    let person = person::Entity::find_by_id(me.id)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !password::verify(current.to_owned(), person.password_hash.clone()).await? {
        return Err(AppError::invalid(
            "current",
            Text::new(
                "Das aktuelle Passwort stimmt nicht.",
                "The current password is wrong.",
            ),
        ));
    }
    let hash = password::hash(new.to_owned()).await?;
    let txn = super::tx::begin(&state.db).await?;
    let mut active = person.into_active_model();
    active.password_hash = Set(Some(hash));
    let person = active.update(&txn).await?;
    end_all_sessions(&txn, person).await?;
    audit::record(
        &txn,
        principal,
        "person.password_changed",
        Some(audit::Target::person(me.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
