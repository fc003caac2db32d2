//! Building and running the HTTP server.

use std::{net::TcpListener, sync::Arc};

use actix_web::{
    App, HttpMessage, HttpServer,
    body::BoxBody,
    dev::{Server, Service, ServiceResponse},
    http::header,
    middleware, web,
};
use anyhow::Context;
use futures_util::future::LocalBoxFuture;
use tracing_actix_web::TracingLogger;

use crate::{
    auth::jwt::JwtKeys,
    db::{self, StatementCounter},
    domain::demo,
    events::EventBus,
    graphql, i18n,
    rest::{self, health, rate_limit, security},
    settings::Settings,
    state::AppState,
    telemetry::{self, RequestSpan},
};

/// The longest a request may take before it is answered with an error.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// A bound, migrated, ready-to-run service.
pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
}

impl Application {
    /// Connects and migrates the database, seeds demo data when asked to, and binds the port
    /// (port 0 picks a free one).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let state = prepare(settings).await?;
        if state.settings.demo && demo::is_empty(&state.db).await.map_err(error_to_anyhow)? {
            let login = demo::seed(&state.db, state.settings.pseudonym_key.expose())
                .await
                .map_err(error_to_anyhow)?;
            print_demo_login(&login);
        }
        let listener = TcpListener::bind(&state.settings.bind)
            .with_context(|| format!("cannot listen on {}", state.settings.bind))?;
        let port = listener.local_addr()?.port();
        let server = serve(listener, state.clone())?;
        crate::jobs::start(state.clone(), state.settings.job_interval);
        Ok(Self {
            port,
            server,
            state,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The shared state (tests reach the database through it).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until stopped (SIGINT/SIGTERM finish in-flight requests first).
    pub async fn run(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Connects, migrates and assembles the shared state.
pub async fn prepare(settings: Settings) -> anyhow::Result<AppState> {
    // One TLS backend for outgoing HTTPS (webhooks): rustls on ring.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let statements = Arc::new(StatementCounter::default());
    let db = db::connect(&settings.database_url, statements.clone()).await?;
    db::migrate(&db).await?;
    let jwt = JwtKeys::new(settings.jwt_secret.expose(), settings.access_token_seconds);
    let events = EventBus::start(&db, &settings.database_url).await?;
    let graphql_turns = Arc::new(tokio::sync::Semaphore::new(settings.graphql_concurrency));
    Ok(AppState {
        db,
        settings: Arc::new(settings),
        jwt,
        statements,
        events,
        attempts: Arc::default(),
        rate_limits: Arc::default(),
        graphql_turns,
    })
}

fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<Server> {
    let schema = graphql::build(Some(state.clone()));
    let live_schema = graphql::build_live(state.clone());
    let max_body = state.settings.max_body_bytes;
    let workers = state.settings.workers;
    let limits = state.rate_limits.clone();
    let graphql_per_minute = state.settings.graphql_rate_limit;
    let trust_forwarded = state.settings.trust_forwarded;
    let cors_origins = state.settings.cors_origins.clone();
    let web_dir = state.settings.web_dir.clone();
    let per_minute = state.settings.rest_rate_limit;
    let state_data = web::Data::new(state);
    let schema_data = web::Data::new(schema);
    let live_schema_data = web::Data::new(live_schema);
    let mut server = HttpServer::new(move || {
        let limits = limits.clone();
        App::new()
            .wrap_fn(move |request, service| {
                // Rate limits per caller: REST v1 and GraphQL each have their budget.
                let path = request.path();
                let budget = if path.starts_with("/api/v1/") {
                    Some(("rest", per_minute))
                } else if path == "/graphql" {
                    Some(("graphql", graphql_per_minute))
                } else {
                    None
                };
                let decision = budget.map(|(surface, limit)| {
                    limits.hit(
                        &format!(
                            "{surface}:{}",
                            rate_limit::caller_key(&request, trust_forwarded)
                        ),
                        limit,
                    )
                });
                let future: LocalBoxFuture<
                    'static,
                    Result<ServiceResponse<BoxBody>, actix_web::Error>,
                > = match decision {
                    Some(decision) if !decision.allowed => {
                        let refused = rate_limit::refuse(request, &decision);
                        Box::pin(async move { Ok(refused) })
                    }
                    Some(decision) => {
                        let response = service.call(request);
                        Box::pin(async move { rate_limit::apply(&decision, response.await) })
                    }
                    None => {
                        let response = service.call(request);
                        Box::pin(
                            async move { response.await.map(ServiceResponse::map_into_boxed_body) },
                        )
                    }
                };
                future
            })
            .wrap_fn(|request, service| {
                // Every request speaks its caller's language and knows its id.
                let locale = i18n::locale_from_accept_language(
                    request
                        .headers()
                        .get(header::ACCEPT_LANGUAGE)
                        .and_then(|v| v.to_str().ok()),
                );
                let request_id = request
                    .extensions()
                    .get::<tracing_actix_web::RequestId>()
                    .map(|id| id.to_string())
                    .unwrap_or_default();
                let response = service.call(request);
                i18n::with_locale(locale, telemetry::with_request_id(request_id, response))
            })
            .wrap_fn(|request, service| {
                // No request may hold a worker longer than this (subscriptions run elsewhere).
                let response = service.call(request);
                async move {
                    match tokio::time::timeout(REQUEST_TIMEOUT, response).await {
                        Ok(result) => result,
                        Err(_) => Err(rest::problem::Problem(crate::error::AppError::Internal(
                            anyhow::anyhow!("request timed out"),
                        ))
                        .into()),
                    }
                }
            })
            .wrap(security::headers())
            .wrap(security::cors(&cors_origins))
            .wrap(middleware::Compress::default())
            .wrap(TracingLogger::<RequestSpan>::new())
            .app_data(state_data.clone())
            .app_data(schema_data.clone())
            .app_data(live_schema_data.clone())
            .app_data(web::PayloadConfig::new(max_body).limit(max_body))
            .route("/healthz", web::get().to(health::healthz))
            .route("/readyz", web::get().to(health::readyz))
            .route("/metrics", web::get().to(health::metrics))
            .service(
                web::resource("/graphql")
                    .app_data(web::PayloadConfig::new(max_body))
                    .route(web::post().to(graphql::http::post))
                    .route(web::get().to(graphql::http::get)),
            )
            .route("/graphql/ws", web::get().to(graphql::ws::subscribe))
            .service(rest::openapi::serve)
            .service(
                utoipa_swagger_ui::SwaggerUi::new("/api/docs/{_:.*}")
                    .config(utoipa_swagger_ui::Config::new(["/api/v1/openapi.json"])),
            )
            .service(rest::directory::list_municipalities)
            .service(rest::directory::person)
            .service(rest::cohorts::list_cohorts)
            .service(rest::cohorts::enrollments_csv)
            .service(rest::cohorts::list_enrollments)
            .service(rest::cohorts::nominate)
            .service(rest::cohorts::withdraw)
            .service(rest::calendars::cohort)
            .service(rest::cohorts::detail)
            .service(rest::calendars::personal)
            .service(rest::reports::cohort_csv)
            .service(rest::reports::cohort)
            .service(rest::community::list_posts)
            .service(rest::me::influence_map_svg)
            .service(rest::me::export)
            .route("/graphiql", web::get().to(graphql::http::graphiql))
            .route(
                "/graphiql/{asset}",
                web::get().to(graphql::http::graphiql_asset),
            )
            .configure(|config| web_client(config, web_dir.as_deref()))
    })
    .shutdown_timeout(20)
    .listen(listener)?;
    if let Some(workers) = workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}

/// Serves a built web client at `/`; paths that are no file get `index.html` (client routing).
fn web_client(config: &mut web::ServiceConfig, dir: Option<&std::path::Path>) {
    let Some(dir) = dir else { return };
    let index = dir.join("index.html");
    let assets = dir.join("assets");
    if assets.is_dir() {
        // Built assets carry a hash in their name: they never change.
        config.service(
            web::scope("/assets")
                .wrap(
                    actix_web::middleware::DefaultHeaders::new()
                        .add((header::CACHE_CONTROL, "public, max-age=31536000, immutable")),
                )
                .service(actix_files::Files::new("", assets)),
        );
    }
    // The client needs only its own origin, inline style attributes, data: images and the socket.
    let policy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    config.service(
        web::scope("")
            .wrap(
                actix_web::middleware::DefaultHeaders::new()
                    .add((header::CONTENT_SECURITY_POLICY, policy)),
            )
            .service(
                actix_files::Files::new("/", dir)
                    .index_file("index.html")
                    .prefer_utf8(true)
                    .default_handler(web::to(move |request: actix_web::HttpRequest| {
                        let index = index.clone();
                        async move {
                            let file = actix_files::NamedFile::open_async(index).await?;
                            Ok::<_, actix_web::Error>(file.into_response(&request))
                        }
                    })),
            ),
    );
}

fn error_to_anyhow(error: crate::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{error:?}")
}

fn print_demo_login(login: &demo::DemoLogin) {
    // Printed once, on the console only, never into the log.
    println!();
    println!("  Vielfaltsnetz – Demodaten angelegt / demo data created");
    println!("  Admin:           {}", login.admin_email);
    println!("  Passwort:        {}", login.password);
    println!(
        "  (Moderation: {}, Teilnehmende: {} – gleiches Passwort / same password)",
        login.facilitator_email, login.participant_email
    );
    println!();
}
