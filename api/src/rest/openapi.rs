//! The OpenAPI 3.1 description of REST v1, generated from the handlers.

use actix_web::{HttpResponse, get};
use utoipa::{
    Modify, OpenApi,
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use super::{calendars, cohorts, community, directory, me, reports, schemas};

/// REST v1 for partner municipalities' systems.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Vielfaltsnetz REST v1",
        description = "For municipal IT: cohorts and dates, nominations and enrolments of the municipality's own staff, calendars, reports, network posts. Authenticate with `Authorization: Bearer vn_…` (an API token) or a person's access token. Errors are RFC 9457 problem+json. Lists take `limit` (default 50, at most 200) and `cursor`. Writes accept `Idempotency-Key`. Every response carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; past the limit: 429 with `Retry-After`.",
        version = "1.0.0"
    ),
    paths(
        directory::list_municipalities,
        cohorts::list_cohorts,
        cohorts::detail,
        calendars::cohort,
        calendars::personal,
        cohorts::list_enrollments,
        cohorts::enrollments_csv,
        cohorts::nominate,
        cohorts::withdraw,
        directory::person,
        reports::cohort,
        reports::cohort_csv,
        community::list_posts,
        me::influence_map_svg,
        me::export,
    ),
    components(schemas(schemas::Problem, schemas::FieldProblem)),
    modifiers(&BearerAuth),
    tags(
        (name = "directory", description = "Municipalities and people"),
        (name = "cohorts", description = "Cohorts and their agenda"),
        (name = "enrollments", description = "Enrolments and nominations of the municipality's staff"),
        (name = "calendars", description = "iCalendar feeds"),
        (name = "reports", description = "Reports for funders"),
        (name = "community", description = "Network posts"),
        (name = "me", description = "A person's own data"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .bearer_format("vn_… API token or JWT")
                        .build(),
                ),
            );
        }
    }
}

/// The document as pretty JSON (also written to `docs/openapi.json`).
pub fn document() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

/// The OpenAPI 3.1 description of REST v1.
#[get("/api/v1/openapi.json")]
pub async fn serve() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(document())
}
