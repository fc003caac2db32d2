use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, id},
    tokens::token,
};

#[tokio::test]
async fn a_nomination_with_an_idempotency_key_happens_once() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let cohort = id(&app.ok(&app.admin_token, "mutation($m: [ID!]) { createCohort(input: { title: \"D\", municipalityIds: $m }) { id } }", json!({ "m": [hanau] })).await["createCohort"]);
    let (_, secret) = token(
        &app,
        &["ENROLLMENTS_WRITE", "ENROLLMENTS_READ"],
        Some(&hanau),
    )
    .await;
    let url = format!("{}/api/v1/cohorts/{cohort}/nominations", app.address);
    let body = json!({ "email": "Neu@Hanau.example", "display_name": "Nina Neu", "organisation": "Stadtverwaltung Hanau", "multiplier": true });
    let send = |key: &'static str, body: Value| {
        let request = app
            .client
            .post(&url)
            .bearer_auth(&secret)
            .header("Idempotency-Key", key)
            .json(&body);
        async move {
            let response = request.send().await.expect("sent");
            let status = response.status().as_u16();
            let replayed = response.headers().get("idempotent-replayed").is_some();
            (
                status,
                replayed,
                response.json::<Value>().await.expect("json"),
            )
        }
    };
    let (first_status, first_replayed, first) = send("nominierung-1", body.clone()).await;
    assert_eq!((first_status, first_replayed), (201, false), "{first}");
    assert_eq!(first["status"], "INVITED");
    assert_eq!(first["person"]["email"], "neu@hanau.example");
    assert_eq!(first["person"]["organisation"], "Stadtverwaltung Hanau");
    let (again_status, again_replayed, again) = send("nominierung-1", body.clone()).await;
    assert_eq!((again_status, again_replayed), (201, true));
    assert_eq!(again, first);
    assert_eq!(app.count_rows("enrollment").await, 1);
    assert_eq!(app.count_rows("person").await, 2);
    let invitations = app
        .ok(
            &app.admin_token,
            "{ outbox { edges { node { kind toAddress } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        invitations["outbox"]["edges"],
        json!([{ "node": { "kind": "INVITATION", "toAddress": "neu@hanau.example" } }])
    );

    let (other_status, _, problem) = send(
        "nominierung-1",
        json!({ "email": "anders@hanau.example", "display_name": "Anders" }),
    )
    .await;
    assert_eq!(other_status, 422);
    assert_eq!(problem["errors"][0]["field"], "Idempotency-Key");

    // Without a key, the same nomination again changes nothing and says so (200).
    let plain = app
        .client
        .post(&url)
        .bearer_auth(&secret)
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(plain.status(), 200);
    assert_eq!(app.count_rows("enrollment").await, 1);

    // Invalid input is a problem with every field, and nothing is stored.
    let invalid = app
        .client
        .post(&url)
        .bearer_auth(&secret)
        .json(&json!({ "email": "kaputt", "display_name": " " }))
        .send()
        .await
        .expect("sent");
    assert_eq!(invalid.status(), 422);
    assert_eq!(
        invalid.headers()["content-type"],
        "application/problem+json"
    );
    let problem: Value = invalid.json().await.expect("json");
    let mut fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    fields.sort();
    assert_eq!(fields, vec!["display_name", "email"]);
    assert_eq!(app.count_rows("person").await, 2);
}

#[tokio::test]
async fn rest_rate_limits_are_announced_and_enforced() {
    let app = TestApp::spawn_with(|s| s.rest_rate_limit = 3).await;
    let (_, secret) = token(&app, &["COHORTS_READ"], None).await;
    for expected_remaining in ["2", "1", "0"] {
        let response = app
            .client
            .get(format!("{}/api/v1/cohorts", app.address))
            .bearer_auth(&secret)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["ratelimit-limit"], "3");
        assert_eq!(
            response.headers()["ratelimit-remaining"],
            expected_remaining
        );
        assert!(response.headers().contains_key("ratelimit-reset"));
    }
    let limited = app
        .client
        .get(format!("{}/api/v1/cohorts", app.address))
        .bearer_auth(&secret)
        .send()
        .await
        .expect("sent");
    assert_eq!(limited.status(), 429);
    assert!(
        limited.headers()["retry-after"]
            .to_str()
            .expect("header")
            .parse::<u64>()
            .expect("seconds")
            > 0
    );
    let problem: Value = limited.json().await.expect("json");
    assert_eq!(problem["code"], "RATE_LIMITED");
    // Another caller has its own budget.
    let (_, other) = token(&app, &["COHORTS_READ"], None).await;
    assert_eq!(
        app.client
            .get(format!("{}/api/v1/cohorts", app.address))
            .bearer_auth(&other)
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );
}

#[tokio::test]
async fn the_openapi_document_is_served_documented_and_current() {
    let app = TestApp::spawn().await;
    let served: Value = app
        .client
        .get(format!("{}/api/v1/openapi.json", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(served["openapi"], "3.1.0");
    for path in [
        "/api/v1/cohorts",
        "/api/v1/cohorts/{id}/nominations",
        "/api/v1/people/{id}",
        "/api/v1/community/posts",
        "/api/v1/cohorts/{id}/calendar.ics",
    ] {
        assert!(served["paths"][path].is_object(), "{path} missing");
    }
    for (path, operation) in served["paths"].as_object().expect("paths") {
        for (method, spec) in operation.as_object().expect("operations") {
            assert!(
                spec["description"].is_string() || spec["summary"].is_string(),
                "{method} {path} undocumented"
            );
            let responses = spec["responses"].as_object().expect("responses");
            assert!(
                responses.keys().any(|code| code.starts_with('4')),
                "{method} {path} documents no error response"
            );
        }
    }
    let documented: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.json"))
            .expect("docs/openapi.json"),
    )
    .expect("json");
    assert_eq!(
        served, documented,
        "docs/openapi.json is stale: run `cargo run -- openapi > docs/openapi.json`"
    );
    let docs = app
        .client
        .get(format!("{}/api/docs/", app.address))
        .send()
        .await
        .expect("sent");
    assert_eq!(docs.status(), 200);
    let page = docs.text().await.expect("html");
    assert!(page.contains("swagger-ui"), "{page}");
    assert!(!page.contains("https://"), "no asset from the internet");
}
