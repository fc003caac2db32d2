use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, error_code, error_fields, id};

const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken expiresAt person { id displayName } } }";
const REFRESH: &str =
    "mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }";
const ME: &str = "{ me { id displayName email role } }";

#[tokio::test]
async fn a_person_signs_in_and_sees_themselves() {
    let app = TestApp::spawn().await;
    let body = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "ADMIN@test.example ", "p": PASSWORD }),
        )
        .await;
    let token = body["data"]["login"]["accessToken"]
        .as_str()
        .expect("token");
    let me = app.ok(token, ME, json!({})).await;
    assert_eq!(me["me"]["email"], "admin@test.example");
    assert_eq!(me["me"]["role"], "ADMIN");
}

#[tokio::test]
async fn unknown_email_and_wrong_password_look_the_same() {
    let app = TestApp::spawn().await;
    let wrong = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "admin@test.example", "p": "falsches-passwort" }),
        )
        .await;
    let unknown = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "niemand@test.example", "p": "falsches-passwort" }),
        )
        .await;
    assert_eq!(error_code(&wrong), "UNAUTHENTICATED");
    assert_eq!(
        wrong["errors"][0]["message"],
        unknown["errors"][0]["message"]
    );
    assert_eq!(
        wrong["errors"][0]["extensions"],
        unknown["errors"][0]["extensions"]
    );
}

#[tokio::test]
async fn me_is_null_for_anonymous_callers() {
    let app = TestApp::spawn().await;
    let body = app.gql(None, ME, json!({})).await;
    assert!(body.get("errors").is_none());
    assert!(body["data"]["me"].is_null());
}

#[tokio::test]
async fn a_refresh_token_works_once_and_its_reuse_ends_the_sign_in() {
    let app = TestApp::spawn().await;
    let first = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "admin@test.example", "p": PASSWORD }),
        )
        .await;
    let original = first["data"]["login"]["refreshToken"]
        .as_str()
        .expect("refresh")
        .to_owned();

    let rotated = app.gql(None, REFRESH, json!({ "t": original })).await;
    let second = rotated["data"]["refresh"]["refreshToken"]
        .as_str()
        .expect("rotated")
        .to_owned();
    assert_ne!(second, original);

    // The old token is refused; presenting it revokes the whole family, the new one included.
    let reused = app.gql(None, REFRESH, json!({ "t": original })).await;
    assert_eq!(error_code(&reused), "UNAUTHENTICATED");
    let after_reuse = app.gql(None, REFRESH, json!({ "t": second })).await;
    assert_eq!(error_code(&after_reuse), "UNAUTHENTICATED");
}

#[tokio::test]
async fn logout_ends_the_refresh_token() {
    let app = TestApp::spawn().await;
    let login = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "admin@test.example", "p": PASSWORD }),
        )
        .await;
    let refresh = login["data"]["login"]["refreshToken"]
        .as_str()
        .expect("refresh")
        .to_owned();
    let out = app
        .gql(
            None,
            "mutation($t: String!) { logout(refreshToken: $t) }",
            json!({ "t": refresh }),
        )
        .await;
    assert_eq!(out["data"]["logout"], true);
    let again = app.gql(None, REFRESH, json!({ "t": refresh })).await;
    assert_eq!(error_code(&again), "UNAUTHENTICATED");
}

#[tokio::test]
async fn refresh_and_invitation_tokens_are_not_access_tokens() {
    let app = TestApp::spawn().await;
    let login = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "admin@test.example", "p": PASSWORD }),
        )
        .await;
    let refresh = login["data"]["login"]["refreshToken"]
        .as_str()
        .expect("refresh")
        .to_owned();
    let as_access = app.gql(Some(&refresh), ME, json!({})).await;
    assert_eq!(error_code(&as_access), "UNAUTHENTICATED");

    let invitation = app
        .ok(&app.admin_token, "mutation { invitePerson(input: { email: \"neu@test.example\", displayName: \"Neu\", role: PARTICIPANT }) }", json!({}))
        .await["invitePerson"]
        .as_str()
        .expect("invitation")
        .to_owned();
    let as_access = app.gql(Some(&invitation), ME, json!({})).await;
    assert_eq!(error_code(&as_access), "UNAUTHENTICATED");
}

