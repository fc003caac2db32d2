//! GraphQL over HTTP: `POST /graphql` with JSON, `GET /graphql` for queries only, GraphiQL in
//! development. Batches are refused, bodies capped, mutations never run over GET.

use actix_web::{
    HttpMessage, HttpRequest, HttpResponse,
    http::header::{self, ContentType},
    web,
};
use async_graphql::{
    BatchRequest, Request, Response, ServerError,
    dataloader::DataLoader,
    parser::{parse_query, types::OperationType},
};
use serde::Deserialize;

use super::{loaders::Loaders, schema::AppSchema};
use crate::{
    auth::{Principal, extract},
    i18n::{self, Text},
    state::AppState,
    telemetry,
};

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

/// The `Host` the request came to, for absolute links when no public URL is configured.
pub struct RequestHost(pub String);

/// The client's address (for sign-in throttling).
pub struct ClientAddress(pub String);

/// The client's address: the peer, or the forwarded one behind a trusted proxy.
pub fn client_address(request: &HttpRequest, trust_forwarded: bool) -> Option<String> {
    if trust_forwarded {
        return request
            .connection_info()
            .realip_remote_addr()
            .map(|a| a.rsplit_once(':').map(|(ip, _)| ip).unwrap_or(a).to_owned());
    }
    request.peer_addr().map(|a| a.ip().to_string())
}

/// `POST /graphql`: a single GraphQL request as JSON.
pub async fn post(
    request: HttpRequest,
    body: web::Bytes,
    schema: web::Data<AppSchema>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let media = content_type(&request);
    if media != "application/json" && media != GRAPHQL_RESPONSE {
        return request_error(
            &request,
            415,
            Text::new(
                "Anfragen an /graphql müssen als application/json gesendet werden.",
                "Requests to /graphql must be sent as application/json.",
            ),
            "UNSUPPORTED_MEDIA_TYPE",
        );
    }
    let parsed: Result<BatchRequest, _> = serde_json::from_slice(&body);
    let graphql_request = match parsed {
        Ok(BatchRequest::Single(single)) => single,
        Ok(BatchRequest::Batch(_)) => {
            return request_error(
                &request,
                400,
                Text::new(
                    "Mehrere Anfragen in einem Aufruf (Batches) werden nicht unterstützt.",
                    "Batched requests are not supported.",
                ),
                "BAD_REQUEST",
            );
        }
        Err(_) => {
            return request_error(
                &request,
                400,
                Text::new(
                    "Der Anfragetext ist kein gültiges JSON.",
                    "The request body is not valid JSON.",
                ),
                "BAD_REQUEST",
            );
        }
    };
    execute(&request, &schema, &state, graphql_request).await
}

/// Parameters of a GraphQL GET request.
#[derive(Deserialize)]
pub struct GetParams {
    query: Option<String>,
    #[serde(rename = "operationName")]
    operation_name: Option<String>,
    variables: Option<String>,
    extensions: Option<String>,
}

/// `GET /graphql?query=…`: queries only; a mutation is refused with 405.
pub async fn get(
    request: HttpRequest,
    params: web::Query<GetParams>,
    schema: web::Data<AppSchema>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let params = params.into_inner();
    let Some(query) = params.query else {
        if !state.settings.is_production() {
            return HttpResponse::Found()
                .insert_header((header::LOCATION, "/graphiql"))
                .finish();
        }
        return request_error(
            &request,
            400,
            Text::new("Parameter query fehlt.", "Missing parameter query."),
            "BAD_REQUEST",
        );
    };
    if is_mutation(&query, params.operation_name.as_deref()) {
        return HttpResponse::MethodNotAllowed()
            .insert_header((header::ALLOW, "POST"))
            .json(error_body(
                Text::new(
                    "Mutationen sind nur per POST erlaubt.",
                    "Mutations are only allowed over POST.",
                ),
                "METHOD_NOT_ALLOWED",
                &request,
            ));
    }
    let mut graphql_request = Request::new(query);
    if let Some(name) = params.operation_name {
        graphql_request = graphql_request.operation_name(name);
    }
    if let Some(variables) = params.variables {
        match serde_json::from_str(&variables) {
            Ok(value) => {
                graphql_request =
                    graphql_request.variables(async_graphql::Variables::from_json(value))
            }
            Err(_) => {
                return request_error(
                    &request,
                    400,
                    Text::new(
                        "variables ist kein gültiges JSON.",
                        "variables is not valid JSON.",
                    ),
                    "BAD_REQUEST",
                );
            }
        }
    }
    if let Some(extensions) = params.extensions
        && serde_json::from_str::<serde_json::Value>(&extensions).is_err()
    {
        return request_error(
            &request,
            400,
            Text::new(
                "extensions ist kein gültiges JSON.",
                "extensions is not valid JSON.",
            ),
            "BAD_REQUEST",
        );
    }
    execute(&request, &schema, &state, graphql_request).await
}

