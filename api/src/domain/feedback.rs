//! Feedback rounds during training days: facilitators ask, participants answer, everyone in the
//! cohort sees the summary and the facilitators' answer.
//!
//! Anonymous rounds are anonymous in the database: a response keeps no reference to its author,
//! only a keyed hash of (person, round) — enough to replace an earlier answer and to find one's own
//! — a random id, and the round's own timestamp.

use chrono::Utc;
use entity::{
    enrollment,
    enums::{CohortRole, EnrollmentStatus, FeedbackKind},
    feedback_response, feedback_round, session,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionSession, TransactionTrait,
};
use uuid::Uuid;

use super::{
    audit,
    cohorts::{self, CohortAccess},
    ids::new_id,
    input,
    page::{Page, PageRequest},
    tx,
};
use crate::{
    auth::{Principal, secrets},
    error::{AppError, AppResult, FieldError},
    events::{Event, EventBus},
    i18n::Text,
    validate,
};

/// Below this many responses an anonymous round shows only the count: with about 15 people in a
/// cohort, fewer answers could point to their authors.
pub const ANONYMITY_THRESHOLD: u64 = 3;

/// A round to open.
pub struct NewRound {
    pub cohort_id: Uuid,
    pub session_id: Option<Uuid>,
    pub question: String,
    pub kind: FeedbackKind,
    pub anonymous: bool,
}

/// Opens a feedback round (the cohort's facilitators, admins).
pub async fn open(
    db: &impl ConnectionTrait,
    events: &EventBus,
    principal: &Principal,
    new: NewRound,
) -> AppResult<feedback_round::Model> {
    cohorts::require(db, principal, new.cohort_id, CohortAccess::Facilitator).await?;
    validate! {
        question = input::required(&new.question, "question", 500),
        _session = session_of_cohort(db, new.session_id, new.cohort_id).await,
    }
    let now = Utc::now();
    let round = feedback_round::ActiveModel {
        id: Set(new_id()),
        cohort_id: Set(new.cohort_id),
        session_id: Set(new.session_id),
        question: Set(question),
        kind: Set(new.kind),
        anonymous: Set(new.anonymous),
        open: Set(true),
        facilitator_answer: Set(None),
        created_by_id: Set(principal.person_id()),
        closed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        principal,
        "feedback_round.opened",
        Some(audit::Target::new("feedback_round", round.id)),
    )
    .await?;
    events
        .publish(Event::FeedbackRoundOpened {
            round_id: round.id,
            cohort_id: round.cohort_id,
        })
        .await;
    Ok(round)
}

async fn session_of_cohort(
    db: &impl ConnectionTrait,
    session_id: Option<Uuid>,
    cohort_id: Uuid,
) -> Result<(), FieldError> {
    let Some(id) = session_id else { return Ok(()) };
    let found = session::Entity::find_by_id(id).one(db).await.ok().flatten();
    match found {
        Some(s) if s.cohort_id == cohort_id => Ok(()),
        _ => Err(FieldError::new(
            "sessionId",
            Text::new(
                "Diese Einheit gehört nicht zu diesem Durchgang.",
                "This session does not belong to this cohort.",
            ),
        )),
    }
}

/// A round the caller may see (members of its cohort), with their access level.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<(feedback_round::Model, CohortAccess)> {
    principal.person()?;
    let round = feedback_round::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let level = cohorts::access(db, principal, round.cohort_id).await?;
    if level < CohortAccess::Member {
        return Err(AppError::NotFound);
    }
    Ok((round, level))
}

