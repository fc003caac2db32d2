use std::time::Duration;

use serde_json::json;

use crate::{
    helpers::{TestApp, id},
    ws::WsClient,
};

const WAIT: Duration = Duration::from_secs(5);

async fn cohort_with_people(app: &TestApp) -> (String, String, String, String) {
    let cohort = app.cohort("Durchgang live").await;
    let (facilitator, facilitator_token) = app.person("Mira Moderation", "FACILITATOR", None).await;
    let (participant, participant_token) = app.person("Paul Teilnehmer", "PARTICIPANT", None).await;
    app.enroll(&cohort, &facilitator, "FACILITATOR").await;
    app.enroll(&cohort, &participant, "PARTICIPANT").await;
    (cohort, facilitator_token, participant, participant_token)
}

#[tokio::test]
async fn a_facilitator_sees_a_participants_feedback_arrive() {
    let app = TestApp::spawn().await;
    let (cohort, facilitator, _, participant) = cohort_with_people(&app).await;
    let round = id(&app
        .ok(&facilitator, "mutation($c: ID!) { openFeedbackRound(input: { cohortId: $c, question: \"Wie war der Input?\", kind: RATING, anonymous: false }) { id } }", json!({ "c": cohort }))
        .await["openFeedbackRound"]);
    let mut socket = WsClient::connect(&app.address, &facilitator).await;
    socket.subscribe("1", "subscription($r: ID!) { feedbackReceived(roundId: $r) { count averageRating ratingCounts } }", json!({ "r": round })).await;
    app.ok(
        &participant,
        "mutation($r: ID!) { respond(input: { roundId: $r, rating: 4 }) { id } }",
        json!({ "r": round }),
    )
    .await;
    let update = socket.next_data("1", WAIT).await;
    assert_eq!(
        update["data"]["feedbackReceived"],
        json!({ "count": 1, "averageRating": 4.0, "ratingCounts": [0, 0, 0, 1, 0] })
    );
}

#[tokio::test]
async fn a_moved_session_arrives_at_a_participants_agenda() {
    let app = TestApp::spawn().await;
    let (cohort, facilitator, _, participant) = cohort_with_people(&app).await;
    let first = app
        .session(&cohort, "Vielfaltsdimensionen", "2026-09-17")
        .await;
    app.session(&cohort, "Unconscious Bias", "2026-09-17").await;
    let mut socket = WsClient::connect(&app.address, &participant).await;
    socket
        .subscribe(
            "agenda",
            "subscription($c: ID!) { agendaChanged(cohortId: $c) { title day position cohort { title } } }",
            json!({ "c": cohort }),
        )
        .await;
    app.ok(
        &facilitator,
        "mutation($s: ID!) { moveSession(input: { sessionId: $s, day: \"2026-09-17\", position: 1, reason: \"Energie der Gruppe\" }) { id } }",
        json!({ "s": first }),
    )
    .await;
    let agenda = socket.next_data("agenda", WAIT).await;
    assert_eq!(
        agenda["data"]["agendaChanged"],
        json!([
            { "title": "Unconscious Bias", "day": "2026-09-17", "position": 0, "cohort": { "title": "Durchgang live" } },
            { "title": "Vielfaltsdimensionen", "day": "2026-09-17", "position": 1, "cohort": { "title": "Durchgang live" } }
        ])
    );
}

#[tokio::test]
async fn only_facilitators_follow_feedback_and_only_members_the_agenda() {
    let app = TestApp::spawn().await;
    let (cohort, facilitator, _, participant) = cohort_with_people(&app).await;
    let (_, outsider) = app.person("Olga Außen", "PARTICIPANT", None).await;
    let round = id(&app
        .ok(&facilitator, "mutation($c: ID!) { openFeedbackRound(input: { cohortId: $c, question: \"Q\", kind: TEXT, anonymous: true }) { id } }", json!({ "c": cohort }))
        .await["openFeedbackRound"]);
    let mut socket = WsClient::connect(&app.address, &participant).await;
    socket
        .subscribe(
            "f",
            "subscription($r: ID!) { feedbackReceived(roundId: $r) { count } }",
            json!({ "r": round }),
        )
        .await;
    assert_eq!(
        refusal_code(socket.next(WAIT).await.expect("an error message")),
        "FORBIDDEN"
    );
    let mut outsider_socket = WsClient::connect(&app.address, &outsider).await;
    outsider_socket
        .subscribe(
            "a",
            "subscription($c: ID!) { agendaChanged(cohortId: $c) { title } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(
        refusal_code(outsider_socket.next(WAIT).await.expect("an error message")),
        "FORBIDDEN"
    );
}

