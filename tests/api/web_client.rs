use crate::helpers::TestApp;

#[tokio::test]
async fn the_service_serves_a_built_web_client_with_client_side_routes() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>Vielfaltsnetz</title><div id=root></div>",
    )
    .expect("index");
    std::fs::create_dir(dir.path().join("assets")).expect("assets");
    std::fs::write(dir.path().join("assets/app.js"), "console.log('hallo')").expect("js");
    let web_dir = dir.path().to_path_buf();
    let app = TestApp::spawn_with(move |s| s.web_dir = Some(web_dir)).await;
    let get = |path: &str| app.client.get(format!("{}{path}", app.address)).send();
    let index = get("/").await.expect("sent");
    assert_eq!(index.status(), 200);
    let policy = index.headers()["content-security-policy"]
        .to_str()
        .expect("csp")
        .to_owned();
    assert!(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"));
    assert!(index.text().await.expect("html").contains("Vielfaltsnetz"));
    let route = get("/cohorts/123/agenda").await.expect("sent");
    assert_eq!(route.status(), 200, "client-side routes get index.html");
    assert!(route.text().await.expect("html").contains("<div id=root>"));
    let script = get("/assets/app.js").await.expect("sent");
    assert!(
        script.headers()["content-type"]
            .to_str()
            .expect("type")
            .contains("javascript")
    );
    assert_eq!(get("/healthz").await.expect("sent").status(), 200);
    assert_eq!(
        get("/api/v1/openapi.json").await.expect("sent").status(),
        200
    );
    let graphql = app.gql(None, "{ me { id } }", serde_json::json!({})).await;
    assert!(graphql["data"]["me"].is_null());
}
