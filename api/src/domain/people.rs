//! People: who may see whom, the directory, profiles and roles.

use std::collections::HashMap;

use chrono::Utc;
use entity::{
    enrollment,
    enums::{CohortRole, EnrollmentStatus, Locale, Role},
    person,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, Func},
};
use uuid::Uuid;

use super::{
    accounts, audit,
    ids::new_id,
    input,
    page::{Page, PageRequest},
};
use crate::{
    auth::{Principal, Scope, password},
    error::{AppError, AppResult},
    state::AppState,
    validate,
};

/// A person's cohorts (not withdrawn) with their role there.
pub type CohortRoles = HashMap<Uuid, CohortRole>;

/// May `principal` see this person at all?
///
/// Admins and the person themselves always; other people when they share a cohort or the person
/// opted into the directory; tokens with `people:read`, within their municipality.
pub async fn can_see(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person: &person::Model,
    their_cohorts: &CohortRoles,
) -> AppResult<bool> {
    if person.email.is_none() {
        return Ok(false); // erased
    }
    Ok(match principal {
        Principal::Anonymous => false,
        Principal::Token(token) => {
            token.has(Scope::PeopleRead)
                && token
                    .municipality_id
                    .is_none_or(|m| person.municipality_id == Some(m))
        }
        Principal::Person(me) => {
            me.is_admin()
                || me.id == person.id
                || person.directory_visible
                || shares_cohort(me.memberships(db).await?, their_cohorts)
        }
    })
}

/// May `principal` read the email address? The person, admins, facilitators of the person's
/// cohorts, and tokens that may read the person.
pub async fn email_visible(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person: &person::Model,
    their_cohorts: &CohortRoles,
) -> AppResult<bool> {
    Ok(match principal {
        Principal::Anonymous => false,
        Principal::Token(_) => can_see(db, principal, person, their_cohorts).await?,
        Principal::Person(me) => {
            if me.is_admin() || me.id == person.id {
                true
            } else {
                let mine = me.memberships(db).await?;
                their_cohorts
                    .keys()
                    .any(|cohort| mine.get(cohort) == Some(&CohortRole::Facilitator))
            }
        }
    })
}

fn shares_cohort(mine: &CohortRoles, theirs: &CohortRoles) -> bool {
    theirs.keys().any(|cohort| mine.contains_key(cohort))
}

/// The cohorts of one person (not withdrawn).
pub async fn cohort_roles(db: &impl ConnectionTrait, person_id: Uuid) -> AppResult<CohortRoles> {
    let rows: Vec<(Uuid, CohortRole)> = enrollment::Entity::find()
        .select_only()
        .column(enrollment::Column::CohortId)
        .column(enrollment::Column::Role)
        .filter(enrollment::Column::PersonId.eq(person_id))
        .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// One person, if visible; `NOT_FOUND` otherwise.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<person::Model> {
    if matches!(principal, Principal::Anonymous) {
        return Err(AppError::Unauthenticated);
    }
    let person = person::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let roles = cohort_roles(db, id).await?;
    if can_see(db, principal, &person, &roles).await? {
        if let Principal::Token(_) = principal {
            audit::record(
                db,
                principal,
                "token.read_person",
                Some(audit::Target::person(id)),
            )
            .await?;
        }
        Ok(person)
    } else {
        Err(AppError::NotFound)
    }
}

/// Filters for the directory.
#[derive(Default)]
pub struct PeopleFilter {
    pub search: Option<String>,
    pub municipality_id: Option<Uuid>,
    pub cohort_id: Option<Uuid>,
}

