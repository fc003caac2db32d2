//! Municipalities and people for municipal systems.

use actix_web::{get, web};
use entity::{municipality, organisation};
use sea_orm::EntityTrait;

use super::{
    caller::Caller,
    cohorts::Paging,
    problem::RestResult,
    schemas::{List, Municipality, Organisation, Person, Problem as ProblemBody},
};
use crate::{
    domain::{ids::parse_id, municipalities, people},
    state::AppState,
};

/// Municipalities taking part, with their AGS (`cohorts:read`).
#[utoipa::path(get, path = "/api/v1/municipalities", tag = "directory", params(Paging),
    responses((status = 200, body = List<Municipality>), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/municipalities")]
pub async fn list_municipalities(
    state: web::Data<AppState>,
    caller: Caller,
    paging: web::Query<Paging>,
) -> RestResult<web::Json<List<Municipality>>> {
    let found = municipalities::list(&state.db, &caller.0, None, paging.page()?).await?;
    Ok(web::Json(List::from_page(found, Municipality::from)))
}

/// A person of the token's municipality (`people:read`); anyone else is 404. Every read is audited.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "directory", params(("id" = Uuid, Path, description = "The person")),
    responses((status = 200, body = Person), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/people/{id}")]
pub async fn person(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<web::Json<Person>> {
    caller.0.require_scope(crate::auth::Scope::PeopleRead)?;
    let found = people::get(&state.db, &caller.0, parse_id(&id)?).await?;
    let roles = people::cohort_roles(&state.db, found.id).await?;
    let email_visible = people::email_visible(&state.db, &caller.0, &found, &roles).await?;
    let organisation = match found.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(Organisation::from),
        None => None,
    };
    let municipality = match found.municipality_id {
        Some(id) => municipality::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(Municipality::from),
        None => None,
    };
    Ok(web::Json(Person {
        id: found.id,
        display_name: found.display_name,
        email: if email_visible { found.email } else { None },
        organisation,
        municipality,
    }))
}
