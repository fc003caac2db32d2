//! RFC 9457 problem details: how every REST error looks.

use std::fmt;

use actix_web::{HttpResponse, ResponseError, http::StatusCode};
use serde_json::json;

use crate::{error::AppError, i18n::current_locale};

/// An `AppError` on its way out of a REST handler.
pub struct Problem(pub AppError);

impl From<AppError> for Problem {
    fn from(error: AppError) -> Self {
        Problem(error)
    }
}

impl From<sea_orm::DbErr> for Problem {
    fn from(error: sea_orm::DbErr) -> Self {
        Problem(error.into())
    }
}

impl fmt::Debug for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.code())
    }
}

/// The result of REST handlers.
pub type RestResult<T> = Result<T, Problem>;

impl ResponseError for Problem {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.0.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        self.0.log_if_internal();
        let locale = current_locale();
        let status = self.status_code();
        let mut body = json!({
            "type": format!("https://vielfaltsnetz.example/problems/{}", self.0.code().to_lowercase().replace('_', "-")),
            "title": status.canonical_reason().unwrap_or("Error"),
            "status": status.as_u16(),
            "detail": self.0.text().get(locale),
            "code": self.0.code(),
        });
        if let AppError::BadUserInput(fields) = &self.0 {
            body["errors"] = fields
                .iter()
                .map(|f| json!({ "field": f.field, "message": f.message.get(locale) }))
                .collect();
        }
        let mut response = HttpResponse::build(status);
        response.content_type("application/problem+json");
        response.insert_header(("Cache-Control", "no-store"));
        if let AppError::RateLimited { retry_after_secs } = &self.0 {
            response.insert_header(("Retry-After", retry_after_secs.to_string()));
        }
        if matches!(self.0, AppError::Unavailable) {
            response.insert_header(("Retry-After", "5"));
        }
        if matches!(self.0, AppError::Unauthenticated) {
            response.insert_header(("WWW-Authenticate", "Bearer"));
        }
        response.json(body)
    }
}
