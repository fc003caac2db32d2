//! Logs never hold a password, a token, an email address or what people wrote — even at debug
//! level, as JSON.

use std::{
    process::Stdio,
    sync::{Arc, Mutex},
    time::Duration,
};

use serde_json::{Value, json};
use tokio::{
    io::{AsyncBufReadExt, AsyncRead, BufReader},
    process::Command,
};

const BIN: &str = env!("CARGO_BIN_EXE_vielfalt");
const ADMIN_PASSWORD: &str = "Adm1n-Geheimnis-Passwort";
const PASSWORD: &str = "Teilnehmerin-Geheimnis";

fn vielfalt(database_url: &str) -> Command {
    let mut command = Command::new(BIN);
    command
        .env("DATABASE_URL", database_url)
        .env("VIELFALT_DEMO", "0")
        .env("VIELFALT_BIND", "127.0.0.1:0")
        .env(
            "VIELFALT_JWT_SECRET",
            "log-test-secret-log-test-secret-log-test",
        )
        .env(
            "VIELFALT_PSEUDONYM_KEY",
            "log-test-pseudonyms-log-test-pseudonyms",
        )
        .env("RUST_LOG", "debug")
        .env("VIELFALT_LOG_FORMAT", "json")
        .env("VIELFALT_JOB_INTERVAL_SECS", "1")
        .kill_on_drop(true);
    command
}

fn collect(reader: impl AsyncRead + Unpin + Send + 'static, sink: Arc<Mutex<String>>) {
    tokio::spawn(async move {
        let mut lines = BufReader::new(reader).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            let mut all = sink.lock().expect("lock");
            all.push_str(&line);
            all.push('\n');
        }
    });
}

