//! Notifications: replies to one's posts and comments, reactions, and mentions with
//! `@Display Name` of people in the same cohort (or, in the network, people one may see).

use chrono::Utc;
use entity::{
    comment, enrollment,
    enums::{EnrollmentStatus, NotificationKind},
    notification, person, post,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    ids::new_id,
    page::{Page, PageRequest},
};
use crate::{auth::Principal, error::AppResult};

async fn notify(
    db: &impl ConnectionTrait,
    recipient: Uuid,
    actor: Uuid,
    kind: NotificationKind,
    post_id: Option<Uuid>,
    comment_id: Option<Uuid>,
) -> AppResult<()> {
    if recipient == actor {
        return Ok(());
    }
    notification::ActiveModel {
        id: Set(new_id()),
        recipient_id: Set(recipient),
        actor_id: Set(Some(actor)),
        kind: Set(kind),
        post_id: Set(post_id),
        comment_id: Set(comment_id),
        read_at: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A comment was written: its post's author and, for a reply, the parent's author hear of it.
pub async fn replied(
    db: &impl ConnectionTrait,
    actor: Uuid,
    post: &post::Model,
    parent: Option<&comment::Model>,
    new: &comment::Model,
) -> AppResult<()> {
    if let Some(author) = post.author_id {
        notify(
            db,
            author,
            actor,
            NotificationKind::Reply,
            Some(post.id),
            Some(new.id),
        )
        .await?;
    }
    if let Some(parent_author) = parent.and_then(|p| p.author_id)
        && Some(parent_author) != post.author_id
    {
        notify(
            db,
            parent_author,
            actor,
            NotificationKind::Reply,
            Some(post.id),
            Some(new.id),
        )
        .await?;
    }
    Ok(())
}

/// Someone reacted: the author of the target hears of it.
pub async fn reacted(
    db: &impl ConnectionTrait,
    actor: Uuid,
    author: Option<Uuid>,
    post_id: Option<Uuid>,
    comment_id: Option<Uuid>,
) -> AppResult<()> {
    match author {
        Some(author) => {
            notify(
                db,
                author,
                actor,
                NotificationKind::Reaction,
                post_id,
                comment_id,
            )
            .await
        }
        None => Ok(()),
    }
}

/// Notifies everyone mentioned as `@Display Name` who can see the post: members of its cohort,
/// or for network posts everyone sharing a cohort with the author or listed in the directory.
pub async fn mentions(
    db: &impl ConnectionTrait,
    actor: Uuid,
    post: &post::Model,
    comment: Option<&comment::Model>,
    text: &str,
) -> AppResult<()> {
    if !text.contains('@') {
        return Ok(());
    }
    let lowered = text.to_lowercase();
    let candidates: Vec<person::Model> = match post.cohort_id {
        Some(cohort) => {
            let members: Vec<Uuid> = enrollment::Entity::find()
                .select_only()
                .column(enrollment::Column::PersonId)
                .filter(enrollment::Column::CohortId.eq(cohort))
                .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
                .into_tuple()
                .all(db)
                .await?;
            person::Entity::find()
                .filter(person::Column::Id.is_in(members))
                .all(db)
                .await?
        }
        None => {
            let mine: Vec<Uuid> = enrollment::Entity::find()
                .select_only()
                .column(enrollment::Column::CohortId)
                .filter(enrollment::Column::PersonId.eq(actor))
                .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
                .into_tuple()
                .all(db)
                .await?;
            let peers: Vec<Uuid> = enrollment::Entity::find()
                .select_only()
                .column(enrollment::Column::PersonId)
                .filter(enrollment::Column::CohortId.is_in(mine))
                .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
                .into_tuple()
                .all(db)
                .await?;
            person::Entity::find()
                .filter(
                    sea_orm::Condition::any()
                        .add(person::Column::Id.is_in(peers))
                        .add(person::Column::DirectoryVisible.eq(true)),
                )
                .all(db)
                .await?
        }
    };
    let mut notified = Vec::new();
    for candidate in candidates {
        if candidate.email.is_none() || notified.contains(&candidate.id) {
            continue;
        }
        let handle = format!("@{}", candidate.display_name.to_lowercase());
        if lowered.contains(&handle) {
            notify(
                db,
                candidate.id,
                actor,
                NotificationKind::Mention,
                Some(post.id),
                comment.map(|c| c.id),
            )
            .await?;
            notified.push(candidate.id);
        }
    }
    Ok(())
}

/// The caller's notifications, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    unread_only: bool,
    page: PageRequest,
) -> AppResult<Page<notification::Model>> {
    let me = principal.person()?;
    let mut query =
        notification::Entity::find().filter(notification::Column::RecipientId.eq(me.id));
    if unread_only {
        query = query.filter(notification::Column::ReadAt.is_null());
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(notification::Column::Id)
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

/// How many the caller has not read.
pub async fn unread_count(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<u64> {
    let me = principal.person()?;
    Ok(notification::Entity::find()
        .filter(notification::Column::RecipientId.eq(me.id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks the given notifications (or all, without ids) as read; returns how many changed.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    principal: &Principal,
    ids: Option<Vec<Uuid>>,
) -> AppResult<u64> {
    let me = principal.person()?;
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::RecipientId.eq(me.id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notification::Column::Id.is_in(ids));
    }
    Ok(update.exec(db).await?.rows_affected)
}
