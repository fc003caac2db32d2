//! Cohorts, their agenda and enrolments, and nominations by municipal systems.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use entity::{enums::CohortStatus, organisation, person};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{
    caller::Caller,
    idempotent,
    problem::{Problem, RestResult},
    schemas::{
        CohortDetail, CohortSummary, Day, Enrollment, List, Municipality, NominationRequest,
        Problem as ProblemBody, Session,
    },
};
use crate::{
    domain::{
        agenda,
        cohorts::{self, CohortAccess, CohortFilter},
        enrollments,
        ids::parse_id,
        municipalities,
        nominations::{self, Nomination},
        page::PageRequest,
        reports::field,
    },
    error::AppError,
    i18n::Text,
    state::AppState,
};

/// `limit` (default 50, at most 200) and `cursor`.
#[derive(Deserialize, IntoParams)]
pub struct Paging {
    /// Entries per page (default 50, at most 200).
    pub limit: Option<i32>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl Paging {
    pub fn page(&self) -> Result<PageRequest, AppError> {
        PageRequest::parse_with(self.limit, self.cursor.as_deref(), 50, 200, "limit")
    }
}

/// Filters of the cohort list.
#[derive(Deserialize, IntoParams)]
pub struct CohortQuery {
    /// PLANNED, RUNNING, COMPLETED or ARCHIVED.
    pub status: Option<String>,
    /// The AGS of a municipality taking part.
    pub municipality: Option<String>,
    /// Entries per page (default 50, at most 200).
    pub limit: Option<i32>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

fn status(raw: &str) -> Result<CohortStatus, AppError> {
    match raw.trim().to_uppercase().as_str() {
        "PLANNED" => Ok(CohortStatus::Planned),
        "RUNNING" => Ok(CohortStatus::Running),
        "COMPLETED" => Ok(CohortStatus::Completed),
        "ARCHIVED" => Ok(CohortStatus::Archived),
        _ => Err(AppError::invalid(
            "status",
            Text::new("Unbekannter Status.", "Unknown status."),
        )),
    }
}

/// Cohorts, newest start first (`cohorts:read`).
#[utoipa::path(get, path = "/api/v1/cohorts", tag = "cohorts", params(CohortQuery),
    responses((status = 200, body = List<CohortSummary>), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/cohorts")]
pub async fn list_cohorts(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<CohortQuery>,
) -> RestResult<web::Json<List<CohortSummary>>> {
    let page = PageRequest::parse_with(query.limit, query.cursor.as_deref(), 50, 200, "limit")?;
    let municipality_id = match query.municipality.as_deref() {
        Some(ags) => Some(
            municipalities::find_by_ags(&state.db, ags.trim())
                .await?
                .ok_or_else(|| {
                    AppError::invalid(
                        "municipality",
                        Text::new("Unbekannte Kommune (AGS).", "Unknown municipality (AGS)."),
                    )
                })?
                .id,
        ),
        None => None,
    };
    let filter = CohortFilter {
        status: query.status.as_deref().map(status).transpose()?,
        municipality_id,
    };
    let found = cohorts::list(&state.db, &caller.0, filter, page).await?;
    Ok(web::Json(List::from_page(found, |c| {
        CohortSummary::from(&c)
    })))
}

/// One cohort with its municipalities, training days and sessions (`cohorts:read`).
#[utoipa::path(get, path = "/api/v1/cohorts/{id}", tag = "cohorts", params(("id" = Uuid, Path, description = "The cohort")),
    responses((status = 200, body = CohortDetail), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/cohorts/{id}")]
pub async fn detail(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<web::Json<CohortDetail>> {
    let (cohort, level) = cohorts::get(&state.db, &caller.0, parse_id(&id)?).await?;
    if level < CohortAccess::Agenda {
        return Err(AppError::NotFound.into());
    }
    let towns = crate::domain::webhooks::cohort_municipalities(&state.db, cohort.id).await?;
    let municipalities = entity::municipality::Entity::find()
        .filter(entity::municipality::Column::Id.is_in(towns))
        .all(&state.db)
        .await?
        .into_iter()
        .map(Municipality::from)
        .collect();
    let mut days: Vec<Day> = Vec::new();
    for session in agenda::ordered(&state.db, cohort.id, None).await? {
        match days.last_mut() {
            Some(day) if day.day == session.day => day.sessions.push(Session::from(session)),
            _ => days.push(Day {
                day: session.day,
                sessions: vec![Session::from(session)],
            }),
        }
    }
    Ok(web::Json(CohortDetail {
        cohort: CohortSummary::from(&cohort),
        description: cohort.description,
        municipalities,
        days,
    }))
}

async fn enrollment_page(
    state: &AppState,
    caller: &Caller,
    cohort_id: Uuid,
    page: PageRequest,
) -> RestResult<(List<Enrollment>, usize)> {
    let found = enrollments::list_for_cohort(
        &state.db,
        &caller.0,
        cohort_id,
        enrollments::EnrollmentFilter::default(),
        page,
    )
    .await?;
    let person_ids: Vec<Uuid> = found.items.iter().map(|e| e.person_id).collect();
    let people: HashMap<Uuid, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(person_ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let org_ids: Vec<Uuid> = people.values().filter_map(|p| p.organisation_id).collect();
    let orgs: HashMap<Uuid, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let count = found.items.len();
    let list = List::from_page(found, |e| {
        let person = people.get(&e.person_id);
        let org = person
            .and_then(|p| p.organisation_id)
            .and_then(|o| orgs.get(&o));
        Enrollment::new(e, person, org)
    });
    Ok((list, count))
}

/// Enrolments of a cohort; a token bound to a municipality sees its people only (`enrollments:read`).
#[utoipa::path(get, path = "/api/v1/cohorts/{id}/enrollments", tag = "enrollments", params(("id" = Uuid, Path, description = "The cohort"), Paging),
    responses((status = 200, body = List<Enrollment>), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/cohorts/{id}/enrollments")]
pub async fn list_enrollments(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
    paging: web::Query<Paging>,
) -> RestResult<web::Json<List<Enrollment>>> {
    let cohort_id = parse_id(&id)?;
    cohorts::get(&state.db, &caller.0, cohort_id).await?;
    let (list, _) = enrollment_page(&state, &caller, cohort_id, paging.page()?).await?;
    Ok(web::Json(list))
}

/// The same enrolments as CSV for spreadsheets: UTF-8 with BOM, `;`-separated, a header row.
#[utoipa::path(get, path = "/api/v1/cohorts/{id}/enrollments.csv", tag = "enrollments", params(("id" = Uuid, Path, description = "The cohort")),
    responses((status = 200, content_type = "text/csv", body = String), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/cohorts/{id}/enrollments.csv")]
pub async fn enrollments_csv(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<HttpResponse> {
    let cohort_id = parse_id(&id)?;
    let (cohort, _) = cohorts::get(&state.db, &caller.0, cohort_id).await?;
    let mut csv = String::from(
        "\u{feff}enrollment_id;person_id;display_name;email;organisation;role;status;multiplier;created_at\r\n",
    );
    let mut page = PageRequest {
        offset: 0,
        limit: 200,
    };
    loop {
        let (list, count) = enrollment_page(&state, &caller, cohort_id, page).await?;
        for e in &list.items {
            let row = [
                e.id.to_string(),
                e.person.id.to_string(),
                e.person.display_name.clone(),
                e.person.email.clone().unwrap_or_default(),
                e.person.organisation.clone().unwrap_or_default(),
                e.role.clone(),
                e.status.clone(),
                if e.multiplier {
                    "ja".into()
                } else {
                    "nein".into()
                },
                e.created_at.to_rfc3339(),
            ];
            csv.push_str(&row.iter().map(|v| field(v)).collect::<Vec<_>>().join(";"));
            csv.push_str("\r\n");
        }
        if list.next_cursor.is_none() || count == 0 {
            break;
        }
        page.offset += count as u64;
    }
    let file = format!(
        "einschreibungen-{}.csv",
        cohort
            .title
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    );
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{file}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(csv))
}

/// Nominates a staff member: creates the person if new and an INVITED enrolment (`enrollments:write`).
/// 201 for a new nomination, 200 when it existed already. Send `Idempotency-Key` to retry safely.
#[utoipa::path(post, path = "/api/v1/cohorts/{id}/nominations", tag = "enrollments", params(("id" = Uuid, Path, description = "The cohort"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe for 24 hours")),
    request_body = NominationRequest,
    responses((status = 201, body = Enrollment), (status = 200, body = Enrollment), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody),
        (status = 404, body = ProblemBody), (status = 409, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[post("/api/v1/cohorts/{id}/nominations")]
pub async fn nominate(
    request: HttpRequest,
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
    body: web::Bytes,
) -> RestResult<HttpResponse> {
    let cohort_id = parse_id(&id)?;
    idempotent::run(&request, &state, &caller, &body, || async {
        let given: NominationRequest = serde_json::from_slice(&body).map_err(|e| {
            Problem(AppError::invalid(
                "body",
                Text::owned(
                    format!("Ungültiges JSON: {e}"),
                    format!("Invalid JSON: {e}"),
                ),
            ))
        })?;
        let nomination = Nomination {
            email: given.email,
            display_name: given.display_name,
            organisation: given.organisation,
            multiplier: given.multiplier,
            municipality_ags: given.municipality,
        };
        let (enrollment, created) =
            nominations::nominate(&state, &caller.0, cohort_id, nomination).await?;
        let person = person::Entity::find_by_id(enrollment.person_id)
            .one(&state.db)
            .await?;
        let org = match person.as_ref().and_then(|p| p.organisation_id) {
            Some(id) => organisation::Entity::find_by_id(id).one(&state.db).await?,
            None => None,
        };
        let body = Enrollment::new(enrollment, person.as_ref(), org.as_ref());
        Ok((
            if created { 201 } else { 200 },
            serde_json::to_string(&body).unwrap_or_default(),
        ))
    })
    .await
}

/// Withdraws a nomination of the caller's municipality (`enrollments:write`).
#[utoipa::path(delete, path = "/api/v1/enrollments/{id}", tag = "enrollments", params(("id" = Uuid, Path, description = "The enrolment"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe for 24 hours")),
    responses((status = 200, body = Enrollment), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[delete("/api/v1/enrollments/{id}")]
pub async fn withdraw(
    request: HttpRequest,
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> RestResult<HttpResponse> {
    let enrollment_id = parse_id(&id)?;
    idempotent::run(&request, &state, &caller, &[], || async {
        let updated = nominations::withdraw(&state.db, &caller.0, enrollment_id).await?;
        let person = person::Entity::find_by_id(updated.person_id)
            .one(&state.db)
            .await?;
        let body = Enrollment::new(updated, person.as_ref(), None);
        Ok((200, serde_json::to_string(&body).unwrap_or_default()))
    })
    .await
}
