use serde_json::json;

use crate::helpers::{TestApp, error_code};

#[tokio::test]
async fn batched_requests_are_refused() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!([{ "query": "{ me { id } }" }, { "query": "{ me { id } }" }]))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(error_code(&body), "BAD_REQUEST");
}

#[tokio::test]
async fn a_mutation_never_runs_over_get() {
    let app = TestApp::spawn().await;
    let before = app.count_rows("municipality").await;
    let response = app
        .client
        .get(format!("{}/graphql", app.address))
        .query(&[(
            "query",
            "mutation { createMunicipality(input: { name: \"X\", ags: \"12345678\" }) { id } }",
        )])
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 405);
    assert_eq!(app.count_rows("municipality").await, before);
    let query = app
        .client
        .get(format!("{}/graphql", app.address))
        .query(&[("query", "{ me { email } }")])
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .expect("sent");
    assert_eq!(query.status(), 200);
    let body: serde_json::Value = query.json().await.expect("json");
    assert_eq!(body["data"]["me"]["email"], "admin@test.example");
}

#[tokio::test]
async fn only_json_bodies_are_accepted() {
    let app = TestApp::spawn().await;
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        let response = app
            .client
            .post(format!("{}/graphql", app.address))
            .header("content-type", content_type)
            .body(r#"{"query":"{ me { id } }"}"#)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 415, "{content_type}");
    }
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let app = TestApp::spawn().await;
    let padding = "a".repeat(300 * 1024);
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": "{ me { id } }", "variables": { "padding": padding } }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn deeply_nested_queries_are_refused_before_they_run() {
    let app = TestApp::spawn().await;
    let mut inner = String::from("id");
    for _ in 0..6 {
        inner = format!("facilitators {{ enrollments {{ cohort {{ {inner} }} }} }}");
    }
    let query = format!("{{ cohorts {{ edges {{ node {{ {inner} }} }} }} }}");
    let before = app.statements().await;
    let body = app.gql(Some(&app.admin_token), &query, json!({})).await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("nested too deep"),
        "{body}"
    );
    assert_eq!(error_code(&body), "GRAPHQL_VALIDATION_FAILED");
    assert!(
        app.statements().await - before <= 2,
        "the query must not run"
    );
}

#[tokio::test]
async fn production_hides_introspection_suggestions_and_graphiql() {
    let app =
        TestApp::spawn_with(|s| s.environment = vielfalt_api::settings::Environment::Production)
            .await;
    let body = app
        .gql(
            Some(&app.admin_token),
            "{ __schema { types { name } } }",
            json!({}),
        )
        .await;
    assert!(body["data"]["__schema"].is_null(), "{body}");
    let typo = app
        .gql(
            Some(&app.admin_token),
            "{ cohortz { totalCount } }",
            json!({}),
        )
        .await;
    assert!(!typo.to_string().contains("Did you mean"), "{typo}");
    let graphiql = app
        .client
        .get(format!("{}/graphiql", app.address))
        .send()
        .await
        .expect("sent");
    assert_eq!(graphiql.status(), 404);
}

#[tokio::test]
async fn graphiql_is_served_from_vendored_assets_in_development() {
    let app = TestApp::spawn().await;
    let page = app
        .client
        .get(format!("{}/graphiql", app.address))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("html");
    assert!(page.contains("/graphiql/graphiql.min.js"));
    assert!(!page.contains("https://"), "no asset from the internet");
    let script = app
        .client
        .get(format!("{}/graphiql/graphiql.min.js", app.address))
        .send()
        .await
        .expect("sent");
    assert_eq!(script.status(), 200);
    assert!(script.bytes().await.expect("body").len() > 100_000);
}

#[tokio::test]
async fn a_value_outside_an_enumeration_is_bad_user_input() {
    let app = TestApp::spawn().await;
    let body = app
        .gql(
            Some(&app.admin_token),
            "mutation($i: ModuleInput!) { createModule(input: $i) { id } }",
            json!({ "i": { "title": "X", "kind": "LECTURE" } }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
    assert_eq!(app.count_rows("module").await, 0);
}
