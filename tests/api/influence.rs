use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields, id};

const ADD: &str = "mutation($i: InfluenceAreaInput!) { addInfluenceArea(input: $i) { id circle domain description stakeholders } }";
const AREAS: &str = "query($p: ID!, $c: ID!) { person(id: $p) { influenceAreas(cohortId: $c) { description circle } } }";

async fn setup() -> (TestApp, String, String, String, String, String) {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (f, facilitator) = app.person("Mira Mod", "FACILITATOR", None).await;
    let (p, owner) = app.person("Olivia Eigen", "PARTICIPANT", None).await;
    let (q, _) = app.person("Peter Peer", "PARTICIPANT", None).await;
    for (person, role) in [
        (&f, "FACILITATOR"),
        (&p, "PARTICIPANT"),
        (&q, "PARTICIPANT"),
    ] {
        app.enroll(&cohort, person, role).await;
    }
    (app, cohort, facilitator, owner, p, q)
}

#[tokio::test]
async fn a_person_maps_their_sphere_of_influence() {
    let (app, cohort, _, owner, me, _) = setup().await;
    let area = app
        .ok(&owner, ADD, json!({ "i": { "cohortId": cohort, "circle": "INFLUENCE", "domain": "TEAM", "description": "Einarbeitung neuer Kolleg*innen", "stakeholders": ["Teamleitung", " "] } }))
        .await;
    assert_eq!(
        area["addInfluenceArea"]["stakeholders"],
        json!(["Teamleitung"])
    );
    let area_id = id(&area["addInfluenceArea"]);
    app.ok(&owner, ADD, json!({ "i": { "cohortId": cohort, "circle": "CONTROL", "domain": "OWN_ROLE", "description": "Meine Stellenausschreibungen" } })).await;
    app.ok(
        &owner,
        "mutation($id: ID!, $i: InfluenceAreaInput!) { updateInfluenceArea(id: $id, input: $i) { circle } }",
        json!({ "id": area_id, "i": { "cohortId": cohort, "circle": "CONCERN", "domain": "TEAM", "description": "Einarbeitung" } }),
    )
    .await;
    let areas = app.ok(&owner, AREAS, json!({ "p": me, "c": cohort })).await;
    assert_eq!(
        areas["person"]["influenceAreas"],
        json!([{ "description": "Einarbeitung", "circle": "CONCERN" }, { "description": "Meine Stellenausschreibungen", "circle": "CONTROL" }])
    );
    let removed = app
        .ok(
            &owner,
            "mutation($id: ID!) { removeInfluenceArea(id: $id) }",
            json!({ "id": area_id }),
        )
        .await;
    assert_eq!(removed["removeInfluenceArea"], true);
    let invalid = app.gql(Some(&owner), ADD, json!({ "i": { "cohortId": cohort, "circle": "CONTROL", "domain": "TEAM", "description": "" } })).await;
    assert_eq!(error_fields(&invalid), vec!["description"]);
    let elsewhere = app.cohort("Anderer").await;
    let foreign = app.gql(Some(&owner), ADD, json!({ "i": { "cohortId": elsewhere, "circle": "CONTROL", "domain": "TEAM", "description": "x" } })).await;
    assert_eq!(error_fields(&foreign), vec!["cohortId"]);
}

#[tokio::test]
async fn the_map_is_private_until_shared_with_the_cohorts_facilitators() {
    let (app, cohort, facilitator, owner, me, peer) = setup().await;
    app.ok(&owner, ADD, json!({ "i": { "cohortId": cohort, "circle": "CONTROL", "domain": "OWN_ROLE", "description": "Privat" } })).await;
    let _ = peer;
    let (_, peer_token) = app.person("Petra Peer", "PARTICIPANT", None).await;
    for viewer in [&facilitator, &app.admin_token, &peer_token] {
        let seen = app
            .gql(Some(viewer), AREAS, json!({ "p": me, "c": cohort }))
            .await;
        let areas = &seen["data"]["person"]["influenceAreas"];
        assert!(areas.is_null() || areas == &json!([]), "{seen}");
    }
    // The owner cannot edit through someone else, and others cannot remove it.
    let area = app
        .ok(
            &owner,
            "query($p: ID!, $c: ID!) { person(id: $p) { influenceAreas(cohortId: $c) { id } } }",
            json!({ "p": me, "c": cohort }),
        )
        .await;
    let area_id = id(&area["person"]["influenceAreas"][0]);
    let by_facilitator = app
        .gql(
            Some(&facilitator),
            "mutation($id: ID!) { removeInfluenceArea(id: $id) }",
            json!({ "id": area_id }),
        )
        .await;
    assert_eq!(error_code(&by_facilitator), "NOT_FOUND");

    app.ok(
        &owner,
        "mutation($c: ID!) { shareInfluenceMap(cohortId: $c, shared: true) }",
        json!({ "c": cohort }),
    )
    .await;
    let shared = app
        .ok(&facilitator, AREAS, json!({ "p": me, "c": cohort }))
        .await;
    assert_eq!(
        shared["person"]["influenceAreas"],
        json!([{ "description": "Privat", "circle": "CONTROL" }])
    );
    let admin = app
        .ok(&app.admin_token, AREAS, json!({ "p": me, "c": cohort }))
        .await;
    assert_eq!(
        admin["person"]["influenceAreas"],
        json!([]),
        "admins are not the cohort's facilitators"
    );
    let peer_view = app
        .gql(Some(&peer_token), AREAS, json!({ "p": me, "c": cohort }))
        .await;
    assert!(
        peer_view["data"]["person"].is_null()
            || peer_view["data"]["person"]["influenceAreas"] == json!([])
    );
}

#[tokio::test]
async fn the_map_is_drawn_as_svg_for_its_owner() {
    let (app, cohort, facilitator, owner, me, _) = setup().await;
    app.ok(&owner, ADD, json!({ "i": { "cohortId": cohort, "circle": "INFLUENCE", "domain": "MUNICIPALITY", "description": "Barrierefreiheit <Bürgerbüro>" } })).await;
    let svg = app
        .ok(
            &owner,
            "query($p: ID!, $c: ID!) { person(id: $p) { influenceMapSvg(cohortId: $c) } }",
            json!({ "p": me, "c": cohort }),
        )
        .await;
    let svg = svg["person"]["influenceMapSvg"].as_str().expect("svg");
    assert!(
        svg.starts_with("<svg")
            && svg.contains("Barrierefreiheit &lt;Bürgerbüro&gt;")
            && svg.contains("Kommune")
    );
    let none = app
        .ok(
            &facilitator,
            "query($p: ID!, $c: ID!) { person(id: $p) { influenceMapSvg(cohortId: $c) } }",
            json!({ "p": me, "c": cohort }),
        )
        .await;
    assert!(none["person"]["influenceMapSvg"].is_null());

    let response = app
        .client
        .get(format!(
            "{}/api/v1/me/influence-maps/{cohort}.svg",
            app.address
        ))
        .bearer_auth(&owner)
        .header("accept-language", "en")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "image/svg+xml; charset=utf-8"
    );
    let body = response.text().await.expect("body");
    assert!(body.contains("Municipality") && body.contains("Barrierefreiheit"));
    let anonymous = app
        .client
        .get(format!(
            "{}/api/v1/me/influence-maps/{cohort}.svg",
            app.address
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), 401);
    assert_eq!(
        anonymous.headers()["content-type"],
        "application/problem+json"
    );
}
