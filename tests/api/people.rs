use serde_json::json;

use crate::helpers::{TestApp, error_code};

const PERSON: &str = "query($id: ID!) { person(id: $id) { displayName email directoryVisible enrollments { cohort { title } } } }";

#[tokio::test]
async fn emails_are_visible_to_the_person_admins_and_their_facilitators_only() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (anna, anna_token) = app.person("Anna Teil", "PARTICIPANT", None).await;
    let (_, bert_token) = app.person("Bert Teil", "PARTICIPANT", None).await;
    let bert = app.ok(&bert_token, "{ me { id } }", json!({})).await["me"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let (facilitator, facilitator_token) = app.person("Fee Mod", "FACILITATOR", None).await;
    let (_, outsider_facilitator) = app.person("Olaf Mod", "FACILITATOR", None).await;
    app.enroll(&cohort, &anna, "PARTICIPANT").await;
    app.enroll(&cohort, &bert, "PARTICIPANT").await;
    app.enroll(&cohort, &facilitator, "FACILITATOR").await;

    let own = app.ok(&anna_token, PERSON, json!({ "id": anna })).await;
    assert!(
        own["person"]["email"]
            .as_str()
            .expect("own email")
            .starts_with("anna.teil")
    );
    assert_eq!(own["person"]["directoryVisible"], false);
    let by_peer = app.ok(&bert_token, PERSON, json!({ "id": anna })).await;
    assert!(by_peer["person"]["email"].is_null());
    assert!(by_peer["person"]["directoryVisible"].is_null());
    assert_eq!(by_peer["person"]["displayName"], "Anna Teil");
    let by_facilitator = app
        .ok(&facilitator_token, PERSON, json!({ "id": anna }))
        .await;
    assert!(by_facilitator["person"]["email"].is_string());
    let by_admin = app
        .ok(&app.admin_token, PERSON, json!({ "id": anna }))
        .await;
    assert!(by_admin["person"]["email"].is_string());
    // A facilitator of no shared cohort does not even see the person.
    let outsider = app
        .gql(Some(&outsider_facilitator), PERSON, json!({ "id": anna }))
        .await;
    assert_eq!(error_code(&outsider), "NOT_FOUND");
}

#[tokio::test]
async fn the_directory_shows_people_outside_ones_cohorts_only_after_they_opt_in() {
    let app = TestApp::spawn().await;
    let (_, viewer) = app.person("Vera Sucht", "PARTICIPANT", None).await;
    let (hidden, _) = app.person("Hanna Verborgen", "PARTICIPANT", None).await;
    let (_, open_token) = app.person("Otto Offen", "PARTICIPANT", None).await;
    app.ok(&open_token, "mutation { updateProfile(input: { directoryVisible: true, pronouns: \"er/ihm\" }) { directoryVisible } }", json!({})).await;

    let found = app
        .ok(
            &viewer,
            "{ people(first: 50) { totalCount edges { node { displayName pronouns email } } } }",
            json!({}),
        )
        .await;
    let names: Vec<&str> = found["people"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["displayName"].as_str().expect("name"))
        .collect();
    assert!(names.contains(&"Otto Offen"));
    assert!(names.contains(&"Vera Sucht"));
    assert!(!names.contains(&"Hanna Verborgen"));
    assert_eq!(
        error_code(
            &app.gql(Some(&viewer), PERSON, json!({ "id": hidden }))
                .await
        ),
        "NOT_FOUND"
    );
    let searched = app
        .ok(
            &viewer,
            "{ people(search: \"OFF\") { totalCount edges { node { displayName pronouns } } } }",
            json!({}),
        )
        .await;
    assert_eq!(searched["people"]["totalCount"], 1);
    assert_eq!(searched["people"]["edges"][0]["node"]["pronouns"], "er/ihm");
    // Admins see everyone.
    let all = app
        .ok(
            &app.admin_token,
            "{ people(first: 50) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(all["people"]["totalCount"], 4);
}

#[tokio::test]
async fn people_in_the_same_cohort_see_each_other_and_only_shared_enrolments() {
    let app = TestApp::spawn().await;
    let shared = app.cohort("Gemeinsam").await;
    let private = app.cohort("Nur Anna").await;
    let (anna, _) = app.person("Anna Teil", "PARTICIPANT", None).await;
    let (bert, bert_token) = app.person("Bert Teil", "PARTICIPANT", None).await;
    app.enroll(&shared, &anna, "PARTICIPANT").await;
    app.enroll(&private, &anna, "PARTICIPANT").await;
    app.enroll(&shared, &bert, "PARTICIPANT").await;
    let seen = app.ok(&bert_token, PERSON, json!({ "id": anna })).await;
    let titles: Vec<&str> = seen["person"]["enrollments"]
        .as_array()
        .expect("list")
        .iter()
        .map(|e| e["cohort"]["title"].as_str().expect("title"))
        .collect();
    assert_eq!(titles, vec!["Gemeinsam"]);
    let by_admin = app
        .ok(&app.admin_token, PERSON, json!({ "id": anna }))
        .await;
    assert_eq!(
        by_admin["person"]["enrollments"]
            .as_array()
            .expect("list")
            .len(),
        2
    );
}

#[tokio::test]
async fn a_profile_update_with_invalid_input_changes_nothing() {
    let app = TestApp::spawn().await;
    let (_, token) = app.person("Paula Profil", "PARTICIPANT", None).await;
    let long_bio = "x".repeat(2001);
    let body = app
        .gql(Some(&token), "mutation($b: String!) { updateProfile(input: { displayName: \"Neu\", bio: $b }) { displayName } }", json!({ "b": long_bio }))
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let me = app
        .ok(&token, "{ me { displayName bio locale } }", json!({}))
        .await;
    assert_eq!(me["me"]["displayName"], "Paula Profil");
    let changed = app
        .ok(
            &token,
            "mutation { updateProfile(input: { locale: EN, bio: \"Hallo\" }) { locale bio } }",
            json!({}),
        )
        .await;
    assert_eq!(changed["updateProfile"]["locale"], "EN");
}

#[tokio::test]
async fn errors_speak_the_callers_language() {
    let app = TestApp::spawn().await;
    let (_, token) = app.person("Emma English", "PARTICIPANT", None).await;
    app.ok(
        &token,
        "mutation { updateProfile(input: { locale: EN }) { locale } }",
        json!({}),
    )
    .await;
    let body = app
        .gql(
            Some(&token),
            "mutation { createMunicipality(input: { name: \"X\", ags: \"12345678\" }) { id } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["errors"][0]["message"],
        "You are not allowed to do this."
    );
    let anonymous = app
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": "{ cohorts { totalCount } }" }))
        .send()
        .await
        .expect("sent")
        .json::<serde_json::Value>()
        .await
        .expect("json");
    assert_eq!(
        anonymous["errors"][0]["message"],
        "Bitte melden Sie sich an."
    );
}
