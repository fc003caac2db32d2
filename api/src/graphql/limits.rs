//! Limits on the shape of a document that async-graphql does not set by itself: how many aliases
//! (one request asking the same expensive field many times) a query may use.

use std::sync::Arc;

use async_graphql::{
    ServerError, ServerResult, Variables,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery},
    parser::types::{ExecutableDocument, Selection, SelectionSet},
};

/// The most aliases a document may use (the clients need a handful).
pub const MAX_ALIASES: usize = 30;

/// Refuses documents with too many aliases before they are validated or run (for subscriptions,
/// whose documents arrive over the WebSocket; HTTP requests are checked in `document_cache`).
pub struct AliasLimit;

impl ExtensionFactory for AliasLimit {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AliasLimitExtension)
    }
}

struct AliasLimitExtension;

fn count(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|selection| match &selection.node {
            Selection::Field(field) => {
                usize::from(field.node.alias.is_some()) + count(&field.node.selection_set.node)
            }
            Selection::InlineFragment(fragment) => count(&fragment.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

fn aliases(document: &ExecutableDocument) -> usize {
    let in_operations: usize = document
        .operations
        .iter()
        .map(|(_, op)| count(&op.node.selection_set.node))
        .sum();
    let in_fragments: usize = document
        .fragments
        .values()
        .map(|f| count(&f.node.selection_set.node))
        .sum();
    in_operations + in_fragments
}

/// Refuses a document with more than [`MAX_ALIASES`] aliases.
pub fn check(document: &ExecutableDocument) -> Result<(), ServerError> {
    if aliases(document) > MAX_ALIASES {
        return Err(ServerError::new(
            format!("Query uses more than {MAX_ALIASES} aliases."),
            None,
        ));
    }
    Ok(())
}

#[async_graphql::async_trait::async_trait]
impl Extension for AliasLimitExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        check(&document)?;
        Ok(document)
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;

    use super::*;

    #[test]
    fn counts_aliases_everywhere() {
        let document =
            parse_query("{ a: me { id b: id } ...F } fragment F on Query { c: me { id } }")
                .expect("parses");
        assert_eq!(aliases(&document), 3);
    }
}
