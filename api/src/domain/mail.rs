//! Mail: reminders to check in before follow-ups, written into an outbox in the same database,
//! sent through SMTP when `VIELFALT_SMTP_URL` is set, and visible to admins either way. German
//! text, English for people whose locale is EN.

use chrono::{DateTime, Duration, Utc};
use entity::{
    check_in, enrollment,
    enums::{CohortRole, EnrollmentStatus, FollowUpFormat, FollowUpStatus, Locale, MailKind},
    follow_up, outbox_email, person,
};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, message::header::ContentType,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{
    berlin,
    ids::new_id,
    page::{Page, PageRequest},
};
use crate::{auth::Principal, error::AppResult};

/// The sender of every mail.
pub const FROM: &str = "Vielfaltsnetz <no-reply@vielfaltsnetz.example>";

fn when(at: DateTime<Utc>, locale: Locale) -> String {
    let local = berlin::local(at);
    match locale {
        Locale::De => local.format("%d.%m.%Y um %H:%M Uhr").to_string(),
        Locale::En => local.format("%Y-%m-%d at %H:%M (Berlin time)").to_string(),
    }
}

/// Subject and body of a reminder.
pub fn compose(
    kind: MailKind,
    locale: Locale,
    name: &str,
    meeting: &follow_up::Model,
    base_url: &str,
) -> (String, String) {
    let at = when(meeting.scheduled_at, locale);
    let place = match (meeting.format, locale) {
        (FollowUpFormat::Online, Locale::De) => "online".to_owned(),
        (FollowUpFormat::Online, Locale::En) => "online".to_owned(),
        (FollowUpFormat::InPerson, _) => meeting.location.clone().unwrap_or_default(),
    };
    match (kind, locale) {
        (MailKind::CheckInReminder, Locale::De) => (
            format!("Erinnerung: {} ist morgen", meeting.title),
            format!(
                "Hallo {name},\n\nmorgen, am {at}, findet „{}“ statt ({place}).\nWenn Sie es noch nicht getan haben: Erzählen Sie vorab kurz, was seit der Ausbildung passiert ist – Ihr Check-in hilft der Gruppe bei der Vorbereitung.\n\n{base_url}/\n\nViele Grüße\nIhr Vielfaltsnetz-Team",
                meeting.title
            ),
        ),
        (MailKind::CheckInReminder, Locale::En) => (
            format!("Reminder: {} is tomorrow", meeting.title),
            format!(
                "Hello {name},\n\n\"{}\" takes place tomorrow, {at} ({place}).\nIf you have not done so yet: please tell us briefly what has happened since the training – your check-in helps the group prepare.\n\n{base_url}/\n\nBest regards\nThe Vielfaltsnetz team",
                meeting.title
            ),
        ),
        (_, Locale::De) => (
            format!("Einladung zum Check-in: {}", meeting.title),
            format!(
                "Hallo {name},\n\nam {at} treffen wir uns wieder: „{}“ ({place}).\nBitte erzählen Sie vorab im Check-in, was seit der Ausbildung passiert ist, was schwierig war und ob Sie sich eine kollegiale Beratung wünschen.\n\n{base_url}/\n\nViele Grüße\nIhr Vielfaltsnetz-Team",
                meeting.title
            ),
        ),
        (_, Locale::En) => (
            format!("Please check in: {}", meeting.title),
            format!(
                "Hello {name},\n\nwe meet again on {at}: \"{}\" ({place}).\nPlease tell us in your check-in what has happened since the training, what was difficult and whether you would like peer consultation.\n\n{base_url}/\n\nBest regards\nThe Vielfaltsnetz team",
                meeting.title
            ),
        ),
    }
}

