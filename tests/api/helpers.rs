//! `TestApp`: the real service on a free port with its own database, and helpers to talk to it.

use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{Value, json};
use uuid::Uuid;
use vielfalt_api::{Application, settings::Settings};

/// The password every test account gets.
pub const PASSWORD: &str = "ein-sicheres-passwort";

/// A running service and a client for it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    /// Direct access to the service's database, for assertions about what is stored.
    pub db: DatabaseConnection,
    pub admin_token: String,
    _sqlite_dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestApp {
    /// Starts a service on a fresh database, with one admin signed in.
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    /// Starts a service with adjusted settings.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
        let (url, sqlite_dir, postgres) = match std::env::var("TEST_DATABASE_URL") {
            Ok(server) if !server.trim().is_empty() => {
                let (url, name) = fresh_postgres(&server).await;
                (url, None, Some((server, name)))
            }
            _ => {
                let dir = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}/test.db?mode=rwc", dir.path().display());
                (url, Some(dir), None)
            }
        };
        let mut settings = Settings::for_tests(url);
        adjust(&mut settings);
        let app = Application::build(settings)
            .await
            .expect("the service starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        let db = app.state().db.clone();
        vielfalt_api::domain::people::create_admin(&db, "admin@test.example", PASSWORD, "Admin")
            .await
            .expect("admin created");
        tokio::spawn(app.run());
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder().build().expect("client");
        let mut test_app = TestApp {
            address,
            client,
            db,
            admin_token: String::new(),
            _sqlite_dir: sqlite_dir,
            postgres,
        };
        test_app.admin_token = test_app.login("admin@test.example", PASSWORD).await;
        test_app
    }

    /// Posts a GraphQL request; returns the whole response body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        response.json().await.expect("JSON response")
    }

    /// Posts a GraphQL request that must succeed; returns `data`.
    pub async fn ok(&self, token: &str, query: &str, variables: Value) -> Value {
        let body = self.gql(Some(token), query, variables).await;
        assert!(body.get("errors").is_none(), "unexpected errors: {body}");
        body["data"].clone()
    }

    /// Signs in; returns the access token.
    pub async fn login(&self, email: &str, password: &str) -> String {
        let body = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                json!({ "e": email, "p": password }),
            )
            .await;
        body["data"]["login"]["accessToken"]
            .as_str()
            .unwrap_or_else(|| panic!("login failed: {body}"))
            .to_owned()
    }

    /// Creates a municipality; returns its id.
    pub async fn municipality(&self, name: &str) -> String {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let ags = format!("06{:06}", 400_000 + n);
        let data = self
            .ok(
                &self.admin_token,
                "mutation($i: CreateMunicipalityInput!) { createMunicipality(input: $i) { id } }",
                json!({ "i": { "name": name, "ags": ags } }),
            )
            .await;
        id(&data["createMunicipality"])
    }

    /// Invites a person and accepts the invitation; returns (id, access token).
    pub async fn person(
        &self,
        name: &str,
        role: &str,
        municipality: Option<&str>,
    ) -> (String, String) {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let email = format!("{}.{n}@test.example", name.to_lowercase().replace(' ', "."));
        self.person_with_email(name, &email, role, municipality)
            .await
    }

    /// Like `person`, with a given email.
    pub async fn person_with_email(
        &self,
        name: &str,
        email: &str,
        role: &str,
        municipality: Option<&str>,
    ) -> (String, String) {
        let data = self
            .ok(
                &self.admin_token,
                "mutation($i: InvitePersonInput!) { invitePerson(input: $i) }",
                json!({ "i": { "email": email, "displayName": name, "role": role, "municipalityId": municipality } }),
            )
            .await;
        let invitation = data["invitePerson"]
            .as_str()
            .expect("invitation token")
            .to_owned();
        let body = self
            .gql(
                None,
                "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken person { id } } }",
                json!({ "t": invitation, "p": PASSWORD }),
            )
            .await;
        let payload = &body["data"]["acceptInvitation"];
        (
            id(&payload["person"]),
            payload["accessToken"]
                .as_str()
                .unwrap_or_else(|| panic!("{body}"))
                .to_owned(),
        )
    }

    /// Creates a cohort; returns its id.
    pub async fn cohort(&self, title: &str) -> String {
        let data = self
            .ok(
                &self.admin_token,
                "mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }",
                json!({ "i": { "title": title, "startsOn": "2026-09-17", "endsOn": "2026-09-18" } }),
            )
            .await;
        id(&data["createCohort"])
    }

    /// Enrols a person (as admin); returns the enrolment id.
    pub async fn enroll(&self, cohort: &str, person: &str, role: &str) -> String {
        if role == "FACILITATOR" {
            self.ok(
                &self.admin_token,
                "mutation($c: ID!, $p: ID!) { assignFacilitator(cohortId: $c, personId: $p) { id } }",
                json!({ "c": cohort, "p": person }),
            )
            .await;
            return String::new();
        }
        let data = self
            .ok(
                &self.admin_token,
                "mutation($i: EnrollInput!) { enroll(input: $i) { id } }",
                json!({ "i": { "cohortId": cohort, "personId": person, "role": role } }),
            )
            .await;
        id(&data["enroll"])
    }

    /// Schedules a session (as admin); returns its id.
    pub async fn session(&self, cohort: &str, title: &str, day: &str) -> String {
        let data = self
            .ok(
                &self.admin_token,
                "mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }",
                json!({ "i": { "cohortId": cohort, "title": title, "day": day } }),
            )
            .await;
        id(&data["scheduleSession"])
    }

    /// The number of SQL statements the service has run so far (from `/metrics`).
    pub async fn statements(&self) -> u64 {
        let text = self
            .client
            .get(format!("{}/metrics", self.address))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("metrics body");
        text.lines()
            .find_map(|line| line.strip_prefix("vielfalt_sql_statements_total "))
            .and_then(|n| n.trim().parse().ok())
            .expect("statement counter")
    }

    /// Counts rows of a table directly in the database.
    pub async fn count_rows(&self, table: &str) -> i64 {
        let backend = self.db.get_database_backend();
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count query")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("count")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some((server, name)) = self.postgres.take() {
            // Drop the test database on a separate thread: Drop cannot await.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                if let Ok(runtime) = runtime {
                    runtime.block_on(async {
                        if let Ok(admin) = Database::connect(&server).await {
                            let _ = admin
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                                ))
                                .await;
                            let _ = admin.close().await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

/// Creates a fresh database on the PostgreSQL server; returns its URL and name.
async fn fresh_postgres(server: &str) -> (String, String) {
    let name = format!("vt_{}", Uuid::new_v4().simple());
    let admin = Database::connect(server)
        .await
        .expect("TEST_DATABASE_URL reachable");
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create test database");
    admin.close().await.ok();
    let base = server
        .rsplit_once('/')
        .map(|(base, _)| base)
        .unwrap_or(server);
    (format!("{base}/{name}"), name)
}

/// The `id` of an object in a response.
pub fn id(object: &Value) -> String {
    object["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no id in {object}"))
        .to_owned()
}

/// The `extensions.code` of the first error.
pub fn error_code(body: &Value) -> String {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error in {body}"))
        .to_owned()
}

/// The fields named in a BAD_USER_INPUT error.
pub fn error_fields(body: &Value) -> Vec<String> {
    body["errors"][0]["extensions"]["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .filter_map(|f| f["field"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
