//! A token bound to municipality A never sees B's people, on any route.

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, id},
    tokens::{rest, token},
};

struct Two {
    app: TestApp,
    cohort: String,
    a_person: String,
    b_person: String,
    b_enrollment: String,
    a_token: String,
}

async fn two_municipalities() -> Two {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let maintal = app.municipality("Maintal").await;
    let cohort = id(&app
        .ok(&app.admin_token, "mutation($m: [ID!]) { createCohort(input: { title: \"Gemeinsam\", municipalityIds: $m }) { id } }", json!({ "m": [hanau, maintal] }))
        .await["createCohort"]);
    let (a_person, _) = app
        .person_with_email(
            "Anna Hanau",
            "anna@hanau.example",
            "PARTICIPANT",
            Some(&hanau),
        )
        .await;
    let (b_person, b_token) = app
        .person_with_email(
            "Bernd Maintal",
            "bernd@maintal.example",
            "PARTICIPANT",
            Some(&maintal),
        )
        .await;
    app.enroll(&cohort, &a_person, "PARTICIPANT").await;
    let b_enrollment = app.enroll(&cohort, &b_person, "PARTICIPANT").await;
    app.ok(
        &b_token,
        "mutation { updateProfile(input: { directoryVisible: true }) { id } }",
        json!({}),
    )
    .await;
    let (_, a_token) = token(
        &app,
        &[
            "COHORTS_READ",
            "ENROLLMENTS_READ",
            "ENROLLMENTS_WRITE",
            "PEOPLE_READ",
            "COMMUNITY_READ",
            "REPORTS_READ",
        ],
        Some(&hanau),
    )
    .await;
    Two {
        app,
        cohort,
        a_person,
        b_person,
        b_enrollment,
        a_token,
    }
}

fn contains(value: &Value, needle: &str) -> bool {
    value.to_string().contains(needle)
}

#[tokio::test]
async fn a_token_of_one_municipality_never_sees_another_municipalitys_people_on_any_route() {
    let t = two_municipalities().await;
    let b_secrets = ["Bernd", "bernd@maintal.example", t.b_person.as_str()];

    // REST, every route.
    for path in [
        "/api/v1/municipalities".to_owned(),
        "/api/v1/cohorts".to_owned(),
        format!("/api/v1/cohorts/{}", t.cohort),
        format!("/api/v1/cohorts/{}/enrollments", t.cohort),
        format!("/api/v1/reports/cohorts/{}", t.cohort),
        "/api/v1/community/posts".to_owned(),
    ] {
        let (status, body) = rest(&t.app, &t.a_token, &path).await;
        assert_eq!(status, 200, "{path}: {body}");
        for secret in b_secrets {
            assert!(!contains(&body, secret), "{path} shows {secret}: {body}");
        }
    }
    let (status, problem) = rest(
        &t.app,
        &t.a_token,
        &format!("/api/v1/people/{}", t.b_person),
    )
    .await;
    assert_eq!(status, 404, "a foreign person is 404, like a missing one");
    let (missing, missing_problem) = rest(
        &t.app,
        &t.a_token,
        &format!("/api/v1/people/{}", uuid::Uuid::now_v7()),
    )
    .await;
    assert_eq!(
        (missing, &missing_problem["detail"]),
        (404, &problem["detail"])
    );
    let (status, own) = rest(
        &t.app,
        &t.a_token,
        &format!("/api/v1/people/{}", t.a_person),
    )
    .await;
    assert_eq!(
        (status, own["display_name"].as_str()),
        (200, Some("Anna Hanau"))
    );
    let csv = t
        .app
        .client
        .get(format!(
            "{}/api/v1/cohorts/{}/enrollments.csv",
            t.app.address, t.cohort
        ))
        .bearer_auth(&t.a_token)
        .send()
        .await
        .expect("sent");
    let csv = csv.text().await.expect("csv");
    assert!(csv.starts_with("\u{feff}enrollment_id;person_id;display_name;email;"));
    assert!(csv.contains("Anna Hanau;anna@hanau.example"));
    assert!(!csv.contains("Bernd"));
    let withdraw = t
        .app
        .client
        .delete(format!(
            "{}/api/v1/enrollments/{}",
            t.app.address, t.b_enrollment
        ))
        .bearer_auth(&t.a_token)
        .send()
        .await
        .expect("sent");
    assert_eq!(withdraw.status(), 404);
    let report = rest(
        &t.app,
        &t.a_token,
        &format!("/api/v1/reports/cohorts/{}", t.cohort),
    )
    .await
    .1;
    assert_eq!(
        report["participants"], 1,
        "the report counts the token's municipality only"
    );

    // GraphQL, the same token.
    for (query, vars) in [
        (
            "{ people(first: 100) { edges { node { id displayName email } } } }",
            json!({}),
        ),
        (
            "query($c: ID!) { cohort(id: $c) { enrollments { edges { node { person { id displayName email } } } } participantCount } }",
            json!({ "c": t.cohort }),
        ),
        (
            "{ cohorts { edges { node { enrollments { totalCount edges { node { person { displayName } } } } } } } }",
            json!({}),
        ),
        ("{ feed { totalCount } }", json!({})),
    ] {
        let body = t.app.gql(Some(&t.a_token), query, vars).await;
        assert!(body.get("errors").is_none(), "{query}: {body}");
        for secret in b_secrets {
            assert!(!contains(&body, secret), "{query} shows {secret}: {body}");
        }
    }
    let direct = t
        .app
        .gql(
            Some(&t.a_token),
            "query($p: ID!) { person(id: $p) { displayName } }",
            json!({ "p": t.b_person }),
        )
        .await;
    assert_eq!(direct["errors"][0]["extensions"]["code"], "NOT_FOUND");

    // Every read of personal data by the token is in the audit log.
    let audit = t
        .app
        .ok(
            &t.app.admin_token,
            "{ auditEvents(action: \"token.read_person\") { totalCount } }",
            json!({}),
        )
        .await;
    assert!(audit["auditEvents"]["totalCount"].as_i64().expect("count") >= 2);
}
