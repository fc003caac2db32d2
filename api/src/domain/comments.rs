//! Comments on posts, threaded one level deep, oldest first.

use chrono::Utc;
use entity::comment;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{
    ids::new_id,
    input,
    page::{Page, PageRequest},
    posts::{self, Reader},
};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
    i18n::Text,
    validate,
};

/// Writes a comment, or a reply to a top-level comment. Locked posts take none.
pub async fn create(
    db: &impl ConnectionTrait,
    principal: &Principal,
    post_id: Uuid,
    parent_id: Option<Uuid>,
    body: &str,
) -> AppResult<comment::Model> {
    let me = principal.person()?;
    let (post, _) = posts::get(db, principal, post_id).await?;
    if post.locked {
        return Err(AppError::conflict(
            "Dieser Beitrag ist gesperrt; neue Kommentare sind nicht möglich.",
            "This post is locked; it takes no new comments.",
        ));
    }
    let parent = match parent_id {
        Some(id) => {
            let parent = comment::Entity::find_by_id(id)
                .one(db)
                .await?
                .filter(|c| c.post_id == post.id);
            match parent {
                Some(p) if p.parent_id.is_none() && p.deleted_at.is_none() => Some(p),
                Some(_) => {
                    return Err(AppError::invalid(
                        "parentId",
                        Text::new(
                            "Antworten sind nur auf Kommentare der ersten Ebene möglich.",
                            "Replies go to top-level comments only.",
                        ),
                    ));
                }
                None => {
                    return Err(AppError::invalid(
                        "parentId",
                        Text::new("Unbekannter Kommentar.", "Unknown comment."),
                    ));
                }
            }
        }
        None => None,
    };
    validate! {
        body = input::required(body, "body", 10_000),
    }
    let now = Utc::now();
    let created = comment::ActiveModel {
        id: Set(new_id()),
        post_id: Set(post.id),
        author_id: Set(Some(me.id)),
        parent_id: Set(parent.as_ref().map(|p| p.id)),
        body: Set(body),
        hidden: Set(false),
        edited_at: Set(None),
        deleted_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    super::notifications::replied(db, me.id, &post, parent.as_ref(), &created).await?;
    super::notifications::mentions(db, me.id, &post, Some(&created), &created.body).await?;
    Ok(created)
}

/// Writes a comment once per idempotency key: sending the same comment again returns the first one.
pub async fn create_once(
    db: &impl ConnectionTrait,
    principal: &Principal,
    key: &str,
    post_id: Uuid,
    parent_id: Option<Uuid>,
    body: &str,
) -> AppResult<comment::Model> {
    let fingerprint =
        serde_json::json!({ "post": post_id, "parent": parent_id, "body": body }).to_string();
    let (id, _) = super::idempotency::once(
        db,
        &principal.actor(),
        "createComment",
        key,
        fingerprint.as_bytes(),
        || async { Ok(create(db, principal, post_id, parent_id, body).await?.id) },
    )
    .await?;
    Ok(get(db, principal, id).await?.0)
}

/// One comment the caller may see, with the post's reader.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<(comment::Model, entity::post::Model, Reader)> {
    let found = comment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (post, reader) = posts::get(db, principal, found.post_id).await?;
    if !visible(&reader, &post, &found) {
        return Err(AppError::NotFound);
    }
    Ok((found, post, reader))
}

/// Hidden comments only for their author and the post's moderators.
pub fn visible(reader: &Reader, post: &entity::post::Model, comment: &comment::Model) -> bool {
    !comment.hidden
        || comment
            .author_id
            .is_some_and(|a| Some(a) == reader.person.as_ref().map(|p| p.id))
        || reader.moderates(post)
}

/// Deletes a comment (its author or a moderator). With replies it stays as an empty placeholder.
pub async fn delete(db: &impl ConnectionTrait, principal: &Principal, id: Uuid) -> AppResult<()> {
    let me = principal.person()?;
    let (found, post, reader) = get(db, principal, id).await?;
    if found.author_id != Some(me.id) && !reader.moderates(&post) {
        return Err(AppError::Forbidden);
    }
    let replies = comment::Entity::find()
        .filter(comment::Column::ParentId.eq(found.id))
        .count(db)
        .await?;
    if replies == 0 {
        comment::Entity::delete_by_id(found.id).exec(db).await?;
    } else {
        let mut active = found.into_active_model();
        active.body = Set(String::new());
        active.author_id = Set(None);
        active.deleted_at = Set(Some(Utc::now()));
        active.updated_at = Set(Utc::now());
        active.update(db).await?;
    }
    Ok(())
}

/// Hides or shows a comment (moderators).
pub async fn moderate(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    hidden: bool,
) -> AppResult<comment::Model> {
    let (found, post, reader) = get(db, principal, id).await?;
    if !reader.moderates(&post) {
        return Err(AppError::Forbidden);
    }
    let mut active = found.into_active_model();
    active.hidden = Set(hidden);
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    super::audit::record(
        db,
        principal,
        "comment.moderated",
        Some(super::audit::Target::new("comment", id)),
    )
    .await?;
    Ok(updated)
}

/// Which of a post's comments a reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shown {
    /// Moderators (admins, the cohort's facilitators) see hidden comments too.
    All,
    /// Everyone else sees visible comments and their own.
    VisibleAndOwn(Option<Uuid>),
}

impl Shown {
    /// What this reader sees of this post's comments.
    pub fn to(reader: &Reader, post: &entity::post::Model) -> Shown {
        if reader.moderates(post) {
            Shown::All
        } else {
            Shown::VisibleAndOwn(reader.person.as_ref().map(|me| me.id))
        }
    }

    /// The filter on comments, if any.
    pub fn condition(self) -> Option<Condition> {
        match self {
            Shown::All => None,
            Shown::VisibleAndOwn(me) => {
                let mut visible = Condition::any().add(comment::Column::Hidden.eq(false));
                if let Some(me) = me {
                    visible = visible.add(comment::Column::AuthorId.eq(me));
                }
                Some(visible)
            }
        }
    }
}

/// The comments of a post the caller may see, oldest first (replies after their thread start
/// in time order; clients group them by `parent`).
pub async fn of_post(
    db: &impl ConnectionTrait,
    reader: &Reader,
    post: &entity::post::Model,
    top_level_only: bool,
    page: PageRequest,
) -> AppResult<Page<comment::Model>> {
    let mut query = comment::Entity::find().filter(comment::Column::PostId.eq(post.id));
    if top_level_only {
        query = query.filter(comment::Column::ParentId.is_null());
    }
    if let Some(condition) = Shown::to(reader, post).condition() {
        query = query.filter(condition);
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(comment::Column::Id)
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
