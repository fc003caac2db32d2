//! Many people writing at the same moment: on SQLite every write waits its turn instead of
//! surfacing "database is locked"; on PostgreSQL the same load simply runs.

use futures_util::future::join_all;
use serde_json::json;

use crate::helpers::{TestApp, id};

const SESSION: &str = "mutation($c: ID!, $t: String!) { scheduleSession(input: { cohortId: $c, title: $t, day: \"2027-03-01\" }) { id } }";

#[tokio::test]
async fn fifty_concurrent_writers_all_succeed_without_lock_errors() {
    let app = TestApp::spawn().await;
    let writers = (0..50).map(|w| {
        let app = &app;
        async move {
            let mut errors = Vec::new();
            let body = app
                .gql(
                    Some(&app.admin_token),
                    "mutation($t: String!) { createCohort(input: { title: $t }) { id } }",
                    json!({ "t": format!("Durchgang {w}") }),
                )
                .await;
            if body.get("errors").is_some() {
                errors.push(body.to_string());
                return errors;
            }
            let cohort = id(&body["data"]["createCohort"]);
            for s in 0..3 {
                let body = app
                    .gql(
                        Some(&app.admin_token),
                        SESSION,
                        json!({ "c": cohort, "t": format!("Tag {s}") }),
                    )
                    .await;
                if body.get("errors").is_some() {
                    errors.push(body.to_string());
                }
            }
            errors
        }
    });
    let errors: Vec<String> = join_all(writers).await.into_iter().flatten().collect();
    assert!(
        errors.is_empty(),
        "{} writes failed: {:?}",
        errors.len(),
        errors.first()
    );
    assert_eq!(app.count_rows("cohort").await, 50);
    assert_eq!(app.count_rows("session").await, 150);
}
