//! Faults the service must survive: PostgreSQL restarting under load, and SIGTERM under load.
//!
//! The PostgreSQL test runs its own throw-away cluster (`initdb` + `pg_ctl` from the Debian
//! packages) so it can stop and start it without touching the shared server. Without those
//! binaries it is skipped, unless `VIELFALT_REQUIRE_FAULT_TESTS=1` (CI sets it) makes it fail.

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::Stdio,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::replicas::{PASSWORD, command, gql, start};

/// A private PostgreSQL cluster in a temporary directory.
struct Cluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

impl Cluster {
    fn find_bin() -> Option<PathBuf> {
        let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
            .filter(|bin| bin.join("initdb").exists() && bin.join("pg_ctl").exists())
            .collect();
        versions.sort();
        versions.pop()
    }

    fn run(&self, program: &str, args: &[&str]) {
        let program = self.bin.join(program);
        // PostgreSQL refuses to run as root; run it as the `postgres` user then.
        let is_root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0"));
        let status = if is_root {
            std::process::Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(&program)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
        } else {
            std::process::Command::new(&program)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
        }
        .expect("PostgreSQL tool runs");
        assert!(status.success(), "{} {args:?} failed", program.display());
    }

    fn create(bin: PathBuf) -> Cluster {
        let dir = tempfile::tempdir().expect("dir");
        let _ = std::process::Command::new("chown")
            .args(["postgres:postgres", &dir.path().display().to_string()])
            .status();
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let cluster = Cluster { bin, dir, port };
        let data = cluster.data();
        cluster.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn start(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-o",
                &options,
                "-l",
                &log,
                "-w",
                "start",
            ],
        );
    }

    /// Stops like a crash or an operator's restart: no waiting for clients.
    fn stop(&self) {
        self.run(
            "pg_ctl",
            &["-D", &self.data(), "-m", "immediate", "-w", "stop"],
        );
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let pid_file = self.dir.path().join("data/postmaster.pid");
        if pid_file.exists() {
            self.stop();
        }
    }
}

async fn admin_token(address: &str, email: &str) -> String {
    let data = gql(
        address,
        None,
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
        json!({ "e": email, "p": PASSWORD }),
    )
    .await;
    data["login"]["accessToken"]
        .as_str()
        .expect("token")
        .to_owned()
}

