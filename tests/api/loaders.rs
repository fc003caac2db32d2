use serde_json::json;

use crate::helpers::TestApp;

const COHORTS: &str = "query($n: Int) { cohorts(first: $n) { totalCount edges { node { title participantCount
  sessions { title module { title } } facilitators { displayName email } municipalities { name organisations { name } } } } } }";

async fn statements_for(app: &TestApp, n: usize) -> u64 {
    let before = app.statements().await;
    let data = app.ok(&app.admin_token, COHORTS, json!({ "n": n })).await;
    let after = app.statements().await;
    assert_eq!(data["cohorts"]["edges"].as_array().map(Vec::len), Some(n));
    for edge in data["cohorts"]["edges"].as_array().expect("edges") {
        assert_eq!(edge["node"]["sessions"].as_array().map(Vec::len), Some(2));
        assert_eq!(
            edge["node"]["facilitators"].as_array().map(Vec::len),
            Some(1)
        );
        assert_eq!(
            edge["node"]["municipalities"].as_array().map(Vec::len),
            Some(2)
        );
    }
    after - before
}

#[tokio::test]
async fn listing_twenty_cohorts_takes_as_many_statements_as_listing_two() {
    let app = TestApp::spawn().await;
    let a = app.municipality("Hanau").await;
    let b = app.municipality("Maintal").await;
    let (facilitator, _) = app.person("Mira Mod", "FACILITATOR", None).await;
    let module = app
        .ok(&app.admin_token, "mutation { createModule(input: { title: \"Vielfaltsdimensionen\", kind: INPUT }) { id } }", json!({}))
        .await["createModule"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    for i in 0..20 {
        let cohort = app
            .ok(
                &app.admin_token,
                "mutation($t: String!, $m: [ID!]) { createCohort(input: { title: $t, municipalityIds: $m }) { id } }",
                json!({ "t": format!("Durchgang {i}"), "m": [a, b] }),
            )
            .await["createCohort"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
        app.enroll(&cohort, &facilitator, "FACILITATOR").await;
        for day in ["2026-09-17", "2026-09-18"] {
            app.ok(
                &app.admin_token,
                "mutation($c: ID!, $m: ID!, $d: Date!) { scheduleSession(input: { cohortId: $c, moduleId: $m, day: $d }) { id } }",
                json!({ "c": cohort, "m": module, "d": day }),
            )
            .await;
        }
    }
    let two = statements_for(&app, 2).await;
    let twenty = statements_for(&app, 20).await;
    assert_eq!(
        two, twenty,
        "statements must not grow with the rows returned"
    );
    assert!(twenty <= 15, "{twenty} statements for one request");
}

const PARTICIPANTS: &str = "query($n: Int) { cohorts(first: $n) { edges { node { title
  enrollments(first: 3, role: PARTICIPANT) { totalCount pageInfo { hasNextPage } edges { node { role person { displayName municipality { name } } } } } } } } }";

#[tokio::test]
async fn paged_enrolments_of_many_cohorts_take_as_many_statements_as_of_one() {
    let app = TestApp::spawn().await;
    let hanau = app.municipality("Hanau").await;
    let mut cohorts = Vec::new();
    for i in 0..6 {
        let cohort = app.cohort(&format!("Durchgang {i}")).await;
        let (facilitator, _) = app.person(&format!("Mod {i}"), "FACILITATOR", None).await;
        app.enroll(&cohort, &facilitator, "FACILITATOR").await;
        // Cohort i has i + 1 participants from Hanau.
        for p in 0..=i {
            let (person, _) = app
                .person(
                    &format!("Teilnehmende {i}-{p}"),
                    "PARTICIPANT",
                    Some(&hanau),
                )
                .await;
            app.enroll(&cohort, &person, "PARTICIPANT").await;
        }
        cohorts.push(cohort);
    }
    let count = |n: usize| {
        let app = &app;
        async move {
            let before = app.statements().await;
            let data = app
                .ok(&app.admin_token, PARTICIPANTS, json!({ "n": n }))
                .await;
            (app.statements().await - before, data)
        }
    };
    let (one, _) = count(1).await;
    let (six, data) = count(6).await;
    assert_eq!(one, six, "statements must not grow with the cohorts listed");
    for edge in data["cohorts"]["edges"].as_array().expect("edges") {
        let title = edge["node"]["title"].as_str().expect("title");
        let i: usize = title
            .trim_start_matches("Durchgang ")
            .parse()
            .expect("number");
        let page = &edge["node"]["enrollments"];
        assert_eq!(page["totalCount"], i + 1, "{title}");
        assert_eq!(page["pageInfo"]["hasNextPage"], i + 1 > 3, "{title}");
        let people = page["edges"].as_array().expect("edges");
        assert_eq!(people.len(), (i + 1).min(3), "{title}");
        for person in people {
            assert_eq!(person["node"]["role"], "PARTICIPANT");
            assert_eq!(person["node"]["person"]["municipality"]["name"], "Hanau");
        }
    }
}

