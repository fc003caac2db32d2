use serde_json::json;

use crate::helpers::{TestApp, error_code, id};

#[tokio::test]
async fn the_cohort_report_derives_every_figure_from_the_data() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let maintal = app.municipality("Maintal").await;
    let org = |name: &str, kind: &str, town: &str| {
        let app = &app;
        let (name, kind, town) = (name.to_owned(), kind.to_owned(), town.to_owned());
        async move {
            id(&app
                .ok(&app.admin_token, "mutation($n: String!, $k: OrganisationKind!, $m: ID!) { createOrganisation(input: { name: $n, kind: $k, municipalityId: $m }) { id } }", json!({ "n": name, "k": kind, "m": town }))
                .await["createOrganisation"])
        }
    };
    let verwaltung = org("Stadtverwaltung Hanau", "ADMINISTRATION", &hanau).await;
    let verein = org("Familienzentrum Maintal", "CIVIL_SOCIETY", &maintal).await;
    let cohort = app.cohort("Bericht").await;
    let (f, facilitator) = app.person("Fiona Mod", "FACILITATOR", None).await;
    app.enroll(&cohort, &f, "FACILITATOR").await;

    // Four participants: two from Hanau (administration), one from Maintal (civil society), one
    // without municipality; plus one who withdrew.
    let mut people = Vec::new();
    for (name, town, organisation) in [
        ("A", Some(&hanau), Some(&verwaltung)),
        ("B", Some(&hanau), Some(&verwaltung)),
        ("C", Some(&maintal), Some(&verein)),
        ("D", None, None),
        ("E", Some(&maintal), Some(&verein)),
    ] {
        let email = format!("{}@bericht.example", name.to_lowercase());
        let invite = app
            .ok(
                &app.admin_token,
                "mutation($i: InvitePersonInput!) { invitePerson(input: $i) }",
                json!({ "i": { "email": email, "displayName": name, "role": "PARTICIPANT", "municipalityId": town, "organisationId": organisation } }),
            )
            .await["invitePerson"]
            .as_str()
            .expect("token")
            .to_owned();
        let accepted = app
            .gql(None, "mutation($t: String!) { acceptInvitation(token: $t, password: \"ein-sicheres-passwort\") { accessToken person { id } } }", json!({ "t": invite }))
            .await;
        let person = id(&accepted["data"]["acceptInvitation"]["person"]);
        let token = accepted["data"]["acceptInvitation"]["accessToken"]
            .as_str()
            .expect("token")
            .to_owned();
        let enrollment = app.enroll(&cohort, &person, "PARTICIPANT").await;
        people.push((person, token, enrollment));
    }
    app.ok(
        &app.admin_token,
        "mutation($e: ID!) { updateEnrollment(id: $e, input: { status: WITHDRAWN }) { id } }",
        json!({ "e": people[4].2 }),
    )
    .await;
    app.ok(
        &app.admin_token,
        "mutation($e: ID!) { updateEnrollment(id: $e, input: { status: COMPLETED }) { id } }",
        json!({ "e": people[0].2 }),
    )
    .await;

    // Two sessions held (A, B, C present at the first; A present at the second), one planned.
    let s1 = app.session(&cohort, "Eins", "2026-09-17").await;
    let s2 = app.session(&cohort, "Zwei", "2026-09-17").await;
    app.session(&cohort, "Drei", "2026-09-18").await;
    for session in [&s1, &s2] {
        app.ok(
            &facilitator,
            "mutation($s: ID!) { updateSession(id: $s, input: { status: DONE }) { id } }",
            json!({ "s": session }),
        )
        .await;
    }
    let record = "mutation($s: ID!, $p: ID!, $x: Boolean!) { recordAttendance(sessionId: $s, personId: $p, present: $x) { present } }";
    for (session, person, present) in [
        (&s1, 0, true),
        (&s1, 1, true),
        (&s1, 2, true),
        (&s1, 3, false),
        (&s2, 0, true),
        (&s2, 1, false),
    ] {
        app.ok(
            &facilitator,
            record,
            json!({ "s": session, "p": people[person].0, "x": present }),
        )
        .await;
    }

    // Feedback: a named round (4 and 2) and a small anonymous round (5) that must not count.
    let open = "mutation($c: ID!, $a: Boolean!) { openFeedbackRound(input: { cohortId: $c, question: \"?\", kind: RATING, anonymous: $a }) { id } }";
    let named = id(&app
        .ok(&facilitator, open, json!({ "c": cohort, "a": false }))
        .await["openFeedbackRound"]);
    let anonymous = id(&app
        .ok(&facilitator, open, json!({ "c": cohort, "a": true }))
        .await["openFeedbackRound"]);
    let respond =
        "mutation($r: ID!, $x: Int!) { respond(input: { roundId: $r, rating: $x }) { id } }";
    app.ok(&people[0].1, respond, json!({ "r": named, "x": 4 }))
        .await;
    app.ok(&people[1].1, respond, json!({ "r": named, "x": 2 }))
        .await;
    app.ok(&people[0].1, respond, json!({ "r": anonymous, "x": 5 }))
        .await;

    // Plans: one done, one in progress, one idea (private: counted, never shown).
    for (who, visibility, status) in [
        (0, "COHORT", Some("DONE")),
        (1, "FACILITATORS", Some("IN_PROGRESS")),
        (2, "PRIVATE", None),
    ] {
        let plan = id(&app
            .ok(&people[who].1, "mutation($c: ID!, $v: Visibility!) { createPlan(input: { cohortId: $c, title: \"Vorhaben\", scale: SMALL, visibility: $v }) { id } }", json!({ "c": cohort, "v": visibility }))
            .await["createPlan"]);
        if let Some(status) = status {
            app.ok(&people[who].1, "mutation($p: ID!, $s: PlanStatus!) { addPlanUpdate(input: { planId: $p, status: $s }) { id } }", json!({ "p": plan, "s": status })).await;
        }
    }
    // Multiplier work: 12 + 30 people reached.
    for (who, reached) in [(0, 12), (2, 30)] {
        app.ok(
            &people[who].1,
            "mutation($c: ID!, $n: Int!) { recordMultiplierActivity(input: { cohortId: $c, title: \"Workshop\", happenedOn: \"2026-10-01\", peopleReached: $n }) { id } }",
            json!({ "c": cohort, "n": reached }),
        )
        .await;
    }
    // One follow-up held, with two check-ins of four participants.
    let soon = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let meeting = id(&app
        .ok(&facilitator, "mutation($c: ID!, $t: DateTime!) { scheduleFollowUp(input: { cohortId: $c, title: \"Nachtreffen\", scheduledAt: $t, durationMinutes: 90, format: IN_PERSON, location: \"Rathaus\" }) { id } }", json!({ "c": cohort, "t": soon }))
        .await["scheduleFollowUp"]);
    for who in [0, 3] {
        app.ok(&people[who].1, "mutation($f: ID!) { submitCheckIn(input: { followUpId: $f, whatHappened: \"Einiges\", needsConsultation: false }) { id } }", json!({ "f": meeting })).await;
    }
    app.ok(
        &facilitator,
        "mutation($f: ID!) { updateFollowUp(id: $f, input: { status: DONE }) { id } }",
        json!({ "f": meeting }),
    )
    .await;

    let report = app
        .ok(
            &facilitator,
            "query($c: ID!) { cohort(id: $c) { report { participants completed withdrawn byMunicipality { key count } byOrganisationKind { key count }
               sessionsHeld averageAttendance averageFeedbackRating plans plansDone plansInProgress multiplierActivities peopleReached checkInRate } } }",
            json!({ "c": cohort }),
        )
        .await["cohort"]["report"]
        .clone();
    assert_eq!(report["participants"], 4);
    assert_eq!(report["completed"], 1);
    assert_eq!(report["withdrawn"], 1);
    assert_eq!(
        report["byMunicipality"],
        json!([{ "key": "Hanau", "count": 2 }, { "key": "Maintal", "count": 1 }, { "key": "ohne Angabe", "count": 1 }])
    );
    assert_eq!(
        report["byOrganisationKind"],
        json!([{ "key": "ADMINISTRATION", "count": 2 }, { "key": "CIVIL_SOCIETY", "count": 1 }, { "key": "NONE", "count": 1 }])
    );
    assert_eq!(report["sessionsHeld"], 2);
    // (3/4 + 1/4) / 2
    assert_eq!(report["averageAttendance"], 0.5);
    assert_eq!(report["averageFeedbackRating"], 3.0);
    assert_eq!(
        (
            report["plans"].as_i64(),
            report["plansDone"].as_i64(),
            report["plansInProgress"].as_i64()
        ),
        (Some(3), Some(1), Some(1))
    );
    assert_eq!(report["multiplierActivities"], 2);
    assert_eq!(report["peopleReached"], 42);
    assert_eq!(report["checkInRate"], 0.5);

    // Participants may not read it; admins download it as CSV.
    let refused = app
        .gql(
            Some(&people[0].1),
            "query($c: ID!) { cohort(id: $c) { report { participants } } }",
            json!({ "c": cohort }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
    let csv = app
        .client
        .get(format!(
            "{}/api/v1/reports/cohorts/{cohort}.csv",
            app.address
        ))
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .expect("sent");
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/csv")
    );
    let text = csv.text().await.expect("csv");
    assert!(text.starts_with("\u{feff}Kennzahl;Wert\r\n"));
    assert!(text.contains("Teilnehmende;4\r\n"));
    assert!(text.contains("Durchschnittliche Anwesenheit;0,500\r\n"));
    assert!(text.contains("Erreichte Personen;42\r\n"));
    assert!(text.contains("Teilnehmende aus Hanau;2\r\n"));
    let by_facilitator = app
        .client
        .get(format!(
            "{}/api/v1/reports/cohorts/{cohort}.csv",
            app.address
        ))
        .bearer_auth(&facilitator)
        .send()
        .await
        .expect("sent");
    assert_eq!(by_facilitator.status(), 403);
}
