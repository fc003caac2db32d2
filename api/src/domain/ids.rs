//! Identifiers: UUIDs (v7, time-ordered) everywhere; a malformed id is treated like an unknown one.

use uuid::Uuid;

use crate::error::{AppError, AppResult};

/// A new, time-ordered id.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// Parses an id from the API; anything that is not a UUID is `NOT_FOUND`.
pub fn parse_id(raw: &str) -> AppResult<Uuid> {
    Uuid::parse_str(raw.trim()).map_err(|_| AppError::NotFound)
}

/// Parses an id that names another record in an input; a malformed one is a field error.
pub fn parse_ref(field: &str, raw: &str) -> AppResult<Uuid> {
    Uuid::parse_str(raw.trim()).map_err(|_| {
        AppError::invalid(
            field,
            crate::i18n::Text::new("Unbekannte Kennung.", "Unknown identifier."),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_ids_are_not_found() {
        assert!(matches!(parse_id("nope"), Err(AppError::NotFound)));
        assert!(parse_id(&new_id().to_string()).is_ok());
    }
}
