//! The curriculum: reusable modules (topic inputs, exercises, reflection, peer consultation …).

use chrono::Utc;
use entity::{enums::ModuleKind, module};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, Func, LikeExpr},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    audit,
    ids::new_id,
    input,
    page::{Page, PageRequest},
    people::escape_like,
};
use crate::{
    auth::Principal,
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// A handout, slide deck or video belonging to a module.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Material {
    pub title: String,
    pub url: String,
}

/// Everything a module consists of.
pub struct ModuleInput {
    pub title: String,
    pub kind: ModuleKind,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub duration_minutes: Option<i32>,
    pub learning_goals: Vec<String>,
    pub tags: Vec<String>,
    pub materials: Vec<Material>,
}

struct Parsed {
    title: String,
    summary: Option<String>,
    description: Option<String>,
    duration_minutes: Option<i32>,
    learning_goals: Vec<String>,
    tags: Vec<String>,
    materials: Vec<Material>,
}

fn parse(new: &ModuleInput) -> AppResult<Parsed> {
    validate! {
        title = input::required(&new.title, "title", 200),
        summary = input::optional(new.summary.as_deref(), "summary", 500),
        description = input::optional(new.description.as_deref(), "description", 10_000),
        duration_minutes = new.duration_minutes.map(|d| input::int_range(d, "durationMinutes", 1, 24 * 60)).transpose(),
        learning_goals = input::text_list(&new.learning_goals, "learningGoals", 20, 300),
        tags = input::tags(&new.tags, "tags"),
        materials = materials(&new.materials),
    }
    Ok(Parsed {
        title,
        summary,
        description,
        duration_minutes,
        learning_goals,
        tags,
        materials,
    })
}

fn materials(items: &[Material]) -> Result<Vec<Material>, FieldError> {
    if items.len() > 30 {
        return Err(FieldError::new(
            "materials",
            Text::new("Höchstens 30 Materialien.", "At most 30 materials."),
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, m)| {
            Ok(Material {
                title: input::required(&m.title, &format!("materials.{i}.title"), 200)?,
                url: input::url(&m.url, &format!("materials.{i}.url"))?,
            })
        })
        .collect()
}

/// Adds a module to the library (programme staff).
pub async fn create(
    db: &impl ConnectionTrait,
    principal: &Principal,
    new: ModuleInput,
) -> AppResult<module::Model> {
    principal.staff()?;
    let parsed = parse(&new)?;
    let now = Utc::now();
    let created = module::ActiveModel {
        id: Set(new_id()),
        title: Set(parsed.title),
        kind: Set(new.kind),
        summary: Set(parsed.summary),
        description: Set(parsed.description),
        duration_minutes: Set(parsed.duration_minutes),
        learning_goals: Set(input::to_json_list(&parsed.learning_goals)),
        tags: Set(input::to_json_list(&parsed.tags)),
        materials: Set(input::to_json_list(&parsed.materials)),
        archived: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        principal,
        "module.created",
        Some(audit::Target::new("module", created.id)),
    )
    .await?;
    Ok(created)
}

/// Replaces a module's content (programme staff).
pub async fn update(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    new: ModuleInput,
) -> AppResult<module::Model> {
    principal.staff()?;
    let parsed = parse(&new)?;
    let existing = module::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active = existing.into_active_model();
    active.title = Set(parsed.title);
    active.kind = Set(new.kind);
    active.summary = Set(parsed.summary);
    active.description = Set(parsed.description);
    active.duration_minutes = Set(parsed.duration_minutes);
    active.learning_goals = Set(input::to_json_list(&parsed.learning_goals));
    active.tags = Set(input::to_json_list(&parsed.tags));
    active.materials = Set(input::to_json_list(&parsed.materials));
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    audit::record(
        db,
        principal,
        "module.updated",
        Some(audit::Target::new("module", id)),
    )
    .await?;
    Ok(updated)
}

/// Archives a module: it stays on agendas that use it, but is no longer offered.
pub async fn archive(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<module::Model> {
    principal.staff()?;
    let existing = module::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active = existing.into_active_model();
    active.archived = Set(true);
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    audit::record(
        db,
        principal,
        "module.archived",
        Some(audit::Target::new("module", id)),
    )
    .await?;
    Ok(updated)
}

/// One module; the library is open to everyone signed in.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<module::Model> {
    principal.person()?;
    module::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Filters for the library.
#[derive(Default)]
pub struct ModuleFilter {
    pub kind: Option<ModuleKind>,
    pub tag: Option<String>,
    pub search: Option<String>,
    pub include_archived: bool,
}

/// The library, by title.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    filter: ModuleFilter,
    page: PageRequest,
) -> AppResult<Page<module::Model>> {
    principal.person()?;
    let mut query = module::Entity::find();
    if !filter.include_archived {
        query = query.filter(module::Column::Archived.eq(false));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(module::Column::Kind.eq(kind));
    }
    if let Some(tag) = filter
        .tag
        .as_deref()
        .map(|t| t.trim().trim_start_matches('#').to_lowercase())
        .filter(|t| !t.is_empty())
    {
        // Tags are stored as a JSON array of lower-case strings.
        let needle = serde_json::to_string(&tag).unwrap_or_default();
        query = query.filter(
            Expr::col((module::Entity, module::Column::Tags))
                .like(LikeExpr::new(format!("%{}%", escape_like(&needle))).escape('\\')),
        );
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
        let like = |column: module::Column| {
            Expr::expr(Func::lower(Expr::col((module::Entity, column))))
                .like(LikeExpr::new(pattern.clone()).escape('\\'))
        };
        query = query.filter(
            Condition::any()
                .add(like(module::Column::Title))
                .add(like(module::Column::Summary))
                .add(like(module::Column::Description))
                .add(like(module::Column::Tags)),
        );
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(module::Column::Title)
        .order_by_asc(module::Column::Id)
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
