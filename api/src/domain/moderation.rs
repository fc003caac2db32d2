//! Reports to the moderators and the moderation queue.

use chrono::Utc;
use entity::{comment, content_report, post};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Query,
};
use uuid::Uuid;

use super::{
    ids::new_id,
    input,
    page::{Page, PageRequest},
    posts::Reader,
    reactions::{self, Target},
};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
    validate,
};

/// Reports a post or comment the caller can see. One open report per person and target.
pub async fn report(
    db: &impl ConnectionTrait,
    principal: &Principal,
    target_id: Uuid,
    reason: &str,
) -> AppResult<content_report::Model> {
    let me = principal.person()?;
    let target = reactions::target(db, principal, target_id).await?;
    validate! {
        reason = input::required(reason, "reason", 1000),
    }
    let already = content_report::Entity::find()
        .filter(content_report::Column::ReporterId.eq(me.id))
        .filter(content_report::Column::TargetId.eq(target_id))
        .filter(content_report::Column::ResolvedAt.is_null())
        .count(db)
        .await?;
    if already > 0 {
        return Err(AppError::conflict(
            "Sie haben diesen Inhalt bereits gemeldet; die Moderation kümmert sich darum.",
            "You have already reported this; the moderators are on it.",
        ));
    }
    let (post_id, comment_id) = match target {
        Target::Post(p) => (Some(p.id), None),
        Target::Comment(c) => (None, Some(c.id)),
    };
    let now = Utc::now();
    Ok(content_report::ActiveModel {
        id: Set(new_id()),
        reporter_id: Set(Some(me.id)),
        target_id: Set(target_id),
        post_id: Set(post_id),
        comment_id: Set(comment_id),
        reason: Set(reason),
        resolved_at: Set(None),
        resolved_by_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// Open reports the caller moderates (facilitators: their cohorts' posts and comments; admins:
/// all), oldest first.
pub async fn queue(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Option<Uuid>,
    page: PageRequest,
) -> AppResult<Page<content_report::Model>> {
    let me = principal.staff()?;
    let reader = Reader::of(db, principal).await?;
    let cohorts: Option<Vec<Uuid>> = match (me.is_admin(), cohort_id) {
        (true, None) => None,
        (true, Some(c)) => Some(vec![c]),
        (false, None) => Some(reader.facilitating.clone()),
        (false, Some(c)) if reader.facilitating.contains(&c) => Some(vec![c]),
        (false, Some(_)) => return Err(AppError::Forbidden),
    };
    let mut query =
        content_report::Entity::find().filter(content_report::Column::ResolvedAt.is_null());
    if let Some(cohorts) = cohorts {
        let posts_of = Query::select()
            .column(post::Column::Id)
            .from(post::Entity)
            .and_where(post::Column::CohortId.is_in(cohorts))
            .to_owned();
        let comments_of = Query::select()
            .column(comment::Column::Id)
            .from(comment::Entity)
            .and_where(comment::Column::PostId.in_subquery(posts_of.clone()))
            .to_owned();
        query = query.filter(
            Condition::any()
                .add(content_report::Column::PostId.in_subquery(posts_of))
                .add(content_report::Column::CommentId.in_subquery(comments_of)),
        );
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(content_report::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// Closes a report (a moderator of its target).
pub async fn resolve(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<content_report::Model> {
    let me = principal.staff()?;
    let found = content_report::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let reader = Reader::of(db, principal).await?;
    let post_id = match (found.post_id, found.comment_id) {
        (Some(post), _) => Some(post),
        (None, Some(comment)) => comment::Entity::find_by_id(comment)
            .one(db)
            .await?
            .map(|c| c.post_id),
        _ => None,
    };
    let target_post = match post_id {
        Some(id) => post::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let allowed = match &target_post {
        Some(p) => reader.moderates(p),
        None => me.is_admin(),
    };
    if !allowed {
        return Err(AppError::NotFound);
    }
    let mut active = found.into_active_model();
    active.resolved_at = Set(Some(Utc::now()));
    active.resolved_by_id = Set(Some(me.id));
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}
