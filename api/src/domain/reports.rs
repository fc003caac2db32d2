//! The cohort report for programme reporting to funders: figures derived from the data, never
//! typed in. Anonymous feedback counts only from rounds with at least three answers.

use std::collections::BTreeMap;

use entity::{
    attendance, check_in, enrollment,
    enums::{CohortRole, EnrollmentStatus, FollowUpStatus, PlanStatus, SessionStatus},
    feedback_response, feedback_round, follow_up, multiplier_activity, municipality, organisation,
    person, plan, session,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::{
    audit,
    cohorts::{self, CohortAccess},
    feedback::ANONYMITY_THRESHOLD,
};
use crate::{
    auth::{Principal, Scope},
    error::{AppError, AppResult},
};

/// The figures of one cohort.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CohortReport {
    pub cohort_id: Uuid,
    pub title: String,
    pub participants: i64,
    pub completed: i64,
    pub withdrawn: i64,
    /// Participants (not withdrawn) by municipality name.
    pub by_municipality: Vec<(String, i64)>,
    /// Participants (not withdrawn) by organisation kind; `NONE` without organisation.
    pub by_organisation_kind: Vec<(String, i64)>,
    pub sessions_held: i64,
    /// Mean share of participants present over sessions held (0..1).
    pub average_attendance: Option<f64>,
    pub average_feedback_rating: Option<f64>,
    pub plans: i64,
    pub plans_done: i64,
    pub plans_in_progress: i64,
    pub multiplier_activities: i64,
    pub people_reached: i64,
    /// Check-ins / (participants × follow-ups held) (0..1).
    pub check_in_rate: Option<f64>,
}

/// The label for people without a municipality.
pub const NO_MUNICIPALITY: &str = "ohne Angabe";

