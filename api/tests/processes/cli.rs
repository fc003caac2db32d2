//! The command line: `vielfalt token create | list | revoke`, as operators script it.

use std::{process::Stdio, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::Command,
};

const BIN: &str = env!("CARGO_BIN_EXE_vielfalt");

fn vielfalt(database_url: &str) -> Command {
    let mut command = Command::new(BIN);
    command
        .env("DATABASE_URL", database_url)
        .env("VIELFALT_DEMO", "0")
        .env("VIELFALT_BIND", "127.0.0.1:0")
        .env(
            "VIELFALT_JWT_SECRET",
            "cli-test-secret-cli-test-secret-cli-test",
        )
        .env(
            "VIELFALT_PSEUDONYM_KEY",
            "cli-test-pseudonyms-cli-test-pseudonyms",
        )
        .env("RUST_LOG", "warn")
        .kill_on_drop(true);
    command
}

async fn output(command: &mut Command) -> (bool, String, String) {
    let out = command.output().await.expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn operators_issue_list_and_revoke_tokens_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}/cli.db?mode=rwc", dir.path().display());
    let (ok, _, stderr) = output(vielfalt(&url).args([
        "token",
        "create",
        "--name",
        "Personalamt",
        "--scope",
        "cohorts:read",
        "--scope",
        "enrollments:read",
    ]))
    .await;
    assert!(ok, "{stderr}");

    let (ok, _, stderr) =
        output(vielfalt(&url).args(["token", "create", "--name", "X", "--scope", "everything"]))
            .await;
    assert!(!ok);
    assert!(stderr.contains("unknown scope 'everything'"), "{stderr}");
    let (ok, _, stderr) = output(vielfalt(&url).args([
        "token",
        "create",
        "--name",
        "X",
        "--scope",
        "cohorts:read",
        "--expires-in-days",
        "400",
    ]))
    .await;
    assert!(!ok);
    assert!(stderr.contains("366"), "{stderr}");
    let (ok, _, stderr) = output(vielfalt(&url).args([
        "token",
        "create",
        "--name",
        "X",
        "--scope",
        "cohorts:read",
        "--municipality",
        "99999999",
    ]))
    .await;
    assert!(!ok && stderr.contains("99999999"), "{stderr}");

    let (ok, stdout, _) = output(vielfalt(&url).args([
        "token",
        "create",
        "--name",
        "Intranet",
        "--scope",
        "cohorts:read",
        "--expires-in-days",
        "30",
    ]))
    .await;
    assert!(ok);
    let secret = stdout
        .lines()
        .last()
        .expect("the secret is the last line")
        .trim()
        .to_owned();
    assert!(secret.starts_with("vn_"), "{stdout}");
    let id = stdout
        .lines()
        .find_map(|l| l.strip_prefix("id:"))
        .expect("id line")
        .trim()
        .to_owned();

    let (ok, listed, _) = output(vielfalt(&url).args(["token", "list"])).await;
    assert!(ok && listed.contains("Intranet") && listed.contains("Personalamt"));
    assert!(!listed.contains(&secret), "secrets are never listed");

    let mut server = vielfalt(&url)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    let mut lines = BufReader::new(server.stdout.take().expect("stdout")).lines();
    let address = tokio::time::timeout(Duration::from_secs(30), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if line.contains("is running") {
                return line
                    .split("http://")
                    .nth(1)
                    .map(|a| format!("http://{}", a.trim_end_matches('/')))
                    .expect("address");
            }
        }
        panic!("no address");
    })
    .await
    .expect("started");
    let client = crate::client();
    let status = client
        .get(format!("{address}/api/v1/cohorts"))
        .bearer_auth(&secret)
        .send()
        .await
        .expect("sent")
        .status();
    assert_eq!(status, 200);

    let (ok, revoked, _) = output(vielfalt(&url).args(["token", "revoke", &id])).await;
    assert!(ok && revoked.contains("revoked"));
    let status = client
        .get(format!("{address}/api/v1/cohorts"))
        .bearer_auth(&secret)
        .send()
        .await
        .expect("sent")
        .status();
    assert_eq!(status, 401);
    let (_, all, _) = output(vielfalt(&url).args(["token", "list", "--all"])).await;
    assert!(all.contains("Intranet"));
    let (_, active, _) = output(vielfalt(&url).args(["token", "list"])).await;
    assert!(!active.contains("Intranet"));
    drop(server);
}

#[tokio::test]
async fn seed_demo_at_scale_loads_the_benchmark_data_set_once() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}/scale.db?mode=rwc", dir.path().display());
    let (ok, stdout, stderr) = output(vielfalt(&url).args(["seed-demo", "--scale", "2"])).await;
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("2 municipalities, 8 cohorts, 160 people, 160 posts"),
        "{stdout}"
    );
    assert!(stdout.contains("admin@scale.example"), "{stdout}");

    // The same data again: into an empty database only.
    let (ok, _, stderr) = output(vielfalt(&url).args(["seed-demo", "--scale", "2"])).await;
    assert!(!ok);
    assert!(stderr.contains("not empty"), "{stderr}");

    // Deterministic: a second database gets the same rows (same ids, same titles).
    let other = format!("sqlite://{}/other.db?mode=rwc", dir.path().display());
    let (ok, _, stderr) = output(vielfalt(&other).args(["seed-demo", "--scale", "2"])).await;
    assert!(ok, "{stderr}");
    let rows = |url: String| async move {
        let db = sea_orm::Database::connect(&url).await.expect("db");
        let backend = db.get_database_backend();
        let rows = sea_orm::ConnectionTrait::query_all_raw(
            &db,
            sea_orm::Statement::from_string(
                backend,
                "SELECT p.id AS id, p.title AS title, COUNT(c.id) AS comments FROM post p LEFT JOIN comment c ON c.post_id = p.id GROUP BY p.id, p.title ORDER BY p.id",
            ),
        )
        .await
        .expect("rows");
        rows.iter()
            .map(|r| {
                format!(
                    "{}|{}|{}",
                    r.try_get::<String>("", "title").expect("title"),
                    r.try_get::<i64>("", "comments").expect("count"),
                    r.try_get::<uuid::Uuid>("", "id").expect("id")
                )
            })
            .collect::<Vec<_>>()
    };
    let first = rows(url).await;
    assert_eq!(first.len(), 160);
    assert_eq!(first, rows(other).await);
}