#[tokio::test]
async fn a_forged_or_garbled_access_token_is_refused() {
    let app = TestApp::spawn().await;
    let mut forged = app.admin_token.clone();
    forged.pop();
    forged.push(if app.admin_token.ends_with('A') {
        'B'
    } else {
        'A'
    });
    assert_eq!(
        error_code(&app.gql(Some(&forged), ME, json!({})).await),
        "UNAUTHENTICATED"
    );
    assert_eq!(
        error_code(&app.gql(Some("nonsense"), ME, json!({})).await),
        "UNAUTHENTICATED"
    );
}

#[tokio::test]
async fn changing_the_password_ends_older_sessions() {
    let app = TestApp::spawn().await;
    let (_, token) = app.person("Ute Ändert", "PARTICIPANT", None).await;
    let wrong = app
        .gql(Some(&token), "mutation { changePassword(current: \"nicht-das-passwort\", new: \"ein-neues-passwort\") }", json!({}))
        .await;
    assert_eq!(error_code(&wrong), "BAD_USER_INPUT");
    assert_eq!(error_fields(&wrong), vec!["current"]);
    let short = app
        .gql(
            Some(&token),
            "mutation($c: String!) { changePassword(current: $c, new: \"kurz\") }",
            json!({ "c": PASSWORD }),
        )
        .await;
    assert_eq!(error_fields(&short), vec!["new"]);

    let ok = app
        .ok(
            &token,
            "mutation($c: String!) { changePassword(current: $c, new: \"ein-neues-passwort\") }",
            json!({ "c": PASSWORD }),
        )
        .await;
    assert_eq!(ok["changePassword"], true);
    assert_eq!(
        error_code(&app.gql(Some(&token), ME, json!({})).await),
        "UNAUTHENTICATED"
    );
    let me = app
        .ok(&token_for(&app, "ein-neues-passwort").await, ME, json!({}))
        .await;
    assert_eq!(me["me"]["displayName"], "Ute Ändert");
}

async fn token_for(app: &TestApp, password: &str) -> String {
    use sea_orm::EntityTrait;
    let email: String = entity::person::Entity::find()
        .all(&app.db)
        .await
        .expect("people")
        .into_iter()
        .find(|p| p.display_name == "Ute Ändert")
        .and_then(|p| p.email)
        .expect("email");
    app.login(&email, password).await
}

