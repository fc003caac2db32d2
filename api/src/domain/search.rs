//! Full-text search that speaks German: lower case, umlauts and ß spelled out (ä → ae, ß → ss),
//! stemmed by PostgreSQL's German configuration, prefix-matched by SQLite FTS5.

use sea_orm::{
    DatabaseBackend,
    sea_query::{Expr, SimpleExpr},
};

/// The normalised form that is stored and searched.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text stored for a post.
pub fn post_text(title: &str, body: &str, tags: &[String]) -> String {
    normalize(&format!("{title} {body} {}", tags.join(" ")))
}

/// The words of a query, normalised; empty when nothing searchable remains.
pub fn words(query: &str) -> Vec<String> {
    normalize(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(12)
        .map(str::to_owned)
        .collect()
}

/// A condition selecting the posts whose text matches every word of the query (as a prefix).
pub fn post_matches(backend: DatabaseBackend, words: &[String]) -> SimpleExpr {
    match backend {
        DatabaseBackend::Postgres => {
            let query = words
                .iter()
                .map(|w| format!("{w}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            Expr::cust_with_values("post.search_vector @@ to_tsquery('german', $1)", [query])
        }
        _ => {
            let query = words
                .iter()
                .map(|w| format!("\"{w}\"*"))
                .collect::<Vec<_>>()
                .join(" ");
            Expr::cust_with_values(
                "post.id IN (SELECT post_id FROM post_search WHERE post_search MATCH ?)",
                [query],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_and_sharp_s_are_spelled_out() {
        assert_eq!(
            normalize("Straße, Bürgerbüro & ÖFFNUNG!"),
            "strasse buergerbuero oeffnung"
        );
        assert_eq!(
            words("  Bürger   \"drop table\" * "),
            vec!["buerger", "drop", "table"]
        );
    }
}
