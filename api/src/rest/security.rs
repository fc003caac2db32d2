//! Security headers on every response and CORS for configured origins only.

use actix_cors::Cors;
use actix_web::{
    http::{
        Method,
        header::{self, HeaderValue},
    },
    middleware::DefaultHeaders,
};

/// `nosniff`, no framing, no referrer; personal data is never cached (`no-store` on the APIs,
/// unless a handler says otherwise, as calendars do).
pub fn headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .add((header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .add((
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .add((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}

/// CORS: the page's own origin and the configured ones; an unknown `Origin` is never echoed.
pub fn cors(origins: &[String]) -> Cors {
    let allowed: Vec<String> = origins.to_vec();
    Cors::default()
        .allowed_origin_fn(move |origin, request| {
            let Ok(origin) = origin.to_str() else {
                return false;
            };
            if allowed.iter().any(|o| o == origin) {
                return true;
            }
            // Same origin: a web client served by this service.
            let host = request
                .headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("");
            origin
                .split_once("://")
                .is_some_and(|(_, rest)| rest == host)
        })
        .allowed_methods([Method::GET, Method::POST, Method::DELETE, Method::OPTIONS])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([
            header::HeaderName::from_static("ratelimit-limit"),
            header::HeaderName::from_static("ratelimit-remaining"),
            header::HeaderName::from_static("ratelimit-reset"),
            header::RETRY_AFTER,
        ])
        .max_age(3600)
}
