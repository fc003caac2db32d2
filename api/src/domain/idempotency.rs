//! `Idempotency-Key` on REST writes: the same key and request within 24 hours returns the first
//! result without doing the work twice; the same key with another request is refused (422).

use chrono::{Duration, Utc};
use entity::idempotency_key;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter,
};

use super::ids::new_id;
use crate::{
    auth::secrets,
    error::{AppError, AppResult},
    i18n::Text,
};

/// How long a key is remembered.
pub const RETENTION_HOURS: i64 = 24;
/// A claim without a result after this long belongs to a request that never finished (the
/// service stopped in between); it no longer blocks the key. Longer than any request may run.
pub const ABANDONED_AFTER_SECONDS: i64 = 120;

/// What to do with a request that carries a key.
pub enum Claim {
    /// First time: do the work, then `finish`.
    Fresh(idempotency_key::Model),
    /// Seen before: answer with this status and body.
    Replay { status: u16, body: String },
}

/// Claims `key` for this caller and request.
pub async fn claim(
    db: &impl ConnectionTrait,
    caller: &str,
    key: &str,
    request: &[u8],
) -> AppResult<Claim> {
    if key.is_empty() || key.len() > 200 {
        return Err(AppError::invalid(
            "Idempotency-Key",
            Text::new(
                "Der Schlüssel hat 1 bis 200 Zeichen.",
                "The key has 1 to 200 characters.",
            ),
        ));
    }
    let hash = secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(request));
    let since = Utc::now() - Duration::hours(RETENTION_HOURS);
    let existing = idempotency_key::Entity::find()
        .filter(idempotency_key::Column::Caller.eq(caller))
        .filter(idempotency_key::Column::Key.eq(key))
        .one(db)
        .await?;
    if let Some(existing) = existing {
        let abandoned = existing.status.is_none()
            && existing.created_at < Utc::now() - Duration::seconds(ABANDONED_AFTER_SECONDS);
        if existing.created_at < since || abandoned {
            idempotency_key::Entity::delete_by_id(existing.id)
                .exec(db)
                .await?;
        } else if existing.status.is_none() {
            return Err(AppError::InProgress);
        } else if existing.request_hash != hash {
            return Err(AppError::invalid(
                "Idempotency-Key",
                Text::new(
                    "Dieser Schlüssel wurde schon für eine andere Anfrage verwendet.",
                    "This key was already used for another request.",
                ),
            ));
        } else {
            return match (existing.status, existing.body) {
                (Some(status), Some(body)) => Ok(Claim::Replay {
                    status: status as u16,
                    body,
                }),
                _ => Err(AppError::InProgress),
            };
        }
    }
    let claimed = idempotency_key::ActiveModel {
        id: Set(new_id()),
        caller: Set(caller.to_owned()),
        key: Set(key.to_owned()),
        request_hash: Set(hash),
        status: Set(None),
        body: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
    .map_err(|_| AppError::InProgress)?;
    Ok(Claim::Fresh(claimed))
}

/// Stores the result of a fresh request.
pub async fn finish(
    db: &impl ConnectionTrait,
    claimed: idempotency_key::Model,
    status: u16,
    body: &str,
) -> AppResult<()> {
    let mut active = claimed.into_active_model();
    active.status = Set(Some(i32::from(status)));
    active.body = Set(Some(body.to_owned()));
    active.update(db).await?;
    Ok(())
}

/// Forgets a claim whose request failed, so it can be retried.
pub async fn release(db: &impl ConnectionTrait, claimed: idempotency_key::Model) -> AppResult<()> {
    idempotency_key::Entity::delete_by_id(claimed.id)
        .exec(db)
        .await?;
    Ok(())
}

/// Removes keys older than the retention (a daily job).
pub async fn purge(db: &impl ConnectionTrait) -> AppResult<u64> {
    let cutoff = Utc::now() - Duration::hours(RETENTION_HOURS);
    Ok(idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected)
}

/// Runs `create` once per caller, scope and key: a repeated call with the same request returns
/// the id the first call produced (and `true`), without creating anything again.
pub async fn once<F, Fut>(
    db: &impl ConnectionTrait,
    caller: &str,
    scope: &str,
    key: &str,
    request: &[u8],
    create: F,
) -> AppResult<(uuid::Uuid, bool)>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = AppResult<uuid::Uuid>>,
{
    match claim(db, caller, &format!("{scope}:{key}"), request).await {
        Ok(Claim::Replay { body, .. }) => {
            let id = uuid::Uuid::parse_str(&body)
                .map_err(|e| AppError::Internal(anyhow::anyhow!("stored id unreadable: {e}")))?;
            Ok((id, true))
        }
        Ok(Claim::Fresh(claimed)) => match create().await {
            Ok(id) => {
                finish(db, claimed, 200, &id.to_string()).await?;
                Ok((id, false))
            }
            Err(error) => {
                release(db, claimed).await?;
                Err(error)
            }
        },
        Err(AppError::BadUserInput(fields)) => Err(AppError::BadUserInput(
            fields
                .into_iter()
                .map(|f| crate::error::FieldError::new("idempotencyKey", f.message))
                .collect(),
        )),
        Err(other) => Err(other),
    }
}
