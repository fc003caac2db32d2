//! Network posts for municipal intranets.

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;

use super::{
    caller::Caller,
    problem::RestResult,
    schemas::{List, Post, Problem as ProblemBody},
};
use crate::{
    domain::{
        ids::parse_ref,
        page::PageRequest,
        posts::{self, FeedFilter},
    },
    state::AppState,
};

/// Filters of the post list.
#[derive(Deserialize, IntoParams)]
pub struct PostQuery {
    /// A cohort id: only what the caller may see of it (tokens never see cohort-internal posts).
    pub cohort: Option<String>,
    /// Entries per page (default 50, at most 200).
    pub limit: Option<i32>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// Network posts, newest first (`community:read`); cohort-internal posts are never shown to tokens.
#[utoipa::path(get, path = "/api/v1/community/posts", tag = "community", params(PostQuery),
    responses((status = 200, body = List<Post>), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody), (status = 429, body = ProblemBody)),
    security(("bearer" = [])))]
#[get("/api/v1/community/posts")]
pub async fn list_posts(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<PostQuery>,
) -> RestResult<web::Json<List<Post>>> {
    let page = PageRequest::parse_with(query.limit, query.cursor.as_deref(), 50, 200, "limit")?;
    let cohort_id = query
        .cohort
        .as_deref()
        .map(|c| parse_ref("cohort", c))
        .transpose()?;
    let filter = FeedFilter {
        cohort_id,
        network_only: cohort_id.is_none(),
        ..Default::default()
    };
    let found = posts::feed(&state.db, &caller.0, filter, page).await?;
    Ok(web::Json(List::from_page(found, Post::from)))
}
