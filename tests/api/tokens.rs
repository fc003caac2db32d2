use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, error_fields};

const CREATE: &str = "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id prefix scopes lastUsedAt expiresAt municipality { name } } } }";

/// Issues a token; returns (id, secret).
pub async fn token(app: &TestApp, scopes: &[&str], municipality: Option<&str>) -> (String, String) {
    let data = app.ok(&app.admin_token, CREATE, json!({ "i": { "name": "HR-System", "scopes": scopes, "municipalityId": municipality } })).await;
    let created = &data["createApiToken"];
    (
        created["token"]["id"].as_str().expect("id").to_owned(),
        created["secret"].as_str().expect("secret").to_owned(),
    )
}

pub async fn rest(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .expect("sent");
    let status = response.status().as_u16();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body)
}

#[tokio::test]
async fn admins_issue_tokens_that_are_stored_only_as_a_hash() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let data = app.ok(&app.admin_token, CREATE, json!({ "i": { "name": "HR", "scopes": ["COHORTS_READ", "PEOPLE_READ"], "municipalityId": hanau } })).await;
    let secret = data["createApiToken"]["secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    let prefix = data["createApiToken"]["token"]["prefix"]
        .as_str()
        .expect("prefix")
        .to_owned();
    assert!(secret.starts_with(&format!("vn_{prefix}_")), "{secret}");
    assert!(secret.len() >= 3 + 8 + 1 + 32);
    assert_eq!(
        data["createApiToken"]["token"]["municipality"]["name"],
        "Hanau"
    );
    let stored = entity::api_token::Entity::find()
        .all(&app.db)
        .await
        .expect("rows");
    assert_eq!(stored.len(), 1);
    assert!(
        !format!("{:?}", stored[0]).contains(&secret[12..]),
        "the secret is not stored"
    );

    let (status, _) = rest(&app, &secret, "/api/v1/cohorts").await;
    assert_eq!(status, 200);
    let listed = app
        .ok(
            &app.admin_token,
            "{ apiTokens { totalCount edges { node { lastUsedAt } } } }",
            json!({}),
        )
        .await;
    assert!(listed["apiTokens"]["edges"][0]["node"]["lastUsedAt"].is_string());

    // Tokens never do admin work, not even make tokens; other people may not either.
    let by_token = app
        .gql(
            Some(&secret),
            CREATE,
            json!({ "i": { "name": "x", "scopes": ["COHORTS_READ"] } }),
        )
        .await;
    assert_eq!(error_code(&by_token), "FORBIDDEN");
    let (_, facilitator) = app.person("Fe Mod", "FACILITATOR", None).await;
    assert_eq!(
        error_code(
            &app.gql(
                Some(&facilitator),
                CREATE,
                json!({ "i": { "name": "x", "scopes": ["COHORTS_READ"] } })
            )
            .await
        ),
        "FORBIDDEN"
    );
    let audit = app.ok(&app.admin_token, "{ auditEvents(action: \"token.created\") { totalCount edges { node { actor target } } } }", json!({})).await;
    assert_eq!(
        audit["auditEvents"]["totalCount"], 1,
        "one token was created"
    );
}

#[tokio::test]
async fn revoked_expired_and_unknown_tokens_are_refused_alike() {
    let app = TestApp::spawn().await;
    let (id, secret) = token(&app, &["COHORTS_READ"], None).await;
    let (unknown_status, unknown) = rest(
        &app,
        "vn_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA000000",
        "/api/v1/cohorts",
    )
    .await;
    let mut tampered = secret.clone();
    tampered.replace_range(14..15, if &secret[14..15] == "a" { "b" } else { "a" });
    let (tampered_status, tampered_body) = rest(&app, &tampered, "/api/v1/cohorts").await;
    app.ok(
        &app.admin_token,
        "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }",
        json!({ "id": id }),
    )
    .await;
    let (revoked_status, revoked) = rest(&app, &secret, "/api/v1/cohorts").await;
    assert_eq!(
        (unknown_status, tampered_status, revoked_status),
        (401, 401, 401)
    );
    assert_eq!(unknown, revoked);
    assert_eq!(tampered_body, revoked);
    assert_eq!(revoked["code"], "UNAUTHENTICATED");
    let graphql = app
        .gql(Some(&secret), "{ cohorts { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&graphql), "UNAUTHENTICATED");

    let too_long = app
        .gql(Some(&app.admin_token), CREATE, json!({ "i": { "name": "x", "scopes": ["COHORTS_READ"], "expiresAt": (chrono::Utc::now() + chrono::Duration::days(400)).to_rfc3339() } }))
        .await;
    assert_eq!(error_fields(&too_long), vec!["expiresAt"]);
    let none = app
        .gql(
            Some(&app.admin_token),
            CREATE,
            json!({ "i": { "name": "x", "scopes": [] } }),
        )
        .await;
    assert_eq!(error_fields(&none), vec!["scopes"]);
}

#[tokio::test]
async fn scopes_hold_on_rest_and_graphql() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let (person, _) = app.person("Hanna Hanau", "PARTICIPANT", Some(&hanau)).await;
    let (_, cohorts_only) = token(&app, &["COHORTS_READ"], Some(&hanau)).await;
    let (status, problem) = rest(&app, &cohorts_only, &format!("/api/v1/people/{person}")).await;
    assert_eq!(status, 403);
    assert_eq!(problem["code"], "FORBIDDEN");
    let graphql = app
        .gql(
            Some(&cohorts_only),
            "query($p: ID!) { person(id: $p) { displayName } }",
            json!({ "p": person }),
        )
        .await;
    assert!(graphql["data"]["person"].is_null());
    let people = app
        .gql(Some(&cohorts_only), "{ people { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&people), "FORBIDDEN");
    let (_, people_only) = token(&app, &["PEOPLE_READ"], Some(&hanau)).await;
    let (status, _) = rest(&app, &people_only, "/api/v1/cohorts").await;
    assert_eq!(status, 403);
    assert_eq!(
        error_code(
            &app.gql(Some(&people_only), "{ cohorts { totalCount } }", json!({}))
                .await
        ),
        "FORBIDDEN"
    );
    let (status, found) = rest(&app, &people_only, &format!("/api/v1/people/{person}")).await;
    assert_eq!(status, 200);
    assert_eq!(found["display_name"], "Hanna Hanau");
    assert!(
        found["email"]
            .as_str()
            .expect("email")
            .starts_with("hanna.hanau")
    );
}

#[tokio::test]
async fn the_audit_log_is_append_only_in_the_database() {
    use sea_orm::{ConnectionTrait, Statement};
    let app = TestApp::spawn().await;
    token(&app, &["COHORTS_READ"], None).await;
    let before = app.count_rows("audit_event").await;
    assert!(before > 0);
    let backend = app.db.get_database_backend();
    let update = app
        .db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE audit_event SET action = 'x'".to_owned(),
        ))
        .await;
    let delete = app
        .db
        .execute_raw(Statement::from_string(
            backend,
            "DELETE FROM audit_event".to_owned(),
        ))
        .await;
    assert!(update.is_err() && delete.is_err());
    assert_eq!(app.count_rows("audit_event").await, before);
}
