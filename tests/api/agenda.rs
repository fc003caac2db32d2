use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, error_fields, id};

const AGENDA: &str = "query($c: ID!) { cohort(id: $c) { sessions { id title day position } agendaChanges { session { title } by { displayName } fromDay fromPosition toDay toPosition reason } } }";
const MOVE: &str = "mutation($i: MoveSessionInput!) { moveSession(input: $i) { id day position } }";

fn titles_by_day(data: &Value) -> Vec<(String, String, i64)> {
    data["cohort"]["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| {
            (
                s["day"].as_str().expect("day").to_owned(),
                s["title"].as_str().expect("title").to_owned(),
                s["position"].as_i64().expect("position"),
            )
        })
        .collect()
}

async fn two_days(app: &TestApp) -> (String, Vec<String>) {
    let cohort = app.cohort("Durchgang").await;
    let mut ids = Vec::new();
    for (title, day) in [
        ("A", "2026-09-17"),
        ("B", "2026-09-17"),
        ("C", "2026-09-17"),
        ("D", "2026-09-18"),
        ("E", "2026-09-18"),
    ] {
        ids.push(app.session(&cohort, title, day).await);
    }
    (cohort, ids)
}

#[tokio::test]
async fn sessions_are_appended_or_inserted_and_positions_stay_dense() {
    let app = TestApp::spawn().await;
    let (cohort, _) = two_days(&app).await;
    app.ok(
        &app.admin_token,
        "mutation($c: ID!) { scheduleSession(input: { cohortId: $c, title: \"Z\", day: \"2026-09-17\", position: 1 }) { position } }",
        json!({ "c": cohort }),
    )
    .await;
    let agenda = app
        .ok(&app.admin_token, AGENDA, json!({ "c": cohort }))
        .await;
    let day1: Vec<(String, i64)> = titles_by_day(&agenda)
        .into_iter()
        .filter(|(d, _, _)| d == "2026-09-17")
        .map(|(_, t, p)| (t, p))
        .collect();
    assert_eq!(
        day1,
        vec![
            ("A".into(), 0),
            ("Z".into(), 1),
            ("B".into(), 2),
            ("C".into(), 3)
        ]
    );
    let one_day = app
        .ok(
            &app.admin_token,
            "query($c: ID!) { cohort(id: $c) { sessions(day: \"2026-09-18\") { title } } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(
        one_day["cohort"]["sessions"],
        json!([{ "title": "D" }, { "title": "E" }])
    );
}

#[tokio::test]
async fn a_session_takes_its_modules_title_and_needs_one_or_the_other() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let module = id(&app
        .ok(&app.admin_token, "mutation { createModule(input: { title: \"Kollegiale Beratung\", kind: PEER_CONSULTATION }) { id } }", json!({}))
        .await["createModule"]);
    let data = app
        .ok(
            &app.admin_token,
            "mutation($c: ID!, $m: ID!) { scheduleSession(input: { cohortId: $c, moduleId: $m, day: \"2026-09-17\" }) { title module { kind } } }",
            json!({ "c": cohort, "m": module }),
        )
        .await;
    assert_eq!(data["scheduleSession"]["title"], "Kollegiale Beratung");
    assert_eq!(
        data["scheduleSession"]["module"]["kind"],
        "PEER_CONSULTATION"
    );
    let neither = app
        .gql(Some(&app.admin_token), "mutation($c: ID!) { scheduleSession(input: { cohortId: $c, day: \"2026-09-17\" }) { id } }", json!({ "c": cohort }))
        .await;
    assert_eq!(error_fields(&neither), vec!["title"]);
    let backwards = app
        .gql(
            Some(&app.admin_token),
            "mutation($c: ID!) { scheduleSession(input: { cohortId: $c, title: \"X\", day: \"2026-09-17\", startsAt: \"2026-09-17T10:00:00Z\", endsAt: \"2026-09-17T09:00:00Z\" }) { id } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(error_fields(&backwards), vec!["endsAt"]);
}