/// Writes the invitation mail (with the link to set a password) into the outbox.
pub async fn enqueue_invitation(
    db: &impl ConnectionTrait,
    person: &person::Model,
    address: &str,
    link: &str,
    invitation_id: Uuid,
) -> AppResult<()> {
    let name = &person.display_name;
    let (subject, body) = match person.locale {
        Locale::De => (
            "Einladung zu Vielfaltsnetz".to_owned(),
            format!(
                "Hallo {name},\n\nSie sind zu Vielfaltsnetz eingeladen, der Plattform der Vielfaltsmanager*innenausbildung.\nÜber diesen Link legen Sie Ihr Passwort fest (14 Tage gültig):\n\n{link}\n\nViele Grüße\nIhr Vielfaltsnetz-Team"
            ),
        ),
        Locale::En => (
            "Your invitation to Vielfaltsnetz".to_owned(),
            format!(
                "Hello {name},\n\nyou are invited to Vielfaltsnetz, the platform of the diversity manager training.\nSet your password with this link (valid for 14 days):\n\n{link}\n\nBest regards\nThe Vielfaltsnetz team"
            ),
        ),
    };
    let now = Utc::now();
    outbox_email::ActiveModel {
        id: Set(new_id()),
        recipient_id: Set(Some(person.id)),
        to_address: Set(address.to_owned()),
        locale: Set(person.locale),
        kind: Set(MailKind::Invitation),
        subject: Set(subject),
        body: Set(body),
        dedupe_key: Set(format!("invitation:{invitation_id}")),
        follow_up_id: Set(None),
        due_at: Set(now),
        sent_at: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Writes the reminders that are due: an invitation to check in a week before each scheduled
/// follow-up and a reminder a day before, to participants who have not checked in. Each mail is
/// written once (dedupe key). Returns how many were written.
pub async fn enqueue_reminders(
    db: &impl ConnectionTrait,
    base_url: &str,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let upcoming = follow_up::Entity::find()
        .filter(follow_up::Column::Status.eq(FollowUpStatus::Scheduled))
        .filter(follow_up::Column::ScheduledAt.gt(now))
        .filter(follow_up::Column::ScheduledAt.lte(now + Duration::days(7)))
        .all(db)
        .await?;
    let mut written = 0;
    for meeting in upcoming {
        let kind = if meeting.scheduled_at <= now + Duration::days(1) {
            MailKind::CheckInReminder
        } else {
            MailKind::CheckInInvitation
        };
        let participants: Vec<Uuid> = enrollment::Entity::find()
            .filter(enrollment::Column::CohortId.eq(meeting.cohort_id))
            .filter(enrollment::Column::Role.ne(CohortRole::Facilitator))
            .filter(enrollment::Column::Status.is_in([
                EnrollmentStatus::Invited,
                EnrollmentStatus::Active,
                EnrollmentStatus::Completed,
            ]))
            .all(db)
            .await?
            .into_iter()
            .map(|e| e.person_id)
            .collect();
        let checked_in: Vec<Uuid> = check_in::Entity::find()
            .select_only()
            .column(check_in::Column::PersonId)
            .filter(check_in::Column::FollowUpId.eq(meeting.id))
            .into_tuple()
            .all(db)
            .await?;
        let people = person::Entity::find()
            .filter(person::Column::Id.is_in(participants))
            .all(db)
            .await?;
        for person in people {
            let Some(address) = person.email.clone() else {
                continue;
            };
            if kind == MailKind::CheckInReminder && checked_in.contains(&person.id) {
                continue;
            }
            let dedupe_key = format!(
                "follow-up:{}:{}:{}",
                meeting.id,
                person.id,
                sea_orm::ActiveEnum::to_value(&kind)
            );
            let exists = outbox_email::Entity::find()
                .filter(outbox_email::Column::DedupeKey.eq(dedupe_key.clone()))
                .count(db)
                .await?
                > 0;
            if exists {
                continue;
            }
            let (subject, body) = compose(
                kind,
                person.locale,
                &person.display_name,
                &meeting,
                base_url,
            );
            outbox_email::ActiveModel {
                id: Set(new_id()),
                recipient_id: Set(Some(person.id)),
                to_address: Set(address),
                locale: Set(person.locale),
                kind: Set(kind),
                subject: Set(subject),
                body: Set(body),
                dedupe_key: Set(dedupe_key),
                follow_up_id: Set(Some(meeting.id)),
                due_at: Set(now),
                sent_at: Set(None),
                attempts: Set(0),
                last_error: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(db)
            .await?;
            written += 1;
        }
    }
    Ok(written)
}

/// An SMTP connection built from `VIELFALT_SMTP_URL` (`smtp://host:port` plain, `smtp://…?tls=required`
/// for STARTTLS, `smtps://` for TLS, user and password in the URL).
pub fn transport(url: &str) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    Ok(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
        .timeout(Some(std::time::Duration::from_secs(20)))
        .build())
}

/// Sends what is due and unsent (at most 50 at a time); failures are counted and retried later.
pub async fn send_due(
    db: &impl ConnectionTrait,
    smtp: &AsyncSmtpTransport<Tokio1Executor>,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let due = outbox_email::Entity::find()
        .filter(outbox_email::Column::SentAt.is_null())
        .filter(outbox_email::Column::DueAt.lte(now))
        .filter(outbox_email::Column::Attempts.lt(10))
        .order_by_asc(outbox_email::Column::DueAt)
        .limit(50)
        .all(db)
        .await?;
    let mut sent = 0;
    for mail in due {
        let result = send_one(smtp, &mail).await;
        let attempts = mail.attempts + 1;
        let mut active = mail.into_active_model();
        active.attempts = Set(attempts);
        active.updated_at = Set(Utc::now());
        match result {
            Ok(()) => {
                active.sent_at = Set(Some(Utc::now()));
                active.last_error = Set(None);
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(error = %error, attempts, "mail not sent; will retry");
                active.last_error = Set(Some(error.to_string().chars().take(300).collect()));
                // Back off: 1, 2, 4 … minutes.
                active.due_at = Set(Utc::now() + Duration::minutes(1 << attempts.min(10)));
            }
        }
        active.update(db).await?;
    }
    Ok(sent)
}

async fn send_one(
    smtp: &AsyncSmtpTransport<Tokio1Executor>,
    mail: &outbox_email::Model,
) -> anyhow::Result<()> {
    let message = Message::builder()
        .from(FROM.parse()?)
        .to(mail.to_address.parse()?)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())?;
    smtp.send(message).await?;
    Ok(())
}

/// The outbox for admins, newest first; optionally only unsent mail.
pub async fn outbox(
    db: &impl ConnectionTrait,
    principal: &Principal,
    pending_only: bool,
    page: PageRequest,
) -> AppResult<Page<outbox_email::Model>> {
    principal.admin()?;
    let mut query = outbox_email::Entity::find();
    if pending_only {
        query = query.filter(outbox_email::Column::SentAt.is_null());
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(outbox_email::Column::Id)
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