const FEED: &str = "query($c: ID!) { cohort(id: $c) { posts(first: 50) { edges { node { title author { displayName }
  comments(first: 2) { totalCount edges { node { body author { displayName } } } } } } } } }";

#[tokio::test]
async fn first_comments_of_many_posts_take_as_many_statements_as_of_one() {
    let app = TestApp::spawn().await;
    let few = app.cohort("Wenige Beiträge").await;
    let many = app.cohort("Viele Beiträge").await;
    let (author, token) = app.person("Aylin Autorin", "PARTICIPANT", None).await;
    app.enroll(&few, &author, "PARTICIPANT").await;
    app.enroll(&many, &author, "PARTICIPANT").await;
    let post = |cohort: String, title: String| {
        let (app, token) = (&app, &token);
        async move {
            app.ok(token, "mutation($i: CreatePostInput!) { createPost(input: $i) { id } }",
                json!({ "i": { "cohortId": cohort, "kind": "EXPERIENCE", "title": title, "body": "Text" } }))
                .await["createPost"]["id"]
                .as_str()
                .expect("id")
                .to_owned()
        }
    };
    let comment = |post: String, body: String| {
        let (app, token) = (&app, &token);
        async move {
            app.ok(token, "mutation($p: ID!, $b: String!) { createComment(input: { postId: $p, body: $b }) { id } }",
                json!({ "p": post, "b": body }))
                .await;
        }
    };
    let lone = post(few.clone(), "Einzeln".to_owned()).await;
    comment(lone, "Erster".to_owned()).await;
    for i in 0..8 {
        let id = post(many.clone(), format!("Beitrag {i}")).await;
        for c in 0..(i % 4) {
            comment(id.clone(), format!("Kommentar {i}.{c}")).await;
        }
    }
    let count = |cohort: String| {
        let app = &app;
        async move {
            let before = app.statements().await;
            let data = app.ok(&app.admin_token, FEED, json!({ "c": cohort })).await;
            (app.statements().await - before, data)
        }
    };
    let (one, _) = count(few).await;
    let (eight, data) = count(many).await;
    assert_eq!(one, eight, "statements must not grow with the posts listed");
    let posts = data["cohort"]["posts"]["edges"].as_array().expect("posts");
    assert_eq!(posts.len(), 8);
    for post in posts {
        let title = post["node"]["title"].as_str().expect("title");
        let i: usize = title
            .trim_start_matches("Beitrag ")
            .parse()
            .expect("number");
        let comments = &post["node"]["comments"];
        assert_eq!(comments["totalCount"], i % 4, "{title}");
        let shown: Vec<&str> = comments["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| e["node"]["body"].as_str().expect("body"))
            .collect();
        let expected: Vec<String> = (0..(i % 4).min(2))
            .map(|c| format!("Kommentar {i}.{c}"))
            .collect();
        assert_eq!(shown, expected, "oldest first, at most two");
        assert_eq!(post["node"]["author"]["displayName"], "Aylin Autorin");
    }
}
