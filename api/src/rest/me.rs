//! `/api/v1/me/…`: a signed-in person's own things.

use actix_web::{HttpResponse, get, web};
use uuid::Uuid;

use super::{caller::Caller, problem::RestResult, schemas::Problem as ProblemBody};
use crate::{
    domain::{ids::parse_id, influence, influence_map},
    error::AppError,
    i18n,
    state::AppState,
};

/// The caller's sphere of influence in a cohort as SVG, for printing and embedding (a person's JWT).
#[utoipa::path(get, path = "/api/v1/me/influence-maps/{cohort_id}.svg", tag = "me", params(("cohort_id" = Uuid, Path, description = "The cohort")),
    responses((status = 200, content_type = "image/svg+xml", body = String), (status = 401, body = ProblemBody), (status = 404, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/me/influence-maps/{cohort_id}.svg")]
pub async fn influence_map_svg(
    state: web::Data<AppState>,
    caller: Caller,
    cohort_id: web::Path<String>,
) -> RestResult<HttpResponse> {
    let me = caller.0.person().map_err(|_| AppError::Unauthenticated)?;
    let cohort_id: Uuid = parse_id(&cohort_id)?;
    let areas = influence::of_person(&state.db, &caller.0, me.id, cohort_id).await?;
    let name = people_name(&state, me.id).await?;
    let svg = influence_map::render(&name, &areas, i18n::current_locale());
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml; charset=utf-8")
        .insert_header(("Cache-Control", "private, no-store"))
        .insert_header((
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'",
        ))
        .body(svg))
}

/// The caller's DSGVO export: everything stored about them (a person's JWT), as `exportPersonData`.
#[utoipa::path(get, path = "/api/v1/me/export", tag = "me",
    responses((status = 200, content_type = "application/json", body = Object), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/me/export")]
pub async fn export(state: web::Data<AppState>, caller: Caller) -> RestResult<HttpResponse> {
    let me = caller.0.person()?;
    let document = crate::domain::privacy::export(&state.db, &caller.0, me.id).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"vielfaltsnetz-export.json\"",
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(document))
}

async fn people_name(state: &AppState, id: Uuid) -> RestResult<String> {
    use sea_orm::EntityTrait;
    Ok(entity::person::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .map(|p| p.display_name)
        .unwrap_or_default())
}
