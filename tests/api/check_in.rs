use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};
use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields};

const OPEN: &str =
    "mutation($s: ID!) { openSelfCheckIn(sessionId: $s) { code expiresAt sessionId } }";
const CHECK_IN: &str = "mutation($c: String!) { selfCheckIn(code: $c) { present person { displayName } session { title } } }";

async fn setup() -> (TestApp, String, String, String, String) {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let session = app
        .session(&cohort, "Vielfaltsdimensionen", "2026-09-17")
        .await;
    let (f, facilitator) = app.person("Mira Mod", "FACILITATOR", None).await;
    let (p, participant) = app.person("Paula Teil", "PARTICIPANT", None).await;
    app.enroll(&cohort, &f, "FACILITATOR").await;
    app.enroll(&cohort, &p, "PARTICIPANT").await;
    (app, session, facilitator, participant, p)
}

#[tokio::test]
async fn a_participant_checks_in_with_the_code_shown_in_the_room() {
    let (app, session, facilitator, participant, _) = setup().await;
    let code = app.ok(&facilitator, OPEN, json!({ "s": session })).await["openSelfCheckIn"]["code"]
        .as_str()
        .expect("code")
        .to_owned();
    assert_eq!(code.len(), 6);
    let shown = app
        .ok(
            &facilitator,
            "query($s: ID!) { session(id: $s) { checkInCode { code } } }",
            json!({ "s": session }),
        )
        .await;
    assert_eq!(shown["session"]["checkInCode"]["code"], code);
    let hidden = app
        .ok(
            &participant,
            "query($s: ID!) { session(id: $s) { checkInCode { code } } }",
            json!({ "s": session }),
        )
        .await;
    assert!(hidden["session"]["checkInCode"].is_null());

    let typed = format!(" {}-{} ", &code[..3].to_lowercase(), &code[3..]);
    let checked = app.ok(&participant, CHECK_IN, json!({ "c": typed })).await;
    assert_eq!(
        checked["selfCheckIn"],
        json!({ "present": true, "person": { "displayName": "Paula Teil" }, "session": { "title": "Vielfaltsdimensionen" } })
    );
    let attendance = app
        .ok(
            &facilitator,
            "query($s: ID!) { session(id: $s) { attendance { present person { displayName } } } }",
            json!({ "s": session }),
        )
        .await;
    assert_eq!(attendance["session"]["attendance"][0]["present"], true);
}

#[tokio::test]
async fn codes_expire_and_a_new_code_replaces_the_old_one() {
    let (app, session, facilitator, participant, _) = setup().await;
    let old = app.ok(&facilitator, OPEN, json!({ "s": session })).await["openSelfCheckIn"]["code"]
        .as_str()
        .expect("code")
        .to_owned();
    let new = app.ok(&facilitator, OPEN, json!({ "s": session })).await["openSelfCheckIn"]["code"]
        .as_str()
        .expect("code")
        .to_owned();
    assert_ne!(old, new);
    assert_eq!(
        error_fields(
            &app.gql(Some(&participant), CHECK_IN, json!({ "c": old }))
                .await
        ),
        vec!["code"]
    );

    // Let the new code run out.
    let row = entity::session::Entity::find_by_id(uuid::Uuid::parse_str(&session).expect("uuid"))
        .one(&app.db)
        .await
        .expect("q")
        .expect("row");
    let mut active = row.into_active_model();
    active.check_in_code_expires_at = Set(Some(chrono::Utc::now() - chrono::Duration::seconds(1)));
    active.update(&app.db).await.expect("update");
    let expired = app
        .gql(Some(&participant), CHECK_IN, json!({ "c": new }))
        .await;
    assert_eq!(error_code(&expired), "BAD_USER_INPUT");
    assert_eq!(app.count_rows("attendance").await, 0);
}

#[tokio::test]
async fn wrong_codes_are_rate_limited() {
    let (app, session, facilitator, participant, _) = setup().await;
    let code = app.ok(&facilitator, OPEN, json!({ "s": session })).await["openSelfCheckIn"]["code"]
        .as_str()
        .expect("code")
        .to_owned();
    for _ in 0..5 {
        let wrong = app
            .gql(Some(&participant), CHECK_IN, json!({ "c": "ZZZZZZ" }))
            .await;
        assert_eq!(error_code(&wrong), "BAD_USER_INPUT");
    }
    let limited = app
        .gql(Some(&participant), CHECK_IN, json!({ "c": code }))
        .await;
    assert_eq!(error_code(&limited), "RATE_LIMITED");
    assert!(
        limited["errors"][0]["extensions"]["retryAfter"]
            .as_u64()
            .expect("retryAfter")
            > 0
    );
    assert_eq!(app.count_rows("attendance").await, 0);
}

#[tokio::test]
async fn a_code_only_checks_in_members_of_its_cohort_and_only_facilitators_open_one() {
    let (app, session, facilitator, participant, _) = setup().await;
    let by_participant = app
        .gql(Some(&participant), OPEN, json!({ "s": session }))
        .await;
    assert_eq!(error_code(&by_participant), "FORBIDDEN");
    let code = app.ok(&facilitator, OPEN, json!({ "s": session })).await["openSelfCheckIn"]["code"]
        .as_str()
        .expect("code")
        .to_owned();
    let (_, outsider) = app.person("Olga Außen", "PARTICIPANT", None).await;
    let body = app
        .gql(Some(&outsider), CHECK_IN, json!({ "c": code }))
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert_eq!(app.count_rows("attendance").await, 0);
}
