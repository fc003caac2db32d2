//! Municipalities taking part, identified by their official key (AGS).

use chrono::Utc;
use entity::municipality;
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, Func},
};
use uuid::Uuid;

use super::{
    audit,
    ids::new_id,
    input,
    page::{Page, PageRequest},
    people::escape_like,
};
use crate::{
    auth::{Principal, Scope},
    error::{AppError, AppResult},
    validate,
};

/// The state municipalities are in unless said otherwise.
pub const DEFAULT_STATE: &str = "Hessen";

/// Adds a municipality (admins).
pub async fn create(
    db: &impl ConnectionTrait,
    principal: &Principal,
    name: &str,
    ags: &str,
    state: Option<&str>,
) -> AppResult<municipality::Model> {
    principal.admin()?;
    validate! {
        name = input::required(name, "name", 120),
        ags = input::ags(ags, "ags"),
        state = input::optional(state, "state", 60),
    }
    if find_by_ags(db, &ags).await?.is_some() {
        return Err(AppError::BadUserInput(vec![crate::error::FieldError::new(
            "ags",
            crate::i18n::Text::new(
                "Eine Kommune mit diesem AGS gibt es bereits.",
                "A municipality with this AGS exists already.",
            ),
        )]));
    }
    let now = Utc::now();
    let created = municipality::ActiveModel {
        id: Set(new_id()),
        name: Set(name),
        ags: Set(ags),
        state: Set(state.unwrap_or_else(|| DEFAULT_STATE.to_owned())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        principal,
        "municipality.created",
        Some(audit::Target::new("municipality", created.id)),
    )
    .await?;
    Ok(created)
}

/// One municipality by id or AGS. Municipalities are public to everyone signed in and to tokens.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Option<Uuid>,
    ags: Option<&str>,
) -> AppResult<municipality::Model> {
    principal.require_scope(Scope::CohortsRead)?;
    let found = match (id, ags) {
        (Some(id), _) => municipality::Entity::find_by_id(id).one(db).await?,
        (None, Some(ags)) => find_by_ags(db, ags.trim()).await?,
        (None, None) => None,
    };
    found.ok_or(AppError::NotFound)
}

pub async fn find_by_ags(
    db: &impl ConnectionTrait,
    ags: &str,
) -> AppResult<Option<municipality::Model>> {
    Ok(municipality::Entity::find()
        .filter(municipality::Column::Ags.eq(ags))
        .one(db)
        .await?)
}

/// All municipalities, by name.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    search: Option<&str>,
    page: PageRequest,
) -> AppResult<Page<municipality::Model>> {
    principal.require_scope(Scope::CohortsRead)?;
    let mut query = municipality::Entity::find();
    if let Some(search) = search.map(str::trim).filter(|s| !s.is_empty()) {
        let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
        query = query.filter(
            sea_orm::Condition::any()
                .add(
                    Expr::expr(Func::lower(Expr::col((
                        municipality::Entity,
                        municipality::Column::Name,
                    ))))
                    .like(sea_orm::sea_query::LikeExpr::new(pattern).escape('\\')),
                )
                .add(municipality::Column::Ags.starts_with(search)),
        );
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(municipality::Column::Name)
        .order_by_asc(municipality::Column::Id)
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
