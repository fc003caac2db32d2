use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, error_fields, id};

const OPEN: &str = "mutation($c: ID!, $k: FeedbackKind!, $a: Boolean!) { openFeedbackRound(input: { cohortId: $c, question: \"Wie geht es Ihnen?\", kind: $k, anonymous: $a }) { id open } }";
const RESPOND: &str = "mutation($r: ID!, $rating: Int, $text: String) { respond(input: { roundId: $r, rating: $rating, text: $text }) { id } }";
const ROUND: &str = "query($r: ID!) { feedbackRound(id: $r) { open anonymous facilitatorAnswer summary { count averageRating ratingCounts }
  myResponse { rating text author { displayName } } } }";
const RESPONSES: &str = "query($r: ID!) { feedbackRound(id: $r) { responses { totalCount edges { node { rating text author { displayName } createdAt } } } } }";

struct Room {
    app: TestApp,
    cohort: String,
    facilitator: String,
    participants: Vec<(String, String)>,
}

async fn room(n: usize) -> Room {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (f, facilitator) = app.person("Mira Mod", "FACILITATOR", None).await;
    app.enroll(&cohort, &f, "FACILITATOR").await;
    let mut participants = Vec::new();
    for i in 0..n {
        let (p, token) = app
            .person(&format!("Teilnehmende {i}"), "PARTICIPANT", None)
            .await;
        app.enroll(&cohort, &p, "PARTICIPANT").await;
        participants.push((p, token));
    }
    Room {
        app,
        cohort,
        facilitator,
        participants,
    }
}

async fn open_round(room: &Room, kind: &str, anonymous: bool) -> String {
    id(&room
        .app
        .ok(
            &room.facilitator,
            OPEN,
            json!({ "c": room.cohort, "k": kind, "a": anonymous }),
        )
        .await["openFeedbackRound"])
}

async fn respond(
    room: &Room,
    who: usize,
    round: &str,
    rating: Option<i32>,
    text: Option<&str>,
) -> Value {
    room.app
        .gql(
            Some(&room.participants[who].1),
            RESPOND,
            json!({ "r": round, "rating": rating, "text": text }),
        )
        .await
}

#[tokio::test]
async fn a_second_response_replaces_the_first_and_the_summary_counts_people() {
    let room = room(2).await;
    let round = open_round(&room, "RATING", false).await;
    respond(&room, 0, &round, Some(2), None).await;
    respond(&room, 1, &round, Some(5), None).await;
    respond(&room, 0, &round, Some(4), None).await;
    let data = room
        .app
        .ok(&room.participants[0].1, ROUND, json!({ "r": round }))
        .await;
    let summary = &data["feedbackRound"]["summary"];
    assert_eq!(summary["count"], 2);
    assert_eq!(summary["averageRating"], 4.5);
    assert_eq!(summary["ratingCounts"], json!([0, 0, 0, 1, 1]));
    assert_eq!(data["feedbackRound"]["myResponse"]["rating"], 4);
    assert_eq!(
        data["feedbackRound"]["myResponse"]["author"]["displayName"],
        "Teilnehmende 0"
    );
    let responses = room
        .app
        .ok(&room.facilitator, RESPONSES, json!({ "r": round }))
        .await;
    assert_eq!(responses["feedbackRound"]["responses"]["totalCount"], 2);
}

#[tokio::test]
async fn answers_must_fit_the_kind_of_round() {
    let room = room(1).await;
    let rating = open_round(&room, "RATING", false).await;
    let text = open_round(&room, "TEXT", false).await;
    let both = open_round(&room, "RATING_AND_TEXT", false).await;
    for (round, rating_value, text_value, field) in [
        (&rating, Some(6), None, "rating"),
        (&rating, Some(0), None, "rating"),
        (&rating, None, None, "rating"),
        (&rating, Some(3), Some("Text"), "text"),
        (&text, None, None, "text"),
        (&text, Some(3), Some("Gut"), "rating"),
        (&both, None, Some("Gut"), "rating"),
    ] {
        let body = respond(&room, 0, round, rating_value, text_value).await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
        assert_eq!(error_fields(&body), vec![field.to_owned()], "{body}");
    }
    assert_eq!(room.app.count_rows("feedback_response").await, 0);
    assert!(
        respond(&room, 0, &both, Some(5), None)
            .await
            .get("errors")
            .is_none()
    );
    assert!(
        respond(&room, 0, &text, None, Some("Sehr hilfreich"))
            .await
            .get("errors")
            .is_none()
    );
}