#[tokio::test]
async fn moving_a_session_within_a_day_reorders_it_and_records_the_change() {
    let app = TestApp::spawn().await;
    let (cohort, ids) = two_days(&app).await;
    let (facilitator, token) = app.person("Mira Mod", "FACILITATOR", None).await;
    app.enroll(&cohort, &facilitator, "FACILITATOR").await;
    let moved = app
        .ok(&token, MOVE, json!({ "i": { "sessionId": ids[2], "day": "2026-09-17", "position": 0, "reason": "Wunsch der Gruppe" } }))
        .await;
    assert_eq!(moved["moveSession"]["position"], 0);
    let agenda = app.ok(&token, AGENDA, json!({ "c": cohort })).await;
    let day1: Vec<(String, i64)> = titles_by_day(&agenda)
        .into_iter()
        .filter(|(d, _, _)| d == "2026-09-17")
        .map(|(_, t, p)| (t, p))
        .collect();
    assert_eq!(
        day1,
        vec![("C".into(), 0), ("A".into(), 1), ("B".into(), 2)]
    );
    let change = &agenda["cohort"]["agendaChanges"][0];
    assert_eq!(change["session"]["title"], "C");
    assert_eq!(change["by"]["displayName"], "Mira Mod");
    assert_eq!(
        (
            change["fromPosition"].as_i64(),
            change["toPosition"].as_i64()
        ),
        (Some(2), Some(0))
    );
    assert_eq!(change["reason"], "Wunsch der Gruppe");
}

#[tokio::test]
async fn moving_a_session_to_another_day_closes_the_gap_and_makes_room() {
    let app = TestApp::spawn().await;
    let (cohort, ids) = two_days(&app).await;
    app.ok(
        &app.admin_token,
        MOVE,
        json!({ "i": { "sessionId": ids[0], "day": "2026-09-18", "position": 1 } }),
    )
    .await;
    let agenda = app
        .ok(&app.admin_token, AGENDA, json!({ "c": cohort }))
        .await;
    assert_eq!(
        titles_by_day(&agenda),
        vec![
            ("2026-09-17".into(), "B".into(), 0),
            ("2026-09-17".into(), "C".into(), 1),
            ("2026-09-18".into(), "D".into(), 0),
            ("2026-09-18".into(), "A".into(), 1),
            ("2026-09-18".into(), "E".into(), 2),
        ]
    );
    let change = &agenda["cohort"]["agendaChanges"][0];
    assert_eq!(
        (change["fromDay"].as_str(), change["toDay"].as_str()),
        (Some("2026-09-17"), Some("2026-09-18"))
    );
}

#[tokio::test]
async fn a_move_to_a_position_beyond_the_day_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let (cohort, ids) = two_days(&app).await;
    let before = app
        .ok(&app.admin_token, AGENDA, json!({ "c": cohort }))
        .await;
    for position in [-1, 4] {
        let body = app
            .gql(
                Some(&app.admin_token),
                MOVE,
                json!({ "i": { "sessionId": ids[3], "day": "2026-09-17", "position": position } }),
            )
            .await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{position}");
        assert_eq!(error_fields(&body), vec!["position"]);
    }
    let after = app
        .ok(&app.admin_token, AGENDA, json!({ "c": cohort }))
        .await;
    assert_eq!(before, after);
}

