//! Per-caller rate limits on `/api/v1`: a fixed window of one minute, announced in
//! `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; past it 429 with `Retry-After`.
//! Counted per process (each replica counts on its own).

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use actix_web::{
    Error, HttpResponse,
    body::{BoxBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    http::header::{AUTHORIZATION, HeaderName, HeaderValue},
};

use crate::{auth::secrets, error::AppError, rest::problem::Problem};

const WINDOW: Duration = Duration::from_secs(60);

/// Request counts per caller and window.
#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

/// The outcome for one request.
pub struct Decision {
    pub limit: u32,
    pub remaining: u32,
    pub reset_secs: u64,
    pub allowed: bool,
}

impl RateLimiter {
    /// Counts a request of `caller` against `limit` per minute.
    pub fn hit(&self, caller: &str, limit: u32) -> Decision {
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > 50_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = windows.entry(caller.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        let reset_secs = WINDOW
            .saturating_sub(now.duration_since(entry.0))
            .as_secs()
            .max(1);
        Decision {
            limit,
            remaining: limit.saturating_sub(entry.1),
            reset_secs,
            allowed: entry.1 <= limit,
        }
    }
}

/// Who is counted: the credential (hashed) or the client address.
pub fn caller_key(request: &ServiceRequest, trust_forwarded: bool) -> String {
    match request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        Some(credential) => format!("credential:{}", &secrets::sha256_hex(credential)[..24]),
        None => {
            let address = if trust_forwarded {
                request
                    .connection_info()
                    .realip_remote_addr()
                    .map(str::to_owned)
            } else {
                request.peer_addr().map(|a| a.ip().to_string())
            };
            format!("address:{}", address.unwrap_or_default())
        }
    }
}

fn set(headers: &mut actix_web::http::header::HeaderMap, name: &'static str, value: String) {
    if let Ok(value) = HeaderValue::from_str(&value) {
        headers.insert(HeaderName::from_static(name), value);
    }
}

/// Adds the headers to a response, or answers 429.
pub fn apply<B: MessageBody + 'static>(
    decision: &Decision,
    response: Result<ServiceResponse<B>, Error>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let mut response = response?.map_into_boxed_body();
    let headers = response.headers_mut();
    set(headers, "ratelimit-limit", decision.limit.to_string());
    set(
        headers,
        "ratelimit-remaining",
        decision.remaining.to_string(),
    );
    set(headers, "ratelimit-reset", decision.reset_secs.to_string());
    Ok(response)
}

/// The 429 answer.
pub fn refuse(request: ServiceRequest, decision: &Decision) -> ServiceResponse<BoxBody> {
    let problem = Problem(AppError::RateLimited {
        retry_after_secs: decision.reset_secs,
    });
    let mut response: HttpResponse = actix_web::ResponseError::error_response(&problem);
    let headers = response.headers_mut();
    set(headers, "ratelimit-limit", decision.limit.to_string());
    set(headers, "ratelimit-remaining", "0".to_owned());
    set(headers, "ratelimit-reset", decision.reset_secs.to_string());
    request.into_response(response)
}
