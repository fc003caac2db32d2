//! Parsed documents, kept by their text: clients send the same few queries again and again, and
//! parsing is a large part of answering a small query. Bounded in count and size; a full cache
//! starts over rather than tracking recency.
//!
//! This runs in the HTTP handler, not as a schema extension: any extension puts every field's
//! resolution through the extension chain, which costs more than the whole parse.

use std::{
    collections::HashMap,
    sync::{Arc, LazyLock, RwLock},
};

use async_graphql::{Request, ServerError, parser::parse_query};

use super::limits;

/// How many distinct documents are kept.
const CAPACITY: usize = 512;
/// Longer documents are parsed every time (they are rare and would crowd the cache).
const MAX_QUERY_BYTES: usize = 16 * 1024;

type Document = async_graphql::parser::types::ExecutableDocument;

static DOCUMENTS: LazyLock<RwLock<HashMap<Arc<str>, Document>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));

/// Parses the request's document (or takes it from the cache) and applies the limits that
/// async-graphql does not set itself. A document that does not parse is left to the schema,
/// which reports the syntax error in its usual shape.
pub fn prepare(request: &mut Request) -> Result<(), ServerError> {
    let cached = DOCUMENTS
        .read()
        .ok()
        .and_then(|documents| documents.get(request.query.as_str()).cloned());
    let document = match cached {
        Some(document) => document,
        None => {
            let Ok(document) = parse_query(&request.query) else {
                return Ok(());
            };
            limits::check(&document)?;
            if request.query.len() <= MAX_QUERY_BYTES
                && let Ok(mut documents) = DOCUMENTS.write()
            {
                if documents.len() >= CAPACITY {
                    documents.clear();
                }
                documents.insert(Arc::from(request.query.as_str()), document.clone());
            }
            document
        }
    };
    request.set_parsed_query(document);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_document_is_the_one_parsed() {
        let mut first = Request::new("query Cached { me { id } }");
        prepare(&mut first).expect("prepared");
        let mut second = Request::new("query Cached { me { id } }");
        prepare(&mut second).expect("prepared");
        let parsed = second.parsed_query().expect("parsed");
        assert_eq!(parsed.operations.iter().count(), 1);
    }

    #[test]
    fn too_many_aliases_are_refused_every_time() {
        let aliases: String = (0..=limits::MAX_ALIASES)
            .map(|i| format!("a{i}: me {{ id }} "))
            .collect();
        let query = format!("{{ {aliases} }}");
        assert!(prepare(&mut Request::new(query.clone())).is_err());
        assert!(prepare(&mut Request::new(query)).is_err());
    }
}