async fn gql(
    client: &reqwest::Client,
    address: &str,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> Value {
    let mut request = client
        .post(format!("{address}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json")
}

#[tokio::test]
async fn a_full_scenario_at_debug_level_logs_no_secret_address_or_free_text() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}/logs.db?mode=rwc", dir.path().display());
    let output = Arc::new(Mutex::new(String::new()));
    let created = vielfalt(&url)
        .args([
            "admin",
            "create",
            "--email",
            "leitung@logs.example",
            "--name",
            "Leitung",
            "--password",
            ADMIN_PASSWORD,
        ])
        .output()
        .await
        .expect("admin create");
    assert!(created.status.success());
    output
        .lock()
        .expect("lock")
        .push_str(&String::from_utf8_lossy(&created.stderr));

    let mut server = vielfalt(&url)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    collect(server.stderr.take().expect("stderr"), output.clone());
    let mut stdout = BufReader::new(server.stdout.take().expect("stdout")).lines();
    let address = tokio::time::timeout(Duration::from_secs(30), async {
        while let Ok(Some(line)) = stdout.next_line().await {
            output.lock().expect("lock").push_str(&line);
            if line.contains("is running") {
                return line
                    .split("http://")
                    .nth(1)
                    .map(|a| format!("http://{}", a.trim_end_matches('/')))
                    .expect("address");
            }
        }
        panic!("no address")
    })
    .await
    .expect("started");
    let rest = stdout.into_inner();
    collect(rest, output.clone());
    let client = crate::client();

    let login = gql(&client, &address, None, "mutation($p: String!) { login(email: \"leitung@logs.example\", password: $p) { accessToken refreshToken } }", json!({ "p": ADMIN_PASSWORD })).await;
    let admin = login["data"]["login"]["accessToken"]
        .as_str()
        .expect("token")
        .to_owned();
    let admin_refresh = login["data"]["login"]["refreshToken"]
        .as_str()
        .expect("refresh")
        .to_owned();
    gql(&client, &address, None, "mutation { login(email: \"leitung@logs.example\", password: \"falsch-falsch-falsch\") { accessToken } }", json!({})).await;
    let refreshed = gql(
        &client,
        &address,
        None,
        "mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }",
        json!({ "t": admin_refresh }),
    )
    .await;
    let new_refresh = refreshed["data"]["refresh"]["refreshToken"]
        .as_str()
        .expect("refresh")
        .to_owned();
    let cohort = gql(
        &client,
        &address,
        Some(&admin),
        "mutation { createCohort(input: { title: \"Durchgang\" }) { id } }",
        json!({}),
    )
    .await["data"]["createCohort"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let invitation = gql(
        &client,
        &address,
        Some(&admin),
        "mutation($c: ID!) { invitePerson(input: { email: \"teilnehmerin@logs.example\", displayName: \"Theresa Teil\", role: PARTICIPANT, cohortId: $c }) }",
        json!({ "c": cohort }),
    )
    .await["data"]["invitePerson"]
        .as_str()
        .expect("invitation")
        .to_owned();
    let accepted = gql(&client, &address, None, "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }", json!({ "t": invitation, "p": PASSWORD })).await;
    let participant = accepted["data"]["acceptInvitation"]["accessToken"]
        .as_str()
        .expect("token")
        .to_owned();
    gql(&client, &address, Some(&participant), "mutation { createPost(input: { kind: EXPERIENCE, title: \"Vertrauliche Überschrift\", body: \"Mein privater Erfahrungsbericht\" }) { id } }", json!({})).await;
    let round = gql(&client, &address, Some(&admin), "mutation($c: ID!) { openFeedbackRound(input: { cohortId: $c, question: \"Wie geht es?\", kind: TEXT, anonymous: true }) { id } }", json!({ "c": cohort })).await;
    let round = round["data"]["openFeedbackRound"]["id"]
        .as_str()
        .expect("round")
        .to_owned();
    gql(&client, &address, Some(&participant), "mutation($r: ID!) { respond(input: { roundId: $r, text: \"Sehr persönliche Antwort\" }) { id } }", json!({ "r": round })).await;
    gql(
        &client,
        &address,
        Some(&participant),
        "mutation { changePassword(current: \"falsch-falsch\", new: \"ein-ganz-neues-passwort\") }",
        json!({}),
    )
    .await;
    let api = gql(
        &client,
        &address,
        Some(&admin),
        "mutation { createApiToken(input: { name: \"HR\", scopes: [COHORTS_READ] }) { secret } }",
        json!({}),
    )
    .await;
    let secret = api["data"]["createApiToken"]["secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    client
        .get(format!("{address}/api/v1/cohorts"))
        .bearer_auth(&secret)
        .send()
        .await
        .expect("sent");
    client
        .get(format!("{address}/api/v1/cohorts?token=nicht-im-log"))
        .bearer_auth("vn_kaputt_kaputt")
        .send()
        .await
        .expect("sent");
    let calendar = gql(
        &client,
        &address,
        Some(&participant),
        "{ me { calendarUrl } }",
        json!({}),
    )
    .await["data"]["me"]["calendarUrl"]
        .as_str()
        .expect("url")
        .to_owned();
    client.get(&calendar).send().await.expect("sent");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    drop(server);
    tokio::time::sleep(Duration::from_millis(200)).await;

    let logs = output.lock().expect("lock").clone();
    assert!(logs.contains("\"level\""), "JSON logs were written: {logs}");
    assert!(logs.contains("request finished"), "requests were logged");
    let calendar_secret = calendar
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".ics")
        .to_owned();
    for secret in [
        ADMIN_PASSWORD,
        PASSWORD,
        "falsch-falsch-falsch",
        "ein-ganz-neues-passwort",
        admin.as_str(),
        admin_refresh.as_str(),
        new_refresh.as_str(),
        participant.as_str(),
        invitation.as_str(),
        secret.as_str(),
        calendar_secret.as_str(),
        "nicht-im-log",
        "leitung@logs.example",
        "teilnehmerin@logs.example",
        "Vertrauliche Überschrift",
        "Mein privater Erfahrungsbericht",
        "Sehr persönliche Antwort",
    ] {
        assert!(!logs.contains(secret), "the log holds {secret}");
    }
}
