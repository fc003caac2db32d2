//! Two `vielfalt serve` processes on one PostgreSQL database: a change made through one reaches
//! subscribers of the other (LISTEN/NOTIFY). Needs `TEST_DATABASE_URL`; CI runs it on PostgreSQL.
//!

use std::{process::Stdio, time::Duration};

use futures_util::{SinkExt, StreamExt};
use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};
use tokio_tungstenite::{
    connect_async,
    tungstenite::{Message, client::IntoClientRequest, http::HeaderValue},
};

const BIN: &str = env!("CARGO_BIN_EXE_vielfalt");
pub const PASSWORD: &str = "ein-sicheres-passwort";

pub struct Replica {
    pub address: String,
    pub child: Child,
}

pub fn command(database_url: &str) -> Command {
    let mut command = Command::new(BIN);
    command
        .env("DATABASE_URL", database_url)
        .env("VIELFALT_ENV", "development")
        .env("VIELFALT_DEMO", "0")
        .env("VIELFALT_BIND", "127.0.0.1:0")
        .env(
            "VIELFALT_JWT_SECRET",
            "replica-test-secret-replica-test-secret",
        )
        .env(
            "VIELFALT_PSEUDONYM_KEY",
            "replica-test-pseudonyms-replica-test-psd",
        )
        .env("RUST_LOG", "warn")
        // Load tests write faster than one person would.
        .env("VIELFALT_GRAPHQL_RATE_LIMIT", "1000000")
        .kill_on_drop(true);
    command
}

pub async fn start(database_url: &str) -> Replica {
    let mut child = command(database_url)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("vielfalt starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let address = tokio::time::timeout(Duration::from_secs(30), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(rest) = line.split("http://").nth(1)
                && line.contains("is running")
            {
                return format!("http://{}", rest.trim_end_matches('/'));
            }
        }
        panic!("the replica did not report its address");
    })
    .await
    .expect("replica started in time");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Replica { address, child }
}

