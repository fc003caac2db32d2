use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields};

const CREATE: &str = "mutation($i: CreateMunicipalityInput!) { createMunicipality(input: $i) { id name ags state } }";

#[tokio::test]
async fn admins_add_municipalities_with_a_valid_ags() {
    let app = TestApp::spawn().await;
    let data = app
        .ok(
            &app.admin_token,
            CREATE,
            json!({ "i": { "name": "Hanau", "ags": "06435014" } }),
        )
        .await;
    assert_eq!(data["createMunicipality"]["state"], "Hessen");
    let by_ags = app
        .ok(
            &app.admin_token,
            "{ municipality(ags: \"06435014\") { name } }",
            json!({}),
        )
        .await;
    assert_eq!(by_ags["municipality"]["name"], "Hanau");
}

#[tokio::test]
async fn an_ags_that_is_not_eight_digits_is_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    for ags in ["0643501", "064350140", "0643501X", ""] {
        let body = app
            .gql(
                Some(&app.admin_token),
                CREATE,
                json!({ "i": { "name": "Irgendwo", "ags": ags } }),
            )
            .await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{ags}");
        assert_eq!(error_fields(&body), vec!["ags"]);
    }
    assert_eq!(app.count_rows("municipality").await, 0);
}

#[tokio::test]
async fn a_duplicate_ags_is_refused() {
    let app = TestApp::spawn().await;
    app.ok(
        &app.admin_token,
        CREATE,
        json!({ "i": { "name": "Hanau", "ags": "06435014" } }),
    )
    .await;
    let body = app
        .gql(
            Some(&app.admin_token),
            CREATE,
            json!({ "i": { "name": "Hanau 2", "ags": "06435014" } }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert_eq!(error_fields(&body), vec!["ags"]);
}

#[tokio::test]
async fn only_admins_add_municipalities() {
    let app = TestApp::spawn().await;
    let (_, facilitator) = app.person("Fritz Mod", "FACILITATOR", None).await;
    let body = app
        .gql(
            Some(&facilitator),
            CREATE,
            json!({ "i": { "name": "Maintal", "ags": "06435019" } }),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
    let body = app
        .gql(
            None,
            CREATE,
            json!({ "i": { "name": "Maintal", "ags": "06435019" } }),
        )
        .await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn municipalities_and_organisations_are_listed_and_searched() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    app.municipality("Maintal").await;
    app.ok(
        &app.admin_token,
        "mutation($m: ID!) { a: createOrganisation(input: { name: \"Migrant*innenbeirat\", kind: CIVIL_SOCIETY, municipalityId: $m }) { id }
                           b: createOrganisation(input: { name: \"Stadtverwaltung\", kind: ADMINISTRATION, municipalityId: $m }) { id } }",
        json!({ "m": hanau }),
    )
    .await;
    let found = app.ok(&app.admin_token, "{ municipalities(search: \"han\") { totalCount edges { node { name organisations { name kind } } } } }", json!({})).await;
    assert_eq!(found["municipalities"]["totalCount"], 1);
    let orgs = &found["municipalities"]["edges"][0]["node"]["organisations"];
    assert_eq!(orgs[0]["name"], "Migrant*innenbeirat");
    assert_eq!(orgs[1]["kind"], "ADMINISTRATION");
    let search = app.ok(&app.admin_token, "{ organisations(search: \"STADT\") { totalCount edges { node { name municipality { name } } } } }", json!({})).await;
    assert_eq!(search["organisations"]["totalCount"], 1);
    assert_eq!(
        search["organisations"]["edges"][0]["node"]["municipality"]["name"],
        "Hanau"
    );
}

#[tokio::test]
async fn a_violated_database_constraint_becomes_a_conflict_without_internal_detail() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let create = "mutation($m: ID!) { createOrganisation(input: { name: \"Stadtverwaltung\", kind: ADMINISTRATION, municipalityId: $m }) { id } }";
    app.ok(&app.admin_token, create, json!({ "m": hanau }))
        .await;
    let body = app
        .gql(Some(&app.admin_token), create, json!({ "m": hanau }))
        .await;
    assert_eq!(error_code(&body), "CONFLICT");
    let text = body.to_string().to_lowercase();
    for leak in [
        "unique",
        "constraint",
        "sql",
        "uq_",
        "organisation_municipality",
        "duplicate",
    ] {
        assert!(!text.contains(leak), "{leak} leaked in {body}");
    }
}
