use std::time::Duration;

use chrono::Utc;
use serde_json::json;

use crate::{
    helpers::TestApp,
    smtp::{SmtpSink, body_text},
};

async fn cohort_with_follow_up(app: &TestApp, in_hours: i64) -> (String, String, String) {
    let cohort = app.cohort("Durchgang").await;
    let (de, _) = app
        .person_with_email("Dana Deutsch", "dana@test.example", "PARTICIPANT", None)
        .await;
    let (en, en_token) = app
        .person_with_email("Eve English", "eve@test.example", "PARTICIPANT", None)
        .await;
    app.ok(
        &en_token,
        "mutation { updateProfile(input: { locale: EN }) { locale } }",
        json!({}),
    )
    .await;
    app.enroll(&cohort, &de, "PARTICIPANT").await;
    app.enroll(&cohort, &en, "PARTICIPANT").await;
    let at = (Utc::now() + chrono::Duration::hours(in_hours)).to_rfc3339();
    app.ok(
        &app.admin_token,
        "mutation($c: ID!, $t: DateTime!) { scheduleFollowUp(input: { cohortId: $c, title: \"Digitales Nachtreffen\", scheduledAt: $t, durationMinutes: 90, format: ONLINE, meetingUrl: \"https://konferenz.example/raum\" }) { id } }",
        json!({ "c": cohort, "t": at }),
    )
    .await;
    (cohort, de, en)
}

#[tokio::test]
async fn invitations_to_check_in_reach_a_real_smtp_server_in_each_persons_language() {
    let sink = SmtpSink::start().await;
    let port = sink.port;
    let app = TestApp::spawn_with(move |s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        s.job_interval = Duration::from_millis(500);
    })
    .await;
    cohort_with_follow_up(&app, 5 * 24).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    let check_in_mails = || {
        sink.received()
            .into_iter()
            .filter(|m| {
                m.data.contains("Subject: Einladung zum Check-in")
                    || m.data.contains("Subject: Please check in")
            })
            .collect::<Vec<_>>()
    };
    while check_in_mails().len() < 2 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let received = check_in_mails();
    assert_eq!(received.len(), 2, "{received:?}");
    let to_dana = received
        .iter()
        .find(|m| m.to.iter().any(|t| t.contains("dana@test.example")))
        .expect("mail to Dana");
    let to_eve = received
        .iter()
        .find(|m| m.to.iter().any(|t| t.contains("eve@test.example")))
        .expect("mail to Eve");
    assert!(
        to_dana.data.contains("Subject: Einladung zum Check-in"),
        "{}",
        to_dana.data
    );
    assert!(
        body_text(&to_dana.data).contains("Hallo Dana Deutsch"),
        "{}",
        body_text(&to_dana.data)
    );
    assert!(
        to_eve.data.contains("Subject: Please check in"),
        "{}",
        to_eve.data
    );
    assert!(body_text(&to_eve.data).contains("Hello Eve English"));

    // Written once: later passes send nothing new, and the outbox shows them as sent.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(check_in_mails().len(), 2);
    let outbox = app
        .ok(
            &app.admin_token,
            "{ outbox { totalCount edges { node { kind sentAt } } } }",
            json!({}),
        )
        .await;
    let check_ins: Vec<&serde_json::Value> = outbox["outbox"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter(|e| e["node"]["kind"] == "CHECK_IN_INVITATION")
        .collect();
    assert_eq!(check_ins.len(), 2);
    assert!(check_ins.iter().all(|e| e["node"]["sentAt"].is_string()));
    // The invitations to set a password went out too.
    assert_eq!(outbox["outbox"]["totalCount"], 4);
}

#[tokio::test]
async fn without_smtp_reminders_wait_in_the_outbox_for_admins_to_see() {
    let app = TestApp::spawn_with(|s| s.job_interval = Duration::from_millis(300)).await;
    cohort_with_follow_up(&app, 12).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let outbox = app.ok(&app.admin_token, "{ outbox(pending: true) { totalCount edges { node { kind subject sentAt toAddress } } } }", json!({})).await;
        let edges: Vec<serde_json::Value> = outbox["outbox"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .filter(|e| e["node"]["kind"] == "CHECK_IN_REMINDER")
            .cloned()
            .collect();
        if edges.len() == 2 {
            assert!(edges.iter().all(|e| e["node"]["sentAt"].is_null()));
            assert!(edges.iter().any(|e| {
                e["node"]["subject"]
                    .as_str()
                    .is_some_and(|s| s.starts_with("Erinnerung"))
            }));
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no reminders: {outbox}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (_, participant) = app.person("Pia", "PARTICIPANT", None).await;
    let refused = app
        .gql(Some(&participant), "{ outbox { totalCount } }", json!({}))
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN");
}
