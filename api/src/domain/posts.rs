//! Community posts, in a cohort (its members and facilitators see them) or in the whole network
//! (everyone signed in). Hidden posts only for their author and the moderators: the cohort's
//! facilitators for cohort posts, admins for all.

use chrono::{DateTime, Utc};
use entity::{
    enums::{PostKind, Role},
    post,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{
    ids::new_id,
    input,
    page::{Page, PageRequest},
    search,
};
use crate::{
    auth::{PersonPrincipal, Principal, Scope},
    error::{AppError, AppResult, FieldError},
    events::{Event, EventBus},
    i18n::Text,
    validate,
};

/// Who the caller is to the community, loaded once.
pub struct Reader {
    pub person: Option<PersonPrincipal>,
    pub member_of: Vec<Uuid>,
    pub facilitating: Vec<Uuid>,
}

impl Reader {
    /// The caller as a reader: people see what their cohorts allow; tokens with
    /// `community:read` see network posts only.
    pub async fn of(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<Reader> {
        match principal {
            Principal::Anonymous => Err(AppError::Unauthenticated),
            Principal::Token(_) => {
                principal.require_scope(Scope::CommunityRead)?;
                Ok(Reader {
                    person: None,
                    member_of: vec![],
                    facilitating: vec![],
                })
            }
            Principal::Person(me) => Ok(Reader {
                member_of: me.memberships(db).await?.keys().copied().collect(),
                facilitating: me.facilitated_cohorts(db).await?,
                person: Some(me.clone()),
            }),
        }
    }

    fn is_admin(&self) -> bool {
        self.person.as_ref().is_some_and(PersonPrincipal::is_admin)
    }

    fn id(&self) -> Option<Uuid> {
        self.person.as_ref().map(|p| p.id)
    }

    /// Moderates the post: admins, or facilitators of its cohort.
    pub fn moderates(&self, post: &post::Model) -> bool {
        self.is_admin()
            || post
                .cohort_id
                .is_some_and(|c| self.facilitating.contains(&c))
    }

    /// May read the post.
    pub fn can_see(&self, post: &post::Model) -> bool {
        let Some(me) = self.id() else {
            return post.cohort_id.is_none() && !post.hidden;
        };
        let in_reach = self.is_admin()
            || match post.cohort_id {
                None => true,
                Some(cohort) => {
                    self.member_of.contains(&cohort)
                        || (post.kind == PostKind::ConsultationRequest
                            && post.consultation_shareable)
                }
            };
        in_reach && (!post.hidden || post.author_id == Some(me) || self.moderates(post))
    }

    /// The same rule as a condition on `post`.
    pub fn condition(&self) -> Condition {
        let Some(me) = self.id() else {
            return Condition::all()
                .add(post::Column::CohortId.is_null())
                .add(post::Column::Hidden.eq(false));
        };
        let reach = if self.is_admin() {
            Condition::all()
        } else {
            Condition::any()
                .add(post::Column::CohortId.is_null())
                .add(post::Column::CohortId.is_in(self.member_of.clone()))
                .add(
                    Condition::all()
                        .add(post::Column::Kind.eq(PostKind::ConsultationRequest))
                        .add(post::Column::ConsultationShareable.eq(true)),
                )
        };
        let unhidden = if self.is_admin() {
            Condition::all()
        } else {
            Condition::any()
                .add(post::Column::Hidden.eq(false))
                .add(post::Column::AuthorId.eq(me))
                .add(post::Column::CohortId.is_in(self.facilitating.clone()))
        };
        Condition::all().add(reach).add(unhidden)
    }
}

/// The consultation part of a CONSULTATION_REQUEST.
pub struct Consultation {
    pub case: String,
    pub question: String,
    pub shareable: bool,
}

/// A post as entered.
pub struct PostInput {
    pub cohort_id: Option<Uuid>,
    pub kind: PostKind,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub consultation: Option<Consultation>,
}

/// Publishes a post. Members post in their cohorts; announcements are for facilitators and admins.
pub async fn create(
    db: &impl ConnectionTrait,
    events: &EventBus,
    principal: &Principal,
    new: PostInput,
) -> AppResult<post::Model> {
    let me = principal.person()?;
    let reader = Reader::of(db, principal).await?;
    if let Some(cohort) = new.cohort_id
        && !reader.member_of.contains(&cohort)
        && !me.is_admin()
    {
        return Err(
            if entity::cohort::Entity::find_by_id(cohort)
                .one(db)
                .await?
                .is_some()
            {
                AppError::Forbidden
            } else {
                AppError::invalid(
                    "cohortId",
                    Text::new("Unbekannter Durchgang.", "Unknown cohort."),
                )
            },
        );
    }
    if new.kind == PostKind::Announcement {
        let allowed = me.is_admin()
            || match new.cohort_id {
                Some(cohort) => reader.facilitating.contains(&cohort),
                None => me.role == Role::Facilitator,
            };
        if !allowed {
            return Err(AppError::invalid(
                "kind",
                Text::new(
                    "Ankündigungen sind Moderator*innen vorbehalten.",
                    "Announcements are for facilitators.",
                ),
            ));
        }
    }
    validate! {
        title = input::required(&new.title, "title", 200),
        body = input::required(&new.body, "body", 20_000),
        tags = input::tags(&new.tags, "tags"),
        consultation = consultation(new.kind, new.consultation.as_ref()),
    }
    let now = Utc::now();
    let (case, question, shareable) = match consultation {
        Some((case, question, shareable)) => (Some(case), Some(question), shareable),
        None => (None, None, false),
    };
    let created = post::ActiveModel {
        id: Set(new_id()),
        author_id: Set(Some(me.id)),
        cohort_id: Set(new.cohort_id),
        kind: Set(new.kind),
        search_text: Set(search::post_text(
            &title,
            &format!(
                "{body} {} {}",
                case.as_deref().unwrap_or(""),
                question.as_deref().unwrap_or("")
            ),
            &tags,
        )),
        title: Set(title),
        body: Set(body),
        tags: Set(input::to_json_list(&tags)),
        pinned: Set(false),
        locked: Set(false),
        hidden: Set(false),
        edited_at: Set(None),
        consultation_case: Set(case),
        consultation_question: Set(question),
        consultation_shareable: Set(shareable),
        resolved_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    super::notifications::mentions(db, me.id, &created, None, &created.body).await?;
    events
        .publish(Event::PostAdded {
            post_id: created.id,
            cohort_id: created.cohort_id,
        })
        .await;
    Ok(created)
}

fn consultation(
    kind: PostKind,
    given: Option<&Consultation>,
) -> Result<Option<(String, String, bool)>, FieldError> {
    match (kind, given) {
        (PostKind::ConsultationRequest, Some(c)) => Ok(Some((
            input::required(&c.case, "consultation.case", 10_000)?,
            input::required(&c.question, "consultation.question", 1000)?,
            c.shareable,
        ))),
        (PostKind::ConsultationRequest, None) => Err(FieldError::new(
            "consultation",
            Text::new(
                "Eine Anfrage zur kollegialen Beratung braucht den Fall und die Frage an die Kolleg*innen.",
                "A consultation request needs the case and the question for the peers.",
            ),
        )),
        (_, Some(_)) => Err(FieldError::new(
            "consultation",
            Text::new(
                "Nur Beratungsanfragen haben einen Fall.",
                "Only consultation requests have a case.",
            ),
        )),
        (_, None) => Ok(None),
    }
}

/// Publishes a post once per idempotency key: sending the same post again returns the first one.
pub async fn create_once(
    db: &impl ConnectionTrait,
    events: &EventBus,
    principal: &Principal,
    key: &str,
    new: PostInput,
) -> AppResult<post::Model> {
    let fingerprint = serde_json::json!({
        "cohort": new.cohort_id, "kind": sea_orm::ActiveEnum::to_value(&new.kind), "title": new.title, "body": new.body, "tags": new.tags,
        "consultation": new.consultation.as_ref().map(|c| (c.case.clone(), c.question.clone(), c.shareable)),
    })
    .to_string();
    let (id, _) = super::idempotency::once(
        db,
        &principal.actor(),
        "createPost",
        key,
        fingerprint.as_bytes(),
        || async { Ok(create(db, events, principal, new).await?.id) },
    )
    .await?;
    Ok(get(db, principal, id).await?.0)
}

/// One post the caller may see.
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<(post::Model, Reader)> {
    let reader = Reader::of(db, principal).await?;
    let found = post::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|p| reader.can_see(p))
        .ok_or(AppError::NotFound)?;
    Ok((found, reader))
}

/// Changes of a post.
pub struct PostChanges {
    pub title: Option<String>,
    pub body: Option<String>,
    pub tags: Option<Vec<String>>,
}

/// Edits one's own post; `editedAt` records it.
pub async fn edit(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    changes: PostChanges,
) -> AppResult<post::Model> {
    let me = principal.person()?;
    let (existing, _) = get(db, principal, id).await?;
    if existing.author_id != Some(me.id) {
        return Err(AppError::Forbidden);
    }
    validate! {
        title = input::required(changes.title.as_deref().unwrap_or(&existing.title), "title", 200),
        body = input::required(changes.body.as_deref().unwrap_or(&existing.body), "body", 20_000),
        tags = match &changes.tags {
            Some(tags) => input::tags(tags, "tags"),
            None => Ok(input::from_json_list(&existing.tags)),
        },
    }
    let case = format!(
        "{} {}",
        existing.consultation_case.as_deref().unwrap_or(""),
        existing.consultation_question.as_deref().unwrap_or("")
    );
    let now = Utc::now();
    let mut active = existing.into_active_model();
    active.search_text = Set(search::post_text(&title, &format!("{body} {case}"), &tags));
    active.title = Set(title);
    active.body = Set(body);
    active.tags = Set(input::to_json_list(&tags));
    active.edited_at = Set(Some(now));
    active.updated_at = Set(now);
    Ok(active.update(db).await?)
}

/// Deletes a post with its comments (the author or a moderator).
pub async fn delete(db: &impl ConnectionTrait, principal: &Principal, id: Uuid) -> AppResult<()> {
    let me = principal.person()?;
    let (existing, reader) = get(db, principal, id).await?;
    if existing.author_id != Some(me.id) && !reader.moderates(&existing) {
        return Err(AppError::Forbidden);
    }
    post::Entity::delete_by_id(existing.id).exec(db).await?;
    if existing.author_id != Some(me.id) {
        super::audit::record(
            db,
            principal,
            "post.deleted_by_moderator",
            Some(super::audit::Target::new("post", id)),
        )
        .await?;
    }
    Ok(())
}

/// What a moderator sets.
pub struct Moderation {
    pub hidden: Option<bool>,
    pub locked: Option<bool>,
    pub pinned: Option<bool>,
}

/// Hides, locks or pins a post (moderators).
pub async fn moderate(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    moderation: Moderation,
) -> AppResult<post::Model> {
    let (existing, reader) = get(db, principal, id).await?;
    if !reader.moderates(&existing) {
        return Err(AppError::Forbidden);
    }
    let mut active = existing.into_active_model();
    if let Some(hidden) = moderation.hidden {
        active.hidden = Set(hidden);
    }
    if let Some(locked) = moderation.locked {
        active.locked = Set(locked);
    }
    if let Some(pinned) = moderation.pinned {
        active.pinned = Set(pinned);
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    super::audit::record(
        db,
        principal,
        "post.moderated",
        Some(super::audit::Target::new("post", id)),
    )
    .await?;
    Ok(updated)
}

/// Marks one's consultation request as resolved (or open again).
pub async fn resolve_consultation(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    resolved: bool,
) -> AppResult<post::Model> {
    let me = principal.person()?;
    let (existing, _) = get(db, principal, id).await?;
    if existing.author_id != Some(me.id) {
        return Err(AppError::Forbidden);
    }
    if existing.kind != PostKind::ConsultationRequest {
        return Err(AppError::conflict(
            "Das ist keine Beratungsanfrage.",
            "This is not a consultation request.",
        ));
    }
    let mut active = existing.into_active_model();
    active.resolved_at = Set(resolved.then(Utc::now));
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Filters of the feed.
#[derive(Default)]
pub struct FeedFilter {
    /// `Some(None)` would be ambiguous: `network_only` selects posts outside cohorts.
    pub cohort_id: Option<Uuid>,
    pub network_only: bool,
    pub kind: Option<PostKind>,
    pub tag: Option<String>,
    pub search: Option<String>,
    pub since: Option<DateTime<Utc>>,
}

/// The feed: what the caller may see, pinned first, then newest first.
pub async fn feed(
    db: &impl ConnectionTrait,
    principal: &Principal,
    filter: FeedFilter,
    page: PageRequest,
) -> AppResult<Page<post::Model>> {
    let reader = Reader::of(db, principal).await?;
    let mut query = post::Entity::find().filter(reader.condition());
    if let Some(cohort) = filter.cohort_id {
        query = query.filter(post::Column::CohortId.eq(cohort));
    }
    if filter.network_only {
        query = query.filter(post::Column::CohortId.is_null());
    }
    if let Some(kind) = filter.kind {
        query = query.filter(post::Column::Kind.eq(kind));
    }
    if let Some(tag) = filter
        .tag
        .as_deref()
        .map(|t| t.trim().trim_start_matches('#').to_lowercase())
        .filter(|t| !t.is_empty())
    {
        let needle = serde_json::to_string(&tag).unwrap_or_default();
        query = query.filter(post::Column::Tags.contains(needle));
    }
    if let Some(text) = filter.search.as_deref() {
        let words = search::words(text);
        if words.is_empty() {
            return Ok(Page::empty(page));
        }
        query = query.filter(search::post_matches(db.get_database_backend(), &words));
    }
    if let Some(since) = filter.since {
        query = query.filter(post::Column::CreatedAt.gte(since));
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(post::Column::Pinned)
        .order_by_desc(post::Column::Id)
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
