//! The caller of a REST request, resolved once from `Authorization`.

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, http::header, web};
use futures_util::future::LocalBoxFuture;

use super::problem::Problem;
use crate::{
    auth::{Principal, extract},
    error::AppError,
    state::AppState,
};

/// The resolved `Principal` of a REST request.
pub struct Caller(pub Principal);

impl FromRequest for Caller {
    type Error = Problem;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = request.app_data::<web::Data<AppState>>().cloned();
        let credential = extract::bearer(
            request
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok()),
        )
        .map(str::to_owned);
        let cached = request
            .extensions()
            .get::<CachedCaller>()
            .map(|c| c.0.clone());
        let request = request.clone();
        Box::pin(async move {
            if let Some(principal) = cached {
                return Ok(Caller(principal));
            }
            let state = state
                .ok_or_else(|| Problem(AppError::Internal(anyhow::anyhow!("state missing"))))?;
            let principal = extract::principal(&state, credential.as_deref()).await?;
            request
                .extensions_mut()
                .insert(CachedCaller(principal.clone()));
            Ok(Caller(principal))
        })
    }
}

#[derive(Clone)]
struct CachedCaller(Principal);