#[tokio::test]
async fn a_role_change_ends_the_persons_sessions() {
    let app = TestApp::spawn().await;
    let (person, token) = app.person("Rolf Rolle", "PARTICIPANT", None).await;
    let changed = app
        .ok(
            &app.admin_token,
            "mutation($p: ID!) { setRole(personId: $p, role: FACILITATOR) { role } }",
            json!({ "p": person }),
        )
        .await;
    assert_eq!(changed["setRole"]["role"], "FACILITATOR");
    assert_eq!(
        error_code(&app.gql(Some(&token), ME, json!({})).await),
        "UNAUTHENTICATED"
    );
    // Only admins change roles.
    let (_, other) = app.person("Petra Plain", "PARTICIPANT", None).await;
    let refused = app
        .gql(
            Some(&other),
            "mutation($p: ID!) { setRole(personId: $p, role: ADMIN) { role } }",
            json!({ "p": person }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
}

#[tokio::test]
async fn an_invitation_into_a_cohort_becomes_an_active_enrolment_when_accepted() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang Einladung").await;
    let invitation = app
        .ok(
            &app.admin_token,
            "mutation($c: ID!) { invitePerson(input: { email: \"eingeladen@test.example\", displayName: \"Ina Eingeladen\", role: PARTICIPANT, cohortId: $c }) }",
            json!({ "c": cohort }),
        )
        .await["invitePerson"]
        .as_str()
        .expect("token")
        .to_owned();
    let before = app
        .ok(&app.admin_token, "query($c: ID!) { cohort(id: $c) { enrollments { edges { node { status person { displayName } } } } } }", json!({ "c": cohort }))
        .await;
    assert_eq!(
        before["cohort"]["enrollments"]["edges"][0]["node"]["status"],
        "INVITED"
    );

    let short = app
        .gql(None, "mutation($t: String!) { acceptInvitation(token: $t, password: \"kurz\") { accessToken } }", json!({ "t": invitation }))
        .await;
    assert_eq!(error_fields(&short), vec!["password"]);

    let accepted = app
        .gql(
            None,
            "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p, displayName: \"Ina E.\") { accessToken person { id displayName } } }",
            json!({ "t": invitation, "p": PASSWORD }),
        )
        .await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["person"]["displayName"],
        "Ina E."
    );
    let after = app
        .ok(&app.admin_token, "query($c: ID!) { cohort(id: $c) { enrollments { edges { node { status } } } participantCount } }", json!({ "c": cohort }))
        .await;
    assert_eq!(
        after["cohort"]["enrollments"]["edges"][0]["node"]["status"],
        "ACTIVE"
    );
    assert_eq!(after["cohort"]["participantCount"], 1);

    // The invitation works once.
    let again = app
        .gql(None, "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }", json!({ "t": invitation, "p": PASSWORD }))
        .await;
    assert_eq!(error_code(&again), "BAD_USER_INPUT");
    assert!(
        !app.login("eingeladen@test.example", PASSWORD)
            .await
            .is_empty()
    );
    let _ = id(&accepted["data"]["acceptInvitation"]["person"]);
}

#[tokio::test]
async fn only_staff_invite_and_facilitators_only_into_their_cohorts() {
    let app = TestApp::spawn().await;
    let (_, participant) = app.person("Paul Teilnehmer", "PARTICIPANT", None).await;
    let invite = "mutation($c: ID) { invitePerson(input: { email: \"x@test.example\", displayName: \"X\", role: PARTICIPANT, cohortId: $c }) }";
    assert_eq!(
        error_code(
            &app.gql(Some(&participant), invite, json!({ "c": null }))
                .await
        ),
        "FORBIDDEN"
    );
    assert_eq!(
        error_code(&app.gql(None, invite, json!({ "c": null })).await),
        "UNAUTHENTICATED"
    );

    let (facilitator_id, facilitator) = app.person("Fe Moderatorin", "FACILITATOR", None).await;
    let theirs = app.cohort("Ihr Durchgang").await;
    let other = app.cohort("Anderer Durchgang").await;
    app.enroll(&theirs, &facilitator_id, "FACILITATOR").await;
    assert_eq!(
        error_code(
            &app.gql(Some(&facilitator), invite, json!({ "c": other }))
                .await
        ),
        "FORBIDDEN"
    );
    let ok = app
        .gql(Some(&facilitator), invite, json!({ "c": theirs }))
        .await;
    assert!(ok["data"]["invitePerson"].is_string(), "{ok}");
}

#[tokio::test]
async fn invitations_with_invalid_input_name_every_field_and_create_nothing() {
    let app = TestApp::spawn().await;
    let before = app.count_rows("person").await;
    let body = app
        .gql(Some(&app.admin_token), "mutation { invitePerson(input: { email: \"keine-mail\", displayName: \"  \", role: PARTICIPANT }) }", json!({}))
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let mut fields = error_fields(&body);
    fields.sort();
    assert_eq!(fields, vec!["displayName", "email"]);
    assert_eq!(app.count_rows("person").await, before);
}
