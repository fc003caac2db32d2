/// `docs/schema.graphql` is generated from the code; this fails when it is stale.
#[test]
fn the_documented_schema_is_the_served_schema() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/schema.graphql");
    let served = vielfalt_api::graphql::sdl();
    let documented = std::fs::read_to_string(path).unwrap_or_default();
    if documented != served {
        if std::env::var("UPDATE_DOCS").is_ok() {
            std::fs::write(path, &served).expect("write docs/schema.graphql");
            return;
        }
        panic!(
            "docs/schema.graphql is stale: run `UPDATE_DOCS=1 cargo test -p vielfalt-tests schema` or `cargo run -- schema > docs/schema.graphql`"
        );
    }
}
