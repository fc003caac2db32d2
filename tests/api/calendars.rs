use std::io::BufReader;

use serde_json::json;

use crate::helpers::{TestApp, id};

fn parse(body: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(body.as_bytes()));
    parser
        .next()
        .expect("one calendar")
        .expect("a valid calendar")
}

fn property<'a>(
    event: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Option<&'a ical::property::Property> {
    event.properties.iter().find(|p| p.name == name)
}

#[tokio::test]
async fn a_cohort_calendar_is_valid_icalendar_and_follows_agenda_changes() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang Main-Kinzig; Teil 1").await;
    let first = id(&app
        .ok(
            &app.admin_token,
            "mutation($c: ID!) { scheduleSession(input: { cohortId: $c, title: \"Vielfaltsdimensionen, eine Einführung mit einem sehr langen Titel der gefaltet werden muss\", day: \"2026-09-17\", startsAt: \"2026-09-17T07:00:00Z\", endsAt: \"2026-09-17T08:15:00Z\" }) { id } }",
            json!({ "c": cohort }),
        )
        .await["scheduleSession"]);
    app.session(&cohort, "Reflexionsrunde", "2026-09-18").await;
    app.ok(
        &app.admin_token,
        "mutation($c: ID!) { scheduleFollowUp(input: { cohortId: $c, title: \"Nachtreffen\", scheduledAt: \"2027-01-21T16:00:00Z\", durationMinutes: 90, format: ONLINE, meetingUrl: \"https://konferenz.example/raum\" }) { id } }",
        json!({ "c": cohort }),
    )
    .await;
    let fetch = || async {
        let response = app
            .client
            .get(format!(
                "{}/api/v1/cohorts/{cohort}/calendar.ics",
                app.address
            ))
            .bearer_auth(&app.admin_token)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 200);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .expect("type")
                .starts_with("text/calendar")
        );
        response.text().await.expect("body")
    };
    let body = fetch().await;
    assert!(
        body.contains("\r\n") && !body.replace("\r\n", "").contains('\n'),
        "CRLF line ends only"
    );
    assert!(body.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    let calendar = parse(&body);
    assert_eq!(calendar.timezones.len(), 1);
    // Two training days, two sessions, one follow-up.
    assert_eq!(calendar.events.len(), 5);
    let session = calendar
        .events
        .iter()
        .find(|e| {
            property(e, "UID").and_then(|p| p.value.as_deref())
                == Some(&format!("session-{first}@vielfaltsnetz"))
        })
        .expect("the session");
    let start = property(session, "DTSTART").expect("start");
    assert_eq!(
        start.value.as_deref(),
        Some("20260917T090000"),
        "09:00 Berlin summer time"
    );
    assert_eq!(
        start
            .params
            .as_ref()
            .and_then(|p| p.iter().find(|(k, _)| k == "TZID"))
            .map(|(_, v)| v[0].as_str()),
        Some("Europe/Berlin")
    );
    assert_eq!(
        property(session, "SEQUENCE").and_then(|p| p.value.as_deref()),
        Some("0")
    );
    let meeting = calendar
        .events
        .iter()
        .find(|e| {
            property(e, "SUMMARY")
                .and_then(|p| p.value.as_deref())
                .is_some_and(|s| s.starts_with("Nachtreffen"))
        })
        .expect("follow-up");
    assert_eq!(
        property(meeting, "DTSTART").and_then(|p| p.value.as_deref()),
        Some("20270121T170000"),
        "17:00 Berlin winter time"
    );
    assert_eq!(
        property(meeting, "URL").and_then(|p| p.value.as_deref()),
        Some("https://konferenz.example/raum")
    );

    // A move raises the SEQUENCE and keeps the UID.
    app.ok(&app.admin_token, "mutation($s: ID!) { moveSession(input: { sessionId: $s, day: \"2026-09-18\", position: 0 }) { id } }", json!({ "s": first })).await;
    let moved = parse(&fetch().await);
    let session = moved
        .events
        .iter()
        .find(|e| {
            property(e, "UID").and_then(|p| p.value.as_deref())
                == Some(&format!("session-{first}@vielfaltsnetz"))
        })
        .expect("same UID");
    assert_eq!(
        property(session, "SEQUENCE").and_then(|p| p.value.as_deref()),
        Some("1")
    );
    assert_eq!(
        property(session, "DTSTART").and_then(|p| p.value.as_deref()),
        Some("20260918T090000")
    );
    assert_eq!(moved.events.len(), 4, "day one has no sessions left");
}

#[tokio::test]
async fn a_personal_calendar_link_works_without_a_login_until_it_is_reset() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Mein Durchgang").await;
    let other = app.cohort("Fremder Durchgang").await;
    let (me, token) = app.person("Carla Kalender", "PARTICIPANT", None).await;
    app.enroll(&cohort, &me, "PARTICIPANT").await;
    app.session(&cohort, "Meine Einheit", "2026-09-17").await;
    app.session(&other, "Fremde Einheit", "2026-09-17").await;
    let url = app.ok(&token, "{ me { calendarUrl } }", json!({})).await["me"]["calendarUrl"]
        .as_str()
        .expect("url")
        .to_owned();
    assert!(
        url.starts_with("http://") && url.ends_with(".ics"),
        "absolute: {url}"
    );
    let again = app.ok(&token, "{ me { calendarUrl } }", json!({})).await;
    assert_eq!(again["me"]["calendarUrl"], url, "stable until reset");
    let others_view = app
        .ok(
            &app.admin_token,
            "query($p: ID!) { person(id: $p) { calendarUrl } }",
            json!({ "p": me }),
        )
        .await;
    assert!(others_view["person"]["calendarUrl"].is_null());

    let body = app
        .client
        .get(&url)
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("body");
    let calendar = parse(&body);
    let summaries: Vec<String> = calendar
        .events
        .iter()
        .filter_map(|e| property(e, "SUMMARY").and_then(|p| p.value.clone()))
        .collect();
    assert!(summaries.iter().any(|s| s.starts_with("Meine Einheit")));
    assert!(!summaries.iter().any(|s| s.starts_with("Fremde Einheit")));

    let reset = app
        .ok(&token, "mutation { resetCalendarUrl }", json!({}))
        .await["resetCalendarUrl"]
        .as_str()
        .expect("new")
        .to_owned();
    assert_ne!(reset, url);
    assert_eq!(
        app.client.get(&url).send().await.expect("sent").status(),
        404
    );
    assert_eq!(
        app.client.get(&reset).send().await.expect("sent").status(),
        200
    );
}

#[tokio::test]
async fn the_cohort_calendar_is_not_for_outsiders() {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (_, outsider) = app.person("Olga Außen", "PARTICIPANT", None).await;
    let response = app
        .client
        .get(format!(
            "{}/api/v1/cohorts/{cohort}/calendar.ics",
            app.address
        ))
        .bearer_auth(&outsider)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 404);
    let anonymous = app
        .client
        .get(format!(
            "{}/api/v1/cohorts/{cohort}/calendar.ics",
            app.address
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), 401);
}