pub async fn gql(address: &str, token: Option<&str>, query: &str, variables: Value) -> Value {
    let mut request = crate::client()
        .post(format!("{address}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let body: Value = request
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

async fn person(address: &str, admin: &str, email: &str, role: &str) -> (String, String) {
    let invitation = gql(address, Some(admin), "mutation($e: String!, $r: Role!) { invitePerson(input: { email: $e, displayName: $e, role: $r }) }", json!({ "e": email, "r": role })).await;
    let accepted = gql(
        address,
        None,
        "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken person { id } } }",
        json!({ "t": invitation["invitePerson"], "p": PASSWORD }),
    )
    .await;
    let payload = &accepted["acceptInvitation"];
    (
        payload["person"]["id"].as_str().expect("id").to_owned(),
        payload["accessToken"].as_str().expect("token").to_owned(),
    )
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn subscribe(address: &str, token: &str, query: &str, variables: Value) -> Socket {
    let mut request = format!("{}/graphql/ws", address.replacen("http", "ws", 1))
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut socket, _) = connect_async(request).await.expect("connects");
    let init = json!({ "type": "connection_init", "payload": { "authorization": format!("Bearer {token}") } });
    socket
        .send(Message::Text(init.to_string().into()))
        .await
        .expect("init");
    let ack = next_json(&mut socket).await;
    assert_eq!(ack["type"], "connection_ack");
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": query, "variables": variables } });
    socket
        .send(Message::Text(subscribe.to_string().into()))
        .await
        .expect("subscribe");
    tokio::time::sleep(Duration::from_millis(500)).await;
    socket
}

async fn next_json(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("a message in time");
        if let Some(Ok(Message::Text(text))) = message {
            return serde_json::from_str(&text).expect("json");
        }
        assert!(matches!(message, Some(Ok(_))), "socket ended: {message:?}");
    }
}

#[tokio::test]
async fn a_change_on_one_replica_reaches_subscribers_on_another() {
    let Ok(server) = std::env::var("TEST_DATABASE_URL") else {
        eprintln!("skipped: set TEST_DATABASE_URL to a PostgreSQL server to run the replica test");
        return;
    };
    let name = format!("vt_replicas_{}", uuid_simple());
    let admin_db = Database::connect(&server)
        .await
        .expect("PostgreSQL reachable");
    admin_db
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create database");
    let base = server.rsplit_once('/').map(|(b, _)| b).unwrap_or(&server);
    let url = format!("{base}/{name}");

    // Migrate once, with the admin, before both replicas start.
    let status = command(&url)
        .args([
            "admin",
            "create",
            "--email",
            "admin@replicas.example",
            "--name",
            "Admin",
            "--password",
            PASSWORD,
        ])
        .stdout(Stdio::null())
        .status()
        .await
        .expect("admin create runs");
    assert!(status.success());
    let a = start(&url).await;
    let b = start(&url).await;
    assert_ne!(a.address, b.address);

    let admin = gql(&a.address, None, "mutation($p: String!) { login(email: \"admin@replicas.example\", password: $p) { accessToken } }", json!({ "p": PASSWORD })).await;
    let admin = admin["login"]["accessToken"]
        .as_str()
        .expect("token")
        .to_owned();
    let cohort = gql(
        &a.address,
        Some(&admin),
        "mutation { createCohort(input: { title: \"Durchgang\" }) { id } }",
        json!({}),
    )
    .await["createCohort"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let (facilitator, facilitator_token) =
        person(&a.address, &admin, "mod@replicas.example", "FACILITATOR").await;
    let (participant, participant_token) =
        person(&a.address, &admin, "teil@replicas.example", "PARTICIPANT").await;
    gql(
        &a.address,
        Some(&admin),
        "mutation($c: ID!, $p: ID!) { assignFacilitator(cohortId: $c, personId: $p) { id } }",
        json!({ "c": cohort, "p": facilitator }),
    )
    .await;
    gql(
        &a.address,
        Some(&admin),
        "mutation($c: ID!, $p: ID!) { enroll(input: { cohortId: $c, personId: $p }) { id } }",
        json!({ "c": cohort, "p": participant }),
    )
    .await;
    let mut sessions = Vec::new();
    for title in ["Vielfaltsdimensionen", "Unconscious Bias"] {
        let created = gql(&a.address, Some(&admin), "mutation($c: ID!, $t: String!) { scheduleSession(input: { cohortId: $c, title: $t, day: \"2026-09-17\" }) { id } }", json!({ "c": cohort, "t": title })).await;
        sessions.push(
            created["scheduleSession"]["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }

    // The participant follows the agenda on replica B; the facilitator moves a session on A.
    let mut agenda = subscribe(
        &b.address,
        &participant_token,
        "subscription($c: ID!) { agendaChanged(cohortId: $c) { title position } }",
        json!({ "c": cohort }),
    )
    .await;
    gql(&a.address, Some(&facilitator_token), "mutation($s: ID!) { moveSession(input: { sessionId: $s, day: \"2026-09-17\", position: 1 }) { id } }", json!({ "s": sessions[0] })).await;
    let update = next_json(&mut agenda).await;
    assert_eq!(
        update["payload"]["data"]["agendaChanged"],
        json!([{ "title": "Unconscious Bias", "position": 0 }, { "title": "Vielfaltsdimensionen", "position": 1 }])
    );

    // The facilitator follows a feedback round on B; the participant answers on A.
    let round = gql(&a.address, Some(&facilitator_token), "mutation($c: ID!) { openFeedbackRound(input: { cohortId: $c, question: \"Wie war es?\", kind: RATING, anonymous: false }) { id } }", json!({ "c": cohort })).await;
    let round = round["openFeedbackRound"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let mut feedback = subscribe(
        &b.address,
        &facilitator_token,
        "subscription($r: ID!) { feedbackReceived(roundId: $r) { count averageRating } }",
        json!({ "r": round }),
    )
    .await;
    gql(
        &a.address,
        Some(&participant_token),
        "mutation($r: ID!) { respond(input: { roundId: $r, rating: 5 }) { id } }",
        json!({ "r": round }),
    )
    .await;
    let summary = next_json(&mut feedback).await;
    assert_eq!(
        summary["payload"]["data"]["feedbackReceived"],
        json!({ "count": 1, "averageRating": 5.0 })
    );

    drop((a, b, agenda, feedback));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let _ = admin_db
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await;
}

fn uuid_simple() -> String {
    format!(
        "{:x}{:x}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    )
}
