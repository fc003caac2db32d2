//! Password hashing with Argon2id, always on a blocking thread so the async workers stay free.

use argon2::{
    Argon2,
    password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash},
};

use crate::{
    error::{AppError, AppResult},
    i18n::Text,
};

/// The shortest password we accept.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Checks a new password's length; returns the field error otherwise.
pub fn validate_new(field: &str, password: &str) -> AppResult<()> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(AppError::invalid(
            field,
            Text::new(
                "Das Passwort muss mindestens 10 Zeichen lang sein.",
                "The password must be at least 10 characters long.",
            ),
        ));
    }
    if chars > 256 {
        return Err(AppError::invalid(
            field,
            Text::new(
                "Das Passwort darf höchstens 256 Zeichen lang sein.",
                "The password must be at most 256 characters long.",
            ),
        ));
    }
    Ok(())
}

/// Hashes a password into a PHC string.
pub async fn hash(password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    .map_err(AppError::Internal)
}

/// True when `password` matches `stored`. With no stored hash, a dummy hash is checked so that
/// unknown accounts take as long as known ones.
pub async fn verify(password: String, stored: Option<String>) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.to_owned());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && stored != DUMMY_HASH
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))
}

/// A valid Argon2id hash of a random string nobody knows.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2ApnmOwY1TD1w7WAb/lJxnqnm9Ew4zhJgy0Np9wwYQk";

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let hash = hash("richtig-lang-genug".to_owned()).await.expect("hash");
        assert!(
            verify("richtig-lang-genug".to_owned(), Some(hash.clone()))
                .await
                .expect("verify")
        );
        assert!(
            !verify("falsch-lang-genug".to_owned(), Some(hash))
                .await
                .expect("verify")
        );
        assert!(!verify("irgendwas".to_owned(), None).await.expect("verify"));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(validate_new("password", "kurz").is_err());
        assert!(validate_new("password", "lang-genug-1").is_ok());
    }
}
