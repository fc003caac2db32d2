//! From an `Authorization` header to a `Principal`.

use chrono::{DateTime, Utc};
use entity::person;
use sea_orm::EntityTrait;

use super::{PersonPrincipal, Principal};
use crate::{
    error::{AppError, AppResult},
    state::AppState,
};

/// The bearer credential of a header value, if any.
pub fn bearer(header: Option<&str>) -> Option<&str> {
    let value = header?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// Resolves the caller. No credential is `Anonymous`; a bad one is an error, so a client with an
/// expired token learns to refresh instead of silently seeing less.
pub async fn principal(state: &AppState, credential: Option<&str>) -> AppResult<Principal> {
    Ok(authenticate(state, credential).await?.0)
}

/// The caller and until when their credential is valid (for long-lived connections).
pub async fn authenticate(
    state: &AppState,
    credential: Option<&str>,
) -> AppResult<(Principal, Option<DateTime<Utc>>)> {
    let Some(credential) = credential else {
        return Ok((Principal::Anonymous, None));
    };
    if credential.starts_with(crate::domain::api_tokens::TOKEN_PREFIX) {
        return crate::domain::api_tokens::authenticate(&state.db, credential).await;
    }
    let claims = state.jwt.verify(credential)?;
    let person = person::Entity::find_by_id(claims.sub)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if person.auth_version != claims.ver || person.email.is_none() {
        return Err(AppError::Unauthenticated);
    }
    let expires_at = DateTime::from_timestamp(claims.exp, 0);
    Ok((
        Principal::Person(PersonPrincipal::new(person.id, person.role, person.locale)),
        expires_at,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_is_case_insensitive_and_trims() {
        assert_eq!(bearer(Some("Bearer abc")), Some("abc"));
        assert_eq!(bearer(Some("bearer   abc ")), Some("abc"));
        assert_eq!(bearer(Some("Basic abc")), None);
        assert_eq!(bearer(Some("Bearer ")), None);
        assert_eq!(bearer(None), None);
    }
}