/// The directory: admins see everyone; others see people of their cohorts and those who opted in;
/// tokens see their municipality's people.
pub async fn search(
    db: &impl ConnectionTrait,
    principal: &Principal,
    filter: PeopleFilter,
    page: PageRequest,
) -> AppResult<Page<person::Model>> {
    let mut query = person::Entity::find().filter(person::Column::Email.is_not_null());
    match principal {
        Principal::Anonymous => return Err(AppError::Unauthenticated),
        Principal::Token(token) => {
            principal.require_scope(Scope::PeopleRead)?;
            if let Some(municipality) = token.municipality_id {
                query = query.filter(person::Column::MunicipalityId.eq(municipality));
            }
        }
        Principal::Person(me) if me.is_admin() => {}
        Principal::Person(me) => {
            let cohorts: Vec<Uuid> = me.memberships(db).await?.keys().copied().collect();
            query = query.filter(
                Condition::any()
                    .add(person::Column::DirectoryVisible.eq(true))
                    .add(person::Column::Id.eq(me.id))
                    .add(person::Column::Id.in_subquery(members_of(&cohorts))),
            );
        }
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
        query = query.filter(
            Expr::expr(Func::lower(Expr::col((
                person::Entity,
                person::Column::DisplayName,
            ))))
            .like(sea_orm::sea_query::LikeExpr::new(pattern).escape('\\')),
        );
    }
    if let Some(municipality) = filter.municipality_id {
        query = query.filter(person::Column::MunicipalityId.eq(municipality));
    }
    if let Some(cohort) = filter.cohort_id {
        query = query.filter(person::Column::Id.in_subquery(members_of(&[cohort])));
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(person::Column::DisplayName)
        .order_by_asc(person::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    if let Principal::Token(_) = principal {
        for person in &items {
            audit::record(
                db,
                principal,
                "token.read_person",
                Some(audit::Target::person(person.id)),
            )
            .await?;
        }
    }
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

fn members_of(cohorts: &[Uuid]) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(enrollment::Column::PersonId)
        .from(enrollment::Entity)
        .and_where(Expr::col(enrollment::Column::CohortId).is_in(cohorts.iter().copied()))
        .and_where(Expr::col(enrollment::Column::Status).ne("WITHDRAWN"))
        .to_owned()
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `\` as escape character.
pub fn escape_like(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// What a person may change about themselves.
#[derive(Default)]
pub struct ProfileChanges {
    pub display_name: Option<String>,
    pub pronouns: Option<String>,
    pub bio: Option<String>,
    pub locale: Option<Locale>,
    pub directory_visible: Option<bool>,
}

/// Updates the caller's own profile.
pub async fn update_profile(
    db: &impl ConnectionTrait,
    principal: &Principal,
    changes: ProfileChanges,
) -> AppResult<person::Model> {
    let me = principal.person()?;
    validate! {
        display_name = changes.display_name.as_deref().map(|n| input::required(n, "displayName", 120)).transpose(),
        pronouns = input::optional(changes.pronouns.as_deref(), "pronouns", 40),
        bio = input::optional(changes.bio.as_deref(), "bio", 2000),
    }
    let person = person::Entity::find_by_id(me.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let mut active = person.into_active_model();
    if let Some(name) = display_name {
        active.display_name = Set(name);
    }
    if changes.pronouns.is_some() {
        active.pronouns = Set(pronouns);
    }
    if changes.bio.is_some() {
        active.bio = Set(bio);
    }
    if let Some(locale) = changes.locale {
        active.locale = Set(locale);
    }
    if let Some(visible) = changes.directory_visible {
        active.directory_visible = Set(visible);
    }
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Changes a person's role (admins). Their sign-ins end, so the new role applies at once.
pub async fn set_role(
    state: &AppState,
    principal: &Principal,
    person_id: Uuid,
    role: Role,
) -> AppResult<person::Model> {
    let me = principal.admin()?;
    if me.id == person_id && role != Role::Admin {
        return Err(AppError::conflict(
            "Sie können sich nicht selbst die Administrationsrolle entziehen.",
            "You cannot remove your own admin role.",
        ));
    }
    let person = person::Entity::find_by_id(person_id)
        .one(&state.db)
        .await?
        .filter(|p| p.email.is_some())
        .ok_or(AppError::NotFound)?;
    if person.role == role {
        return Ok(person);
    }
    let txn = super::tx::begin(&state.db).await?;
    let mut active = person.into_active_model();
    active.role = Set(role);
    let person = active.update(&txn).await?;
    let person = accounts::end_all_sessions(&txn, person).await?;
    audit::record(
        &txn,
        principal,
        "person.role_changed",
        Some(audit::Target::person(person_id)),
    )
    .await?;
    txn.commit().await?;
    Ok(person)
}

/// Creates an admin account (command line). Fails if the email is taken.
pub async fn create_admin(
    db: &impl ConnectionTrait,
    email: &str,
    password_plain: &str,
    name: &str,
) -> AppResult<person::Model> {
    validate! {
        email = input::email(email, "email"),
        name = input::required(name, "name", 120),
    }
    password::validate_new("password", password_plain)?;
    let hash = password::hash(password_plain.to_owned()).await?;
    let now = Utc::now();
    let person = person::ActiveModel {
        id: Set(new_id()),
        display_name: Set(name),
        email: Set(Some(email)),
        pronouns: Set(None),
        bio: Set(None),
        locale: Set(Locale::De),
        role: Set(Role::Admin),
        organisation_id: Set(None),
        municipality_id: Set(None),
        directory_visible: Set(false),
        password_hash: Set(Some(hash)),
        auth_version: Set(0),
        calendar_token_hash: Set(None),
        calendar_salt: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record_as(
        db,
        "system",
        "person.admin_created",
        Some(audit::Target::person(person.id)),
    )
    .await?;
    Ok(person)
}
