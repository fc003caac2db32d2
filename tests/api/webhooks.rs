use std::time::Duration;

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::{
    helpers::{TestApp, error_fields, id},
    receiver::{Hit, Receiver},
};

fn verify(secret: &str, hit: &Hit) -> bool {
    let Some(header) = hit.headers.get("vielfalt-signature") else {
        return false;
    };
    let mut timestamp = "";
    let mut signature = "";
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => timestamp = v,
            Some(("v1", v)) => signature = v,
            _ => {}
        }
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(format!("{timestamp}.{}", hit.body).as_bytes());
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    expected == signature
}

fn event(hit: &Hit) -> (String, String) {
    let body: Value = serde_json::from_str(&hit.body).expect("json body");
    (
        body["event"].as_str().expect("event").to_owned(),
        body["id"].as_str().expect("id").to_owned(),
    )
}

#[tokio::test]
async fn webhooks_arrive_signed_in_order_and_are_retried_after_a_failure() {
    let receiver = Receiver::start(vec![500]).await;
    let app = TestApp::spawn_with(|s| {
        s.job_interval = Duration::from_millis(150);
        s.webhook_retry_base = Duration::from_millis(300);
    })
    .await;
    let hanau = app.municipality("Hanau").await;
    let maintal = app.municipality("Maintal").await;
    let cohort = id(&app.ok(&app.admin_token, "mutation($m: [ID!]) { createCohort(input: { title: \"D\", municipalityIds: $m }) { id } }", json!({ "m": [hanau] })).await["createCohort"]);
    let created = app
        .ok(
            &app.admin_token,
            "mutation($m: ID!, $u: String!) { createWebhookEndpoint(input: { municipalityId: $m, url: $u, events: [\"enrollment.created\", \"agenda.changed\"] }) { secret endpoint { id } } }",
            json!({ "m": hanau, "u": receiver.url }),
        )
        .await;
    let secret = created["createWebhookEndpoint"]["secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    let endpoint = id(&created["createWebhookEndpoint"]["endpoint"]);
    let bad = app
        .gql(Some(&app.admin_token), "mutation($m: ID!) { createWebhookEndpoint(input: { municipalityId: $m, url: \"ftp://x\", events: [\"everything\"] }) { secret } }", json!({ "m": hanau }))
        .await;
    let mut fields = error_fields(&bad);
    fields.sort();
    assert_eq!(fields, vec!["events", "url"]);

    // Two changes: an enrolment of a Hanau person, then a session on the agenda.
    let (person, _) = app.person("Hanna Hanau", "PARTICIPANT", Some(&hanau)).await;
    let (other, _) = app
        .person("Mia Maintal", "PARTICIPANT", Some(&maintal))
        .await;
    app.enroll(&cohort, &person, "PARTICIPANT").await;
    app.enroll(&cohort, &other, "PARTICIPANT").await;
    app.session(&cohort, "Vielfaltsdimensionen", "2026-09-17")
        .await;

    let hits = receiver.wait_for(3, 15).await;
    assert_eq!(hits.len(), 3, "{hits:?}");
    let (first_event, first_id) = event(&hits[0]);
    let (retry_event, retry_id) = event(&hits[1]);
    let (second_event, _) = event(&hits[2]);
    assert_eq!(first_event, "enrollment.created");
    assert_eq!(
        (retry_event.as_str(), retry_id.as_str()),
        ("enrollment.created", first_id.as_str()),
        "the failed delivery is retried first"
    );
    assert_eq!(
        second_event, "agenda.changed",
        "order is kept: the later event waits"
    );
    for hit in &hits {
        assert!(verify(&secret, hit), "signature of {}", hit.body);
        assert_eq!(hit.headers["vielfalt-event"], event(hit).0);
    }
    assert!(!verify("whsec_wrong", &hits[0]));
    let body: Value = serde_json::from_str(&hits[0].body).expect("json");
    assert_eq!(body["data"]["person_id"], person);
    assert!(
        !hits.iter().any(|h| h.body.contains(&other)),
        "Maintal's people never reach Hanau's endpoint"
    );

    // The log shows the attempts; a replay sends the delivery again.
    let log = app
        .ok(&app.admin_token, "{ webhookEndpoints { id deliveries { edges { node { id event status attempts lastStatusCode } } } } }", json!({}))
        .await;
    let deliveries = log["webhookEndpoints"][0]["deliveries"]["edges"]
        .as_array()
        .expect("edges")
        .clone();
    let enrolment = deliveries
        .iter()
        .find(|d| d["node"]["event"] == "enrollment.created")
        .expect("logged");
    assert_eq!(
        (
            enrolment["node"]["status"].as_str(),
            enrolment["node"]["attempts"].as_i64(),
            enrolment["node"]["lastStatusCode"].as_i64()
        ),
        (Some("DELIVERED"), Some(2), Some(200))
    );
    app.ok(
        &app.admin_token,
        "mutation($d: ID!) { replayWebhookDelivery(id: $d) { id status } }",
        json!({ "d": enrolment["node"]["id"] }),
    )
    .await;
    let hits = receiver.wait_for(4, 10).await;
    assert_eq!(event(&hits[3]).0, "enrollment.created");
    assert!(verify(&secret, &hits[3]));
    let one = app
        .ok(
            &app.admin_token,
            "query($e: ID!) { webhookEndpoint(id: $e) { url deliveries { totalCount } } }",
            json!({ "e": endpoint }),
        )
        .await;
    assert_eq!(one["webhookEndpoint"]["url"], receiver.url);
    assert_eq!(one["webhookEndpoint"]["deliveries"]["totalCount"], 3);
    let described = app
        .ok(
            &app.admin_token,
            "{ auditEvents(action: \"webhook.created\") { edges { node { description } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        described["auditEvents"]["edges"][0]["node"]["description"],
        "Webhook eingerichtet"
    );
}
