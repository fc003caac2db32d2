use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields, id};

#[tokio::test]
async fn a_new_cohort_starts_planned_in_the_default_programme() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let data = app
        .ok(
            &app.admin_token,
            "mutation($i: CreateCohortInput!) { createCohort(input: $i) { title programme status startsOn endsOn capacity municipalities { name } } }",
            json!({ "i": { "title": "Durchgang 1", "startsOn": "2026-09-17", "endsOn": "2027-01-21", "capacity": 16, "municipalityIds": [hanau] } }),
        )
        .await;
    let cohort = &data["createCohort"];
    assert_eq!(cohort["status"], "PLANNED");
    assert_eq!(cohort["programme"], "Vielfaltsmanager*innenausbildung");
    assert_eq!(cohort["municipalities"][0]["name"], "Hanau");
    assert_eq!(cohort["endsOn"], "2027-01-21");
}

#[tokio::test]
async fn invalid_cohort_input_lists_every_field_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let body = app
        .gql(
            Some(&app.admin_token),
            "mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }",
            json!({ "i": { "title": " ", "startsOn": "2026-09-18", "endsOn": "2026-09-17", "capacity": -1, "municipalityIds": [uuid::Uuid::now_v7().to_string()] } }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let mut fields = error_fields(&body);
    fields.sort();
    assert_eq!(
        fields,
        vec!["capacity", "endsOn", "municipalityIds", "title"]
    );
    assert_eq!(app.count_rows("cohort").await, 0);
}

#[tokio::test]
async fn a_malformed_or_unknown_cohort_id_is_not_found() {
    let app = TestApp::spawn().await;
    for id in ["kein-uuid", &uuid::Uuid::now_v7().to_string()] {
        let body = app
            .gql(
                Some(&app.admin_token),
                "query($id: ID!) { cohort(id: $id) { title } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(error_code(&body), "NOT_FOUND");
        assert!(body["data"]["cohort"].is_null());
    }
}

#[tokio::test]
async fn facilitators_of_the_cohort_change_it_and_others_may_not() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (facilitator_id, facilitator) = app.person("Mira Moderation", "FACILITATOR", None).await;
    let (_, other_facilitator) = app.person("Otto Anders", "FACILITATOR", None).await;
    let (participant_id, participant) = app.person("Tina Teil", "PARTICIPANT", None).await;
    app.enroll(&cohort, &facilitator_id, "FACILITATOR").await;
    app.enroll(&cohort, &participant_id, "PARTICIPANT").await;
    let update = "mutation($id: ID!) { updateCohort(id: $id, input: { status: RUNNING, location: \"Hanau\" }) { status location } }";
    let ok = app.ok(&facilitator, update, json!({ "id": cohort })).await;
    assert_eq!(ok["updateCohort"]["status"], "RUNNING");
    assert_eq!(
        error_code(
            &app.gql(Some(&other_facilitator), update, json!({ "id": cohort }))
                .await
        ),
        "FORBIDDEN"
    );
    assert_eq!(
        error_code(
            &app.gql(Some(&participant), update, json!({ "id": cohort }))
                .await
        ),
        "FORBIDDEN"
    );
}

#[tokio::test]
async fn participants_see_their_cohorts_in_full_and_others_only_as_a_summary() {
    let app = TestApp::spawn().await;
    let mine = app.cohort("Mein Durchgang").await;
    let other = app.cohort("Fremder Durchgang").await;
    let (me, token) = app.person("Ida Ich", "PARTICIPANT", None).await;
    let (stranger, _) = app.person("Sven Fremd", "PARTICIPANT", None).await;
    app.enroll(&mine, &me, "PARTICIPANT").await;
    app.enroll(&other, &stranger, "PARTICIPANT").await;
    app.session(&mine, "Vielfaltsdimensionen", "2026-09-17")
        .await;
    app.session(&other, "Unconscious Bias", "2026-09-17").await;
    let query = "query($id: ID!) { cohort(id: $id) { title participantCount sessions { title } enrollments { totalCount } agendaChanges { id } } }";
    let full = app.ok(&token, query, json!({ "id": mine })).await;
    assert_eq!(
        full["cohort"]["sessions"][0]["title"],
        "Vielfaltsdimensionen"
    );
    assert_eq!(full["cohort"]["enrollments"]["totalCount"], 1);
    let summary = app.ok(&token, query, json!({ "id": other })).await;
    assert_eq!(summary["cohort"]["title"], "Fremder Durchgang");
    assert_eq!(summary["cohort"]["participantCount"], 1);
    assert_eq!(summary["cohort"]["sessions"], json!([]));
    assert_eq!(summary["cohort"]["enrollments"]["totalCount"], 0);
    // Anonymous callers see nothing at all.
    let anonymous = app.gql(None, "{ cohorts { totalCount } }", json!({})).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED");
}

#[tokio::test]
async fn enrolment_is_refused_twice_and_beyond_capacity() {
    let app = TestApp::spawn().await;
    let cohort = id(&app
        .ok(
            &app.admin_token,
            "mutation { createCohort(input: { title: \"Klein\", capacity: 1 }) { id } }",
            json!({}),
        )
        .await["createCohort"]);
    let (a, _) = app.person("Anna A", "PARTICIPANT", None).await;
    let (b, _) = app.person("Bert B", "PARTICIPANT", None).await;
    app.enroll(&cohort, &a, "PARTICIPANT").await;
    let enroll = "mutation($c: ID!, $p: ID!) { enroll(input: { cohortId: $c, personId: $p }) { id status } }";
    assert_eq!(
        error_code(
            &app.gql(
                Some(&app.admin_token),
                enroll,
                json!({ "c": cohort, "p": a })
            )
            .await
        ),
        "CONFLICT"
    );
    assert_eq!(
        error_code(
            &app.gql(
                Some(&app.admin_token),
                enroll,
                json!({ "c": cohort, "p": b })
            )
            .await
        ),
        "CONFLICT"
    );
    // Facilitators do not count against the capacity.
    let (f, _) = app.person("Fe F", "FACILITATOR", None).await;
    app.enroll(&cohort, &f, "FACILITATOR").await;
    let data = app
        .ok(
            &app.admin_token,
            "query($c: ID!) { cohort(id: $c) { participantCount facilitators { displayName } participants: enrollments(role: PARTICIPANT) { totalCount } } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(data["cohort"]["participants"]["totalCount"], 1);
    assert_eq!(data["cohort"]["participantCount"], 1);
    assert_eq!(data["cohort"]["facilitators"][0]["displayName"], "Fe F");
}

#[tokio::test]
async fn a_participant_may_withdraw_but_not_change_their_role() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (me, token) = app.person("Wanda Weg", "PARTICIPANT", None).await;
    let enrollment = app.enroll(&cohort, &me, "PARTICIPANT").await;
    let promote = app
        .gql(
            Some(&token),
            "mutation($e: ID!) { updateEnrollment(id: $e, input: { role: FACILITATOR }) { role } }",
            json!({ "e": enrollment }),
        )
        .await;
    assert_eq!(error_code(&promote), "FORBIDDEN");
    let withdrawn = app
        .ok(&token, "mutation($e: ID!) { updateEnrollment(id: $e, input: { status: WITHDRAWN }) { status } }", json!({ "e": enrollment }))
        .await;
    assert_eq!(withdrawn["updateEnrollment"]["status"], "WITHDRAWN");
    let count = app
        .ok(
            &app.admin_token,
            "query($c: ID!) { cohort(id: $c) { participantCount } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(count["cohort"]["participantCount"], 0);
}

#[tokio::test]
async fn only_facilitators_can_be_assigned_as_facilitators() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (participant, _) = app.person("Pia Teil", "PARTICIPANT", None).await;
    let body = app
        .gql(
            Some(&app.admin_token),
            "mutation($c: ID!, $p: ID!) { assignFacilitator(cohortId: $c, personId: $p) { id } }",
            json!({ "c": cohort, "p": participant }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert_eq!(error_fields(&body), vec!["personId"]);
}
