//! Pagination: `first` (default 20, at most 100) and an opaque `after` cursor.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, Order, QueryFilter,
    QuerySelect, QueryTrait, Select, Statement, sea_query::Expr,
};
use uuid::Uuid;

use crate::{
    error::{AppError, AppResult},
    i18n::Text,
};

pub const DEFAULT_PAGE_SIZE: u64 = 20;
pub const MAX_PAGE_SIZE: u64 = 100;

/// Which slice of a list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PageRequest {
    pub offset: u64,
    pub limit: u64,
}

/// One slice of a list, with the total.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub offset: u64,
    pub total: u64,
}

impl PageRequest {
    /// Parses GraphQL's `first`/`after`.
    pub fn parse(first: Option<i32>, after: Option<&str>) -> AppResult<Self> {
        Self::parse_with(first, after, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, "first")
    }

    /// Parses with other bounds (REST uses `limit`, default 50, max 200).
    pub fn parse_with(
        size: Option<i32>,
        after: Option<&str>,
        default: u64,
        max: u64,
        field: &str,
    ) -> AppResult<Self> {
        let limit = match size {
            None => default,
            Some(n) if n < 0 => {
                return Err(AppError::invalid(
                    field,
                    Text::new("Darf nicht negativ sein.", "Must not be negative."),
                ));
            }
            Some(n) if n as u64 > max => {
                return Err(AppError::invalid(
                    field,
                    Text::owned(
                        format!("Höchstens {max} Einträge pro Seite."),
                        format!("At most {max} entries per page."),
                    ),
                ));
            }
            Some(n) => n as u64,
        };
        let offset = match after {
            None => 0,
            Some(cursor) => {
                decode_cursor(cursor).ok_or_else(|| {
                    AppError::invalid("after", Text::new("Ungültiger Cursor.", "Invalid cursor."))
                })? + 1
            }
        };
        Ok(Self { offset, limit })
    }

    /// Everything (for small lists that are not paginated in the API).
    pub fn all() -> Self {
        Self {
            offset: 0,
            limit: 10_000,
        }
    }
}

impl<T> Page<T> {
    /// Nothing to show at the requested place (no access, too few answers, no search words).
    pub fn empty(request: PageRequest) -> Self {
        Self {
            items: Vec::new(),
            offset: request.offset,
            total: 0,
        }
    }

    pub fn has_next(&self) -> bool {
        self.offset + (self.items.len() as u64) < self.total
    }

    pub fn has_previous(&self) -> bool {
        self.offset > 0
    }

    /// Converts the items, keeping the position.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            offset: self.offset,
            total: self.total,
        }
    }

    /// The cursor of the item at `index` in this page.
    pub fn cursor(&self, index: usize) -> String {
        encode_cursor(self.offset + index as u64)
    }
}

/// The same page of many parents' lists in one statement: rows are numbered per parent with
/// `ROW_NUMBER() OVER (PARTITION BY parent ORDER BY …)` and counted with `COUNT(*) OVER`, and
/// only the page's rows (plus each parent's first row, for its total) come back. Every parent
/// gets an entry, empty when it has no rows.
pub async fn pages_of_parents<E, C>(
    db: &impl ConnectionTrait,
    select: Select<E>,
    parent: C,
    order: &[(C, Order)],
    parents: &[Uuid],
    page: PageRequest,
) -> Result<HashMap<Uuid, Page<E::Model>>, DbErr>
where
    E: EntityTrait<Column = C>,
    C: ColumnTrait,
{
    let mut pages: HashMap<Uuid, Page<E::Model>> = parents
        .iter()
        .map(|id| {
            (
                *id,
                Page {
                    items: Vec::new(),
                    offset: page.offset,
                    total: 0,
                },
            )
        })
        .collect();
    if parents.is_empty() {
        return Ok(pages);
    }
    let parent_name = parent.as_str().to_owned();
    let ordering = order
        .iter()
        .map(|(column, direction)| {
            let direction = match direction {
                Order::Desc => "DESC",
                _ => "ASC",
            };
            format!("\"{}\" {direction}", column.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ");
    let backend = db.get_database_backend();
    let inner = select
        .filter(parent.is_in(parents.iter().copied()))
        .column_as(
            Expr::cust(format!(
                "ROW_NUMBER() OVER (PARTITION BY \"{parent_name}\" ORDER BY {ordering})"
            )),
            "page_row",
        )
        .column_as(
            Expr::cust(format!("COUNT(*) OVER (PARTITION BY \"{parent_name}\")")),
            "page_total",
        )
        .build(backend);
    let (from, to) = (page.offset, page.offset.saturating_add(page.limit));
    let sql = format!(
        "SELECT * FROM ({}) AS paged WHERE (paged.page_row > {from} AND paged.page_row <= {to}) OR paged.page_row = 1 ORDER BY paged.page_row",
        inner.sql
    );
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            inner.values.map(|v| v.0).unwrap_or_default(),
        ))
        .await?;
    for row in rows {
        let id: Uuid = row.try_get("", &parent_name)?;
        let number: i64 = row.try_get("", "page_row")?;
        let total: i64 = row.try_get("", "page_total")?;
        let Some(entry) = pages.get_mut(&id) else {
            continue;
        };
        entry.total = u64::try_from(total).unwrap_or(0);
        let number = u64::try_from(number).unwrap_or(0);
        if number > from && number <= to {
            entry.items.push(E::Model::from_query_result(&row, "")?);
        }
    }
    Ok(pages)
}

/// An opaque cursor for a position.
pub fn encode_cursor(position: u64) -> String {
    URL_SAFE_NO_PAD.encode(format!("vn:{position}"))
}

fn decode_cursor(cursor: &str) -> Option<u64> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    text.strip_prefix("vn:")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_is_bounded() {
        assert_eq!(PageRequest::parse(None, None).expect("default").limit, 20);
        assert!(PageRequest::parse(Some(101), None).is_err());
        assert!(PageRequest::parse(Some(-1), None).is_err());
        assert_eq!(PageRequest::parse(Some(100), None).expect("max").limit, 100);
    }

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        let cursor = encode_cursor(41);
        assert_eq!(
            PageRequest::parse(Some(5), Some(&cursor))
                .expect("cursor")
                .offset,
            42
        );
        assert!(PageRequest::parse(None, Some("garbage!")).is_err());
    }
}