/// The code of a refused subscription: an `error` message, or a `next` with errors and no data.
fn refusal_code(message: serde_json::Value) -> String {
    let errors = match message["type"].as_str() {
        Some("error") => message["payload"].clone(),
        Some("next") => {
            assert!(message["payload"]["data"].is_null(), "{message}");
            message["payload"]["errors"].clone()
        }
        _ => panic!("not a refusal: {message}"),
    };
    errors[0]["extensions"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_socket_without_a_valid_token_is_closed() {
    let app = TestApp::spawn().await;
    let mut socket = WsClient::open(&app.address).await;
    socket
        .send(json!({ "type": "connection_init", "payload": { "authorization": "Bearer falsch" } }))
        .await;
    assert_eq!(socket.closed(WAIT).await, 4403);
    let mut socket = WsClient::open(&app.address).await;
    socket
        .send(json!({ "type": "connection_init", "payload": {} }))
        .await;
    assert_eq!(socket.closed(WAIT).await, 4403);
}

#[tokio::test]
async fn a_socket_without_init_is_closed_after_the_timeout() {
    let app =
        TestApp::spawn_with(|s| s.subscription_init_timeout = Duration::from_millis(800)).await;
    let mut socket = WsClient::open(&app.address).await;
    assert_eq!(socket.closed(WAIT).await, 4408);
}

#[tokio::test]
async fn a_socket_closes_when_its_token_expires() {
    let app = TestApp::spawn_with(|s| s.access_token_seconds = 2).await;
    let mut socket = WsClient::connect(&app.address, &app.admin_token).await;
    let started = std::time::Instant::now();
    assert_eq!(socket.closed(Duration::from_secs(8)).await, 4401);
    assert!(started.elapsed() < Duration::from_secs(6));
}

#[tokio::test]
async fn a_newly_opened_round_reaches_participants_phones_at_once() {
    let app = TestApp::spawn().await;
    let (cohort, facilitator, _, participant) = cohort_with_people(&app).await;
    let other = app.cohort("Anderer Durchgang").await;
    let (_, outsider) = app.person("Olga Außen", "PARTICIPANT", None).await;
    let mut socket = WsClient::connect(&app.address, &participant).await;
    socket
        .subscribe(
            "opened",
            "subscription($c: ID!) { feedbackRoundOpened(cohortId: $c) { question kind anonymous open } }",
            json!({ "c": cohort }),
        )
        .await;
    // A round in another cohort does not arrive; the one in the participant's cohort does.
    app.ok(&app.admin_token, "mutation($c: ID!) { openFeedbackRound(input: { cohortId: $c, question: \"Woanders\", kind: TEXT, anonymous: false }) { id } }", json!({ "c": other }))
        .await;
    app.ok(&facilitator, "mutation($c: ID!) { openFeedbackRound(input: { cohortId: $c, question: \"Wie geht es Ihnen gerade?\", kind: RATING, anonymous: true }) { id } }", json!({ "c": cohort }))
        .await;
    let opened = socket.next_data("opened", WAIT).await;
    assert_eq!(
        opened["data"]["feedbackRoundOpened"],
        json!({ "question": "Wie geht es Ihnen gerade?", "kind": "RATING", "anonymous": true, "open": true })
    );

    let mut outsider_socket = WsClient::connect(&app.address, &outsider).await;
    outsider_socket
        .subscribe(
            "o",
            "subscription($c: ID!) { feedbackRoundOpened(cohortId: $c) { question } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(
        refusal_code(outsider_socket.next(WAIT).await.expect("an error message")),
        "FORBIDDEN"
    );
}