#[tokio::test]
async fn a_closed_round_refuses_responses_and_the_answer_is_shown_to_everyone() {
    let room = room(1).await;
    let round = open_round(&room, "TEXT", false).await;
    let closed = room
        .app
        .ok(
            &room.facilitator,
            "mutation($r: ID!) { closeFeedbackRound(id: $r) { open } }",
            json!({ "r": round }),
        )
        .await;
    assert_eq!(closed["closeFeedbackRound"]["open"], false);
    let body = respond(&room, 0, &round, None, Some("zu spät")).await;
    assert_eq!(error_code(&body), "CONFLICT");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("geschlossen")
    );
    room.app
        .ok(&room.facilitator, "mutation($r: ID!) { answerFeedbackRound(id: $r, answer: \"Wir verlängern die Pause.\") { id } }", json!({ "r": round }))
        .await;
    let seen = room
        .app
        .ok(&room.participants[0].1, ROUND, json!({ "r": round }))
        .await;
    assert_eq!(
        seen["feedbackRound"]["facilitatorAnswer"],
        "Wir verlängern die Pause."
    );
    let rounds = room.app.ok(&room.participants[0].1, "query($c: ID!) { cohort(id: $c) { open: feedbackRounds(open: true) { id } closed: feedbackRounds(open: false) { id } } }", json!({ "c": room.cohort })).await;
    assert_eq!(rounds["cohort"]["open"], json!([]));
    assert_eq!(rounds["cohort"]["closed"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn only_participants_answer_and_only_facilitators_read_responses() {
    let room = room(1).await;
    let round = open_round(&room, "RATING", false).await;
    let by_facilitator = room
        .app
        .gql(
            Some(&room.facilitator),
            RESPOND,
            json!({ "r": round, "rating": 5 }),
        )
        .await;
    assert_eq!(error_code(&by_facilitator), "FORBIDDEN");
    let (_, outsider) = room.app.person("Olli Außen", "PARTICIPANT", None).await;
    let by_outsider = room
        .app
        .gql(Some(&outsider), RESPOND, json!({ "r": round, "rating": 5 }))
        .await;
    assert_eq!(error_code(&by_outsider), "NOT_FOUND");
    let responses = room
        .app
        .gql(
            Some(&room.participants[0].1),
            RESPONSES,
            json!({ "r": round }),
        )
        .await;
    assert_eq!(error_code(&responses), "FORBIDDEN");
    let opening = room
        .app
        .gql(
            Some(&room.participants[0].1),
            OPEN,
            json!({ "c": room.cohort, "k": "TEXT", "a": false }),
        )
        .await;
    assert_eq!(error_code(&opening), "FORBIDDEN");
}

#[tokio::test]
async fn anonymous_responses_keep_no_trace_of_their_authors_in_the_database() {
    let room = room(3).await;
    let round = open_round(&room, "RATING_AND_TEXT", true).await;
    for (i, text) in ["Anstrengend", "Hilfreich", "Mehr Pausen"]
        .iter()
        .enumerate()
    {
        respond(&room, i, &round, Some(3 + i as i32), Some(text)).await;
    }
    // A second answer replaces the first, even though nobody is named.
    respond(&room, 0, &round, Some(1), Some("Doch nicht so gut")).await;
    assert_eq!(room.app.count_rows("feedback_response").await, 3);

    let round_row =
        entity::feedback_round::Entity::find_by_id(uuid::Uuid::parse_str(&round).expect("uuid"))
            .one(&room.app.db)
            .await
            .expect("query")
            .expect("round");
    let rows = entity::feedback_response::Entity::find()
        .all(&room.app.db)
        .await
        .expect("rows");
    for row in rows {
        assert!(
            row.person_id.is_none(),
            "an anonymous response names its author"
        );
        assert_eq!(
            row.id.get_version_num(),
            4,
            "a time-ordered id would date the response"
        );
        assert_eq!(
            row.created_at, round_row.created_at,
            "the response carries its own time"
        );
        assert_eq!(row.updated_at, round_row.created_at);
        for (person, _) in &room.participants {
            let plain = person.replace('-', "");
            for column in [row.author_key.as_str(), row.text.as_deref().unwrap_or("")] {
                assert!(!column.contains(person.as_str()) && !column.contains(&plain));
            }
        }
    }
    let data = room
        .app
        .ok(&room.facilitator, RESPONSES, json!({ "r": round }))
        .await;
    for edge in data["feedbackRound"]["responses"]["edges"]
        .as_array()
        .expect("edges")
    {
        assert!(edge["node"]["author"].is_null());
    }
    let mine = room
        .app
        .ok(&room.participants[0].1, ROUND, json!({ "r": round }))
        .await;
    assert_eq!(
        mine["feedbackRound"]["myResponse"]["text"],
        "Doch nicht so gut"
    );
    assert!(mine["feedbackRound"]["myResponse"]["author"].is_null());
}

#[tokio::test]
async fn small_anonymous_rounds_show_only_the_count() {
    let room = room(3).await;
    let round = open_round(&room, "RATING_AND_TEXT", true).await;
    respond(&room, 0, &round, Some(5), Some("Super")).await;
    respond(&room, 1, &round, Some(2), Some("Zu schnell")).await;
    let summary = room
        .app
        .ok(&room.facilitator, ROUND, json!({ "r": round }))
        .await;
    assert_eq!(
        summary["feedbackRound"]["summary"],
        json!({ "count": 2, "averageRating": null, "ratingCounts": [] })
    );
    let responses = room
        .app
        .ok(&room.facilitator, RESPONSES, json!({ "r": round }))
        .await;
    assert_eq!(responses["feedbackRound"]["responses"]["totalCount"], 0);
    assert_eq!(responses["feedbackRound"]["responses"]["edges"], json!([]));

    respond(&room, 2, &round, Some(5), None).await;
    let summary = room
        .app
        .ok(&room.facilitator, ROUND, json!({ "r": round }))
        .await;
    assert_eq!(summary["feedbackRound"]["summary"]["count"], 3);
    assert_eq!(summary["feedbackRound"]["summary"]["averageRating"], 4.0);
    let responses = room
        .app
        .ok(&room.facilitator, RESPONSES, json!({ "r": round }))
        .await;
    assert_eq!(responses["feedbackRound"]["responses"]["totalCount"], 3);
}
