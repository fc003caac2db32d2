use serde_json::json;

use crate::helpers::TestApp;

const COHORTS: &str = "query($n: Int) { cohorts(first: $n) { totalCount edges { node { title participantCount
  sessions { title module { title } } facilitators { displayName email } municipalities { name organisations { name } } } } } }";

async fn statements_for(app: &TestApp, n: usize) -> u64 {
    let before = app.statements().await;
    let data = app.ok(&app.admin_token, COHORTS, json!({ "n": n })).await;
    let after = app.statements().await;
    assert_eq!(data["cohorts"]["edges"].as_array().map(Vec::len), Some(n));
    for edge in data["cohorts"]["edges"].as_array().expect("edges") {
        assert_eq!(edge["node"]["sessions"].as_array().map(Vec::len), Some(2));
        assert_eq!(
            edge["node"]["facilitators"].as_array().map(Vec::len),
            Some(1)
        );
        assert_eq!(
            edge["node"]["municipalities"].as_array().map(Vec::len),
            Some(2)
        );
    }
    after - before
}

#[tokio::test]
async fn listing_twenty_cohorts_takes_as_many_statements_as_listing_two() {
    let app = TestApp::spawn().await;
    let a = app.municipality("Hanau").await;
    let b = app.municipality("Maintal").await;
    let (facilitator, _) = app.person("Mira Mod", "FACILITATOR", None).await;
    let module = app
        .ok(&app.admin_token, "mutation { createModule(input: { title: \"Vielfaltsdimensionen\", kind: INPUT }) { id } }", json!({}))
        .await["createModule"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    for i in 0..20 {
        let cohort = app
            .ok(
                &app.admin_token,
                "mutation($t: String!, $m: [ID!]) { createCohort(input: { title: $t, municipalityIds: $m }) { id } }",
                json!({ "t": format!("Durchgang {i}"), "m": [a, b] }),
            )
            .await["createCohort"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
        app.enroll(&cohort, &facilitator, "FACILITATOR").await;
        for day in ["2026-09-17", "2026-09-18"] {
            app.ok(
                &app.admin_token,
                "mutation($c: ID!, $m: ID!, $d: Date!) { scheduleSession(input: { cohortId: $c, moduleId: $m, day: $d }) { id } }",
                json!({ "c": cohort, "m": module, "d": day }),
            )
            .await;
        }
    }
    let two = statements_for(&app, 2).await;
    let twenty = statements_for(&app, 20).await;
    assert_eq!(
        two, twenty,
        "statements must not grow with the rows returned"
    );
    assert!(twenty <= 15, "{twenty} statements for one request");
}
