use chrono::{Duration, Utc};
use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields, id};

const SCHEDULE: &str = "mutation($i: ScheduleFollowUpInput!) { scheduleFollowUp(input: $i) { id format meetingUrl status } }";
const CHECK_IN: &str = "mutation($i: CheckInInput!) { submitCheckIn(input: $i) { id whatHappened needsConsultation planUpdates { status note } } }";

struct Setup {
    app: TestApp,
    cohort: String,
    facilitator: String,
    participant: String,
    participant_id: String,
    follow_up: String,
}

async fn setup(starts_in: Duration) -> Setup {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (f, facilitator) = app.person("Fiona Mod", "FACILITATOR", None).await;
    let (p, participant) = app.person("Paula Teil", "PARTICIPANT", None).await;
    app.enroll(&cohort, &f, "FACILITATOR").await;
    app.enroll(&cohort, &p, "PARTICIPANT").await;
    let at = (Utc::now() + starts_in).to_rfc3339();
    let follow_up = id(&app
        .ok(
            &facilitator,
            SCHEDULE,
            json!({ "i": { "cohortId": cohort, "title": "Digitales Nachtreffen", "scheduledAt": at, "durationMinutes": 90, "format": "ONLINE", "meetingUrl": "https://konferenz.example/raum" } }),
        )
        .await["scheduleFollowUp"]);
    Setup {
        app,
        cohort,
        facilitator,
        participant,
        participant_id: p,
        follow_up,
    }
}

#[tokio::test]
async fn the_meeting_link_is_for_members_only_and_formats_need_their_details() {
    let s = setup(Duration::days(30)).await;
    let (_, outsider) = s.app.person("Olga Außen", "PARTICIPANT", None).await;
    let query = "query($c: ID!) { cohort(id: $c) { followUps { title meetingUrl } } }";
    let member = s
        .app
        .ok(&s.participant, query, json!({ "c": s.cohort }))
        .await;
    assert_eq!(
        member["cohort"]["followUps"][0]["meetingUrl"],
        "https://konferenz.example/raum"
    );
    let other = s.app.ok(&outsider, query, json!({ "c": s.cohort })).await;
    assert_eq!(other["cohort"]["followUps"], json!([]));
    let by_id = s
        .app
        .gql(
            Some(&outsider),
            "query($f: ID!) { followUp(id: $f) { meetingUrl } }",
            json!({ "f": s.follow_up }),
        )
        .await;
    assert_eq!(error_code(&by_id), "NOT_FOUND");

    let at = (Utc::now() + Duration::days(40)).to_rfc3339();
    let online = s.app.gql(Some(&s.facilitator), SCHEDULE, json!({ "i": { "cohortId": s.cohort, "title": "X", "scheduledAt": at, "durationMinutes": 60, "format": "ONLINE" } })).await;
    assert_eq!(error_fields(&online), vec!["meetingUrl"]);
    let in_person = s.app.gql(Some(&s.facilitator), SCHEDULE, json!({ "i": { "cohortId": s.cohort, "title": "X", "scheduledAt": at, "durationMinutes": 60, "format": "IN_PERSON" } })).await;
    assert_eq!(error_fields(&in_person), vec!["location"]);
    let by_participant = s.app.gql(Some(&s.participant), SCHEDULE, json!({ "i": { "cohortId": s.cohort, "title": "X", "scheduledAt": at, "durationMinutes": 60, "format": "IN_PERSON", "location": "Rathaus" } })).await;
    assert_eq!(error_code(&by_participant), "FORBIDDEN");
}

