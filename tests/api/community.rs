use std::time::Duration;

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, error_code, error_fields, id},
    ws::WsClient,
};

const CREATE: &str =
    "mutation($i: CreatePostInput!) { createPost(input: $i) { id title bodyHtml hidden } }";
const POST: &str = "query($p: ID!) { post(id: $p) { title hidden locked pinned editedAt commentCount author { displayName } } }";
const COMMENT: &str = "mutation($p: ID!, $parent: ID, $b: String!) { createComment(input: { postId: $p, parentId: $parent, body: $b }) { id } }";

struct Community {
    app: TestApp,
    cohort: String,
    member: String,
    member_id: String,
    peer: String,
    facilitator: String,
    outsider: String,
}

async fn community() -> Community {
    let app = TestApp::spawn().await;
    let cohort = app.cohort("Durchgang").await;
    let (member_id, member) = app.person("Mara Mitglied", "PARTICIPANT", None).await;
    let (peer_id, peer) = app.person("Paul Peer", "PARTICIPANT", None).await;
    let (f, facilitator) = app.person("Fiona Mod", "FACILITATOR", None).await;
    let (_, outsider) = app.person("Olga Außen", "PARTICIPANT", None).await;
    app.enroll(&cohort, &member_id, "PARTICIPANT").await;
    app.enroll(&cohort, &peer_id, "PARTICIPANT").await;
    app.enroll(&cohort, &f, "FACILITATOR").await;
    Community {
        app,
        cohort,
        member,
        member_id,
        peer,
        facilitator,
        outsider,
    }
}

async fn post(c: &Community, token: &str, cohort: Option<&str>, title: &str, body: &str) -> String {
    id(&c.app.ok(token, CREATE, json!({ "i": { "cohortId": cohort, "kind": "EXPERIENCE", "title": title, "body": body, "tags": ["Verwaltung"] } })).await["createPost"])
}

fn titles(feed: &Value) -> Vec<String> {
    feed["feed"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["title"].as_str().expect("title").to_owned())
        .collect()
}

#[tokio::test]
async fn cohort_posts_stay_in_the_cohort_through_feed_post_search_and_subscription() {
    let c = community().await;
    let mut outsider_socket = WsClient::connect(&c.app.address, &c.outsider).await;
    outsider_socket
        .subscribe("all", "subscription { postAdded { title } }", json!({}))
        .await;
    let mut member_socket = WsClient::connect(&c.app.address, &c.peer).await;
    member_socket
        .subscribe(
            "cohort",
            "subscription($c: ID) { postAdded(cohortId: $c) { title cohort { title } } }",
            json!({ "c": c.cohort }),
        )
        .await;

    let internal = post(
        &c,
        &c.member,
        Some(&c.cohort),
        "Intern: Bürgerbüro",
        "Nur für den Durchgang",
    )
    .await;
    let network = post(&c, &c.member, None, "Offen: Bürgerbüro", "Für alle").await;

    let arrived = member_socket
        .next_data("cohort", Duration::from_secs(5))
        .await;
    assert_eq!(arrived["data"]["postAdded"]["title"], "Intern: Bürgerbüro");
    let seen_by_outsider = outsider_socket
        .next_data("all", Duration::from_secs(5))
        .await;
    assert_eq!(
        seen_by_outsider["data"]["postAdded"]["title"], "Offen: Bürgerbüro",
        "the cohort post never reaches outsiders"
    );

    let feed = "query($s: String) { feed(search: $s) { totalCount edges { node { title } } } }";
    assert_eq!(
        titles(&c.app.ok(&c.outsider, feed, json!({ "s": null })).await),
        vec!["Offen: Bürgerbüro"]
    );
    assert_eq!(
        titles(
            &c.app
                .ok(&c.outsider, feed, json!({ "s": "bürgerbüro" }))
                .await
        ),
        vec!["Offen: Bürgerbüro"]
    );
    assert_eq!(
        titles(&c.app.ok(&c.peer, feed, json!({ "s": "bürgerbüro" })).await).len(),
        2
    );
    let direct = c
        .app
        .gql(Some(&c.outsider), POST, json!({ "p": internal }))
        .await;
    assert_eq!(error_code(&direct), "NOT_FOUND");
    let cohort_posts = c
        .app
        .ok(
            &c.outsider,
            "query($c: ID!) { cohort(id: $c) { posts { totalCount } } }",
            json!({ "c": c.cohort }),
        )
        .await;
    assert_eq!(cohort_posts["cohort"]["posts"]["totalCount"], 0);
    let refused = c
        .app
        .gql(
            Some(&c.outsider),
            COMMENT,
            json!({ "p": internal, "b": "Hallo" }),
        )
        .await;
    assert_eq!(error_code(&refused), "NOT_FOUND");
    let foreign = c
        .app
        .gql(
            Some(&c.outsider),
            CREATE,
            json!({ "i": { "cohortId": c.cohort, "kind": "IDEA", "title": "X", "body": "Y" } }),
        )
        .await;
    assert_eq!(error_code(&foreign), "FORBIDDEN");
    let mut subscribe_foreign = WsClient::connect(&c.app.address, &c.outsider).await;
    subscribe_foreign
        .subscribe(
            "x",
            "subscription($c: ID) { postAdded(cohortId: $c) { title } }",
            json!({ "c": c.cohort }),
        )
        .await;
    let refusal = subscribe_foreign
        .next(Duration::from_secs(5))
        .await
        .expect("refusal");
    assert!(refusal.to_string().contains("FORBIDDEN"), "{refusal}");
    let _ = network;
}

