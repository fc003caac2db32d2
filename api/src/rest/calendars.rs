//! Calendars for municipal systems, phones and Outlook (iCalendar, RFC 5545).

use actix_web::{HttpResponse, get, web};

use super::{caller::Caller, problem::RestResult, schemas::Problem as ProblemBody};
use crate::{
    domain::{calendar, ids::parse_id},
    state::AppState,
};

fn ics(body: String, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("inline; filename=\"{name}.ics\""),
        ))
        .insert_header(("Cache-Control", "private, max-age=300"))
        .body(body)
}

/// Training days, sessions and follow-ups of a cohort as iCalendar (`cohorts:read`, or members).
#[utoipa::path(get, path = "/api/v1/cohorts/{id}/calendar.ics", tag = "calendars", params(("id" = Uuid, Path, description = "The cohort")),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/cohorts/{id}/calendar.ics")]
pub async fn cohort(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<HttpResponse> {
    let cohort_id = parse_id(&id)?;
    let body = calendar::of_cohort(&state.db, &caller.0, cohort_id).await?;
    Ok(ics(body, "durchgang"))
}

/// A person's own calendar behind the secret link in `Person.calendarUrl` (no other credential).
#[utoipa::path(get, path = "/api/v1/calendar/{secret}.ics", tag = "calendars", params(("secret" = String, Path, description = "The secret of the link")),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = ProblemBody)))]
#[get("/api/v1/calendar/{secret}.ics")]
pub async fn personal(
    state: web::Data<AppState>,
    secret: web::Path<String>,
) -> RestResult<HttpResponse> {
    let body = calendar::personal(&state.db, &secret).await?;
    Ok(ics(body, "vielfaltsnetz"))
}
