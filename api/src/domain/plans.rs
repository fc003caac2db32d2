//! Plans participants take home, small and large, and their history. Who sees a plan follows
//! its visibility: PRIVATE the owner; FACILITATORS also the cohort's facilitators and admins;
//! COHORT also the cohort's members; COMMUNITY everyone signed in.

use chrono::{NaiveDate, Utc};
use entity::{
    enums::{PlanScale, PlanStatus, Visibility},
    follow_up, plan, plan_update,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionSession, TransactionTrait,
    sea_query::{Expr, Func, LikeExpr},
};
use uuid::Uuid;

use super::{
    audit,
    ids::new_id,
    input,
    page::{Page, PageRequest},
    people::escape_like,
    tx,
};
use crate::{
    auth::{PersonPrincipal, Principal},
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// Which plans the caller may see, as a condition on `plan`.
pub async fn visible(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<Condition> {
    let me = principal.person()?;
    if me.is_admin() {
        // Admins see everything but PRIVATE plans of others.
        return Ok(Condition::any()
            .add(plan::Column::OwnerId.eq(me.id))
            .add(plan::Column::Visibility.ne(Visibility::Private)));
    }
    let memberships = me.memberships(db).await?;
    let member_of: Vec<Uuid> = memberships.keys().copied().collect();
    let facilitating = me.facilitated_cohorts(db).await?;
    Ok(Condition::any()
        .add(plan::Column::OwnerId.eq(me.id))
        .add(plan::Column::Visibility.eq(Visibility::Community))
        .add(
            Condition::all()
                .add(plan::Column::Visibility.eq(Visibility::Cohort))
                .add(plan::Column::CohortId.is_in(member_of)),
        )
        .add(
            Condition::all()
                .add(plan::Column::Visibility.eq(Visibility::Facilitators))
                .add(plan::Column::CohortId.is_in(facilitating)),
        ))
}

/// The same rule for one loaded plan.
pub async fn can_see(
    db: &impl ConnectionTrait,
    me: &PersonPrincipal,
    plan: &plan::Model,
) -> AppResult<bool> {
    if plan.owner_id == me.id {
        return Ok(true);
    }
    Ok(match plan.visibility {
        Visibility::Private => false,
        Visibility::Community => true,
        Visibility::Facilitators | Visibility::Cohort if me.is_admin() => true,
        Visibility::Facilitators => match plan.cohort_id {
            Some(cohort) => me.can_facilitate(db, cohort).await?,
            None => false,
        },
        Visibility::Cohort => match plan.cohort_id {
            Some(cohort) => me.is_member(db, cohort).await?,
            None => false,
        },
    })
}

/// A plan as entered.
pub struct PlanInput {
    pub cohort_id: Option<Uuid>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub scale: Option<PlanScale>,
    pub visibility: Option<Visibility>,
    pub target_date: Option<NaiveDate>,
}

fn needs_cohort(visibility: Visibility, cohort: Option<Uuid>) -> Result<(), FieldError> {
    if matches!(visibility, Visibility::Cohort | Visibility::Facilitators) && cohort.is_none() {
        return Err(FieldError::new(
            "visibility",
            Text::new(
                "Diese Sichtbarkeit braucht einen Durchgang.",
                "This visibility needs a cohort.",
            ),
        ));
    }
    Ok(())
}

/// Creates a plan of the caller; it starts as an IDEA.
pub async fn create(
    db: &impl ConnectionTrait,
    principal: &Principal,
    new: PlanInput,
) -> AppResult<plan::Model> {
    let me = principal.person()?;
    let visibility = new.visibility.unwrap_or(Visibility::Private);
    let member = match new.cohort_id {
        Some(cohort) => me.is_member(db, cohort).await?,
        None => true,
    };
    validate! {
        title = input::required(new.title.as_deref().unwrap_or(""), "title", 200),
        description = input::optional(new.description.as_deref(), "description", 5000),
        _cohort = if member { Ok(()) } else { Err(FieldError::new("cohortId", Text::new("Sie gehören nicht zu diesem Durchgang.", "You do not belong to this cohort."))) },
        _visibility = needs_cohort(visibility, new.cohort_id),
    }
    let now = Utc::now();
    Ok(plan::ActiveModel {
        id: Set(new_id()),
        owner_id: Set(me.id),
        cohort_id: Set(new.cohort_id),
        title: Set(title),
        description: Set(description),
        scale: Set(new.scale.unwrap_or(PlanScale::Small)),
        status: Set(PlanStatus::Idea),
        visibility: Set(visibility),
        target_date: Set(new.target_date),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

async fn owned(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<plan::Model> {
    let me = principal.person()?;
    let plan = plan::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if plan.owner_id == me.id {
        Ok(plan)
    } else if can_see(db, me, &plan).await? {
        Err(AppError::Forbidden)
    } else {
        Err(AppError::NotFound)
    }
}

/// Changes the caller's plan; only given fields change. The status changes through updates.
pub async fn update(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    changes: PlanInput,
) -> AppResult<plan::Model> {
    let plan = owned(db, principal, id).await?;
    let visibility = changes.visibility.unwrap_or(plan.visibility);
    validate! {
        title = changes.title.as_deref().map(|t| input::required(t, "title", 200)).transpose(),
        description = input::optional(changes.description.as_deref(), "description", 5000),
        _visibility = needs_cohort(visibility, plan.cohort_id),
    }
    let mut active = plan.into_active_model();
    if let Some(title) = title {
        active.title = Set(title);
    }
    if changes.description.is_some() {
        active.description = Set(description);
    }
    if let Some(scale) = changes.scale {
        active.scale = Set(scale);
    }
    active.visibility = Set(visibility);
    if changes.target_date.is_some() {
        active.target_date = Set(changes.target_date);
    }
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// A step of a plan.
pub struct NewUpdate {
    pub plan_id: Uuid,
    pub status: PlanStatus,
    pub note: Option<String>,
    pub follow_up_id: Option<Uuid>,
}

/// Records a step of the caller's plan and sets its status (any move is allowed).
pub async fn add_update(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    new: NewUpdate,
    check_in_id: Option<Uuid>,
) -> AppResult<plan_update::Model> {
    let plan = owned(db, principal, new.plan_id).await?;
    validate! {
        note = input::optional(new.note.as_deref(), "note", 2000),
        _follow_up = follow_up_of(db, new.follow_up_id, plan.cohort_id).await,
    }
    let txn = tx::begin(db).await?;
    let now = Utc::now();
    let recorded = plan_update::ActiveModel {
        id: Set(new_id()),
        plan_id: Set(plan.id),
        author_id: Set(principal.person_id()),
        status: Set(new.status),
        note: Set(note),
        follow_up_id: Set(new.follow_up_id),
        check_in_id: Set(check_in_id),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let mut active = plan.into_active_model();
    active.status = Set(new.status);
    active.updated_at = Set(now);
    active.update(&txn).await?;
    txn.commit().await?;
    Ok(recorded)
}

/// Creates a plan once per idempotency key: sending the same plan again returns the first one.
pub async fn create_once(
    db: &impl ConnectionTrait,
    principal: &Principal,
    key: &str,
    new: PlanInput,
) -> AppResult<plan::Model> {
    let fingerprint = serde_json::json!({
        "cohort": new.cohort_id, "title": new.title, "description": new.description,
        "scale": new.scale.map(|s| sea_orm::ActiveEnum::to_value(&s)),
        "visibility": new.visibility.map(|v| sea_orm::ActiveEnum::to_value(&v)),
        "target": new.target_date,
    })
    .to_string();
    let (id, _) = super::idempotency::once(
        db,
        &principal.actor(),
        "createPlan",
        key,
        fingerprint.as_bytes(),
        || async { Ok(create(db, principal, new).await?.id) },
    )
    .await?;
    plan::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Records a step once per idempotency key: sending the same step again returns the first one.
pub async fn add_update_once(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    key: &str,
    new: NewUpdate,
) -> AppResult<plan_update::Model> {
    let fingerprint = serde_json::json!({
        "plan": new.plan_id, "status": sea_orm::ActiveEnum::to_value(&new.status),
        "note": new.note, "followUp": new.follow_up_id,
    })
    .to_string();
    let (id, _) = super::idempotency::once(
        db,
        &principal.actor(),
        "addPlanUpdate",
        key,
        fingerprint.as_bytes(),
        || async { Ok(add_update(db, principal, new, None).await?.id) },
    )
    .await?;
    plan_update::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn follow_up_of(
    db: &impl ConnectionTrait,
    follow_up_id: Option<Uuid>,
    cohort: Option<Uuid>,
) -> Result<(), FieldError> {
    let Some(id) = follow_up_id else {
        return Ok(());
    };
    let found = follow_up::Entity::find_by_id(id)
        .one(db)
        .await
        .ok()
        .flatten();
    match found {
        Some(f) if Some(f.cohort_id) == cohort => Ok(()),
        _ => Err(FieldError::new(
            "followUpId",
            Text::new(
                "Dieses Nachtreffen gehört nicht zum Durchgang des Vorhabens.",
                "This follow-up does not belong to the plan's cohort.",
            ),
        )),
    }
}

/// One plan, if visible. Staff reading someone else's plan is audited.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<plan::Model> {
    let me = principal.person()?;
    let plan = plan::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !can_see(db, me, &plan).await? {
        return Err(AppError::NotFound);
    }
    audit_foreign_reads(db, principal, std::slice::from_ref(&plan)).await?;
    Ok(plan)
}

/// Filters for plan lists.
#[derive(Default)]
pub struct PlanFilter {
    pub owner_id: Option<Uuid>,
    pub cohort_id: Option<Uuid>,
    pub status: Option<PlanStatus>,
    pub search: Option<String>,
}

/// Plans the caller may see, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    filter: PlanFilter,
    page: PageRequest,
) -> AppResult<Page<plan::Model>> {
    let mut query = plan::Entity::find().filter(visible(db, principal).await?);
    if let Some(owner) = filter.owner_id {
        query = query.filter(plan::Column::OwnerId.eq(owner));
    }
    if let Some(cohort) = filter.cohort_id {
        query = query.filter(plan::Column::CohortId.eq(cohort));
    }
    if let Some(status) = filter.status {
        query = query.filter(plan::Column::Status.eq(status));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
        let like = |column: plan::Column| {
            Expr::expr(Func::lower(Expr::col((plan::Entity, column))))
                .like(LikeExpr::new(pattern.clone()).escape('\\'))
        };
        query = query.filter(
            Condition::any()
                .add(like(plan::Column::Title))
                .add(like(plan::Column::Description)),
        );
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(plan::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    audit_foreign_reads(db, principal, &items).await?;
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// Staff (admins, facilitators) reading plans of others that are not public to the community:
/// each read is written to the owner's access log.
async fn audit_foreign_reads(
    db: &impl ConnectionTrait,
    principal: &Principal,
    plans: &[plan::Model],
) -> AppResult<()> {
    let Principal::Person(me) = principal else {
        return Ok(());
    };
    if !matches!(
        me.role,
        entity::enums::Role::Admin | entity::enums::Role::Facilitator
    ) {
        return Ok(());
    }
    for plan in plans
        .iter()
        .filter(|p| p.owner_id != me.id && p.visibility != Visibility::Community)
    {
        audit::record(
            db,
            principal,
            "plan.read",
            Some(audit::Target::about("plan", plan.id, plan.owner_id)),
        )
        .await?;
    }
    Ok(())
}

/// The history of a plan, oldest first.
pub async fn updates_of(
    db: &impl ConnectionTrait,
    plan_id: Uuid,
) -> AppResult<Vec<plan_update::Model>> {
    Ok(plan_update::Entity::find()
        .filter(plan_update::Column::PlanId.eq(plan_id))
        .order_by_asc(plan_update::Column::Id)
        .all(db)
        .await?)
}
