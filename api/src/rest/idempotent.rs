//! Runs a REST write once per `Idempotency-Key`.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode};

use super::{
    caller::Caller,
    problem::{Problem, RestResult},
};
use crate::{
    domain::idempotency::{self, Claim},
    state::AppState,
};

/// Runs `work` (returning status and JSON body); with an `Idempotency-Key` the first result is
/// stored and replayed for the same request, and a different request with the key is refused.
pub async fn run<F, Fut>(
    request: &HttpRequest,
    state: &AppState,
    caller: &Caller,
    body: &[u8],
    work: F,
) -> RestResult<HttpResponse>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<(u16, String), Problem>>,
{
    let key = request
        .headers()
        .get("Idempotency-Key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim);
    let Some(key) = key else {
        let (status, json) = work().await?;
        return Ok(respond(status, json, false));
    };
    let mut fingerprint = format!("{} {}\n", request.method(), request.path()).into_bytes();
    fingerprint.extend_from_slice(body);
    match idempotency::claim(&state.db, &caller.0.actor(), key, &fingerprint).await? {
        Claim::Replay { status, body } => Ok(respond(status, body, true)),
        Claim::Fresh(claimed) => match work().await {
            Ok((status, json)) => {
                idempotency::finish(&state.db, claimed, status, &json).await?;
                Ok(respond(status, json, false))
            }
            Err(problem) => {
                idempotency::release(&state.db, claimed).await?;
                Err(problem)
            }
        },
    }
}

fn respond(status: u16, json: String, replayed: bool) -> HttpResponse {
    let mut response = HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::OK));
    response.content_type("application/json");
    if replayed {
        response.insert_header(("Idempotent-Replayed", "true"));
    }
    response.body(json)
}
