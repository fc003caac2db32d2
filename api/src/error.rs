//! The one error type of the service. It maps to GraphQL `extensions.code` and to RFC 9457
//! problem+json on REST. Internal causes are logged once, with the request id, and never shown.

use std::fmt;

use sea_orm::{DbErr, SqlErr};

use crate::i18n::Text;

/// The result of every domain function.
pub type AppResult<T> = Result<T, AppError>;

/// One invalid input field: which, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: Text,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: Text) -> Self {
        Self {
            field: field.into(),
            message,
        }
    }
}

/// Everything that can go wrong, as the caller should see it.
///
/// Deliberately without `Display`: the conversion into a GraphQL error is written by hand
/// (`graphql::errors`), so no message can leak into a response by accident.
pub enum AppError {
    /// No or no valid credentials.
    Unauthenticated,
    /// Email and password do not match an account (code `UNAUTHENTICATED`; unknown email and
    /// wrong password are indistinguishable).
    SignInFailed,
    /// Signed in, but not allowed.
    Forbidden,
    /// Missing, or not visible to the caller; the two are indistinguishable on purpose.
    NotFound,
    /// Invalid input, one entry per field.
    BadUserInput(Vec<FieldError>),
    /// The request contradicts the current state (a duplicate, a closed round, …).
    Conflict(Text),
    /// Too many attempts; try again after the given seconds.
    RateLimited { retry_after_secs: u64 },
    /// The database cannot be reached right now; try again shortly.
    Unavailable,
    /// A request with the same idempotency key is still being processed; try again shortly.
    InProgress,
    /// A fault of the service. The cause is logged, never returned.
    Internal(anyhow::Error),
}

impl AppError {
    /// The stable code clients switch on (`extensions.code`).
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthenticated | AppError::SignInFailed => "UNAUTHENTICATED",
            AppError::Forbidden => "FORBIDDEN",
            AppError::NotFound => "NOT_FOUND",
            AppError::BadUserInput(_) => "BAD_USER_INPUT",
            AppError::Conflict(_) => "CONFLICT",
            AppError::RateLimited { .. } => "RATE_LIMITED",
            AppError::Unavailable => "UNAVAILABLE",
            AppError::InProgress => "IN_PROGRESS",
            AppError::Internal(_) => "INTERNAL",
        }
    }

    /// The HTTP status of the error on REST.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated | AppError::SignInFailed => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::BadUserInput(_) => 422,
            AppError::Conflict(_) => 409,
            AppError::RateLimited { .. } => 429,
            AppError::Unavailable => 503,
            AppError::InProgress => 409,
            AppError::Internal(_) => 500,
        }
    }

    /// A human-readable summary in both languages.
    pub fn text(&self) -> Text {
        match self {
            AppError::Unauthenticated => Text::new("Bitte melden Sie sich an.", "Please sign in."),
            AppError::SignInFailed => Text::new(
                "E-Mail-Adresse oder Passwort stimmen nicht.",
                "The email address or the password is wrong.",
            ),
            AppError::Forbidden => Text::new(
                "Dafür fehlt Ihnen die Berechtigung.",
                "You are not allowed to do this.",
            ),
            AppError::NotFound => Text::new("Nicht gefunden.", "Not found."),
            AppError::BadUserInput(fields) if fields.len() == 1 => fields[0].message.clone(),
            AppError::BadUserInput(_) => Text::new(
                "Einige Angaben sind ungültig.",
                "Some of the input is invalid.",
            ),
            AppError::Conflict(text) => text.clone(),
            AppError::RateLimited { .. } => Text::new(
                "Zu viele Versuche. Bitte warten Sie einen Moment.",
                "Too many attempts. Please wait a moment.",
            ),
            AppError::Unavailable => Text::new(
                "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
                "The database cannot be reached right now. Please try again in a moment.",
            ),
            AppError::InProgress => Text::new(
                "Diese Anfrage wird gerade bearbeitet. Bitte versuchen Sie es gleich noch einmal.",
                "This request is being processed. Please try again in a moment.",
            ),
            AppError::Internal(_) => Text::new(
                "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
                "An internal error occurred. Please try again later.",
            ),
        }
    }

    /// One invalid field.
    pub fn invalid(field: impl Into<String>, message: Text) -> Self {
        AppError::BadUserInput(vec![FieldError::new(field, message)])
    }

    /// A conflict with a message known at compile time.
    pub fn conflict(de: &'static str, en: &'static str) -> Self {
        AppError::Conflict(Text::new(de, en))
    }

    /// Logs the cause of an internal error; called where the error leaves the service.
    pub fn log_if_internal(&self) {
        if let AppError::Internal(cause) = self {
            // `Display` of the chain, not `Debug`: database errors' Debug may carry row values.
            tracing::error!(error = %format!("{cause:#}"), "internal error");
        }
    }
}

impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Internal(cause) => write!(f, "Internal({cause:#})"),
            AppError::BadUserInput(fields) => {
                let names: Vec<&str> = fields.iter().map(|field| field.field.as_str()).collect();
                write!(f, "BadUserInput({names:?})")
            }
            other => f.write_str(other.code()),
        }
    }
}

/// Whether a database error means the database is gone (down, restarting, unreachable).
fn is_outage(error: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx::Error as Sqlx};
    match error {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            matches!(
                &**e,
                Sqlx::Io(_)
                    | Sqlx::PoolTimedOut
                    | Sqlx::PoolClosed
                    | Sqlx::WorkerCrashed
                    | Sqlx::Tls(_)
            ) || matches!(&**e, Sqlx::Database(db) if db.code().is_some_and(|c| c.starts_with("57P") || c.starts_with("08")))
        }
        _ => false,
    }
}

impl From<DbErr> for AppError {
    fn from(error: DbErr) -> Self {
        if is_outage(&error) {
            tracing::warn!(error = %error, "database unreachable");
            return AppError::Unavailable;
        }
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => AppError::conflict(
                "Ein solcher Eintrag existiert bereits.",
                "Such an entry already exists.",
            ),
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => AppError::conflict(
                "Ein verknüpfter Eintrag fehlt oder wird noch verwendet.",
                "A linked entry is missing or still in use.",
            ),
            _ => AppError::Internal(error.into()),
        }
    }
}

impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        AppError::Internal(error)
    }
}

impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(error: sea_orm::TransactionError<AppError>) -> Self {
        match error {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}
