//! Reactions to posts and comments: one of each kind per person and target.

use chrono::Utc;
use entity::{comment, enums::ReactionKind, post, reaction};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};
use uuid::Uuid;

use super::{comments, ids::new_id, posts};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
};

/// What was reacted to.
pub enum Target {
    Post(post::Model),
    Comment(comment::Model),
}

/// Finds a post or comment the caller may see.
pub async fn target(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<Target> {
    if post::Entity::find_by_id(id).one(db).await?.is_some() {
        let (found, _) = posts::get(db, principal, id).await?;
        return Ok(Target::Post(found));
    }
    let (found, _, _) = comments::get(db, principal, id).await?;
    if found.deleted_at.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(Target::Comment(found))
}

/// Adds the caller's reaction of `kind` (again is the same as once).
pub async fn react(
    db: &impl ConnectionTrait,
    principal: &Principal,
    target_id: Uuid,
    kind: ReactionKind,
) -> AppResult<Target> {
    let me = principal.person()?;
    let found = target(db, principal, target_id).await?;
    let existing = reaction::Entity::find()
        .filter(reaction::Column::PersonId.eq(me.id))
        .filter(reaction::Column::TargetId.eq(target_id))
        .filter(reaction::Column::Kind.eq(kind))
        .one(db)
        .await?;
    if existing.is_none() {
        let (post_id, comment_id, author) = match &found {
            Target::Post(p) => (Some(p.id), None, p.author_id),
            Target::Comment(c) => (None, Some(c.id), c.author_id),
        };
        reaction::ActiveModel {
            id: Set(new_id()),
            person_id: Set(me.id),
            target_id: Set(target_id),
            post_id: Set(post_id),
            comment_id: Set(comment_id),
            kind: Set(kind),
            created_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
        super::notifications::reacted(db, me.id, author, post_id, comment_id).await?;
    }
    Ok(found)
}

/// Removes the caller's reaction of `kind`.
pub async fn unreact(
    db: &impl ConnectionTrait,
    principal: &Principal,
    target_id: Uuid,
    kind: ReactionKind,
) -> AppResult<Target> {
    let me = principal.person()?;
    let found = target(db, principal, target_id).await?;
    reaction::Entity::delete_many()
        .filter(reaction::Column::PersonId.eq(me.id))
        .filter(reaction::Column::TargetId.eq(target_id))
        .filter(reaction::Column::Kind.eq(kind))
        .exec(db)
        .await?;
    Ok(found)
}
