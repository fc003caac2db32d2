//! Data protection (DSGVO): the export of everything stored about a person (Art. 15/20), erasure
//! (Art. 17), retention after a cohort is archived, and each person's access log.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use entity::{
    api_token, attendance, audit_event, check_in, cohort, comment, content_report, enrollment,
    enums::{CohortRole, EnrollmentStatus, Role},
    feedback_response, idempotency_key, influence_area, multiplier_activity, notification, person,
    plan, plan_update, post, reaction, session,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    ExprTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionSession, TransactionTrait, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    audit,
    input::from_json_list,
    page::{Page, PageRequest},
    reports, search, tx,
};
use crate::{
    auth::Principal,
    error::{AppError, AppResult},
};

/// How erased people appear where their contributions remain.
pub const PLACEHOLDER: &str = "ehemalige*r Teilnehmende*r";

fn may_act_for(principal: &Principal, person_id: Uuid) -> AppResult<()> {
    let me = principal.person()?;
    if me.id == person_id || me.is_admin() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Everything stored about a person as one JSON document (the person, or an admin at the person's
/// request — audited and shown in the person's access log). Other people appear only by display
/// name; anonymous feedback is not in it, because nothing links it to anyone.
pub async fn export(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person_id: Uuid,
) -> AppResult<String> {
    may_act_for(principal, person_id)?;
    let owner = person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .filter(|p| p.email.is_some())
        .ok_or(AppError::NotFound)?;
    let document = collect(db, &owner).await?;
    audit::record(
        db,
        principal,
        "person.exported",
        Some(audit::Target::person(person_id)),
    )
    .await?;
    Ok(serde_json::to_string_pretty(&document).unwrap_or_default())
}

async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Option<Uuid>>,
) -> AppResult<HashMap<Uuid, String>> {
    let ids: Vec<Uuid> = ids.into_iter().flatten().collect();
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect())
}

fn name_of(names: &HashMap<Uuid, String>, id: Option<Uuid>) -> String {
    id.and_then(|id| names.get(&id).cloned())
        .unwrap_or_else(|| PLACEHOLDER.to_owned())
}

