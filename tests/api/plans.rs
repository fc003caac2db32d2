use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, error_fields, id};

const CREATE: &str =
    "mutation($i: CreatePlanInput!) { createPlan(input: $i) { id status visibility } }";
const PLAN: &str = "query($id: ID!) { plan(id: $id) { title status owner { displayName } updates { status note author { displayName } } } }";

struct World {
    app: TestApp,
    cohort: String,
    owner: String,
    owner_id: String,
    peer: String,
    facilitator: String,
    other_facilitator: String,
    outsider: String,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let other = app.cohort("Anderer Durchgang").await;
    let (owner_id, owner) = app.person("Olivia Owner", "PARTICIPANT", None).await;
    let (peer_id, peer) = app.person("Peter Peer", "PARTICIPANT", None).await;
    let (f_id, facilitator) = app.person("Fiona Mod", "FACILITATOR", None).await;
    let (g_id, other_facilitator) = app.person("Gerd Mod", "FACILITATOR", None).await;
    let (o_id, outsider) = app.person("Otto Außen", "PARTICIPANT", None).await;
    app.enroll(&cohort, &owner_id, "PARTICIPANT").await;
    app.enroll(&cohort, &peer_id, "PARTICIPANT").await;
    app.enroll(&cohort, &f_id, "FACILITATOR").await;
    app.enroll(&other, &g_id, "FACILITATOR").await;
    app.enroll(&other, &o_id, "PARTICIPANT").await;
    World {
        app,
        cohort,
        owner,
        owner_id,
        peer,
        facilitator,
        other_facilitator,
        outsider,
    }
}

async fn plan(w: &World, visibility: &str) -> String {
    id(&w.app.ok(&w.owner, CREATE, json!({ "i": { "cohortId": w.cohort, "title": format!("Vorhaben {visibility}"), "scale": "SMALL", "visibility": visibility } })).await["createPlan"])
}

fn sees(body: &Value) -> bool {
    body["data"]["plan"].is_object()
}

#[tokio::test]
async fn who_sees_a_plan_follows_its_visibility_for_every_role() {
    let w = world().await;
    // (visibility, owner, peer, facilitator of the cohort, facilitator elsewhere, admin, outsider)
    let table = [
        ("PRIVATE", [true, false, false, false, false, false]),
        ("FACILITATORS", [true, false, true, false, true, false]),
        ("COHORT", [true, true, true, false, true, false]),
        ("COMMUNITY", [true, true, true, true, true, true]),
    ];
    for (visibility, expected) in table {
        let plan = plan(&w, visibility).await;
        let viewers = [
            &w.owner,
            &w.peer,
            &w.facilitator,
            &w.other_facilitator,
            &w.app.admin_token,
            &w.outsider,
        ];
        for (viewer, expected) in viewers.iter().zip(expected) {
            let body = w.app.gql(Some(viewer), PLAN, json!({ "id": plan })).await;
            assert_eq!(sees(&body), expected, "{visibility}: {body}");
            if !expected {
                assert_eq!(error_code(&body), "NOT_FOUND");
            }
        }
    }
    // The lists follow the same rule.
    let by_cohort = "query($c: ID!) { cohort(id: $c) { plans { totalCount } } }";
    let by_person = "query($p: ID!) { person(id: $p) { plans { totalCount } } }";
    let search = "{ plans(search: \"vorhaben\") { totalCount } }";
    assert_eq!(
        count(&w.app, &w.owner, by_cohort, json!({ "c": w.cohort })).await["plans"]["totalCount"],
        4
    );
    assert_eq!(
        count(&w.app, &w.peer, by_cohort, json!({ "c": w.cohort })).await["plans"]["totalCount"],
        2
    );
    assert_eq!(
        count(&w.app, &w.facilitator, by_cohort, json!({ "c": w.cohort })).await["plans"]["totalCount"],
        3
    );
    assert_eq!(
        count(&w.app, &w.peer, by_person, json!({ "p": w.owner_id })).await["plans"]["totalCount"],
        2
    );
    assert_eq!(
        count(
            &w.app,
            &w.app.admin_token,
            by_person,
            json!({ "p": w.owner_id })
        )
        .await["plans"]["totalCount"],
        3
    );
    assert_eq!(
        count(&w.app, &w.outsider, search, json!({})).await["totalCount"],
        1
    );
    assert_eq!(
        count(&w.app, &w.other_facilitator, search, json!({})).await["totalCount"],
        1
    );
    assert_eq!(
        count(&w.app, &w.owner, search, json!({})).await["totalCount"],
        4
    );
}

