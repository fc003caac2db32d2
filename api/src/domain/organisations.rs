//! Organisations: administrations, civil society, education, business.

use chrono::Utc;
use entity::{enums::OrganisationKind, municipality, organisation};
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
    auth::Principal,
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// Adds an organisation (programme staff).
pub async fn create(
    db: &impl ConnectionTrait,
    principal: &Principal,
    name: &str,
    kind: OrganisationKind,
    municipality_id: Option<Uuid>,
) -> AppResult<organisation::Model> {
    principal.staff()?;
    validate! {
        name = input::required(name, "name", 200),
    }
    if let Some(id) = municipality_id
        && municipality::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_none()
    {
        return Err(AppError::BadUserInput(vec![FieldError::new(
            "municipalityId",
            Text::new("Unbekannte Kommune.", "Unknown municipality."),
        )]));
    }
    let now = Utc::now();
    let created = organisation::ActiveModel {
        id: Set(new_id()),
        name: Set(name),
        kind: Set(kind),
        municipality_id: Set(municipality_id),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        principal,
        "organisation.created",
        Some(audit::Target::new("organisation", created.id)),
    )
    .await?;
    Ok(created)
}

/// Finds an organisation of a municipality by name (case-insensitive) or creates it.
pub async fn find_or_create(
    db: &impl ConnectionTrait,
    name: &str,
    municipality_id: Uuid,
) -> AppResult<organisation::Model> {
    let wanted = name.trim().to_lowercase();
    let existing = organisation::Entity::find()
        .filter(organisation::Column::MunicipalityId.eq(municipality_id))
        .all(db)
        .await?
        .into_iter()
        .find(|o| o.name.to_lowercase() == wanted);
    if let Some(existing) = existing {
        return Ok(existing);
    }
    let now = Utc::now();
    Ok(organisation::ActiveModel {
        id: Set(new_id()),
        name: Set(name.trim().to_owned()),
        kind: Set(OrganisationKind::Administration),
        municipality_id: Set(Some(municipality_id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// Organisations, by name; signed-in people only.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    municipality_id: Option<Uuid>,
    search: Option<&str>,
    page: PageRequest,
) -> AppResult<Page<organisation::Model>> {
    principal.person()?;
    let mut query = organisation::Entity::find();
    if let Some(id) = municipality_id {
        query = query.filter(organisation::Column::MunicipalityId.eq(id));
    }
    if let Some(search) = search.map(str::trim).filter(|s| !s.is_empty()) {
        let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
        query = query.filter(
            Expr::expr(Func::lower(Expr::col((
                organisation::Entity,
                organisation::Column::Name,
            ))))
            .like(sea_orm::sea_query::LikeExpr::new(pattern).escape('\\')),
        );
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(organisation::Column::Name)
        .order_by_asc(organisation::Column::Id)
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