#[tokio::test]
async fn a_check_in_with_plan_updates_is_saved_all_or_nothing() {
    let s = setup(Duration::days(3)).await;
    let plan = id(&s.app
        .ok(&s.participant, "mutation($c: ID!) { createPlan(input: { cohortId: $c, title: \"Leichte Sprache\", scale: SMALL, visibility: COHORT }) { id } }", json!({ "c": s.cohort }))
        .await["createPlan"]);
    let (_, other) = s.app.person("Anna Andere", "PARTICIPANT", None).await;
    let foreign_plan = id(&s.app.ok(&other, "mutation { createPlan(input: { title: \"Fremd\", scale: SMALL, visibility: PRIVATE }) { id } }", json!({})).await["createPlan"]);

    // One of the plan updates is not the person's own: nothing is saved.
    let refused = s
        .app
        .gql(
            Some(&s.participant),
            CHECK_IN,
            json!({ "i": { "followUpId": s.follow_up, "whatHappened": "Viel", "needsConsultation": true,
                    "planUpdates": [{ "planId": plan, "status": "DONE" }, { "planId": foreign_plan, "status": "DONE" }] } }),
        )
        .await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT");
    assert_eq!(error_fields(&refused), vec!["planUpdates.1.planId"]);
    assert_eq!(s.app.count_rows("check_in").await, 0);
    assert_eq!(s.app.count_rows("plan_update").await, 0);
    let status = s
        .app
        .ok(
            &s.participant,
            "query($p: ID!) { plan(id: $p) { status } }",
            json!({ "p": plan }),
        )
        .await;
    assert_eq!(status["plan"]["status"], "IDEA");

    let saved = s
        .app
        .ok(
            &s.participant,
            CHECK_IN,
            json!({ "i": { "followUpId": s.follow_up, "whatHappened": "Stellenanzeigen überarbeitet", "challenges": "Zeit", "needsConsultation": true,
                    "planUpdates": [{ "planId": plan, "status": "DONE", "note": "Alle Anzeigen geprüft" }] } }),
        )
        .await;
    assert_eq!(
        saved["submitCheckIn"]["planUpdates"],
        json!([{ "status": "DONE", "note": "Alle Anzeigen geprüft" }])
    );
    let status = s
        .app
        .ok(
            &s.participant,
            "query($p: ID!) { plan(id: $p) { status updates { followUp { title } } } }",
            json!({ "p": plan }),
        )
        .await;
    assert_eq!(status["plan"]["status"], "DONE");
    assert_eq!(
        status["plan"]["updates"][0]["followUp"]["title"],
        "Digitales Nachtreffen"
    );

    // Facilitators see every check-in; the person sees their own.
    let all = s.app.ok(&s.facilitator, "query($f: ID!) { followUp(id: $f) { checkIns { person { displayName } needsConsultation } } }", json!({ "f": s.follow_up })).await;
    assert_eq!(
        all["followUp"]["checkIns"],
        json!([{ "person": { "displayName": "Paula Teil" }, "needsConsultation": true }])
    );
    let mine = s
        .app
        .ok(
            &s.participant,
            "query($f: ID!) { followUp(id: $f) { checkIns { id } myCheckIn { whatHappened } } }",
            json!({ "f": s.follow_up }),
        )
        .await;
    assert_eq!(mine["followUp"]["checkIns"], json!([]));
    assert_eq!(
        mine["followUp"]["myCheckIn"]["whatHappened"],
        "Stellenanzeigen überarbeitet"
    );
    let _ = s.participant_id;
}

#[tokio::test]
async fn check_ins_close_when_the_meeting_is_over_or_cancelled() {
    let s = setup(Duration::days(3)).await;
    s.app
        .ok(
            &s.facilitator,
            "mutation($f: ID!) { updateFollowUp(id: $f, input: { status: CANCELLED }) { status } }",
            json!({ "f": s.follow_up }),
        )
        .await;
    let cancelled = s.app.gql(Some(&s.participant), CHECK_IN, json!({ "i": { "followUpId": s.follow_up, "whatHappened": "x", "needsConsultation": false } })).await;
    assert_eq!(error_code(&cancelled), "CONFLICT");
    let past = (Utc::now() - Duration::days(2)).to_rfc3339();
    s.app
        .ok(&s.facilitator, "mutation($f: ID!, $t: DateTime!) { updateFollowUp(id: $f, input: { status: SCHEDULED, scheduledAt: $t }) { status } }", json!({ "f": s.follow_up, "t": past }))
        .await;
    let over = s.app.gql(Some(&s.participant), CHECK_IN, json!({ "i": { "followUpId": s.follow_up, "whatHappened": "x", "needsConsultation": false } })).await;
    assert_eq!(error_code(&over), "CONFLICT");
    let by_facilitator = s.app.gql(Some(&s.facilitator), CHECK_IN, json!({ "i": { "followUpId": s.follow_up, "whatHappened": "x", "needsConsultation": false } })).await;
    assert_eq!(error_code(&by_facilitator), "FORBIDDEN");
}