async fn collect(db: &impl ConnectionTrait, owner: &person::Model) -> AppResult<Value> {
    let id = owner.id;
    let enrollments = enrollment::Entity::find()
        .filter(enrollment::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let cohort_titles: HashMap<Uuid, String> = cohort::Entity::find()
        .filter(
            cohort::Column::Id.is_in(enrollments.iter().map(|e| e.cohort_id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.title))
        .collect();
    let attendance = attendance::Entity::find()
        .filter(attendance::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let sessions: HashMap<Uuid, session::Model> = session::Entity::find()
        .filter(
            session::Column::Id.is_in(attendance.iter().map(|a| a.session_id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let plans = plan::Entity::find()
        .filter(plan::Column::OwnerId.eq(id))
        .order_by_asc(plan::Column::Id)
        .all(db)
        .await?;
    let updates = plan_update::Entity::find()
        .filter(plan_update::Column::PlanId.is_in(plans.iter().map(|p| p.id).collect::<Vec<_>>()))
        .order_by_asc(plan_update::Column::Id)
        .all(db)
        .await?;
    let areas = influence_area::Entity::find()
        .filter(influence_area::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let check_ins = check_in::Entity::find()
        .filter(check_in::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let activities = multiplier_activity::Entity::find()
        .filter(multiplier_activity::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let feedback = feedback_response::Entity::find()
        .filter(feedback_response::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let posts = post::Entity::find()
        .filter(post::Column::AuthorId.eq(id))
        .all(db)
        .await?;
    let comments = comment::Entity::find()
        .filter(comment::Column::AuthorId.eq(id))
        .all(db)
        .await?;
    let commented_posts: HashMap<Uuid, post::Model> = post::Entity::find()
        .filter(post::Column::Id.is_in(comments.iter().map(|c| c.post_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let reactions = reaction::Entity::find()
        .filter(reaction::Column::PersonId.eq(id))
        .all(db)
        .await?;
    let reports = content_report::Entity::find()
        .filter(content_report::Column::ReporterId.eq(id))
        .all(db)
        .await?;
    let tokens = api_token::Entity::find()
        .filter(api_token::Column::CreatedById.eq(id))
        .all(db)
        .await?;
    let about = audit_event::Entity::find()
        .filter(audit_event::Column::SubjectPersonId.eq(id))
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await?;
    let people = names(db, commented_posts.values().map(|p| p.author_id)).await?;
    let organisation = match owner.organisation_id {
        Some(org) => entity::organisation::Entity::find_by_id(org)
            .one(db)
            .await?
            .map(|o| o.name),
        None => None,
    };
    let municipality = match owner.municipality_id {
        Some(m) => entity::municipality::Entity::find_by_id(m)
            .one(db)
            .await?
            .map(|m| m.name),
        None => None,
    };
    let enum_text = |value: String| value;
    Ok(json!({
        "exported_at": Utc::now(),
        "note": "Alles, was Vielfaltsnetz über Sie speichert. Anonymes Feedback ist nicht enthalten: es ist mit niemandem verknüpft. / Everything Vielfaltsnetz stores about you. Anonymous feedback is not included: it is linked to no one.",
        "profile": {
            "id": owner.id,
            "display_name": owner.display_name,
            "email": owner.email,
            "pronouns": owner.pronouns,
            "bio": owner.bio,
            "locale": sea_orm::ActiveEnum::to_value(&owner.locale),
            "role": sea_orm::ActiveEnum::to_value(&owner.role),
            "organisation": organisation,
            "municipality": municipality,
            "directory_visible": owner.directory_visible,
            "has_password": owner.password_hash.is_some(),
            "has_calendar_link": owner.calendar_token_hash.is_some(),
            "created_at": owner.created_at,
        },
        "enrollments": enrollments.iter().map(|e| json!({
            "cohort": cohort_titles.get(&e.cohort_id), "role": enum_text(sea_orm::ActiveEnum::to_value(&e.role)),
            "status": sea_orm::ActiveEnum::to_value(&e.status), "multiplier": e.multiplier,
            "influence_map_shared": e.influence_map_shared, "created_at": e.created_at,
        })).collect::<Vec<_>>(),
        "attendance": attendance.iter().map(|a| json!({
            "session": sessions.get(&a.session_id).map(|s| s.title.clone()), "day": sessions.get(&a.session_id).map(|s| s.day),
            "present": a.present, "source": sea_orm::ActiveEnum::to_value(&a.source),
        })).collect::<Vec<_>>(),
        "plans": plans.iter().map(|p| json!({
            "title": p.title, "description": p.description, "scale": sea_orm::ActiveEnum::to_value(&p.scale),
            "status": sea_orm::ActiveEnum::to_value(&p.status), "visibility": sea_orm::ActiveEnum::to_value(&p.visibility),
            "cohort": p.cohort_id.and_then(|c| cohort_titles.get(&c)), "target_date": p.target_date, "created_at": p.created_at,
            "updates": updates.iter().filter(|u| u.plan_id == p.id).map(|u| json!({
                "status": sea_orm::ActiveEnum::to_value(&u.status), "note": u.note, "created_at": u.created_at,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "influence_areas": areas.iter().map(|a| json!({
            "cohort": cohort_titles.get(&a.cohort_id), "circle": sea_orm::ActiveEnum::to_value(&a.circle),
            "domain": sea_orm::ActiveEnum::to_value(&a.domain), "description": a.description,
            "stakeholders": from_json_list::<String>(&a.stakeholders),
        })).collect::<Vec<_>>(),
        "check_ins": check_ins.iter().map(|c| json!({
            "what_happened": c.what_happened, "challenges": c.challenges, "needs_consultation": c.needs_consultation, "created_at": c.created_at,
        })).collect::<Vec<_>>(),
        "multiplier_activities": activities.iter().map(|a| json!({
            "title": a.title, "happened_on": a.happened_on, "people_reached": a.people_reached, "notes": a.notes,
        })).collect::<Vec<_>>(),
        "named_feedback": feedback.iter().map(|f| json!({ "rating": f.rating, "text": f.text, "created_at": f.created_at })).collect::<Vec<_>>(),
        "posts": posts.iter().map(|p| json!({
            "title": p.title, "body": p.body, "kind": sea_orm::ActiveEnum::to_value(&p.kind), "tags": from_json_list::<String>(&p.tags),
            "consultation_case": p.consultation_case, "consultation_question": p.consultation_question, "created_at": p.created_at,
        })).collect::<Vec<_>>(),
        "comments": comments.iter().map(|c| json!({
            "body": c.body, "created_at": c.created_at,
            "on_post": commented_posts.get(&c.post_id).map(|p| json!({ "title": p.title, "author": name_of(&people, p.author_id) })),
        })).collect::<Vec<_>>(),
        "reactions": reactions.iter().map(|r| json!({ "kind": sea_orm::ActiveEnum::to_value(&r.kind), "created_at": r.created_at })).collect::<Vec<_>>(),
        "reports_filed": reports.iter().map(|r| json!({ "reason": r.reason, "created_at": r.created_at, "resolved_at": r.resolved_at })).collect::<Vec<_>>(),
        "api_tokens_created": tokens.iter().map(|t| json!({
            "name": t.name, "prefix": t.prefix, "scopes": from_json_list::<String>(&t.scopes), "created_at": t.created_at,
            "expires_at": t.expires_at, "revoked_at": t.revoked_at,
        })).collect::<Vec<_>>(),
        "access_log": about.iter().map(|a| json!({ "actor": a.actor, "action": a.action, "target": a.target, "at": a.created_at })).collect::<Vec<_>>(),
    }))
}

/// Who read the person's data, newest first (the person only): everything in the audit log about
/// them that someone else did.
pub async fn access_log(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person_id: Uuid,
    page: PageRequest,
) -> AppResult<Page<audit_event::Model>> {
    let me = principal.person()?;
    if me.id != person_id {
        return Err(AppError::Forbidden);
    }
    let query = audit_event::Entity::find()
        .filter(audit_event::Column::SubjectPersonId.eq(person_id))
        .filter(audit_event::Column::Actor.ne(format!("person:{person_id}")));
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(audit_event::Column::Id)
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

/// Erases a person (admins; a person may erase themselves). The person and everything personal
/// goes — profile, enrolments, attendance, plans, influence areas, check-ins, multiplier work,
/// reactions, named feedback, sign-ins, mail; their posts and comments stay for the threads with a
/// neutral author, and their name and address are removed from every text that mentions them.
pub async fn erase(
    db: &(impl ConnectionTrait + TransactionTrait),
    principal: &Principal,
    person_id: Uuid,
) -> AppResult<()> {
    may_act_for(principal, person_id)?;
    if principal.person_id() == Some(person_id) && principal.is_admin() {
        let admins = person::Entity::find()
            .filter(person::Column::Role.eq(Role::Admin))
            .filter(person::Column::Email.is_not_null())
            .count(db)
            .await?;
        if admins <= 1 {
            return Err(AppError::conflict(
                "Die letzte Administration kann sich nicht selbst löschen.",
                "The last admin cannot erase themselves.",
            ));
        }
    }
    let owner = person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = tx::begin(db).await?;
    erase_within(&txn, &owner).await?;
    audit::record(
        &txn,
        principal,
        "person.erased",
        Some(audit::Target::new("person", person_id)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The erasure itself, inside a transaction.
async fn erase_within(db: &impl ConnectionTrait, owner: &person::Model) -> AppResult<()> {
    let mut needles: Vec<String> = vec![owner.display_name.clone()];
    if let Some(email) = &owner.email {
        needles.push(email.clone());
    }
    needles.retain(|n| n.trim().chars().count() >= 3);
    scrub_mentions(db, &needles).await?;
    // Stored results of nominations may repeat the address.
    if let Some(email) = &owner.email {
        idempotency_key::Entity::delete_many()
            .filter(idempotency_key::Column::Body.contains(email.as_str()))
            .exec(db)
            .await?;
    }
    // Cascades remove enrolments, attendance, plans and their updates, influence areas, check-ins,
    // multiplier work, reactions, named feedback, refresh tokens, invitations, notifications and
    // mail; posts, comments and reports keep their rows with the author set to null.
    person::Entity::delete_by_id(owner.id).exec(db).await?;
    Ok(())
}

fn replace_all(text: &str, needles: &[String]) -> Option<String> {
    let lowered = text.to_lowercase();
    if !needles.iter().any(|n| lowered.contains(&n.to_lowercase())) {
        return None;
    }
    let mut out = text.to_owned();
    for needle in needles {
        loop {
            let lower = out.to_lowercase();
            let Some(start) = lower.find(&needle.to_lowercase()) else {
                break;
            };
            // Lower-casing may change byte lengths; fall back to the exact match then.
            if lower.len() != out.len() {
                out = out.replace(needle.as_str(), PLACEHOLDER);
                break;
            }
            out.replace_range(start..start + needle.len(), PLACEHOLDER);
        }
    }
    Some(out)
}

/// Replaces a person's name and address in the texts others wrote.
async fn scrub_mentions(db: &impl ConnectionTrait, needles: &[String]) -> AppResult<()> {
    if needles.is_empty() {
        return Ok(());
    }
    let any_of = |column: Expr| {
        needles.iter().fold(Condition::any(), |c, n| {
            c.add(
                Expr::expr(sea_orm::sea_query::Func::lower(column.clone())).like(format!(
                    "%{}%",
                    super::people::escape_like(&n.to_lowercase())
                )),
            )
        })
    };
    let posts = post::Entity::find()
        .filter(
            Condition::any()
                .add(any_of(Expr::col((post::Entity, post::Column::Title))))
                .add(any_of(Expr::col((post::Entity, post::Column::Body))))
                .add(any_of(Expr::col((
                    post::Entity,
                    post::Column::ConsultationCase,
                ))))
                .add(any_of(Expr::col((
                    post::Entity,
                    post::Column::ConsultationQuestion,
                )))),
        )
        .all(db)
        .await?;
    for found in posts {
        let title = replace_all(&found.title, needles).unwrap_or(found.title.clone());
        let body = replace_all(&found.body, needles).unwrap_or(found.body.clone());
        let case = found
            .consultation_case
            .as_deref()
            .map(|c| replace_all(c, needles).unwrap_or(c.to_owned()));
        let question = found
            .consultation_question
            .as_deref()
            .map(|c| replace_all(c, needles).unwrap_or(c.to_owned()));
        let tags: Vec<String> = from_json_list(&found.tags);
        let mut active = found.into_active_model();
        active.search_text = Set(search::post_text(
            &title,
            &format!(
                "{body} {} {}",
                case.as_deref().unwrap_or(""),
                question.as_deref().unwrap_or("")
            ),
            &tags,
        ));
        active.title = Set(title);
        active.body = Set(body);
        active.consultation_case = Set(case);
        active.consultation_question = Set(question);
        active.update(db).await?;
    }
    for found in comment::Entity::find()
        .filter(any_of(Expr::col((comment::Entity, comment::Column::Body))))
        .all(db)
        .await?
    {
        let body = replace_all(&found.body, needles).unwrap_or(found.body.clone());
        let mut active = found.into_active_model();
        active.body = Set(body);
        active.update(db).await?;
    }
    for found in feedback_response::Entity::find()
        .filter(any_of(Expr::col((
            feedback_response::Entity,
            feedback_response::Column::Text,
        ))))
        .all(db)
        .await?
    {
        let text = found.text.as_deref().and_then(|t| replace_all(t, needles));
        let mut active = found.into_active_model();
        active.text = Set(text);
        active.update(db).await?;
    }
    for found in check_in::Entity::find()
        .filter(
            Condition::any()
                .add(any_of(Expr::col((
                    check_in::Entity,
                    check_in::Column::WhatHappened,
                ))))
                .add(any_of(Expr::col((
                    check_in::Entity,
                    check_in::Column::Challenges,
                )))),
        )
        .all(db)
        .await?
    {
        let what =
            replace_all(&found.what_happened, needles).unwrap_or(found.what_happened.clone());
        let challenges = found
            .challenges
            .as_deref()
            .map(|c| replace_all(c, needles).unwrap_or(c.to_owned()));
        let mut active = found.into_active_model();
        active.what_happened = Set(what);
        active.challenges = Set(challenges);
        active.update(db).await?;
    }
    for found in plan_update::Entity::find()
        .filter(any_of(Expr::col((
            plan_update::Entity,
            plan_update::Column::Note,
        ))))
        .all(db)
        .await?
    {
        let note = found
            .note
            .as_deref()
            .map(|n| replace_all(n, needles).unwrap_or(n.to_owned()));
        let mut active = found.into_active_model();
        active.note = Set(note);
        active.update(db).await?;
    }
    for found in plan::Entity::find()
        .filter(
            Condition::any()
                .add(any_of(Expr::col((plan::Entity, plan::Column::Title))))
                .add(any_of(Expr::col((plan::Entity, plan::Column::Description)))),
        )
        .all(db)
        .await?
    {
        let title = replace_all(&found.title, needles).unwrap_or(found.title.clone());
        let description = found
            .description
            .as_deref()
            .map(|d| replace_all(d, needles).unwrap_or(d.to_owned()));
        let mut active = found.into_active_model();
        active.title = Set(title);
        active.description = Set(description);
        active.update(db).await?;
    }
    for found in content_report::Entity::find()
        .filter(any_of(Expr::col((
            content_report::Entity,
            content_report::Column::Reason,
        ))))
        .all(db)
        .await?
    {
        let reason = replace_all(&found.reason, needles).unwrap_or(found.reason.clone());
        let mut active = found.into_active_model();
        active.reason = Set(reason);
        active.update(db).await?;
    }
    for found in influence_area::Entity::find()
        .filter(
            Condition::any()
                .add(any_of(Expr::col((
                    influence_area::Entity,
                    influence_area::Column::Description,
                ))))
                .add(any_of(Expr::col((
                    influence_area::Entity,
                    influence_area::Column::Stakeholders,
                )))),
        )
        .all(db)
        .await?
    {
        let description =
            replace_all(&found.description, needles).unwrap_or(found.description.clone());
        let stakeholders =
            replace_all(&found.stakeholders, needles).unwrap_or(found.stakeholders.clone());
        let mut active = found.into_active_model();
        active.description = Set(description);
        active.stakeholders = Set(stakeholders);
        active.update(db).await?;
    }
    Ok(())
}

/// What a retention run did (or would do).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PurgeSummary {
    pub cohorts: Vec<String>,
    pub people_erased: usize,
    pub records_removed: u64,
}

/// Purges the personal data of participants of cohorts archived more than `months` ago, keeping
/// the report's figures. People who belong to no other cohort are erased; others lose what they
/// stored in that cohort. With `dry_run` nothing changes.
pub async fn purge(
    db: &(impl ConnectionTrait + TransactionTrait),
    months: i64,
    now: DateTime<Utc>,
    dry_run: bool,
) -> AppResult<PurgeSummary> {
    let cutoff = now - Duration::days(months * 30 + months / 2);
    let due = cohort::Entity::find()
        .filter(cohort::Column::ArchivedAt.lt(cutoff))
        .filter(cohort::Column::PurgedAt.is_null())
        .all(db)
        .await?;
    let mut summary = PurgeSummary::default();
    for archived in due {
        summary.cohorts.push(archived.title.clone());
        let participants: Vec<enrollment::Model> = enrollment::Entity::find()
            .filter(enrollment::Column::CohortId.eq(archived.id))
            .filter(enrollment::Column::Role.ne(CohortRole::Facilitator))
            .all(db)
            .await?;
        let txn = tx::begin(db).await?;
        let report = reports::compute(&txn, &archived, None).await?;
        for enrolled in &participants {
            let Some(owner) = person::Entity::find_by_id(enrolled.person_id)
                .one(&txn)
                .await?
            else {
                continue;
            };
            let elsewhere = enrollment::Entity::find()
                .filter(enrollment::Column::PersonId.eq(owner.id))
                .filter(enrollment::Column::CohortId.ne(archived.id))
                .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
                .count(&txn)
                .await?;
            if elsewhere == 0 && owner.role == Role::Participant {
                summary.people_erased += 1;
                if !dry_run {
                    erase_within(&txn, &owner).await?;
                }
            } else {
                summary.records_removed +=
                    forget_cohort(&txn, owner.id, archived.id, dry_run).await?;
            }
        }
        if !dry_run {
            let mut active = archived.into_active_model();
            active.report_snapshot = Set(Some(serde_json::to_string(&report).unwrap_or_default()));
            active.purged_at = Set(Some(now));
            active.update(&txn).await?;
            audit::record_as(&txn, "system", "cohort.purged", None).await?;
            txn.commit().await?;
        }
    }
    Ok(summary)
}

/// Removes what a person stored in one cohort; returns how many records that is.
async fn forget_cohort(
    db: &impl ConnectionTrait,
    person_id: Uuid,
    cohort_id: Uuid,
    dry_run: bool,
) -> AppResult<u64> {
    let sessions: Vec<Uuid> = session::Entity::find()
        .select_only()
        .column(session::Column::Id)
        .filter(session::Column::CohortId.eq(cohort_id))
        .into_tuple()
        .all(db)
        .await?;
    let meetings: Vec<Uuid> = entity::follow_up::Entity::find()
        .select_only()
        .column(entity::follow_up::Column::Id)
        .filter(entity::follow_up::Column::CohortId.eq(cohort_id))
        .into_tuple()
        .all(db)
        .await?;
    let rounds: Vec<Uuid> = entity::feedback_round::Entity::find()
        .select_only()
        .column(entity::feedback_round::Column::Id)
        .filter(entity::feedback_round::Column::CohortId.eq(cohort_id))
        .into_tuple()
        .all(db)
        .await?;
    let mut count = 0;
    count += influence_area::Entity::find()
        .filter(influence_area::Column::PersonId.eq(person_id))
        .filter(influence_area::Column::CohortId.eq(cohort_id))
        .count(db)
        .await?;
    count += plan::Entity::find()
        .filter(plan::Column::OwnerId.eq(person_id))
        .filter(plan::Column::CohortId.eq(cohort_id))
        .count(db)
        .await?;
    count += multiplier_activity::Entity::find()
        .filter(multiplier_activity::Column::PersonId.eq(person_id))
        .filter(multiplier_activity::Column::CohortId.eq(cohort_id))
        .count(db)
        .await?;
    count += check_in::Entity::find()
        .filter(check_in::Column::PersonId.eq(person_id))
        .filter(check_in::Column::FollowUpId.is_in(meetings.clone()))
        .count(db)
        .await?;
    count += attendance::Entity::find()
        .filter(attendance::Column::PersonId.eq(person_id))
        .filter(attendance::Column::SessionId.is_in(sessions.clone()))
        .count(db)
        .await?;
    count += feedback_response::Entity::find()
        .filter(feedback_response::Column::PersonId.eq(person_id))
        .filter(feedback_response::Column::RoundId.is_in(rounds.clone()))
        .count(db)
        .await?;
    if dry_run {
        return Ok(count);
    }
    influence_area::Entity::delete_many()
        .filter(influence_area::Column::PersonId.eq(person_id))
        .filter(influence_area::Column::CohortId.eq(cohort_id))
        .exec(db)
        .await?;
    plan::Entity::delete_many()
        .filter(plan::Column::OwnerId.eq(person_id))
        .filter(plan::Column::CohortId.eq(cohort_id))
        .exec(db)
        .await?;
    multiplier_activity::Entity::delete_many()
        .filter(multiplier_activity::Column::PersonId.eq(person_id))
        .filter(multiplier_activity::Column::CohortId.eq(cohort_id))
        .exec(db)
        .await?;
    check_in::Entity::delete_many()
        .filter(check_in::Column::PersonId.eq(person_id))
        .filter(check_in::Column::FollowUpId.is_in(meetings))
        .exec(db)
        .await?;
    attendance::Entity::delete_many()
        .filter(attendance::Column::PersonId.eq(person_id))
        .filter(attendance::Column::SessionId.is_in(sessions))
        .exec(db)
        .await?;
    feedback_response::Entity::delete_many()
        .filter(feedback_response::Column::PersonId.eq(person_id))
        .filter(feedback_response::Column::RoundId.is_in(rounds))
        .exec(db)
        .await?;
    notification::Entity::delete_many()
        .filter(notification::Column::RecipientId.eq(person_id))
        .exec(db)
        .await?;
    Ok(count)
}
