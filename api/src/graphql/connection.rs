//! Relay connections: `edges { cursor node }`, `pageInfo`, `totalCount`.

use async_graphql::SimpleObject;

use crate::domain::page::Page;

/// Where a page lies in the whole list.
#[derive(SimpleObject, Clone)]
pub struct PageInfo {
    /// More entries follow this page.
    pub has_next_page: bool,
    /// Entries precede this page.
    pub has_previous_page: bool,
    /// The cursor of the first entry of this page.
    pub start_cursor: Option<String>,
    /// The cursor of the last entry; pass it as `after` for the next page.
    pub end_cursor: Option<String>,
}

impl PageInfo {
    fn of<T>(page: &Page<T>) -> Self {
        Self {
            has_next_page: page.has_next(),
            has_previous_page: page.has_previous(),
            start_cursor: (!page.items.is_empty()).then(|| page.cursor(0)),
            end_cursor: page
                .items
                .len()
                .checked_sub(1)
                .map(|last| page.cursor(last)),
        }
    }
}

/// A connection type: built from a domain page.
pub trait FromPage: Sized {
    type Node;

    fn from_parts(edges: Vec<(String, Self::Node)>, page_info: PageInfo, total_count: i32) -> Self;

    /// Builds the connection, converting each item into a node.
    fn from_page<M>(page: Page<M>, to_node: impl FnMut(M) -> Self::Node) -> Self {
        let page_info = PageInfo::of(&page);
        let cursors: Vec<String> = (0..page.items.len()).map(|i| page.cursor(i)).collect();
        let total_count = i32::try_from(page.total).unwrap_or(i32::MAX);
        let edges = cursors
            .into_iter()
            .zip(page.items.into_iter().map(to_node))
            .collect();
        Self::from_parts(edges, page_info, total_count)
    }
}

/// Declares `<Node>Connection` and `<Node>Edge` for a node type.
#[macro_export]
macro_rules! connection {
    ($connection:ident, $edge:ident, $node:ty) => {
        /// One entry of a list with its cursor.
        #[derive(async_graphql::SimpleObject)]
        pub struct $edge {
            /// Opaque; pass it as `after` to continue behind this entry.
            pub cursor: String,
            /// The entry.
            pub node: $node,
        }

        /// A page of a list.
        #[derive(async_graphql::SimpleObject)]
        pub struct $connection {
            /// The entries of this page.
            pub edges: Vec<$edge>,
            /// Where this page lies.
            pub page_info: $crate::graphql::connection::PageInfo,
            /// How many entries the whole list has.
            pub total_count: i32,
        }

        impl $crate::graphql::connection::FromPage for $connection {
            type Node = $node;

            fn from_parts(
                edges: Vec<(String, $node)>,
                page_info: $crate::graphql::connection::PageInfo,
                total_count: i32,
            ) -> Self {
                Self {
                    edges: edges
                        .into_iter()
                        .map(|(cursor, node)| $edge { cursor, node })
                        .collect(),
                    page_info,
                    total_count,
                }
            }
        }
    };
}