#[tokio::test]
async fn participants_follow_the_agenda_but_cannot_change_it() {
    let app = TestApp::spawn().await;
    let (cohort, ids) = two_days(&app).await;
    let (participant, token) = app.person("Tim Teil", "PARTICIPANT", None).await;
    app.enroll(&cohort, &participant, "PARTICIPANT").await;
    let agenda = app.ok(&token, AGENDA, json!({ "c": cohort })).await;
    assert_eq!(
        agenda["cohort"]["sessions"].as_array().map(Vec::len),
        Some(5)
    );
    let body = app
        .gql(
            Some(&token),
            MOVE,
            json!({ "i": { "sessionId": ids[0], "day": "2026-09-17", "position": 2 } }),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
    let remove = app
        .gql(
            Some(&token),
            "mutation($s: ID!) { removeSession(id: $s) }",
            json!({ "s": ids[0] }),
        )
        .await;
    assert_eq!(error_code(&remove), "FORBIDDEN");
    // Someone outside the cohort does not even find the session.
    let (_, outsider) = app.person("Olga Außen", "PARTICIPANT", None).await;
    let hidden = app
        .gql(
            Some(&outsider),
            "query($s: ID!) { session(id: $s) { title } }",
            json!({ "s": ids[0] }),
        )
        .await;
    assert_eq!(error_code(&hidden), "NOT_FOUND");
}

#[tokio::test]
async fn removing_a_session_closes_up_its_day() {
    let app = TestApp::spawn().await;
    let (cohort, ids) = two_days(&app).await;
    let removed = app
        .ok(
            &app.admin_token,
            "mutation($s: ID!) { removeSession(id: $s) }",
            json!({ "s": ids[0] }),
        )
        .await;
    assert_eq!(removed["removeSession"], true);
    let agenda = app
        .ok(&app.admin_token, AGENDA, json!({ "c": cohort }))
        .await;
    let day1: Vec<(String, i64)> = titles_by_day(&agenda)
        .into_iter()
        .filter(|(d, _, _)| d == "2026-09-17")
        .map(|(_, t, p)| (t, p))
        .collect();
    assert_eq!(day1, vec![("B".into(), 0), ("C".into(), 1)]);
}

#[tokio::test]
async fn session_changes_keep_times_in_order_and_the_status_is_recorded() {
    let app = TestApp::spawn().await;
    let (_, ids) = two_days(&app).await;
    let update = "mutation($s: ID!, $i: UpdateSessionInput!) { updateSession(id: $s, input: $i) { title status startsAt endsAt notes } }";
    let ok = app
        .ok(&app.admin_token, update, json!({ "s": ids[0], "i": { "status": "DONE", "startsAt": "2026-09-17T07:00:00Z", "endsAt": "2026-09-17T08:15:00Z", "notes": "Lief gut" } }))
        .await;
    assert_eq!(ok["updateSession"]["status"], "DONE");
    let bad = app
        .gql(
            Some(&app.admin_token),
            update,
            json!({ "s": ids[0], "i": { "endsAt": "2026-09-17T06:00:00Z" } }),
        )
        .await;
    assert_eq!(error_fields(&bad), vec!["endsAt"]);
}

#[tokio::test]
async fn facilitators_record_attendance_and_participants_see_only_their_own() {
    let app = TestApp::spawn().await;
    let (cohort, ids) = two_days(&app).await;
    let (anna, anna_token) = app.person("Anna", "PARTICIPANT", None).await;
    let (bert, _) = app.person("Bert", "PARTICIPANT", None).await;
    let (outsider, _) = app.person("Olli", "PARTICIPANT", None).await;
    app.enroll(&cohort, &anna, "PARTICIPANT").await;
    app.enroll(&cohort, &bert, "PARTICIPANT").await;
    let record = "mutation($s: ID!, $p: ID!, $x: Boolean!) { recordAttendance(sessionId: $s, personId: $p, present: $x) { present person { displayName } } }";
    app.ok(
        &app.admin_token,
        record,
        json!({ "s": ids[0], "p": anna, "x": true }),
    )
    .await;
    app.ok(
        &app.admin_token,
        record,
        json!({ "s": ids[0], "p": bert, "x": false }),
    )
    .await;
    app.ok(
        &app.admin_token,
        record,
        json!({ "s": ids[0], "p": bert, "x": true }),
    )
    .await;
    let not_member = app
        .gql(
            Some(&app.admin_token),
            record,
            json!({ "s": ids[0], "p": outsider, "x": true }),
        )
        .await;
    assert_eq!(error_fields(&not_member), vec!["personId"]);
    let by_self = app
        .gql(
            Some(&anna_token),
            record,
            json!({ "s": ids[0], "p": anna, "x": true }),
        )
        .await;
    assert_eq!(error_code(&by_self), "FORBIDDEN");

    let query =
        "query($s: ID!) { session(id: $s) { attendance { present person { displayName } } } }";
    let all = app
        .ok(&app.admin_token, query, json!({ "s": ids[0] }))
        .await;
    assert_eq!(
        all["session"]["attendance"].as_array().map(Vec::len),
        Some(2)
    );
    let own = app.ok(&anna_token, query, json!({ "s": ids[0] })).await;
    assert_eq!(
        own["session"]["attendance"],
        json!([{ "present": true, "person": { "displayName": "Anna" } }])
    );
}

async fn timed(
    app: &TestApp,
    cohort: &str,
    title: &str,
    day: &str,
    from: &str,
    to: &str,
) -> String {
    id(&app
        .ok(
            &app.admin_token,
            "mutation($i: ScheduleSessionInput!) { scheduleSession(input: $i) { id } }",
            json!({ "i": { "cohortId": cohort, "title": title, "day": day,
                "startsAt": format!("{day}T{from}:00Z"), "endsAt": format!("{day}T{to}:00Z") } }),
        )
        .await["scheduleSession"])
}

async fn times(app: &TestApp, cohort: &str) -> Vec<(String, String, String)> {
    let data = app
        .ok(
            &app.admin_token,
            "query($c: ID!) { cohort(id: $c) { sessions { title startsAt endsAt } } }",
            json!({ "c": cohort }),
        )
        .await;
    data["cohort"]["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| {
            let hm = |v: &Value| v.as_str().expect("time")[5..16].to_owned();
            (
                s["title"].as_str().expect("title").to_owned(),
                hm(&s["startsAt"]),
                hm(&s["endsAt"]),
            )
        })
        .collect()
}