/// The report of a cohort: for its facilitators and admins, and tokens with `reports:read` (a
/// token bound to a municipality counts that municipality's participants only).
pub async fn of_cohort(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
) -> AppResult<CohortReport> {
    let restrict_to = match principal {
        Principal::Token(token) => {
            principal.require_scope(Scope::ReportsRead)?;
            audit::record(
                db,
                principal,
                "token.read_report",
                Some(audit::Target::new("cohort", cohort_id)),
            )
            .await?;
            token.municipality_id
        }
        _ => {
            if cohorts::access(db, principal, cohort_id).await? < CohortAccess::Facilitator {
                return Err(AppError::Forbidden);
            }
            None
        }
    };
    let cohort = entity::cohort::Entity::find_by_id(cohort_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    // After the retention period only the snapshot of the figures remains.
    if let Some(snapshot) = cohort
        .report_snapshot
        .as_deref()
        .filter(|_| restrict_to.is_none())
        && let Ok(report) = serde_json::from_str(snapshot)
    {
        return Ok(report);
    }
    compute(db, &cohort, restrict_to).await
}

/// Computes the figures from the data (no access check).
pub async fn compute(
    db: &impl ConnectionTrait,
    cohort: &entity::cohort::Model,
    municipality: Option<Uuid>,
) -> AppResult<CohortReport> {
    let enrollments = enrollment::Entity::find()
        .filter(enrollment::Column::CohortId.eq(cohort.id))
        .filter(enrollment::Column::Role.eq(CohortRole::Participant))
        .all(db)
        .await?;
    let person_ids: Vec<Uuid> = enrollments.iter().map(|e| e.person_id).collect();
    let people: BTreeMap<Uuid, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(person_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let in_scope = |person_id: &Uuid| {
        municipality.is_none()
            || people.get(person_id).and_then(|p| p.municipality_id) == municipality
    };
    let enrollments: Vec<&enrollment::Model> = enrollments
        .iter()
        .filter(|e| in_scope(&e.person_id))
        .collect();
    let active: Vec<Uuid> = enrollments
        .iter()
        .filter(|e| e.status != EnrollmentStatus::Withdrawn)
        .map(|e| e.person_id)
        .collect();
    let participants = active.len() as i64;
    let completed = enrollments
        .iter()
        .filter(|e| e.status == EnrollmentStatus::Completed)
        .count() as i64;
    let withdrawn = enrollments
        .iter()
        .filter(|e| e.status == EnrollmentStatus::Withdrawn)
        .count() as i64;

    let municipalities: BTreeMap<Uuid, String> = municipality::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect();
    let organisations: BTreeMap<Uuid, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, sea_orm::ActiveEnum::to_value(&o.kind)))
        .collect();
    let mut by_municipality: BTreeMap<String, i64> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, i64> = BTreeMap::new();
    for person_id in &active {
        let person = people.get(person_id);
        let town = person
            .and_then(|p| p.municipality_id)
            .and_then(|m| municipalities.get(&m).cloned())
            .unwrap_or_else(|| NO_MUNICIPALITY.to_owned());
        *by_municipality.entry(town).or_default() += 1;
        let kind = person
            .and_then(|p| p.organisation_id)
            .and_then(|o| organisations.get(&o).cloned())
            .unwrap_or_else(|| "NONE".to_owned());
        *by_kind.entry(kind).or_default() += 1;
    }

    let held: Vec<Uuid> = session::Entity::find()
        .filter(session::Column::CohortId.eq(cohort.id))
        .filter(session::Column::Status.eq(SessionStatus::Done))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let sessions_held = held.len() as i64;
    let present = attendance::Entity::find()
        .filter(attendance::Column::SessionId.is_in(held.clone()))
        .filter(attendance::Column::Present.eq(true))
        .all(db)
        .await?;
    let average_attendance = (sessions_held > 0 && participants > 0).then(|| {
        let shares: f64 = held
            .iter()
            .map(|session| {
                present
                    .iter()
                    .filter(|a| a.session_id == *session && active.contains(&a.person_id))
                    .count() as f64
                    / participants as f64
            })
            .sum();
        shares / sessions_held as f64
    });

    let rounds = feedback_round::Entity::find()
        .filter(feedback_round::Column::CohortId.eq(cohort.id))
        .all(db)
        .await?;
    let responses = feedback_response::Entity::find()
        .filter(
            feedback_response::Column::RoundId
                .is_in(rounds.iter().map(|r| r.id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?;
    let mut ratings = Vec::new();
    for round in &rounds {
        let of_round: Vec<&feedback_response::Model> = responses
            .iter()
            .filter(|r| r.round_id == round.id)
            .collect();
        if round.anonymous && (of_round.len() as u64) < ANONYMITY_THRESHOLD {
            continue;
        }
        if municipality.is_some() && round.anonymous {
            continue; // anonymous answers cannot be attributed to a municipality
        }
        ratings.extend(
            of_round
                .iter()
                .filter(|r| round.anonymous || r.person_id.is_some_and(|p| in_scope(&p)))
                .filter_map(|r| r.rating),
        );
    }
    let average_feedback_rating = (!ratings.is_empty())
        .then(|| ratings.iter().map(|r| f64::from(*r)).sum::<f64>() / ratings.len() as f64);

    let plans: Vec<plan::Model> = plan::Entity::find()
        .filter(plan::Column::CohortId.eq(cohort.id))
        .all(db)
        .await?
        .into_iter()
        .filter(|p| in_scope(&p.owner_id))
        .collect();
    let activities: Vec<multiplier_activity::Model> = multiplier_activity::Entity::find()
        .filter(multiplier_activity::Column::CohortId.eq(cohort.id))
        .all(db)
        .await?
        .into_iter()
        .filter(|a| in_scope(&a.person_id))
        .collect();

    let held_meetings: Vec<Uuid> = follow_up::Entity::find()
        .filter(follow_up::Column::CohortId.eq(cohort.id))
        .filter(follow_up::Column::Status.eq(FollowUpStatus::Done))
        .order_by_asc(follow_up::Column::ScheduledAt)
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.id)
        .collect();
    let check_ins = check_in::Entity::find()
        .filter(check_in::Column::FollowUpId.is_in(held_meetings.clone()))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| active.contains(&c.person_id))
        .count();
    let check_in_rate = (!held_meetings.is_empty() && participants > 0)
        .then(|| check_ins as f64 / (participants as f64 * held_meetings.len() as f64));

    Ok(CohortReport {
        cohort_id: cohort.id,
        title: cohort.title.clone(),
        participants,
        completed,
        withdrawn,
        by_municipality: by_municipality.into_iter().collect(),
        by_organisation_kind: by_kind.into_iter().collect(),
        sessions_held,
        average_attendance,
        average_feedback_rating,
        plans: plans.len() as i64,
        plans_done: plans
            .iter()
            .filter(|p| p.status == PlanStatus::Done)
            .count() as i64,
        plans_in_progress: plans
            .iter()
            .filter(|p| p.status == PlanStatus::InProgress)
            .count() as i64,
        multiplier_activities: activities.len() as i64,
        people_reached: activities.iter().map(|a| i64::from(a.people_reached)).sum(),
        check_in_rate,
    })
}

/// The report as CSV for funders: `;`-separated, UTF-8 with BOM, German decimal commas, one
/// figure per row (admins only).
pub async fn csv(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
) -> AppResult<String> {
    principal.admin()?;
    let report = of_cohort(db, principal, cohort_id).await?;
    Ok(to_csv(&report))
}

fn decimal(value: Option<f64>) -> String {
    value
        .map(|v| format!("{v:.3}").replace('.', ","))
        .unwrap_or_default()
}

/// Quotes a CSV field when needed.
pub fn field(value: &str) -> String {
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn to_csv(report: &CohortReport) -> String {
    let mut rows: Vec<(String, String)> = vec![
        ("Durchgang".into(), report.title.clone()),
        ("Teilnehmende".into(), report.participants.to_string()),
        ("Abgeschlossen".into(), report.completed.to_string()),
        ("Ausgeschieden".into(), report.withdrawn.to_string()),
        (
            "Durchgeführte Einheiten".into(),
            report.sessions_held.to_string(),
        ),
        (
            "Durchschnittliche Anwesenheit".into(),
            decimal(report.average_attendance),
        ),
        (
            "Durchschnittliche Feedbackbewertung".into(),
            decimal(report.average_feedback_rating),
        ),
        ("Vorhaben".into(), report.plans.to_string()),
        ("Vorhaben umgesetzt".into(), report.plans_done.to_string()),
        (
            "Vorhaben in Arbeit".into(),
            report.plans_in_progress.to_string(),
        ),
        (
            "Multiplikator*innen-Aktivitäten".into(),
            report.multiplier_activities.to_string(),
        ),
        (
            "Erreichte Personen".into(),
            report.people_reached.to_string(),
        ),
        ("Check-in-Quote".into(), decimal(report.check_in_rate)),
    ];
    for (town, count) in &report.by_municipality {
        rows.push((format!("Teilnehmende aus {town}"), count.to_string()));
    }
    for (kind, count) in &report.by_organisation_kind {
        rows.push((
            format!("Teilnehmende nach Organisationsart {kind}"),
            count.to_string(),
        ));
    }
    let mut out = String::from("\u{feff}Kennzahl;Wert\r\n");
    for (key, value) in rows {
        out.push_str(&format!("{};{}\r\n", field(&key), field(&value)));
    }
    out
}
