use serde_json::json;

use crate::helpers::{TestApp, error_code, error_fields, id};

const CREATE: &str = "mutation($i: ModuleInput!) { createModule(input: $i) { id title kind tags learningGoals materials { title url } durationMinutes archived } }";

#[tokio::test]
async fn staff_build_the_module_library_and_filter_it() {
    let app = TestApp::spawn().await;
    let (_, facilitator) = app.person("Mo Mod", "FACILITATOR", None).await;
    let created = app
        .ok(
            &facilitator,
            CREATE,
            json!({ "i": { "title": "Unconscious Bias", "kind": "INPUT", "durationMinutes": 75, "tags": ["#Bias", "bias", "Grundlagen"],
                    "learningGoals": ["Denkmuster erkennen"], "materials": [{ "title": "Folien", "url": "https://beispiel.de/folien.pdf" }] } }),
        )
        .await;
    assert_eq!(
        created["createModule"]["tags"],
        json!(["bias", "grundlagen"])
    );
    app.ok(&facilitator, CREATE, json!({ "i": { "title": "Privilegien sichtbar machen", "kind": "EXERCISE", "tags": ["übung"] } })).await;
    app.ok(
        &facilitator,
        CREATE,
        json!({ "i": { "title": "Reflexionsrunde", "kind": "REFLECTION" } }),
    )
    .await;

    let by_kind = app
        .ok(
            &facilitator,
            "{ modules(kind: EXERCISE) { totalCount edges { node { title } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        by_kind["modules"]["edges"][0]["node"]["title"],
        "Privilegien sichtbar machen"
    );
    let by_tag = app
        .ok(
            &facilitator,
            "{ modules(tag: \"Bias\") { totalCount edges { node { title } } } }",
            json!({}),
        )
        .await;
    assert_eq!(by_tag["modules"]["totalCount"], 1);
    let by_umlaut_tag = app
        .ok(
            &facilitator,
            "{ modules(tag: \"übung\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(by_umlaut_tag["modules"]["totalCount"], 1);
    let by_search = app
        .ok(
            &facilitator,
            "{ modules(search: \"reflex\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(by_search["modules"]["totalCount"], 1);
}

#[tokio::test]
async fn archived_modules_leave_the_library_but_stay_readable() {
    let app = TestApp::spawn().await;
    let module = id(&app
        .ok(
            &app.admin_token,
            CREATE,
            json!({ "i": { "title": "Alt", "kind": "OTHER" } }),
        )
        .await["createModule"]);
    let archived = app
        .ok(
            &app.admin_token,
            "mutation($id: ID!) { archiveModule(id: $id) { archived } }",
            json!({ "id": module }),
        )
        .await;
    assert_eq!(archived["archiveModule"]["archived"], true);
    let list = app
        .ok(&app.admin_token, "{ modules { totalCount } }", json!({}))
        .await;
    assert_eq!(list["modules"]["totalCount"], 0);
    let all = app
        .ok(
            &app.admin_token,
            "{ modules(includeArchived: true) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(all["modules"]["totalCount"], 1);
    let one = app
        .ok(
            &app.admin_token,
            "query($id: ID!) { module(id: $id) { title archived } }",
            json!({ "id": module }),
        )
        .await;
    assert_eq!(one["module"]["title"], "Alt");
}

#[tokio::test]
async fn participants_read_the_library_but_do_not_change_it() {
    let app = TestApp::spawn().await;
    let (_, participant) = app.person("Pia", "PARTICIPANT", None).await;
    let body = app
        .gql(
            Some(&participant),
            CREATE,
            json!({ "i": { "title": "X", "kind": "OTHER" } }),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
    let list = app
        .ok(&participant, "{ modules { totalCount } }", json!({}))
        .await;
    assert_eq!(list["modules"]["totalCount"], 0);
}

#[tokio::test]
async fn module_input_is_validated_field_by_field() {
    let app = TestApp::spawn().await;
    let body = app
        .gql(
            Some(&app.admin_token),
            CREATE,
            json!({ "i": { "title": "", "kind": "INPUT", "durationMinutes": 0, "materials": [{ "title": "Böse", "url": "javascript:alert(1)" }] } }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let mut fields = error_fields(&body);
    fields.sort();
    assert_eq!(fields, vec!["durationMinutes", "materials.0.url", "title"]);
    assert_eq!(app.count_rows("module").await, 0);
}