fn is_mutation(query: &str, operation_name: Option<&str>) -> bool {
    let Ok(document) = parse_query(query) else {
        return false;
    };
    document.operations.iter().any(|(name, operation)| {
        let selected = match (operation_name, name) {
            (None, _) => true,
            (Some(wanted), Some(name)) => wanted == name.as_str(),
            (Some(_), None) => false,
        };
        selected && operation.node.ty != OperationType::Query
    })
}

async fn execute(
    request: &HttpRequest,
    schema: &AppSchema,
    state: &AppState,
    mut graphql_request: Request,
) -> HttpResponse {
    if let Err(refused) = super::document_cache::prepare(&mut graphql_request) {
        return respond(request, Response::from_errors(vec![refused]));
    }
    let credential = extract::bearer(
        request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok()),
    );
    let request_id = request
        .extensions()
        .get::<tracing_actix_web::RequestId>()
        .map(|id| id.to_string())
        .unwrap_or_default();
    let accept_language = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let fallback_locale = i18n::locale_from_accept_language(accept_language);
    let work = async {
        let principal = match extract::principal(state, credential).await {
            Ok(principal) => principal,
            Err(error) => return Err(error),
        };
        let locale = match &principal {
            Principal::Person(person) if accept_language.is_none() => person.locale,
            _ => fallback_locale,
        };
        let loaders = DataLoader::new(
            Loaders {
                db: state.db.clone(),
            },
            tokio::spawn,
        );
        let host = RequestHost(request.connection_info().host().to_owned());
        let mut graphql_request = graphql_request.data(principal).data(loaders).data(host);
        if let Some(address) = client_address(request, state.settings.trust_forwarded) {
            graphql_request = graphql_request.data(ClientAddress(address));
        }
        // Wait for a turn: a bounded number of operations run at once, so memory stays bounded
        // under load while the cores stay busy. The semaphore is never closed.
        let _turn = state.graphql_turns.acquire().await.ok();
        Ok(i18n::with_locale(locale, schema.execute(graphql_request)).await)
    };
    let result =
        telemetry::with_request_id(request_id, i18n::with_locale(fallback_locale, work)).await;
    match result {
        Ok(response) => respond(request, response),
        Err(error) => {
            let status = error.status();
            let text = error.text();
            error.log_if_internal();
            request_error(request, status, text, error.code())
        }
    }
}

fn wants_graphql_response(request: &HttpRequest) -> bool {
    request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains(GRAPHQL_RESPONSE))
}

fn respond(request: &HttpRequest, mut response: Response) -> HttpResponse {
    for error in &mut response.errors {
        classify(error);
    }
    // A request error (the document did not parse or validate, variables did not fit) never
    // started execution: it has no data and no error has a path.
    let request_error = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    if wants_graphql_response(request) {
        let mut builder = if request_error {
            HttpResponse::BadRequest()
        } else {
            HttpResponse::Ok()
        };
        builder
            .insert_header((header::CONTENT_TYPE, GRAPHQL_RESPONSE))
            .insert_header((header::CACHE_CONTROL, "no-store"));
        return if request_error {
            builder.json(serde_json::json!({ "errors": response.errors }))
        } else {
            builder.json(response)
        };
    }
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(response)
}

