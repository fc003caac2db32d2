//! Reports for funders.

use actix_web::{HttpResponse, get, web};

use super::{
    caller::Caller,
    problem::RestResult,
    schemas::{Problem as ProblemBody, Report},
};
use crate::{
    domain::{ids::parse_id, reports},
    state::AppState,
};

/// The cohort report (`reports:read`); a token bound to a municipality counts its people only.
#[utoipa::path(get, path = "/api/v1/reports/cohorts/{id}", tag = "reports", params(("id" = Uuid, Path, description = "The cohort")),
    responses((status = 200, body = Report), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/reports/cohorts/{id}")]
pub async fn cohort(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<web::Json<Report>> {
    Ok(web::Json(
        reports::of_cohort(&state.db, &caller.0, parse_id(&id)?)
            .await?
            .into(),
    ))
}

/// The cohort report as CSV (`;`-separated, UTF-8 with BOM, header row), admins only.
#[utoipa::path(get, path = "/api/v1/reports/cohorts/{id}.csv", tag = "reports", params(("id" = Uuid, Path, description = "The cohort")),
    responses((status = 200, content_type = "text/csv", body = String), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/reports/cohorts/{id}.csv")]
pub async fn cohort_csv(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<HttpResponse> {
    let body = reports::csv(&state.db, &caller.0, parse_id(&id)?).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"bericht.csv\"",
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(body))
}
