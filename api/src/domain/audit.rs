//! The append-only audit log: who did or read what, never a secret and never free text.

use entity::audit_event;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{
    ids::new_id,
    page::{Page, PageRequest},
};
use crate::{auth::Principal, error::AppResult, i18n::Text, telemetry::current_request_id};

/// What an event concerns: a record and, if it is about a person, whom.
pub struct Target<'a> {
    pub kind: &'a str,
    pub id: Uuid,
    pub subject: Option<Uuid>,
}

impl<'a> Target<'a> {
    pub fn new(kind: &'a str, id: Uuid) -> Self {
        Self {
            kind,
            id,
            subject: None,
        }
    }

    /// A record about a person: shown in that person's access log.
    pub fn about(kind: &'a str, id: Uuid, person: Uuid) -> Self {
        Self {
            kind,
            id,
            subject: Some(person),
        }
    }

    /// The person themselves.
    pub fn person(id: Uuid) -> Self {
        Self::about("person", id, id)
    }
}

/// Appends an event. `action` is a fixed verb like `person.invited` or `token.read_people`.
pub async fn record(
    db: &impl ConnectionTrait,
    principal: &Principal,
    action: &str,
    target: Option<Target<'_>>,
) -> AppResult<()> {
    record_as(db, &principal.actor(), action, target).await
}

/// Appends an event with an explicit actor (`system` for scheduled work).
pub async fn record_as(
    db: &impl ConnectionTrait,
    actor: &str,
    action: &str,
    target: Option<Target<'_>>,
) -> AppResult<()> {
    let (target, subject) = match target {
        Some(target) => (
            Some(format!("{}:{}", target.kind, target.id)),
            target.subject,
        ),
        None => (None, None),
    };
    let event = audit_event::ActiveModel {
        id: Set(new_id()),
        actor: Set(actor.to_owned()),
        action: Set(action.to_owned()),
        target: Set(target),
        subject_person_id: Set(subject),
        request_id: Set(current_request_id()),
        created_at: Set(chrono::Utc::now()),
    };
    audit_event::Entity::insert(event)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The log for admins, newest first, filtered by actor and action.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    page: PageRequest,
    actor: Option<&str>,
    action: Option<&str>,
) -> AppResult<Page<audit_event::Model>> {
    principal.admin()?;
    let mut query = audit_event::Entity::find();
    if let Some(actor) = actor {
        query = query.filter(audit_event::Column::Actor.eq(actor));
    }
    if let Some(action) = action {
        query = query.filter(audit_event::Column::Action.eq(action));
    }
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

/// What an action means, for people reading the log.
pub fn describe(action: &str) -> Text {
    let (de, en) = match action {
        "person.invited" => ("Person eingeladen", "Person invited"),
        "person.password_changed" => ("Passwort geändert", "Password changed"),
        "person.role_changed" => ("Rolle geändert", "Role changed"),
        "person.admin_created" => ("Administration angelegt", "Admin created"),
        "person.exported" => (
            "Daten exportiert (Auskunft)",
            "Data exported (access request)",
        ),
        "person.erased" => ("Person gelöscht", "Person erased"),
        "municipality.created" => ("Kommune angelegt", "Municipality created"),
        "organisation.created" => ("Organisation angelegt", "Organisation created"),
        "cohort.created" => ("Durchgang angelegt", "Cohort created"),
        "cohort.updated" => ("Durchgang geändert", "Cohort changed"),
        "cohort.facilitator_assigned" => ("Moderation zugeordnet", "Facilitator assigned"),
        "cohort.purged" => (
            "Aufbewahrungsfrist abgelaufen: Daten bereinigt",
            "Retention ended: data purged",
        ),
        "enrollment.created" => ("Eingeschrieben", "Enrolled"),
        "enrollment.updated" => ("Einschreibung geändert", "Enrolment changed"),
        "enrollment.nominated" => ("Von der Kommune nominiert", "Nominated by the municipality"),
        "enrollment.withdrawn" => ("Nominierung zurückgezogen", "Nomination withdrawn"),
        "module.created" => ("Modul angelegt", "Module created"),
        "module.updated" => ("Modul geändert", "Module changed"),
        "module.archived" => ("Modul archiviert", "Module archived"),
        "session.scheduled" => ("Einheit geplant", "Session scheduled"),
        "session.updated" => ("Einheit geändert", "Session changed"),
        "session.removed" => ("Einheit entfernt", "Session removed"),
        "feedback_round.opened" => ("Feedbackrunde geöffnet", "Feedback round opened"),
        "feedback.responses_read" => ("Feedback-Antworten gelesen", "Feedback answers read"),
        "feedback.response_read" => (
            "Benannte Feedback-Antwort gelesen",
            "Named feedback answer read",
        ),
        "influence_map.read" => ("Einflusssphäre angesehen", "Sphere of influence viewed"),
        "plan.read" => ("Vorhaben angesehen", "Plan viewed"),
        "check_in.read" => ("Check-in gelesen", "Check-in read"),
        "follow_up.scheduled" => ("Nachtreffen geplant", "Follow-up scheduled"),
        "follow_up.updated" => ("Nachtreffen geändert", "Follow-up changed"),
        "post.deleted_by_moderator" => (
            "Beitrag von der Moderation gelöscht",
            "Post deleted by a moderator",
        ),
        "post.moderated" => ("Beitrag moderiert", "Post moderated"),
        "comment.moderated" => ("Kommentar moderiert", "Comment moderated"),
        "token.created" => ("API-Token ausgestellt", "API token issued"),
        "token.revoked" => ("API-Token widerrufen", "API token revoked"),
        "token.read_person" => (
            "Personendaten von einem kommunalen System gelesen",
            "Personal data read by a municipal system",
        ),
        "token.read_enrollment" => (
            "Einschreibung von einem kommunalen System gelesen",
            "Enrolment read by a municipal system",
        ),
        "token.read_report" => (
            "Bericht von einem kommunalen System gelesen",
            "Report read by a municipal system",
        ),
        "webhook.created" => ("Webhook eingerichtet", "Webhook registered"),
        "webhook.deleted" => ("Webhook entfernt", "Webhook removed"),
        "webhook.replayed" => ("Webhook-Zustellung wiederholt", "Webhook delivery replayed"),
        _ => return Text::owned(action.to_owned(), action.to_owned()),
    };
    Text::new(de, en)
}
