//! Parsed documents, kept by their text: clients send the same few queries again and again, and
//! parsing is a large part of answering a small query. Bounded in count and size; a full cache
//! starts over rather than tracking recency.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

use async_graphql::{
    ServerResult, Variables,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery},
    parser::types::ExecutableDocument,
};

/// How many distinct documents are kept.
const CAPACITY: usize = 512;
/// Longer documents are parsed every time (they are rare and would crowd the cache).
const MAX_QUERY_BYTES: usize = 16 * 1024;

type Documents = RwLock<HashMap<Arc<str>, ExecutableDocument>>;

/// The shared cache, installed as a schema extension.
#[derive(Default)]
pub struct DocumentCache {
    documents: Arc<Documents>,
}

impl ExtensionFactory for DocumentCache {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(CachedParse {
            documents: self.documents.clone(),
        })
    }
}

struct CachedParse {
    documents: Arc<Documents>,
}

#[async_graphql::async_trait::async_trait]
impl Extension for CachedParse {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        if query.len() > MAX_QUERY_BYTES {
            return next.run(ctx, query, variables).await;
        }
        if let Some(document) = self
            .documents
            .read()
            .ok()
            .and_then(|documents| documents.get(query).cloned())
        {
            return Ok(document);
        }
        let document = next.run(ctx, query, variables).await?;
        if let Ok(mut documents) = self.documents.write() {
            if documents.len() >= CAPACITY {
                documents.clear();
            }
            documents.insert(Arc::from(query), document.clone());
        }
        Ok(document)
    }
}