async fn create_admin(url: &str, email: &str) {
    let status = command(url)
        .args([
            "admin",
            "create",
            "--email",
            email,
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
}

/// What one write attempt came back with.
#[derive(Debug)]
enum Outcome {
    Acknowledged(String),
    Failed { code: String, took: Duration },
}

const CREATE: &str = "mutation($t: String!) { createCohort(input: { title: $t }) { id } }";

async fn write_once(client: &reqwest::Client, address: &str, token: &str, n: usize) -> Outcome {
    let started = Instant::now();
    let response = client
        .post(format!("{address}/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": CREATE, "variables": { "t": format!("Schreibtest {n}") } }))
        .send()
        .await;
    let took = started.elapsed();
    let body: Value = match response {
        Ok(response) => response.json().await.unwrap_or(Value::Null),
        Err(error) => {
            return Outcome::Failed {
                code: format!("transport: {error}"),
                took,
            };
        }
    };
    match body["data"]["createCohort"]["id"].as_str() {
        Some(id) => Outcome::Acknowledged(id.to_owned()),
        None => Outcome::Failed {
            code: body["errors"][0]["extensions"]["code"]
                .as_str()
                .map_or_else(|| format!("no code: {body}"), str::to_owned),
            took,
        },
    }
}

fn require_fault_tests() -> bool {
    std::env::var("VIELFALT_REQUIRE_FAULT_TESTS").is_ok_and(|v| v == "1")
}

#[tokio::test]
async fn postgresql_restarting_under_load_fails_fast_recovers_and_loses_no_acknowledged_write() {
    let Some(bin) = Cluster::find_bin() else {
        assert!(
            !require_fault_tests(),
            "initdb/pg_ctl not found under /usr/lib/postgresql"
        );
        eprintln!("skipped: no PostgreSQL server binaries for a private cluster");
        return;
    };
    let cluster = Cluster::create(bin);
    cluster.start();
    let url = cluster.url();
    create_admin(&url, "admin@faults.example").await;
    let server = start(&url).await;
    let address = server.address.clone();
    let token = admin_token(&address, "admin@faults.example").await;

    let outcomes = Arc::new(Mutex::new(Vec::<(Instant, Outcome)>::new()));
    let running = Arc::new(AtomicBool::new(true));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (outcomes, running, address, token) = (
            outcomes.clone(),
            running.clone(),
            address.clone(),
            token.clone(),
        );
        writers.push(tokio::spawn(async move {
            let client = crate::client();
            let mut n = w * 1_000_000;
            while running.load(Ordering::Relaxed) {
                n += 1;
                let outcome = write_once(&client, &address, &token, n).await;
                if matches!(outcome, Outcome::Failed { .. }) {
                    // A client backs off a little after an error.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                outcomes
                    .lock()
                    .expect("lock")
                    .push((Instant::now(), outcome));
            }
        }));
    }

    let client = crate::client();
    let ready = |client: reqwest::Client, address: String| async move {
        client
            .get(format!("{address}/readyz"))
            .send()
            .await
            .map(|r| r.status().as_u16())
            .unwrap_or(0)
    };
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(ready(client.clone(), address.clone()).await, 200);

    cluster.stop();
    let outage_started = Instant::now();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let readiness_started = Instant::now();
    let during = ready(client.clone(), address.clone()).await;
    assert_eq!(during, 503, "/readyz during the outage");
    assert!(
        readiness_started.elapsed() < Duration::from_secs(5),
        "/readyz answers quickly during the outage"
    );
    tokio::time::sleep(Duration::from_secs(4)).await;
    cluster.start();
    let outage_ended = Instant::now();

    // The service recovers by itself: no restart of the service.
    let recovered = tokio::time::timeout(Duration::from_secs(30), async {
        while ready(client.clone(), address.clone()).await != 200 {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await;
    assert!(recovered.is_ok(), "ready again after PostgreSQL is back");
    tokio::time::sleep(Duration::from_secs(2)).await;
    running.store(false, Ordering::Relaxed);
    for writer in writers {
        writer.await.expect("writer");
    }

    let outcomes = std::mem::take(&mut *outcomes.lock().expect("lock"));
    let acknowledged: Vec<&str> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Acknowledged(id) => Some(id.as_str()),
            Outcome::Failed { .. } => None,
        })
        .collect();
    let failures: Vec<(&String, &Duration)> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Failed { code, took } => Some((code, took)),
            Outcome::Acknowledged(_) => None,
        })
        .collect();
    assert!(
        !failures.is_empty(),
        "writes during the outage were expected to fail"
    );
    for (code, took) in &failures {
        assert_eq!(
            code.as_str(),
            "UNAVAILABLE",
            "a clear error during the outage"
        );
        assert!(
            **took < Duration::from_secs(5),
            "failed fast, not after {took:?}"
        );
    }
    let after = outcomes
        .iter()
        .filter(|(at, o)| *at > outage_ended && matches!(o, Outcome::Acknowledged(_)))
        .count();
    assert!(after > 0, "writes succeed again after the restart");
    let before = outcomes
        .iter()
        .filter(|(at, o)| *at < outage_started && matches!(o, Outcome::Acknowledged(_)))
        .count();
    assert!(before > 0, "writes succeeded before the outage");

    // Every acknowledged write is in the database.
    let db = Database::connect(&url).await.expect("PostgreSQL back");
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id::text AS id FROM cohort",
        ))
        .await
        .expect("cohorts");
    let stored: std::collections::HashSet<String> = rows
        .iter()
        .map(|r| r.try_get::<String>("", "id").expect("id"))
        .collect();
    let lost: Vec<&&str> = acknowledged
        .iter()
        .filter(|id| !stored.contains(**id))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged writes lost",
        lost.len(),
        acknowledged.len()
    );
    drop(server);
}

