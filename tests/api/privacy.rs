use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};

use crate::{
    helpers::{PASSWORD, TestApp, error_code, id},
    tokens::token,
};

/// Every table and column of the database that contains `needle` (case-insensitive), plus the
/// full-text index.
async fn traces(app: &TestApp, needle: &str) -> Vec<String> {
    let backend = app.db.get_database_backend();
    let needle = needle.to_lowercase().replace('\'', "''");
    let columns: Vec<(String, String)> = match backend {
        DatabaseBackend::Postgres => app
            .db
            .query_all_raw(Statement::from_string(backend, "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns WHERE table_schema = 'public'".to_owned()))
            .await
            .expect("columns")
            .iter()
            .map(|r| (r.try_get("", "t").expect("t"), r.try_get("", "c").expect("c")))
            .collect(),
        _ => {
            let tables: Vec<String> = app
                .db
                .query_all_raw(Statement::from_string(backend, "SELECT name FROM sqlite_master WHERE type = 'table'".to_owned()))
                .await
                .expect("tables")
                .iter()
                .map(|r| r.try_get("", "name").expect("name"))
                .collect();
            let mut all = Vec::new();
            for table in tables {
                for row in app.db.query_all_raw(Statement::from_string(backend, format!("PRAGMA table_info(\"{table}\")"))).await.expect("info") {
                    all.push((table.clone(), row.try_get("", "name").expect("column")));
                }
            }
            all
        }
    };
    let mut found = Vec::new();
    for (table, column) in columns {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM \"{table}\" WHERE LOWER(CAST(\"{column}\" AS TEXT)) LIKE '%{needle}%'"
        );
        if let Ok(Some(row)) = app
            .db
            .query_one_raw(Statement::from_string(backend, sql))
            .await
            && row.try_get::<i64>("", "n").unwrap_or(0) > 0
        {
            found.push(format!("{table}.{column}"));
        }
    }
    let fts = match backend {
        DatabaseBackend::Postgres => format!(
            "SELECT COUNT(*) AS n FROM post WHERE search_vector @@ phraseto_tsquery('german', '{needle}')"
        ),
        _ => format!(
            "SELECT COUNT(*) AS n FROM post_search WHERE post_search MATCH '\"{}\"'",
            needle.replace('"', "")
        ),
    };
    if let Ok(Some(row)) = app
        .db
        .query_one_raw(Statement::from_string(backend, fts))
        .await
        && row.try_get::<i64>("", "n").unwrap_or(0) > 0
    {
        found.push("full-text index".to_owned());
    }
    found
}

struct Story {
    app: TestApp,
    cohort: String,
    person: String,
    token: String,
    refresh: String,
    peer_token: String,
    facilitator_token: String,
    post: String,
}

const NAME: &str = "Wiebke Vergessen";
const EMAIL: &str = "wiebke.vergessen@hanau.example";