/// Gives errors raised by async-graphql itself (parsing, validation, input coercion) a code, as
/// resolver errors have: input that does not fit a type is `BAD_USER_INPUT`, everything else
/// about the document `GRAPHQL_VALIDATION_FAILED`.
fn classify(error: &mut ServerError) {
    if error
        .extensions
        .as_ref()
        .is_some_and(|e| e.get("code").is_some())
    {
        return;
    }
    let message = error.message.as_str();
    let is_input = message.starts_with("Invalid value for argument")
        || message.starts_with("Failed to parse")
        || message.starts_with("Variable")
        || message.contains("expected type");
    let mut extensions = error.extensions.take().unwrap_or_default();
    if is_input {
        extensions.set("code", "BAD_USER_INPUT");
        let field = message
            .split('"')
            .nth(1)
            .map(|name| name.rsplit('.').next().unwrap_or(name).to_owned())
            .unwrap_or_default();
        let entry = async_graphql::Value::from_json(
            serde_json::json!([{ "field": field, "message": message }]),
        )
        .unwrap_or(async_graphql::Value::Null);
        extensions.set("fields", entry);
    } else {
        extensions.set("code", "GRAPHQL_VALIDATION_FAILED");
    }
    error.extensions = Some(extensions);
}

fn content_type(request: &HttpRequest) -> String {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn error_body(text: Text, code: &str, request: &HttpRequest) -> serde_json::Value {
    let locale = i18n::locale_from_accept_language(
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let mut error = ServerError::new(text.get(locale), None);
    let mut extensions = async_graphql::ErrorExtensionValues::default();
    extensions.set("code", code);
    error.extensions = Some(extensions);
    serde_json::json!({ "errors": [error] })
}

/// A request-level error in GraphQL shape with an HTTP status.
fn request_error(request: &HttpRequest, status: u16, text: Text, code: &str) -> HttpResponse {
    let status = actix_web::http::StatusCode::from_u16(status)
        .unwrap_or(actix_web::http::StatusCode::BAD_REQUEST);
    let media = if wants_graphql_response(request) {
        GRAPHQL_RESPONSE
    } else {
        "application/json"
    };
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, media))
        .json(error_body(text, code, request))
}

/// Turns an oversized or unreadable body into a GraphQL-shaped error.
pub fn payload_error(
    error: actix_web::error::PayloadError,
    request: &HttpRequest,
) -> actix_web::Error {
    let (status, text) = match error {
        actix_web::error::PayloadError::Overflow => (
            413,
            Text::new("Die Anfrage ist zu groß.", "The request is too large."),
        ),
        _ => (
            400,
            Text::new(
                "Die Anfrage konnte nicht gelesen werden.",
                "The request could not be read.",
            ),
        ),
    };
    let response = request_error(
        request,
        status,
        text,
        if status == 413 {
            "PAYLOAD_TOO_LARGE"
        } else {
            "BAD_REQUEST"
        },
    );
    actix_web::error::InternalError::from_response("payload", response).into()
}

/// `GET /graphiql`: the vendored GraphiQL (development only).
pub async fn graphiql(state: web::Data<AppState>) -> HttpResponse {
    if state.settings.is_production() {
        return HttpResponse::NotFound().finish();
    }
    HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(include_str!("../../assets/graphiql/index.html"))
}

/// The GraphiQL assets, stored gzip-compressed.
pub async fn graphiql_asset(path: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    if state.settings.is_production() {
        return HttpResponse::NotFound().finish();
    }
    let (bytes, media): (&'static [u8], &str) = match path.as_str() {
        "graphiql.min.js" => (
            include_bytes!("../../assets/graphiql/graphiql.min.js.gz"),
            "text/javascript",
        ),
        "graphiql.min.css" => (
            include_bytes!("../../assets/graphiql/graphiql.min.css.gz"),
            "text/css",
        ),
        "react.production.min.js" => (
            include_bytes!("../../assets/graphiql/react.production.min.js.gz"),
            "text/javascript",
        ),
        "react-dom.production.min.js" => (
            include_bytes!("../../assets/graphiql/react-dom.production.min.js.gz"),
            "text/javascript",
        ),
        _ => return HttpResponse::NotFound().finish(),
    };
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, media))
        .insert_header((header::CONTENT_ENCODING, "gzip"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(bytes)
}