#[tokio::test]
async fn every_status_move_is_recorded_with_who_and_when() {
    let w = world().await;
    let plan = plan(&w, "COHORT").await;
    for (status, note) in [
        ("IN_PROGRESS", "Gespräch mit der Amtsleitung"),
        ("DONE", "Umgesetzt"),
        ("IN_PROGRESS", "Wieder aufgenommen"),
    ] {
        w.app
            .ok(
                &w.owner,
                "mutation($i: PlanUpdateInput!) { addPlanUpdate(input: $i) { id createdAt } }",
                json!({ "i": { "planId": plan, "status": status, "note": note } }),
            )
            .await;
    }
    let data = w.app.ok(&w.peer, PLAN, json!({ "id": plan })).await;
    assert_eq!(data["plan"]["status"], "IN_PROGRESS");
    let statuses: Vec<&str> = data["plan"]["updates"]
        .as_array()
        .expect("updates")
        .iter()
        .map(|u| u["status"].as_str().expect("status"))
        .collect();
    assert_eq!(statuses, vec!["IN_PROGRESS", "DONE", "IN_PROGRESS"]);
    assert_eq!(
        data["plan"]["updates"][0]["author"]["displayName"],
        "Olivia Owner"
    );
    // Only the owner changes the plan; others who see it get FORBIDDEN.
    let by_peer = w
        .app
        .gql(
            Some(&w.peer),
            "mutation($i: PlanUpdateInput!) { addPlanUpdate(input: $i) { id } }",
            json!({ "i": { "planId": plan, "status": "DROPPED" } }),
        )
        .await;
    assert_eq!(error_code(&by_peer), "FORBIDDEN");
    let edit = w
        .app
        .gql(
            Some(&w.peer),
            "mutation($id: ID!) { updatePlan(id: $id, input: { title: \"X\" }) { id } }",
            json!({ "id": plan }),
        )
        .await;
    assert_eq!(error_code(&edit), "FORBIDDEN");
}

#[tokio::test]
async fn plan_input_is_checked() {
    let w = world().await;
    let without_cohort = w
        .app
        .gql(
            Some(&w.owner),
            CREATE,
            json!({ "i": { "title": "Ohne Durchgang", "scale": "LARGE", "visibility": "COHORT" } }),
        )
        .await;
    assert_eq!(error_fields(&without_cohort), vec!["visibility"]);
    let empty = w.app.gql(Some(&w.owner), CREATE, json!({ "i": { "cohortId": w.cohort, "title": " ", "scale": "LARGE", "visibility": "PRIVATE" } })).await;
    assert_eq!(error_fields(&empty), vec!["title"]);
    let foreign = w.app.gql(Some(&w.outsider), CREATE, json!({ "i": { "cohortId": w.cohort, "title": "X", "scale": "LARGE", "visibility": "PRIVATE" } })).await;
    assert_eq!(error_fields(&foreign), vec!["cohortId"]);
    assert_eq!(w.app.count_rows("plan").await, 0);
    let personal = w.app.ok(&w.owner, CREATE, json!({ "i": { "title": "Nur für mich", "scale": "SMALL", "visibility": "PRIVATE", "targetDate": "2027-03-31" } })).await;
    assert_eq!(personal["createPlan"]["status"], "IDEA");
}

