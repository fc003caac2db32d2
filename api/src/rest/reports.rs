//! Reports for funders.

use actix_web::{HttpResponse, get, web};

use super::{caller::Caller, problem::RestResult};
use crate::{
    domain::{ids::parse_id, reports},
    state::AppState,
};

/// The cohort report as CSV (`;`-separated, UTF-8 with BOM, header row), admins only.
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