#[tokio::test]
async fn bodies_are_rendered_and_sanitised_on_the_server() {
    let c = community().await;
    let body = "**Wichtig:** <script>alert('x')</script>[klick](javascript:alert(1)) <img src=x onerror=alert(2)> [Leitfaden](https://beispiel.de/leitfaden)";
    let created = c
        .app
        .ok(
            &c.member,
            CREATE,
            json!({ "i": { "kind": "RESOURCE", "title": "Leitfaden", "body": body } }),
        )
        .await;
    let html = created["createPost"]["bodyHtml"].as_str().expect("html");
    assert!(html.contains("<strong>Wichtig:</strong>"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("javascript:"));
    assert!(!html.contains("onerror"));
    assert!(
        html.contains(r#"<a href="https://beispiel.de/leitfaden" rel="noopener nofollow">"#),
        "{html}"
    );
    let comment = id(&c
        .app
        .ok(
            &c.peer,
            COMMENT,
            json!({ "p": created["createPost"]["id"], "b": "<script>x()</script>Danke" }),
        )
        .await["createComment"]);
    let rendered = c
        .app
        .ok(
            &c.peer,
            "query($p: ID!) { post(id: $p) { comments { edges { node { id bodyHtml } } } } }",
            json!({ "p": created["createPost"]["id"] }),
        )
        .await;
    let node = &rendered["post"]["comments"]["edges"][0]["node"];
    assert_eq!(node["id"], comment);
    assert!(!node["bodyHtml"].as_str().expect("html").contains("<script"));
}

#[tokio::test]
async fn comments_thread_one_level_deep_oldest_first_and_count() {
    let c = community().await;
    let p = post(
        &c,
        &c.member,
        Some(&c.cohort),
        "Frage",
        "Wie macht ihr das?",
    )
    .await;
    let first = id(&c
        .app
        .ok(&c.peer, COMMENT, json!({ "p": p, "b": "Erste Antwort" }))
        .await["createComment"]);
    let reply = id(&c
        .app
        .ok(
            &c.member,
            COMMENT,
            json!({ "p": p, "parent": first, "b": "Danke!" }),
        )
        .await["createComment"]);
    c.app
        .ok(
            &c.facilitator,
            COMMENT,
            json!({ "p": p, "b": "Zweite Antwort" }),
        )
        .await;
    let too_deep = c
        .app
        .gql(
            Some(&c.peer),
            COMMENT,
            json!({ "p": p, "parent": reply, "b": "Noch tiefer" }),
        )
        .await;
    assert_eq!(error_fields(&too_deep), vec!["parentId"]);
    let empty = c
        .app
        .gql(Some(&c.peer), COMMENT, json!({ "p": p, "b": "   " }))
        .await;
    assert_eq!(error_fields(&empty), vec!["body"]);

    let thread = c
        .app
        .ok(&c.peer, "query($p: ID!) { post(id: $p) { commentCount comments { totalCount edges { node { body parent { body } } } } top: comments(topLevelOnly: true) { edges { node { body replies { body } } } } } }", json!({ "p": p }))
        .await;
    assert_eq!(thread["post"]["commentCount"], 3);
    let bodies: Vec<&str> = thread["post"]["comments"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["body"].as_str().expect("body"))
        .collect();
    assert_eq!(bodies, vec!["Erste Antwort", "Danke!", "Zweite Antwort"]);
    assert_eq!(
        thread["post"]["comments"]["edges"][1]["node"]["parent"]["body"],
        "Erste Antwort"
    );
    assert_eq!(
        thread["post"]["top"]["edges"][0]["node"]["replies"],
        json!([{ "body": "Danke!" }])
    );

    // Deleting a comment with replies keeps the thread; its author becomes neutral.
    c.app
        .ok(
            &c.peer,
            "mutation($c: ID!) { deleteComment(id: $c) }",
            json!({ "c": first }),
        )
        .await;
    let after = c.app.ok(&c.peer, "query($p: ID!) { post(id: $p) { commentCount comments { edges { node { body deleted author { displayName } } } } } }", json!({ "p": p })).await;
    assert_eq!(
        after["post"]["comments"]["edges"][0]["node"],
        json!({ "body": "", "deleted": true, "author": { "displayName": "ehemalige*r Teilnehmende*r" } })
    );
    assert_eq!(after["post"]["commentCount"], 2);
    let not_theirs = c
        .app
        .gql(
            Some(&c.peer),
            "mutation($c: ID!) { deleteComment(id: $c) }",
            json!({ "c": reply }),
        )
        .await;
    assert_eq!(error_code(&not_theirs), "FORBIDDEN");
}

#[tokio::test]
async fn reactions_count_once_per_kind_and_person() {
    let c = community().await;
    let p = post(&c, &c.member, Some(&c.cohort), "Idee", "Ein Vorschlag").await;
    let react = "mutation($t: ID!, $k: ReactionKind!) { react(targetId: $t, kind: $k) { id reactions { kind count } myReactions } }";
    c.app
        .ok(&c.peer, react, json!({ "t": p, "k": "LIKE" }))
        .await;
    c.app
        .ok(&c.peer, react, json!({ "t": p, "k": "LIKE" }))
        .await;
    c.app
        .ok(&c.peer, react, json!({ "t": p, "k": "THANKS" }))
        .await;
    let by_facilitator = c
        .app
        .ok(&c.facilitator, react, json!({ "t": p, "k": "LIKE" }))
        .await;
    assert_eq!(
        by_facilitator["react"]["reactions"],
        json!([{ "kind": "LIKE", "count": 2 }, { "kind": "THANKS", "count": 1 }])
    );
    assert_eq!(by_facilitator["react"]["myReactions"], json!(["LIKE"]));
    let undone = c.app.ok(&c.peer, "mutation($t: ID!) { unreact(targetId: $t, kind: LIKE) { reactions { kind count } myReactions } }", json!({ "t": p })).await;
    assert_eq!(undone["unreact"]["myReactions"], json!(["THANKS"]));
    assert_eq!(
        undone["unreact"]["reactions"],
        json!([{ "kind": "LIKE", "count": 1 }, { "kind": "THANKS", "count": 1 }])
    );
    let comment = id(&c
        .app
        .ok(&c.peer, COMMENT, json!({ "p": p, "b": "Gute Idee" }))
        .await["createComment"]);
    let on_comment = c
        .app
        .ok(&c.member, react, json!({ "t": comment, "k": "INSIGHTFUL" }))
        .await;
    assert_eq!(
        on_comment["react"]["reactions"],
        json!([{ "kind": "INSIGHTFUL", "count": 1 }])
    );
    let outsider = c
        .app
        .gql(Some(&c.outsider), react, json!({ "t": p, "k": "LIKE" }))
        .await;
    assert_eq!(error_code(&outsider), "NOT_FOUND");
}

#[tokio::test]
async fn moderators_hide_lock_and_pin_and_reports_reach_them_once() {
    let c = community().await;
    let calm = post(&c, &c.member, Some(&c.cohort), "Ruhig", "Alles gut").await;
    let heated = post(&c, &c.peer, Some(&c.cohort), "Hitzig", "Streit").await;
    let report =
        "mutation($t: ID!) { reportContent(targetId: $t, reason: \"Beleidigend\") { id reason } }";
    let reported = c.app.ok(&c.member, report, json!({ "t": heated })).await;
    assert_eq!(
        error_code(
            &c.app
                .gql(Some(&c.member), report, json!({ "t": heated }))
                .await
        ),
        "CONFLICT"
    );
    let queue = "{ moderationQueue { totalCount edges { node { id reason post { title } reporter { displayName } } } } }";
    let for_facilitator = c.app.ok(&c.facilitator, queue, json!({})).await;
    assert_eq!(for_facilitator["moderationQueue"]["totalCount"], 1);
    assert_eq!(
        for_facilitator["moderationQueue"]["edges"][0]["node"]["post"]["title"],
        "Hitzig"
    );
    let (_, stranger_facilitator) = c.app.person("Sven Mod", "FACILITATOR", None).await;
    assert_eq!(
        c.app.ok(&stranger_facilitator, queue, json!({})).await["moderationQueue"]["totalCount"],
        0
    );
    assert_eq!(
        error_code(&c.app.gql(Some(&c.member), queue, json!({})).await),
        "FORBIDDEN"
    );

    let moderate = "mutation($p: ID!, $h: Boolean, $l: Boolean, $pin: Boolean) { moderatePost(id: $p, hidden: $h, locked: $l, pinned: $pin) { hidden locked pinned } }";
    assert_eq!(
        error_code(
            &c.app
                .gql(Some(&c.member), moderate, json!({ "p": heated, "h": true }))
                .await
        ),
        "FORBIDDEN"
    );
    c.app
        .ok(
            &c.facilitator,
            moderate,
            json!({ "p": heated, "h": true, "l": true }),
        )
        .await;
    c.app
        .ok(&c.facilitator, moderate, json!({ "p": calm, "pin": true }))
        .await;
    // Hidden: gone for others, visible (and marked) for its author and the moderators.
    assert_eq!(
        error_code(
            &c.app
                .gql(Some(&c.member), POST, json!({ "p": heated }))
                .await
        ),
        "NOT_FOUND"
    );
    assert_eq!(
        c.app.ok(&c.peer, POST, json!({ "p": heated })).await["post"]["hidden"],
        true
    );
    assert_eq!(
        c.app.ok(&c.facilitator, POST, json!({ "p": heated })).await["post"]["hidden"],
        true
    );
    // Locked: no new comments.
    assert_eq!(
        error_code(
            &c.app
                .gql(Some(&c.peer), COMMENT, json!({ "p": heated, "b": "Aber…" }))
                .await
        ),
        "CONFLICT"
    );
    // Pinned first.
    let another = post(&c, &c.peer, Some(&c.cohort), "Neuer", "Neuester Beitrag").await;
    let feed = c
        .app
        .ok(
            &c.member,
            "query($c: ID) { feed(cohortId: $c) { edges { node { title pinned } } } }",
            json!({ "c": c.cohort }),
        )
        .await;
    assert_eq!(titles(&feed), vec!["Ruhig", "Neuer"]);
    let _ = another;
    let resolved = c
        .app
        .ok(
            &c.facilitator,
            "mutation($r: ID!) { resolveReport(id: $r) { resolvedAt } }",
            json!({ "r": reported["reportContent"]["id"] }),
        )
        .await;
    assert!(resolved["resolveReport"]["resolvedAt"].is_string());
    assert_eq!(
        c.app.ok(&c.facilitator, queue, json!({})).await["moderationQueue"]["totalCount"],
        0
    );

    // Comments can be hidden too.
    let comment = id(&c
        .app
        .ok(&c.peer, COMMENT, json!({ "p": calm, "b": "Unpassend" }))
        .await["createComment"]);
    c.app
        .ok(
            &c.facilitator,
            "mutation($c: ID!) { moderateComment(id: $c, hidden: true) { hidden } }",
            json!({ "c": comment }),
        )
        .await;
    let shown = c
        .app
        .ok(
            &c.member,
            "query($p: ID!) { post(id: $p) { comments { totalCount } commentCount } }",
            json!({ "p": calm }),
        )
        .await;
    assert_eq!(shown["post"]["comments"]["totalCount"], 0);
    let own = c
        .app
        .ok(
            &c.peer,
            "query($p: ID!) { post(id: $p) { comments { edges { node { hidden } } } } }",
            json!({ "p": calm }),
        )
        .await;
    assert_eq!(own["post"]["comments"]["edges"][0]["node"]["hidden"], true);
}

#[tokio::test]
async fn editing_and_deleting_belong_to_the_author_and_moderators() {
    let c = community().await;
    let p = post(&c, &c.member, Some(&c.cohort), "Entwurf", "Erste Fassung").await;
    assert_eq!(
        error_code(
            &c.app
                .gql(
                    Some(&c.peer),
                    "mutation($p: ID!) { editPost(id: $p, input: { title: \"X\" }) { id } }",
                    json!({ "p": p })
                )
                .await
        ),
        "FORBIDDEN"
    );
    let edited = c.app.ok(&c.member, "mutation($p: ID!) { editPost(id: $p, input: { body: \"Zweite Fassung\", tags: [\"#Inklusion\"] }) { body tags editedAt } }", json!({ "p": p })).await;
    assert_eq!(edited["editPost"]["tags"], json!(["inklusion"]));
    assert!(edited["editPost"]["editedAt"].is_string());
    let by_tag = c
        .app
        .ok(
            &c.peer,
            "{ feed(tag: \"Inklusion\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(by_tag["feed"]["totalCount"], 1);
    assert_eq!(
        error_code(
            &c.app
                .gql(
                    Some(&c.peer),
                    "mutation($p: ID!) { deletePost(id: $p) }",
                    json!({ "p": p })
                )
                .await
        ),
        "FORBIDDEN"
    );
    c.app
        .ok(
            &c.facilitator,
            "mutation($p: ID!) { deletePost(id: $p) }",
            json!({ "p": p }),
        )
        .await;
    assert_eq!(
        error_code(&c.app.gql(Some(&c.member), POST, json!({ "p": p })).await),
        "NOT_FOUND"
    );
}

#[tokio::test]
async fn announcements_are_for_facilitators() {
    let c = community().await;
    let announce = "mutation($c: ID) { createPost(input: { cohortId: $c, kind: ANNOUNCEMENT, title: \"Termin\", body: \"Bitte vormerken\" }) { id } }";
    let refused = c
        .app
        .gql(Some(&c.member), announce, json!({ "c": c.cohort }))
        .await;
    assert_eq!(error_fields(&refused), vec!["kind"]);
    c.app
        .ok(&c.facilitator, announce, json!({ "c": c.cohort }))
        .await;
    c.app
        .ok(&c.facilitator, announce, json!({ "c": null }))
        .await;
}

#[tokio::test]
async fn a_consultation_request_shows_its_advisers_to_the_person_who_asked() {
    let c = community().await;
    let ask = "mutation($c: ID, $s: Boolean!) { createPost(input: { cohortId: $c, kind: CONSULTATION_REQUEST, title: \"Widerstand im Team\",
        body: \"Ich brauche Rat\", consultation: { case: \"Mein Team lehnt gendergerechte Sprache ab.\", question: \"Wie gehe ich vor?\", shareable: $s } }) { id } }";
    let missing = c.app.gql(Some(&c.member), "mutation { createPost(input: { kind: CONSULTATION_REQUEST, title: \"X\", body: \"Y\" }) { id } }", json!({})).await;
    assert_eq!(error_fields(&missing), vec!["consultation"]);
    let request = id(&c
        .app
        .ok(&c.member, ask, json!({ "c": c.cohort, "s": true }))
        .await["createPost"]);
    c.app
        .ok(
            &c.peer,
            COMMENT,
            json!({ "p": request, "b": "Klein anfangen." }),
        )
        .await;
    c.app
        .ok(
            &c.facilitator,
            COMMENT,
            json!({ "p": request, "b": "Lass uns telefonieren." }),
        )
        .await;
    c.app
        .ok(
            &c.member,
            COMMENT,
            json!({ "p": request, "b": "Danke euch!" }),
        )
        .await;
    let query = "query($p: ID!) { post(id: $p) { consultation { case question shareable resolvedAt advisers { displayName } } } }";
    let asked = c.app.ok(&c.member, query, json!({ "p": request })).await;
    let advisers: Vec<&str> = asked["post"]["consultation"]["advisers"]
        .as_array()
        .expect("advisers")
        .iter()
        .map(|a| a["displayName"].as_str().expect("name"))
        .collect();
    assert_eq!(advisers, vec!["Paul Peer", "Fiona Mod"]);
    // Shared beyond the cohort: the outsider reads it but does not see who advised.
    let outside = c.app.ok(&c.outsider, query, json!({ "p": request })).await;
    assert_eq!(
        outside["post"]["consultation"]["question"],
        "Wie gehe ich vor?"
    );
    assert_eq!(outside["post"]["consultation"]["advisers"], json!([]));
    let resolved = c
        .app
        .ok(
            &c.member,
            "mutation($p: ID!) { resolveConsultation(postId: $p) { consultation { resolvedAt } } }",
            json!({ "p": request }),
        )
        .await;
    assert!(resolved["resolveConsultation"]["consultation"]["resolvedAt"].is_string());
    // Not shareable: stays in the cohort.
    let private = id(&c
        .app
        .ok(&c.member, ask, json!({ "c": c.cohort, "s": false }))
        .await["createPost"]);
    assert_eq!(
        error_code(
            &c.app
                .gql(Some(&c.outsider), query, json!({ "p": private }))
                .await
        ),
        "NOT_FOUND"
    );
}

#[tokio::test]
async fn replies_reactions_and_mentions_become_notifications() {
    let c = community().await;
    let p = post(
        &c,
        &c.member,
        Some(&c.cohort),
        "Erfahrung",
        "Wir haben begonnen.",
    )
    .await;
    c.app
        .ok(
            &c.peer,
            COMMENT,
            json!({ "p": p, "b": "Toll! @Fiona Mod, kennst du das?" }),
        )
        .await;
    c.app
        .ok(
            &c.facilitator,
            "mutation($t: ID!) { react(targetId: $t, kind: SUPPORT) { id } }",
            json!({ "t": p }),
        )
        .await;
    let mine = c.app.ok(&c.member, "{ unreadNotificationCount notifications { edges { node { kind actor { displayName } post { title } read } } } }", json!({})).await;
    assert_eq!(mine["unreadNotificationCount"], 2);
    let kinds: Vec<&str> = mine["notifications"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, vec!["REACTION", "REPLY"]);
    let mentioned = c
        .app
        .ok(
            &c.facilitator,
            "{ notifications { edges { node { kind actor { displayName } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        mentioned["notifications"]["edges"][0]["node"],
        json!({ "kind": "MENTION", "actor": { "displayName": "Paul Peer" } })
    );
    let marked = c
        .app
        .ok(&c.member, "mutation { markNotificationsRead }", json!({}))
        .await;
    assert_eq!(marked["markNotificationsRead"], 2);
    assert_eq!(
        c.app
            .ok(&c.member, "{ unreadNotificationCount }", json!({}))
            .await["unreadNotificationCount"],
        0
    );
    let _ = c.member_id;
}

#[tokio::test]
async fn search_is_german_aware_and_needs_every_word() {
    let c = community().await;
    post(
        &c,
        &c.member,
        None,
        "Straßenfest im Quartier",
        "Gemeinsam mit dem Bürgerbüro und Vereinen",
    )
    .await;
    post(
        &c,
        &c.member,
        None,
        "Leichte Sprache",
        "Formulare verständlich machen",
    )
    .await;
    let search = "query($s: String!) { feed(search: $s) { totalCount edges { node { title } } } }";
    for (query, expected) in [
        ("strassenfest", vec!["Straßenfest im Quartier"]),
        ("STRASSENFEST", vec!["Straßenfest im Quartier"]),
        ("Bürger", vec!["Straßenfest im Quartier"]),
        ("buergerbuero vereine", vec!["Straßenfest im Quartier"]),
        ("verständlich", vec!["Leichte Sprache"]),
        (
            "verwaltung",
            vec!["Leichte Sprache", "Straßenfest im Quartier"],
        ),
        ("sprache quartier", vec![]),
        ("\"; DROP TABLE post; --", vec![]),
    ] {
        let found = c.app.ok(&c.peer, search, json!({ "s": query })).await;
        let mut got = titles(&found);
        got.sort();
        assert_eq!(got, expected, "{query}");
    }
}

#[tokio::test]
async fn a_post_or_comment_sent_twice_with_the_same_key_is_written_once() {
    let c = community().await;
    let create = "mutation($k: String) { createPost(input: { kind: QUESTION, title: \"Offline geschrieben\", body: \"Im Zug ohne Netz\", idempotencyKey: $k }) { id } }";
    let first = c
        .app
        .ok(&c.member, create, json!({ "k": "mobil-123" }))
        .await;
    let again = c
        .app
        .ok(&c.member, create, json!({ "k": "mobil-123" }))
        .await;
    assert_eq!(first, again);
    assert_eq!(c.app.count_rows("post").await, 1);
    let other = c.app.gql(Some(&c.member), "mutation { createPost(input: { kind: QUESTION, title: \"Anders\", body: \"x\", idempotencyKey: \"mobil-123\" }) { id } }", json!({})).await;
    assert_eq!(error_fields(&other), vec!["idempotencyKey"]);
    // Another person's key space is their own.
    let peer = c.app.ok(&c.peer, create, json!({ "k": "mobil-123" })).await;
    assert_ne!(peer, first);
    let post = id(&first["createPost"]);
    let comment = "mutation($p: ID!) { createComment(input: { postId: $p, body: \"Antwort\", idempotencyKey: \"k1\" }) { id } }";
    let one = c.app.ok(&c.peer, comment, json!({ "p": post })).await;
    let two = c.app.ok(&c.peer, comment, json!({ "p": post })).await;
    assert_eq!(one, two);
    assert_eq!(c.app.count_rows("comment").await, 1);
}