/// A participant who has done a bit of everything, nominated by her municipality's system.
async fn story() -> Story {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let cohort = id(&app.ok(&app.admin_token, "mutation($m: [ID!]) { createCohort(input: { title: \"D\", municipalityIds: $m }) { id } }", json!({ "m": [hanau] })).await["createCohort"]);
    let (_, system) = token(&app, &["ENROLLMENTS_WRITE"], Some(&hanau)).await;
    let nominated: Value = app
        .client
        .post(format!(
            "{}/api/v1/cohorts/{cohort}/nominations",
            app.address
        ))
        .bearer_auth(&system)
        .header("Idempotency-Key", "wiebke")
        .json(&json!({ "email": EMAIL, "display_name": NAME, "organisation": "Stadt Hanau" }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let person = nominated["person"]["id"]
        .as_str()
        .expect("person")
        .to_owned();
    // She sets her password through a fresh invitation.
    let invitation = app
        .ok(&app.admin_token, "mutation { invitePerson(input: { email: \"wiebke.vergessen@hanau.example\", displayName: \"Wiebke Vergessen\", role: PARTICIPANT }) }", json!({}))
        .await["invitePerson"]
        .as_str()
        .expect("token")
        .to_owned();
    let accepted = app
        .gql(None, "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken refreshToken } }", json!({ "t": invitation, "p": PASSWORD }))
        .await;
    let token = accepted["data"]["acceptInvitation"]["accessToken"]
        .as_str()
        .expect("access")
        .to_owned();
    let refresh = accepted["data"]["acceptInvitation"]["refreshToken"]
        .as_str()
        .expect("refresh")
        .to_owned();
    app.ok(
        &app.admin_token,
        "mutation($e: ID!) { updateEnrollment(id: $e, input: { status: ACTIVE }) { id } }",
        json!({ "e": nominated["id"] }),
    )
    .await;
    let (peer, peer_token) = app.person("Paul Peer", "PARTICIPANT", Some(&hanau)).await;
    let (facilitator, facilitator_token) = app.person("Fiona Mod", "FACILITATOR", None).await;
    app.enroll(&cohort, &peer, "PARTICIPANT").await;
    app.enroll(&cohort, &facilitator, "FACILITATOR").await;

    let post = id(&app
        .ok(&token, "mutation { createPost(input: { kind: EXPERIENCE, title: \"Grüße von Wiebke Vergessen\", body: \"Ich bin Wiebke Vergessen aus Hanau.\" }) { id } }", json!({}))
        .await["createPost"]);
    app.ok(&peer_token, "mutation($p: ID!) { createComment(input: { postId: $p, body: \"Willkommen, @Wiebke Vergessen!\" }) { id } }", json!({ "p": post })).await;
    app.ok(
        &token,
        "mutation($p: ID!) { createComment(input: { postId: $p, body: \"Danke!\" }) { id } }",
        json!({ "p": post }),
    )
    .await;
    app.ok(
        &token,
        "mutation($p: ID!) { react(targetId: $p, kind: THANKS) { id } }",
        json!({ "p": post }),
    )
    .await;
    app.ok(&token, "mutation($c: ID!) { createPlan(input: { cohortId: $c, title: \"Mein geheimes Vorhaben\", scale: SMALL, visibility: PRIVATE }) { id } }", json!({ "c": cohort })).await;
    app.ok(&token, "mutation($c: ID!) { createPlan(input: { cohortId: $c, title: \"Offenes Vorhaben\", scale: LARGE, visibility: FACILITATORS }) { id } }", json!({ "c": cohort })).await;
    app.ok(&token, "mutation($c: ID!) { addInfluenceArea(input: { cohortId: $c, circle: CONTROL, domain: TEAM, description: \"Mein Team\" }) { id } }", json!({ "c": cohort })).await;
    app.ok(&token, "mutation($c: ID!) { recordMultiplierActivity(input: { cohortId: $c, title: \"Workshop\", happenedOn: \"2026-10-01\", peopleReached: 9 }) { id } }", json!({ "c": cohort })).await;
    let open = "mutation($c: ID!, $a: Boolean!) { openFeedbackRound(input: { cohortId: $c, question: \"?\", kind: TEXT, anonymous: $a }) { id } }";
    let named = id(&app
        .ok(&facilitator_token, open, json!({ "c": cohort, "a": false }))
        .await["openFeedbackRound"]);
    let anonymous = id(&app
        .ok(&facilitator_token, open, json!({ "c": cohort, "a": true }))
        .await["openFeedbackRound"]);
    let respond =
        "mutation($r: ID!, $t: String!) { respond(input: { roundId: $r, text: $t }) { id } }";
    app.ok(
        &token,
        respond,
        json!({ "r": named, "t": "Benanntes Feedback" }),
    )
    .await;
    app.ok(
        &token,
        respond,
        json!({ "r": anonymous, "t": "Geheimer anonymer Gedanke" }),
    )
    .await;
    let soon = (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339();
    let meeting = id(&app
        .ok(&facilitator_token, "mutation($c: ID!, $t: DateTime!) { scheduleFollowUp(input: { cohortId: $c, title: \"Nachtreffen\", scheduledAt: $t, durationMinutes: 60, format: IN_PERSON, location: \"Rathaus\" }) { id } }", json!({ "c": cohort, "t": soon }))
        .await["scheduleFollowUp"]);
    app.ok(&token, "mutation($f: ID!) { submitCheckIn(input: { followUpId: $f, whatHappened: \"Viel passiert\", needsConsultation: true }) { id } }", json!({ "f": meeting })).await;
    Story {
        app,
        cohort,
        person,
        token,
        refresh,
        peer_token,
        facilitator_token,
        post,
    }
}

#[tokio::test]
async fn the_export_holds_everything_about_the_person_and_nothing_about_anyone_else() {
    let s = story().await;
    let peer_email = s
        .app
        .ok(&s.peer_token, "{ me { email id } }", json!({}))
        .await["me"]
        .clone();
    let export = s
        .app
        .ok(
            &s.token,
            "mutation($p: ID!) { exportPersonData(personId: $p) }",
            json!({ "p": s.person }),
        )
        .await;
    let text = export["exportPersonData"]
        .as_str()
        .expect("json")
        .to_owned();
    let document: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(document["profile"]["email"], EMAIL);
    for expected in [
        "Mein geheimes Vorhaben",
        "Offenes Vorhaben",
        "Mein Team",
        "Workshop",
        "Benanntes Feedback",
        "Viel passiert",
        "Ich bin Wiebke Vergessen",
        "Danke!",
        "THANKS",
    ] {
        assert!(text.contains(expected), "{expected} missing");
    }
    assert!(
        !text.contains("Geheimer anonymer Gedanke"),
        "anonymous feedback is linked to no one: {text}"
    );
    assert!(
        !text.contains(peer_email["email"].as_str().expect("email")),
        "another person's address"
    );
    assert!(
        !text.contains(peer_email["id"].as_str().expect("id")),
        "another person's id"
    );
    assert_eq!(document["comments"][0]["on_post"]["author"], NAME);

    // Others may not; an admin may, and the person sees it in their access log.
    let refused = s
        .app
        .gql(
            Some(&s.peer_token),
            "mutation($p: ID!) { exportPersonData(personId: $p) }",
            json!({ "p": s.person }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
    s.app
        .ok(
            &s.app.admin_token,
            "mutation($p: ID!) { exportPersonData(personId: $p) }",
            json!({ "p": s.person }),
        )
        .await;
    let log = s
        .app
        .ok(
            &s.token,
            "{ me { accessLog { edges { node { action actorName } } } } }",
            json!({}),
        )
        .await;
    let entries = log["me"]["accessLog"]["edges"].as_array().expect("edges");
    assert!(
        entries
            .iter()
            .any(|e| e["node"]["action"] == "person.exported" && e["node"]["actorName"] == "Admin"),
        "{log}"
    );
    let foreign_log = s
        .app
        .gql(
            Some(&s.peer_token),
            "query($p: ID!) { person(id: $p) { accessLog { totalCount } } }",
            json!({ "p": s.person }),
        )
        .await;
    assert_eq!(error_code(&foreign_log), "FORBIDDEN");

    let rest = s
        .app
        .client
        .get(format!("{}/api/v1/me/export", s.app.address))
        .bearer_auth(&s.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(rest.status(), 200);
    let rest: Value = rest.json().await.expect("json");
    assert_eq!(rest["profile"]["display_name"], NAME);
}

#[tokio::test]
async fn reading_sensitive_data_shows_up_in_the_persons_access_log() {
    let s = story().await;
    s.app
        .ok(
            &s.facilitator_token,
            "query($p: ID!) { person(id: $p) { plans { totalCount } } }",
            json!({ "p": s.person }),
        )
        .await;
    s.app
        .ok(
            &s.facilitator_token,
            "query($c: ID!) { cohort(id: $c) { followUps { checkIns { whatHappened } } } }",
            json!({ "c": s.cohort }),
        )
        .await;
    let log = s
        .app
        .ok(
            &s.token,
            "{ me { accessLog { edges { node { action actorName target } } } } }",
            json!({}),
        )
        .await;
    let actions: Vec<(String, String)> = log["me"]["accessLog"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| {
            (
                e["node"]["action"].as_str().unwrap_or("").to_owned(),
                e["node"]["actorName"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        actions.contains(&("plan.read".into(), "Fiona Mod".into())),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("check_in.read".into(), "Fiona Mod".into())),
        "{actions:?}"
    );
    assert!(
        actions
            .iter()
            .any(|(action, actor)| action == "enrollment.nominated"
                && actor == "API-Token HR-System"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn erasure_leaves_no_trace_that_a_database_search_can_find() {
    let s = story().await;
    assert!(
        !traces(&s.app, NAME).await.is_empty(),
        "the search finds the person before"
    );
    let erased = s
        .app
        .ok(
            &s.app.admin_token,
            "mutation($p: ID!) { erasePerson(personId: $p) }",
            json!({ "p": s.person }),
        )
        .await;
    assert_eq!(erased["erasePerson"], true);

    assert_eq!(traces(&s.app, NAME).await, Vec::<String>::new());
    assert_eq!(traces(&s.app, EMAIL).await, Vec::<String>::new());
    assert_eq!(traces(&s.app, "vergessen").await, Vec::<String>::new());

    let gone = s
        .app
        .gql(
            Some(&s.app.admin_token),
            "query($p: ID!) { person(id: $p) { displayName } }",
            json!({ "p": s.person }),
        )
        .await;
    assert_eq!(error_code(&gone), "NOT_FOUND");
    let login = s
        .app
        .gql(
            None,
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
            json!({ "e": EMAIL, "p": PASSWORD }),
        )
        .await;
    assert_eq!(error_code(&login), "UNAUTHENTICATED");
    let refresh = s
        .app
        .gql(
            None,
            "mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }",
            json!({ "t": s.refresh }),
        )
        .await;
    assert_eq!(error_code(&refresh), "UNAUTHENTICATED");
    assert_eq!(
        error_code(&s.app.gql(Some(&s.token), "{ me { id } }", json!({})).await),
        "UNAUTHENTICATED"
    );

    // The thread stays, with a neutral author and without her name.
    let thread = s
        .app
        .ok(&s.peer_token, "query($p: ID!) { post(id: $p) { title body author { id displayName } comments { edges { node { body author { displayName } } } } } }", json!({ "p": s.post }))
        .await;
    assert_eq!(
        thread["post"]["author"]["displayName"],
        "ehemalige*r Teilnehmende*r"
    );
    assert_ne!(thread["post"]["author"]["id"], s.person);
    assert_eq!(
        thread["post"]["comments"]["edges"][0]["node"]["body"],
        "Willkommen, @ehemalige*r Teilnehmende*r!"
    );
    assert_eq!(
        thread["post"]["comments"]["edges"][1]["node"]["author"]["displayName"],
        "ehemalige*r Teilnehmende*r"
    );
    // Anonymous feedback stays (it was never hers in the database); named feedback is gone.
    assert_eq!(s.app.count_rows("feedback_response").await, 1);
    let (_, other_token) = s.app.person("Otto Andere", "PARTICIPANT", None).await;
    let refused = s
        .app
        .gql(
            Some(&other_token),
            "mutation($p: ID!) { erasePerson(personId: $p) }",
            json!({ "p": s.person }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
}

#[tokio::test]
async fn people_may_erase_themselves() {
    let app = TestApp::spawn().await;
    let (me, token) = app.person("Selma Selbst", "PARTICIPANT", None).await;
    app.ok(
        &token,
        "mutation($p: ID!) { erasePerson(personId: $p) }",
        json!({ "p": me }),
    )
    .await;
    assert!(traces(&app, "Selma Selbst").await.is_empty());
    let admin_id = app.ok(&app.admin_token, "{ me { id } }", json!({})).await["me"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let last_admin = app
        .gql(
            Some(&app.admin_token),
            "mutation($p: ID!) { erasePerson(personId: $p) }",
            json!({ "p": admin_id }),
        )
        .await;
    assert_eq!(error_code(&last_admin), "CONFLICT");
}

#[tokio::test]
async fn retention_purges_archived_cohorts_and_keeps_the_report_figures() {
    let app = TestApp::spawn_with(|s| s.job_interval = Duration::from_millis(300)).await;
    let old = app.cohort("Durchgang 2024").await;
    let current = app.cohort("Durchgang 2026").await;
    let (only_old, only_old_token) = app.person("Olga Alt", "PARTICIPANT", None).await;
    let (both, both_token) = app.person("Bea Beides", "PARTICIPANT", None).await;
    app.enroll(&old, &only_old, "PARTICIPANT").await;
    app.enroll(&old, &both, "PARTICIPANT").await;
    app.enroll(&current, &both, "PARTICIPANT").await;
    let plan = "mutation($c: ID!, $t: String!) { createPlan(input: { cohortId: $c, title: $t, scale: SMALL, visibility: COHORT }) { id } }";
    app.ok(
        &only_old_token,
        plan,
        json!({ "c": old, "t": "Altes Vorhaben" }),
    )
    .await;
    app.ok(
        &both_token,
        plan,
        json!({ "c": old, "t": "Vorhaben von damals" }),
    )
    .await;
    app.ok(
        &both_token,
        plan,
        json!({ "c": current, "t": "Vorhaben von heute" }),
    )
    .await;
    let report = "query($c: ID!) { cohort(id: $c) { report { participants plans } } }";
    let before = app.ok(&app.admin_token, report, json!({ "c": old })).await;
    assert_eq!(
        before["cohort"]["report"],
        json!({ "participants": 2, "plans": 2 })
    );
    app.ok(
        &app.admin_token,
        "mutation($c: ID!) { updateCohort(id: $c, input: { status: ARCHIVED }) { status } }",
        json!({ "c": old }),
    )
    .await;

    // Archived yesterday: nothing happens yet.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(app.count_rows("plan").await, 3);
    // Archived 25 months ago: the retention period (24 months) has ended.
    let backend = app.db.get_database_backend();
    let past = (chrono::Utc::now() - chrono::Duration::days(25 * 31)).to_rfc3339();
    let literal = match backend {
        DatabaseBackend::Postgres => format!("'{old}'"),
        _ => format!("X'{}'", old.replace('-', "")),
    };
    let cast = if backend == DatabaseBackend::Postgres {
        "::timestamptz"
    } else {
        ""
    };
    app.db
        .execute_raw(Statement::from_string(
            backend,
            format!("UPDATE cohort SET archived_at = '{past}'{cast} WHERE id = {literal}"),
        ))
        .await
        .expect("backdate");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while app.count_rows("plan").await > 1 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let titles = app
        .ok(
            &both_token,
            "{ plans { edges { node { title } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        titles["plans"]["edges"],
        json!([{ "node": { "title": "Vorhaben von heute" } }])
    );
    assert_eq!(
        error_code(
            &app.gql(
                Some(&app.admin_token),
                "query($p: ID!) { person(id: $p) { id } }",
                json!({ "p": only_old })
            )
            .await
        ),
        "NOT_FOUND"
    );
    let after = app.ok(&app.admin_token, report, json!({ "c": old })).await;
    assert_eq!(after, before, "the figures stay");
}