#[tokio::test]
async fn multiplier_activities_are_recorded_and_checked() {
    let w = world().await;
    let mutation = "mutation($i: MultiplierActivityInput!) { recordMultiplierActivity(input: $i) { title peopleReached happenedOn } }";
    let ok = w.app
        .ok(&w.owner, mutation, json!({ "i": { "cohortId": w.cohort, "title": "Workshop im Team", "happenedOn": "2026-10-05", "peopleReached": 12 } }))
        .await;
    assert_eq!(ok["recordMultiplierActivity"]["peopleReached"], 12);
    let bad = w
        .app
        .gql(
            Some(&w.owner),
            mutation,
            json!({ "i": { "title": "", "happenedOn": "2099-01-01", "peopleReached": -3 } }),
        )
        .await;
    let mut fields = error_fields(&bad);
    fields.sort();
    assert_eq!(fields, vec!["happenedOn", "peopleReached", "title"]);
    let mine = w
        .app
        .ok(
            &w.facilitator,
            "query($p: ID!) { person(id: $p) { multiplierActivities { title } } }",
            json!({ "p": w.owner_id }),
        )
        .await;
    assert_eq!(
        mine["person"]["multiplierActivities"][0]["title"],
        "Workshop im Team"
    );
    let peer = w
        .app
        .ok(
            &w.peer,
            "query($p: ID!) { person(id: $p) { multiplierActivities { title } } }",
            json!({ "p": w.owner_id }),
        )
        .await;
    assert_eq!(peer["person"]["multiplierActivities"], json!([]));
}

/// The first field of `data`.
async fn count(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let data = app.ok(token, query, variables).await;
    data.as_object()
        .and_then(|o| o.values().next())
        .cloned()
        .unwrap_or(Value::Null)
}

#[tokio::test]
async fn a_plan_and_a_step_sent_twice_with_one_key_are_stored_once() {
    let w = world().await;
    let input = json!({ "cohortId": w.cohort, "title": "Offline geplant", "scale": "SMALL", "visibility": "COHORT", "idempotencyKey": "queue-1" });
    let first = id(&w.app.ok(&w.owner, CREATE, json!({ "i": input })).await["createPlan"]);
    let again = id(&w.app.ok(&w.owner, CREATE, json!({ "i": input })).await["createPlan"]);
    assert_eq!(first, again);
    assert_eq!(w.app.count_rows("plan").await, 1);

    // The same key for another plan is refused and stores nothing.
    let other = w.app.gql(Some(&w.owner), CREATE, json!({ "i": { "title": "Etwas anderes", "scale": "SMALL", "visibility": "PRIVATE", "idempotencyKey": "queue-1" } })).await;
    assert_eq!(error_fields(&other), vec!["idempotencyKey"]);
    assert_eq!(w.app.count_rows("plan").await, 1);

    let step = "mutation($i: PlanUpdateInput!) { addPlanUpdate(input: $i) { id status } }";
    let update = json!({ "i": { "planId": first, "status": "IN_PROGRESS", "note": "Erster Schritt", "idempotencyKey": "queue-2" } });
    let a = w.app.ok(&w.owner, step, update.clone()).await;
    let b = w.app.ok(&w.owner, step, update).await;
    assert_eq!(a["addPlanUpdate"]["id"], b["addPlanUpdate"]["id"]);
    assert_eq!(w.app.count_rows("plan_update").await, 1);
    let shown = w.app.ok(&w.owner, PLAN, json!({ "id": first })).await;
    assert_eq!(shown["plan"]["status"], "IN_PROGRESS");
}

#[tokio::test]
async fn a_key_whose_first_request_never_finished_is_in_progress_and_then_expires() {
    use chrono::{Duration, Utc};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};

    let w = world().await;
    let claim = |key: &str, age: Duration| entity::idempotency_key::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        caller: Set(format!("person:{}", w.owner_id)),
        key: Set(format!("createPlan:{key}")),
        request_hash: Set("unfinished".to_owned()),
        status: Set(None),
        body: Set(None),
        created_at: Set(Utc::now() - age),
    };
    claim("running", Duration::seconds(5))
        .insert(&w.app.db)
        .await
        .expect("claim");
    claim("stuck", Duration::minutes(10))
        .insert(&w.app.db)
        .await
        .expect("claim");
    let input = |key: &str| json!({ "i": { "title": "Vorhaben", "scale": "SMALL", "visibility": "PRIVATE", "idempotencyKey": key } });

    let running = w.app.gql(Some(&w.owner), CREATE, input("running")).await;
    assert_eq!(error_code(&running), "IN_PROGRESS");
    assert_eq!(w.app.count_rows("plan").await, 0);

    // The service stopped in the middle of that request long ago: the key works again.
    let stuck = w.app.ok(&w.owner, CREATE, input("stuck")).await;
    assert_eq!(stuck["createPlan"]["status"], "IDEA");
    assert_eq!(w.app.count_rows("plan").await, 1);
}