async fn send_slowly(
    address: &str,
    token: &str,
    head_sent: tokio::sync::oneshot::Sender<()>,
    go: tokio::sync::oneshot::Receiver<()>,
) -> String {
    let host = address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).await.expect("connects");
    let body =
        json!({ "query": CREATE, "variables": { "t": "Während des Herunterfahrens" } }).to_string();
    let head = format!(
        "POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let (first, rest) = body.split_at(body.len() / 2);
    stream.write_all(head.as_bytes()).await.expect("head");
    stream
        .write_all(first.as_bytes())
        .await
        .expect("first half");
    stream.flush().await.expect("flush");
    head_sent.send(()).expect("signal");
    go.await.expect("go");
    stream
        .write_all(rest.as_bytes())
        .await
        .expect("second half");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .await
        .expect("response");
    response
}

#[tokio::test]
async fn sigterm_under_load_finishes_in_flight_requests_refuses_new_ones_and_exits_cleanly() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!(
        "sqlite://{}/sigterm.db?mode=rwc",
        Path::new(dir.path()).display()
    );
    create_admin(&url, "admin@sigterm.example").await;
    let mut server = start(&url).await;
    let address = server.address.clone();
    let token = admin_token(&address, "admin@sigterm.example").await;

    // Load: fresh connections, as many clients behind a proxy would open.
    let running = Arc::new(AtomicBool::new(true));
    let broken = Arc::new(Mutex::new(Vec::<String>::new()));
    let answered = Arc::new(Mutex::new(0usize));
    let mut load = Vec::new();
    for _ in 0..8 {
        let (running, broken, answered, address, token) = (
            running.clone(),
            broken.clone(),
            answered.clone(),
            address.clone(),
            token.clone(),
        );
        load.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(0)
                .build()
                .expect("client");
            while running.load(Ordering::Relaxed) {
                let response = client
                    .post(format!("{address}/graphql"))
                    .bearer_auth(&token)
                    .json(&json!({ "query": "{ me { id } }" }))
                    .send()
                    .await;
                match response {
                    Ok(response) => {
                        let status = response.status();
                        match response.json::<Value>().await {
                            Ok(body) if status == 200 && body["data"]["me"]["id"].is_string() => {
                                *answered.lock().expect("lock") += 1;
                            }
                            other => broken
                                .lock()
                                .expect("lock")
                                .push(format!("{status}: {other:?}")),
                        }
                    }
                    // Refused or reset before any response: the request was not taken on.
                    Err(error) if error.is_connect() || error.is_request() => {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                    Err(error) => broken.lock().expect("lock").push(error.to_string()),
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;

    let (head_sent, head_received) = tokio::sync::oneshot::channel();
    let (go, go_received) = tokio::sync::oneshot::channel();
    let slow = {
        let (address, token) = (address.clone(), token.clone());
        tokio::spawn(async move { send_slowly(&address, &token, head_sent, go_received).await })
    };
    head_received.await.expect("head sent");
    tokio::time::sleep(Duration::from_millis(200)).await;

    let pid = server.child.id().expect("pid").to_string();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(status.success());
    tokio::time::sleep(Duration::from_millis(500)).await;

    // New connections are refused while the in-flight request is still open.
    let refused = reqwest::Client::new()
        .get(format!("{address}/healthz"))
        .timeout(Duration::from_secs(2))
        .send()
        .await;
    assert!(refused.is_err(), "a new request after SIGTERM: {refused:?}");

    go.send(()).expect("go");
    let response = slow.await.expect("slow request");
    assert!(
        response.starts_with("HTTP/1.1 200"),
        "in-flight request finished: {response}"
    );
    assert!(response.contains("createCohort"), "{response}");

    let exit = tokio::time::timeout(Duration::from_secs(25), server.child.wait())
        .await
        .expect("exits in time")
        .expect("exit status");
    assert!(exit.success(), "clean exit: {exit:?}");
    running.store(false, Ordering::Relaxed);
    for task in load {
        task.await.expect("load");
    }
    assert!(*answered.lock().expect("lock") > 0, "the load was answered");
    let broken = std::mem::take(&mut *broken.lock().expect("lock"));
    assert!(broken.is_empty(), "broken responses: {broken:?}");

    // The write made during shutdown is stored.
    let db = Database::connect(&url).await.expect("sqlite");
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT title FROM cohort",
        ))
        .await
        .expect("cohorts");
    assert!(
        rows.iter()
            .any(|r| r.try_get::<String>("", "title").ok().as_deref()
                == Some("Während des Herunterfahrens"))
    );
}
