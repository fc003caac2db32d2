//! Self check-in in the room: a facilitator shows a short-lived code for a session (as a QR code
//! in the clients); a participant who enters it is marked present.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use entity::{attendance, enums::AttendanceSource, session};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter,
};
use uuid::Uuid;

use super::{agenda, attendance as attendance_rules, cohorts::CohortAccess, input};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
    i18n::Text,
    limits::AttemptLimiter,
};

/// Letters and digits that cannot be confused when read from a projector.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const CODE_LENGTH: usize = 6;
/// Wrong codes a person may enter before waiting.
const MAX_WRONG: usize = 5;
const WRONG_WINDOW: StdDuration = StdDuration::from_secs(10 * 60);

/// A code and until when it works.
pub struct CheckInCode {
    pub session_id: Uuid,
    pub code: String,
    pub expires_at: DateTime<Utc>,
}

/// Creates a new code for a session (the cohort's facilitators, admins); an earlier code of the
/// session stops working. Valid for `minutes` (default 15, at most 240).
pub async fn open(
    db: &impl ConnectionTrait,
    principal: &Principal,
    session_id: Uuid,
    minutes: Option<i32>,
) -> AppResult<CheckInCode> {
    let (session, level) = agenda::get(db, principal, session_id).await?;
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    let minutes = input::int_range(minutes.unwrap_or(15), "validMinutes", 1, 240)
        .map_err(|e| AppError::BadUserInput(vec![e]))?;
    let expires_at = Utc::now() + Duration::minutes(i64::from(minutes));
    let code = loop {
        let candidate = random_code();
        // Codes identify their session, so no two live codes may be equal.
        let taken = session::Entity::find()
            .filter(session::Column::CheckInCode.eq(candidate.clone()))
            .filter(session::Column::CheckInCodeExpiresAt.gt(Utc::now()))
            .one(db)
            .await?
            .is_some();
        if !taken {
            break candidate;
        }
    };
    let mut active = session.into_active_model();
    active.check_in_code = Set(Some(code.clone()));
    active.check_in_code_expires_at = Set(Some(expires_at));
    active.updated_at = Set(Utc::now());
    active.update(db).await?;
    Ok(CheckInCode {
        session_id,
        code,
        expires_at,
    })
}

/// The live code of a session, for its facilitators.
pub fn current(session: &session::Model, level: CohortAccess) -> Option<CheckInCode> {
    if level < CohortAccess::Facilitator {
        return None;
    }
    match (&session.check_in_code, session.check_in_code_expires_at) {
        (Some(code), Some(expires_at)) if expires_at > Utc::now() => Some(CheckInCode {
            session_id: session.id,
            code: code.clone(),
            expires_at,
        }),
        _ => None,
    }
}

/// Marks the caller present at the session whose live code they entered. Wrong codes are
/// counted: after five within ten minutes the person has to wait.
pub async fn check_in(
    db: &impl ConnectionTrait,
    limiter: &AttemptLimiter,
    principal: &Principal,
    code: &str,
) -> AppResult<attendance::Model> {
    let me = principal.person()?;
    let key = format!("check-in:{}", me.id);
    limiter.check(&key, MAX_WRONG, WRONG_WINDOW)?;
    let normalized: String = code
        .trim()
        .to_uppercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let wrong = || {
        AppError::invalid(
            "code",
            Text::new(
                "Dieser Code ist ungültig oder abgelaufen.",
                "This code is invalid or has expired.",
            ),
        )
    };
    let session = session::Entity::find()
        .filter(session::Column::CheckInCode.eq(normalized))
        .filter(session::Column::CheckInCodeExpiresAt.gt(Utc::now()))
        .one(db)
        .await?;
    let Some(session) = session else {
        limiter.fail(&key);
        return Err(wrong());
    };
    if attendance_rules::ensure_member(db, session.cohort_id, me.id)
        .await
        .is_err()
    {
        limiter.fail(&key);
        return Err(wrong());
    }
    limiter.clear(&key);
    attendance_rules::upsert(
        db,
        session.id,
        me.id,
        true,
        AttendanceSource::CheckInCode,
        Some(me.id),
    )
    .await
}

fn random_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LENGTH)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_unambiguous_alphabet() {
        for _ in 0..100 {
            let code = random_code();
            assert_eq!(code.len(), CODE_LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
            assert!(
                !code.contains('O')
                    && !code.contains('0')
                    && !code.contains('I')
                    && !code.contains('1')
            );
        }
    }
}