async fn managed(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<feedback_round::Model> {
    let (round, level) = get(db, principal, id).await?;
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    Ok(round)
}

/// Closes a round: no more responses.
pub async fn close(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<feedback_round::Model> {
    let round = managed(db, principal, id).await?;
    if !round.open {
        return Ok(round);
    }
    let mut active = round.into_active_model();
    active.open = Set(false);
    active.closed_at = Set(Some(Utc::now()));
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Records how the facilitators reacted; everyone in the cohort sees it.
pub async fn answer(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    answer: &str,
) -> AppResult<feedback_round::Model> {
    let round = managed(db, principal, id).await?;
    validate! {
        answer = input::required(answer, "answer", 2000),
    }
    let mut active = round.into_active_model();
    active.facilitator_answer = Set(Some(answer));
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// The rounds of a cohort, newest first (members); optionally only open or closed ones.
pub async fn of_cohort(
    db: &impl ConnectionTrait,
    principal: &Principal,
    cohort_id: Uuid,
    open: Option<bool>,
) -> AppResult<Vec<feedback_round::Model>> {
    if cohorts::access(db, principal, cohort_id).await? < CohortAccess::Member {
        return Ok(vec![]);
    }
    let mut query =
        feedback_round::Entity::find().filter(feedback_round::Column::CohortId.eq(cohort_id));
    if let Some(open) = open {
        query = query.filter(feedback_round::Column::Open.eq(open));
    }
    Ok(query
        .order_by_desc(feedback_round::Column::Id)
        .all(db)
        .await?)
}

/// The pseudonym of a person in a round: HMAC(server key, person, round).
pub fn author_key(pseudonym_key: &[u8], person_id: Uuid, round_id: Uuid) -> String {
    secrets::keyed_hash(pseudonym_key, &[person_id.as_bytes(), round_id.as_bytes()])
}

/// A response as given.
pub struct Answer {
    pub rating: Option<i32>,
    pub text: Option<String>,
}

/// Responds to an open round (participants of the cohort). A second response replaces the first.
pub async fn respond(
    db: &(impl ConnectionTrait + TransactionTrait),
    events: &EventBus,
    pseudonym_key: &[u8],
    principal: &Principal,
    round_id: Uuid,
    given: Answer,
) -> AppResult<feedback_round::Model> {
    let me = principal.person()?;
    let (round, _) = get(db, principal, round_id).await?;
    let participant = enrollment::Entity::find()
        .filter(enrollment::Column::CohortId.eq(round.cohort_id))
        .filter(enrollment::Column::PersonId.eq(me.id))
        .filter(enrollment::Column::Status.is_in([
            EnrollmentStatus::Invited,
            EnrollmentStatus::Active,
            EnrollmentStatus::Completed,
        ]))
        .filter(enrollment::Column::Role.ne(CohortRole::Facilitator))
        .one(db)
        .await?;
    if participant.is_none() {
        return Err(AppError::Forbidden);
    }
    if !round.open {
        return Err(AppError::conflict(
            "Diese Feedbackrunde ist geschlossen.",
            "This feedback round is closed.",
        ));
    }
    let (rating, text) = parse_answer(round.kind, given)?;
    let key = author_key(pseudonym_key, me.id, round.id);
    let txn = tx::begin(db).await?;
    let existing = feedback_response::Entity::find()
        .filter(feedback_response::Column::RoundId.eq(round.id))
        .filter(feedback_response::Column::AuthorKey.eq(key.clone()))
        .one(&txn)
        .await?;
    // Anonymous answers carry the round's own time, never their own.
    let stamp = if round.anonymous {
        round.created_at
    } else {
        Utc::now()
    };
    match existing {
        Some(existing) => {
            let mut active = existing.into_active_model();
            active.rating = Set(rating);
            active.text = Set(text);
            active.updated_at = Set(stamp);
            active.update(&txn).await?;
        }
        None => {
            feedback_response::ActiveModel {
                id: Set(if round.anonymous {
                    Uuid::new_v4()
                } else {
                    new_id()
                }),
                round_id: Set(round.id),
                person_id: Set(if round.anonymous { None } else { Some(me.id) }),
                author_key: Set(key),
                rating: Set(rating),
                text: Set(text),
                created_at: Set(stamp),
                updated_at: Set(stamp),
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    events
        .publish(Event::FeedbackReceived {
            round_id: round.id,
            cohort_id: round.cohort_id,
        })
        .await;
    Ok(round)
}

fn parse_answer(kind: FeedbackKind, given: Answer) -> AppResult<(Option<i32>, Option<String>)> {
    let needs_rating = matches!(kind, FeedbackKind::Rating | FeedbackKind::RatingAndText);
    let allows_text = matches!(kind, FeedbackKind::Text | FeedbackKind::RatingAndText);
    let rating = match (given.rating, needs_rating) {
        (Some(r), true) => input::int_range(r, "rating", 1, 5).map(Some),
        (None, true) => Err(FieldError::new(
            "rating",
            Text::new(
                "Bitte eine Bewertung von 1 bis 5 wählen.",
                "Please choose a rating from 1 to 5.",
            ),
        )),
        (Some(_), false) => Err(FieldError::new(
            "rating",
            Text::new(
                "Diese Runde fragt nicht nach einer Bewertung.",
                "This round does not ask for a rating.",
            ),
        )),
        (None, false) => Ok(None),
    };
    let text = match (
        input::optional(given.text.as_deref(), "text", 2000),
        allows_text,
        kind,
    ) {
        (Err(e), _, _) => Err(e),
        (Ok(None), _, FeedbackKind::Text) => Err(FieldError::new(
            "text",
            Text::new("Bitte eine Antwort schreiben.", "Please write an answer."),
        )),
        (Ok(Some(_)), false, _) => Err(FieldError::new(
            "text",
            Text::new(
                "Diese Runde fragt nicht nach Text.",
                "This round does not ask for text.",
            ),
        )),
        (Ok(text), _, _) => Ok(text),
    };
    validate! { rating = rating, text = text }
    Ok((rating, text))
}

/// Count, average and distribution of a round's ratings.
pub struct Summary {
    pub count: u64,
    pub average: Option<f64>,
    /// `rating_counts[i]` = responses with rating `i + 1`; empty while withheld.
    pub rating_counts: Vec<i32>,
}

/// The summary as the cohort sees it, from the ratings of every response: for anonymous rounds
/// below the threshold, the count only.
pub fn summarize(round: &feedback_round::Model, ratings: &[Option<i32>]) -> Summary {
    let count = ratings.len() as u64;
    if round.anonymous && count < ANONYMITY_THRESHOLD {
        return Summary {
            count,
            average: None,
            rating_counts: vec![],
        };
    }
    let mut rating_counts = vec![0; 5];
    let mut sum = 0i64;
    let mut rated = 0i64;
    for rating in ratings.iter().flatten() {
        if (1..=5).contains(rating) {
            rating_counts[(*rating - 1) as usize] += 1;
            sum += i64::from(*rating);
            rated += 1;
        }
    }
    let average = (rated > 0).then(|| sum as f64 / rated as f64);
    Summary {
        count,
        average,
        rating_counts,
    }
}

/// The ratings of every response to a round (for `summarize`).
pub async fn ratings(db: &impl ConnectionTrait, round_id: Uuid) -> AppResult<Vec<Option<i32>>> {
    Ok(feedback_response::Entity::find()
        .select_only()
        .column(feedback_response::Column::Rating)
        .filter(feedback_response::Column::RoundId.eq(round_id))
        .into_tuple()
        .all(db)
        .await?)
}

/// The responses (the cohort's facilitators, admins). Anonymous rounds below the threshold show
/// none, so no text can point to its author.
pub async fn responses(
    db: &impl ConnectionTrait,
    principal: &Principal,
    round: &feedback_round::Model,
    level: CohortAccess,
    page: PageRequest,
) -> AppResult<Page<feedback_response::Model>> {
    if level < CohortAccess::Facilitator {
        return Err(AppError::Forbidden);
    }
    let query =
        feedback_response::Entity::find().filter(feedback_response::Column::RoundId.eq(round.id));
    let total = query.clone().count(db).await?;
    if round.anonymous && total < ANONYMITY_THRESHOLD {
        return Ok(Page::empty(page));
    }
    let items = query
        .order_by_asc(feedback_response::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    audit::record(
        db,
        principal,
        "feedback.responses_read",
        Some(audit::Target::new("feedback_round", round.id)),
    )
    .await?;
    for (response, person) in items.iter().filter_map(|r| r.person_id.map(|p| (r.id, p))) {
        audit::record(
            db,
            principal,
            "feedback.response_read",
            Some(audit::Target::about("feedback_response", response, person)),
        )
        .await?;
    }
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// The caller's own response, found through their pseudonym.
pub async fn mine(
    db: &impl ConnectionTrait,
    pseudonym_key: &[u8],
    principal: &Principal,
    round_id: Uuid,
) -> AppResult<Option<feedback_response::Model>> {
    let Some(me) = principal.person_id() else {
        return Ok(None);
    };
    Ok(feedback_response::Entity::find()
        .filter(feedback_response::Column::RoundId.eq(round_id))
        .filter(feedback_response::Column::AuthorKey.eq(author_key(pseudonym_key, me, round_id)))
        .one(db)
        .await?)
}
