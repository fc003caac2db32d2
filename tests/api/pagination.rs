use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields};

#[tokio::test]
async fn lists_page_with_opaque_cursors_and_count_everything() {
    let app = TestApp::spawn().await;
    for i in 0..25 {
        app.municipality(&format!("Gemeinde {i:02}")).await;
    }
    let first = app.ok(&app.admin_token, "{ municipalities { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } } }", json!({})).await;
    let page = &first["municipalities"];
    assert_eq!(page["totalCount"], 25);
    assert_eq!(
        page["edges"].as_array().map(Vec::len),
        Some(20),
        "default page size is 20"
    );
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    assert_eq!(page["pageInfo"]["hasPreviousPage"], false);
    let after = page["pageInfo"]["endCursor"].as_str().expect("cursor");
    let second = app
        .ok(&app.admin_token, "query($a: String) { municipalities(first: 10, after: $a) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }", json!({ "a": after }))
        .await;
    let names: Vec<&str> = second["municipalities"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        vec![
            "Gemeinde 20",
            "Gemeinde 21",
            "Gemeinde 22",
            "Gemeinde 23",
            "Gemeinde 24"
        ]
    );
    assert_eq!(second["municipalities"]["pageInfo"]["hasNextPage"], false);
    assert_eq!(
        second["municipalities"]["pageInfo"]["hasPreviousPage"],
        true
    );
}

#[tokio::test]
async fn more_than_a_hundred_per_page_or_a_bad_cursor_is_bad_input() {
    let app = TestApp::spawn().await;
    let too_many = app
        .gql(
            Some(&app.admin_token),
            "{ cohorts(first: 101) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&too_many), "BAD_USER_INPUT");
    assert_eq!(error_fields(&too_many), vec!["first"]);
    let ok = app
        .ok(
            &app.admin_token,
            "{ cohorts(first: 100) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(ok["cohorts"]["totalCount"], 0);
    let bad_cursor = app
        .gql(
            Some(&app.admin_token),
            "{ people(after: \"kaputt\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(error_fields(&bad_cursor), vec!["after"]);
}
