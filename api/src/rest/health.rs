//! Probes and metrics for operators.

use actix_web::{HttpResponse, web};

use crate::{db, state::AppState};

/// `GET /healthz`: the process is up.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers; 503 otherwise.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    if db::ping(&state.db).await {
        HttpResponse::Ok().json(serde_json::json!({ "status": "ready" }))
    } else {
        HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "database unreachable" }))
    }
}

/// `GET /metrics`: Prometheus text format.
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    let body = format!(
        "# HELP vielfalt_sql_statements_total SQL statements run since start.\n\
         # TYPE vielfalt_sql_statements_total counter\n\
         vielfalt_sql_statements_total {}\n",
        state.statements.get()
    );
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(body)
}