#[tokio::test]
async fn moved_sessions_take_the_times_of_their_new_place_and_the_lunch_break_stays() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    timed(&app, &cohort, "Ankommen", "2026-09-17", "09:00", "10:30").await;
    timed(&app, &cohort, "Input", "2026-09-17", "10:30", "12:00").await;
    let reflection = timed(&app, &cohort, "Reflexion", "2026-09-17", "13:00", "14:00").await;
    let exercise = timed(&app, &cohort, "Übung", "2026-09-18", "09:00", "09:45").await;
    timed(&app, &cohort, "Beratung", "2026-09-18", "10:00", "11:00").await;

    app.ok(
        &app.admin_token,
        MOVE,
        json!({ "i": { "sessionId": reflection, "day": "2026-09-17", "position": 0 } }),
    )
    .await;
    app.ok(
        &app.admin_token,
        MOVE,
        json!({ "i": { "sessionId": exercise, "day": "2026-09-17", "position": 1 } }),
    )
    .await;

    let t = |title: &str, from: &str, to: &str| (title.to_owned(), from.to_owned(), to.to_owned());
    assert_eq!(
        times(&app, &cohort).await,
        vec![
            // The reflection moved first gets the morning; the exercise arrives after it without a
            // break; the hour of lunch stays after the third slot.
            t("Reflexion", "09-17T09:00", "09-17T10:00"),
            t("Übung", "09-17T10:00", "09-17T10:45"),
            t("Ankommen", "09-17T10:45", "09-17T12:15"),
            t("Input", "09-17T13:15", "09-17T14:45"),
            // The day it left keeps its times.
            t("Beratung", "09-18T10:00", "09-18T11:00"),
        ]
    );
    let calendar = app
        .client
        .get(format!(
            "{}/api/v1/cohorts/{cohort}/calendar.ics",
            app.address
        ))
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .expect("calendar")
        .text()
        .await
        .expect("body")
        .replace("\r\n ", "");
    let input_event = calendar
        .split("BEGIN:VEVENT")
        .find(|event| event.contains("SUMMARY:Input"))
        .expect("the input session is in the calendar");
    assert!(
        !input_event.contains("SEQUENCE:0"),
        "a session whose times changed raises its SEQUENCE, though it was not moved itself:\n{input_event}"
    );
}
