use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, error_code};

const LOGIN: &str =
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";

#[tokio::test]
async fn too_many_aliases_or_directives_are_refused_before_running() {
    let app = TestApp::spawn().await;
    let aliases = |n: usize| {
        format!(
            "{{ {} }}",
            (0..n)
                .map(|i| format!("a{i}: me {{ id }}"))
                .collect::<Vec<_>>()
                .join(" ")
        )
    };
    assert!(
        app.gql(Some(&app.admin_token), &aliases(30), json!({}))
            .await
            .get("errors")
            .is_none()
    );
    let body = app
        .gql(Some(&app.admin_token), &aliases(31), json!({}))
        .await;
    assert_eq!(error_code(&body), "GRAPHQL_VALIDATION_FAILED");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("aliases")
    );
    let directives = format!("{{ me {} {{ id }} }}", "@include(if: true) ".repeat(17));
    let body = app
        .gql(Some(&app.admin_token), &directives, json!({}))
        .await;
    assert!(body["errors"].is_array(), "{body}");
}

#[tokio::test]
async fn sign_in_failures_are_throttled_per_account_even_when_aliased() {
    let app = TestApp::spawn().await;
    // Six aliased attempts in one request: the sixth is refused without checking the password.
    let aliased = (0..6).map(|i| format!("a{i}: login(email: \"admin@test.example\", password: \"falsch-{i}-falsch\") {{ accessToken }}")).collect::<Vec<_>>().join(" ");
    let body = app
        .gql(None, &format!("mutation {{ {aliased} }}"), json!({}))
        .await;
    let codes: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["extensions"]["code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "UNAUTHENTICATED").count(),
        5,
        "{body}"
    );
    assert!(codes.contains(&"RATE_LIMITED"), "{body}");
    // Even the right password waits now.
    let right = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "admin@test.example", "p": PASSWORD }),
        )
        .await;
    assert_eq!(error_code(&right), "RATE_LIMITED");
    assert!(
        right["errors"][0]["extensions"]["retryAfter"]
            .as_u64()
            .expect("retryAfter")
            > 0
    );
    // Another account is not affected by this account's failures (below the address limit).
    let (_, _) = app
        .person_with_email("Olga Andere", "olga@test.example", "PARTICIPANT", None)
        .await;
    let other = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "olga@test.example", "p": PASSWORD }),
        )
        .await;
    assert!(other["data"]["login"]["accessToken"].is_string(), "{other}");
}

#[tokio::test]
async fn sign_in_failures_are_throttled_per_address() {
    let app = TestApp::spawn().await;
    for i in 0..20 {
        let body = app
            .gql(
                None,
                LOGIN,
                json!({ "e": format!("niemand{i}@test.example"), "p": "falsch-falsch" }),
            )
            .await;
        assert_eq!(error_code(&body), "UNAUTHENTICATED");
    }
    let blocked = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "admin@test.example", "p": PASSWORD }),
        )
        .await;
    assert_eq!(error_code(&blocked), "RATE_LIMITED");
}

#[tokio::test]
async fn graphql_has_rate_limits_with_headers_too() {
    let app = TestApp::spawn_with(|s| s.graphql_rate_limit = 3).await;
    let send = || {
        app.client
            .post(format!("{}/graphql", app.address))
            .bearer_auth(&app.admin_token)
            .json(&json!({ "query": "{ me { id } }" }))
            .send()
    };
    for remaining in ["2", "1", "0"] {
        let response = send().await.expect("sent");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["ratelimit-remaining"], remaining);
    }
    let limited = send().await.expect("sent");
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn responses_carry_security_headers_and_personal_data_is_not_cached() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .bearer_auth(&app.admin_token)
        .json(&json!({ "query": "{ me { email } }" }))
        .send()
        .await
        .expect("sent");
    let headers = response.headers();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["cache-control"], "no-store");
    let rest = app
        .client
        .get(format!("{}/api/v1/cohorts", app.address))
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .expect("sent");
    assert_eq!(rest.headers()["cache-control"], "no-store");
}

#[tokio::test]
async fn cors_answers_configured_origins_and_never_echoes_others() {
    let app =
        TestApp::spawn_with(|s| s.cors_origins = vec!["https://intranet.hanau.example".to_owned()])
            .await;
    let ask = |origin: &str| {
        app.client
            .post(format!("{}/graphql", app.address))
            .header("Origin", origin)
            .json(&json!({ "query": "{ me { id } }" }))
            .send()
    };
    let allowed = ask("https://intranet.hanau.example").await.expect("sent");
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://intranet.hanau.example"
    );
    let foreign = ask("https://evil.example").await.expect("sent");
    assert!(
        foreign
            .headers()
            .get("access-control-allow-origin")
            .is_none_or(|v| v != "https://evil.example")
    );
    assert!(
        foreign
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    let preflight = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/v1/cohorts", app.address),
        )
        .header("Origin", "https://intranet.hanau.example")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization")
        .send()
        .await
        .expect("sent");
    assert!(preflight.status().is_success());
    assert_eq!(
        preflight.headers()["access-control-allow-origin"],
        "https://intranet.hanau.example"
    );
}

#[tokio::test]
async fn graphql_response_json_answers_request_errors_with_400_and_no_data() {
    let app = TestApp::spawn().await;
    let ask = |query: &str| {
        app.client
            .post(format!("{}/graphql", app.address))
            .header("Accept", "application/graphql-response+json")
            .json(&json!({ "query": query }))
            .send()
    };
    let broken = ask("{ me { id ").await.expect("sent");
    assert_eq!(broken.status(), 400);
    assert_eq!(
        broken.headers()["content-type"],
        "application/graphql-response+json"
    );
    let body: Value = broken.json().await.expect("json");
    assert!(body.get("data").is_none() && body["errors"].is_array());
    let invalid = ask("{ unknownField }").await.expect("sent");
    assert_eq!(invalid.status(), 400);
    let fine = ask("{ me { id } }").await.expect("sent");
    assert_eq!(fine.status(), 200);
    // With application/json, request errors stay 200 (as the spec says for that media type).
    let legacy = app.gql(None, "{ unknownField }", json!({})).await;
    assert!(legacy["errors"].is_array());
}

#[tokio::test]
async fn operations_beyond_the_concurrency_bound_wait_their_turn_and_all_are_answered() {
    let app = TestApp::spawn_with(|s| s.graphql_concurrency = 1).await;
    let cohort = app.cohort("Durchgang Nord").await;
    let asks = (0..12).map(|_| {
        app.gql(
            Some(&app.admin_token),
            "query($c: ID!) { cohort(id: $c) { title } }",
            json!({ "c": cohort }),
        )
    });
    for answer in futures_util::future::join_all(asks).await {
        assert_eq!(
            answer["data"]["cohort"]["title"], "Durchgang Nord",
            "{answer}"
        );
    }
}
