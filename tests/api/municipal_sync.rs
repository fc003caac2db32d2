//! The sync client for municipal IT, run against a real server.

use std::io::BufReader;

use clap::Parser;
use serde_json::json;

use crate::{
    helpers::{TestApp, id},
    tokens::token,
};

async fn run(app: &TestApp, token: &str, args: &[&str]) -> (anyhow::Result<()>, String) {
    let mut full = vec![
        "municipal-sync",
        "--server",
        app.address.as_str(),
        "--token",
        token,
    ];
    full.extend_from_slice(args);
    let cli = municipal_sync::Cli::try_parse_from(full).expect("arguments");
    let mut out = Vec::new();
    let result = municipal_sync::run(cli, &mut out).await;
    (result, String::from_utf8(out).expect("utf-8"))
}

#[tokio::test]
async fn the_sync_client_lists_nominates_once_exports_and_downloads_the_calendar() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let cohort = id(&app
        .ok(&app.admin_token, "mutation($m: [ID!]) { createCohort(input: { title: \"Main-Kinzig 2\", startsOn: \"2027-02-18\", municipalityIds: $m }) { id } }", json!({ "m": [hanau] }))
        .await["createCohort"]);
    app.session(&app.cohort("Andere").await, "Fremd", "2027-02-18")
        .await;
    app.session(&cohort, "Vielfaltsdimensionen", "2027-02-18")
        .await;
    let (_, secret) = token(
        &app,
        &["COHORTS_READ", "ENROLLMENTS_READ", "ENROLLMENTS_WRITE"],
        Some(&hanau),
    )
    .await;

    let (result, listed) = run(&app, &secret, &["cohorts"]).await;
    result.expect("cohorts");
    assert!(
        listed.contains("Main-Kinzig 2") && listed.contains(&cohort),
        "{listed}"
    );

    let dir = tempfile::tempdir().expect("dir");
    let staff = dir.path().join("mitarbeitende.csv");
    std::fs::write(
        &staff,
        "\u{feff}E-Mail;Name;Organisation;Multiplikator\r\nanna.oezdemir@hanau.example;Anna Özdemir;\"Fachbereich Soziales; Integration\";ja\r\nben@hanau.example;Ben Berger;Bürgerbüro;\r\n",
    )
    .expect("write");
    let staff_arg = staff.to_str().expect("path");
    let (result, first) = run(
        &app,
        &secret,
        &["nominate", "--cohort", &cohort, "--file", staff_arg],
    )
    .await;
    result.expect("nominate");
    assert!(
        first.contains("neu / new: 2, vorhanden / existing: 0"),
        "{first}"
    );
    let (result, second) = run(
        &app,
        &secret,
        &["nominate", "--cohort", &cohort, "--file", staff_arg],
    )
    .await;
    result.expect("nominate again");
    assert!(
        second.contains("neu / new: 0, vorhanden / existing: 2"),
        "{second}"
    );
    assert_eq!(app.count_rows("enrollment").await, 2, "nominated once");

    let export = dir.path().join("export.csv");
    let (result, _) = run(
        &app,
        &secret,
        &[
            "enrollments",
            "--cohort",
            &cohort,
            "--out",
            export.to_str().expect("path"),
        ],
    )
    .await;
    result.expect("export");
    let csv = std::fs::read_to_string(&export).expect("csv");
    assert!(csv.contains("Anna Özdemir;anna.oezdemir@hanau.example;\"Fachbereich Soziales; Integration\";PARTICIPANT;INVITED;ja"), "{csv}");
    assert_eq!(csv.lines().count(), 3);

    let (result, ics) = run(&app, &secret, &["calendar", "--cohort", &cohort]).await;
    result.expect("calendar");
    let calendar = ical::IcalParser::new(BufReader::new(ics.as_bytes()))
        .next()
        .expect("calendar")
        .expect("valid");
    assert!(calendar.events.iter().any(|e| e.properties.iter().any(|p| {
        p.name == "SUMMARY"
            && p.value
                .as_deref()
                .is_some_and(|v| v.starts_with("Vielfaltsdimensionen"))
    })));

    let bad = dir.path().join("kaputt.csv");
    std::fs::write(&bad, "email;display_name\nkeine-adresse;Kurt\n").expect("write");
    let (result, report) = run(
        &app,
        &secret,
        &[
            "nominate",
            "--cohort",
            &cohort,
            "--file",
            bad.to_str().expect("path"),
        ],
    )
    .await;
    assert!(result.is_err());
    assert!(
        report.contains("FEHLER / ERROR keine-adresse") && report.contains("email"),
        "{report}"
    );
    let (result, _) = run(&app, "vn_falsch", &["cohorts"]).await;
    assert!(result.expect_err("refused").to_string().contains("401"));
}
