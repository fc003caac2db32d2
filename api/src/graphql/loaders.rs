//! DataLoaders: nested fields load in one statement per kind, however many rows are returned.

use std::{collections::HashMap, sync::Arc};

use async_graphql::dataloader::Loader;
use entity::{
    attendance, cohort, cohort_municipality, comment, enrollment,
    enums::{CohortRole, EnrollmentStatus},
    feedback_response, feedback_round, follow_up, module, municipality, organisation, person, plan,
    plan_update, post, reaction, session,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, Order, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::domain::{
    comments::Shown,
    page::{Page, PageRequest, pages_of_parents},
    people::CohortRoles,
};

/// One loader for every key kind; a fresh one per request, so nothing is cached across callers.
pub struct Loaders {
    pub db: DatabaseConnection,
}

/// A loader failure, shared by every field that waited for it.
pub type LoadError = Arc<DbErr>;

macro_rules! keys {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub struct $name(pub Uuid);
        )+
    };
}

keys!(
    /// A person by id.
    PersonById,
    /// A municipality by id.
    MunicipalityById,
    /// An organisation by id.
    OrganisationById,
    /// A cohort by id.
    CohortById,
    /// A module by id.
    ModuleById,
    /// A session by id.
    SessionById,
    /// The agenda of a cohort, ordered.
    SessionsOfCohort,
    /// The ids of a cohort's facilitators.
    FacilitatorsOfCohort,
    /// The ids of a cohort's municipalities.
    MunicipalitiesOfCohort,
    /// How many participants a cohort has.
    ParticipantsOfCohort,
    /// A person's cohorts with their role there (not withdrawn).
    CohortsOfPerson,
    /// All enrolments of a person.
    EnrollmentsOfPerson,
    /// The organisations of a municipality.
    OrganisationsOfMunicipality,
    /// Attendance at a session.
    AttendanceOfSession,
);

fn ids<K: Copy>(keys: &[K], get: impl Fn(K) -> Uuid) -> Vec<Uuid> {
    keys.iter().map(|k| get(*k)).collect()
}

macro_rules! by_id {
    ($key:ident, $entity:ident) => {
        impl Loader<$key> for Loaders {
            type Value = $entity::Model;
            type Error = LoadError;

            async fn load(&self, keys: &[$key]) -> Result<HashMap<$key, Self::Value>, Self::Error> {
                let rows = $entity::Entity::find()
                    .filter($entity::Column::Id.is_in(ids(keys, |k| k.0)))
                    .all(&self.db)
                    .await
                    .map_err(Arc::new)?;
                Ok(rows.into_iter().map(|row| ($key(row.id), row)).collect())
            }
        }
    };
}

by_id!(PersonById, person);
by_id!(MunicipalityById, municipality);
by_id!(OrganisationById, organisation);
by_id!(CohortById, cohort);
by_id!(ModuleById, module);
by_id!(SessionById, session);

/// Groups rows by a key, keeping their order; every requested key gets an entry.
fn group<K: Copy + Eq + std::hash::Hash, V>(
    keys: &[K],
    rows: Vec<V>,
    key_of: impl Fn(&V) -> K,
) -> HashMap<K, Vec<V>> {
    let mut out: HashMap<K, Vec<V>> = keys.iter().map(|k| (*k, Vec::new())).collect();
    for row in rows {
        out.entry(key_of(&row)).or_default().push(row);
    }
    out
}

impl Loader<SessionsOfCohort> for Loaders {
    type Value = Vec<session::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[SessionsOfCohort],
    ) -> Result<HashMap<SessionsOfCohort, Self::Value>, Self::Error> {
        let rows = session::Entity::find()
            .filter(session::Column::CohortId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(session::Column::Day)
            .order_by_asc(session::Column::Position)
            .order_by_asc(session::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |s| SessionsOfCohort(s.cohort_id)))
    }
}

impl Loader<FacilitatorsOfCohort> for Loaders {
    type Value = Vec<Uuid>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[FacilitatorsOfCohort],
    ) -> Result<HashMap<FacilitatorsOfCohort, Self::Value>, Self::Error> {
        let rows = enrollment::Entity::find()
            .filter(enrollment::Column::CohortId.is_in(ids(keys, |k| k.0)))
            .filter(enrollment::Column::Role.eq(CohortRole::Facilitator))
            .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
            .order_by_asc(enrollment::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let grouped = group(keys, rows, |e| FacilitatorsOfCohort(e.cohort_id));
        Ok(grouped
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|e| e.person_id).collect()))
            .collect())
    }
}

impl Loader<MunicipalitiesOfCohort> for Loaders {
    type Value = Vec<Uuid>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[MunicipalitiesOfCohort],
    ) -> Result<HashMap<MunicipalitiesOfCohort, Self::Value>, Self::Error> {
        let rows = cohort_municipality::Entity::find()
            .filter(cohort_municipality::Column::CohortId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(cohort_municipality::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let grouped = group(keys, rows, |row| MunicipalitiesOfCohort(row.cohort_id));
        Ok(grouped
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|r| r.municipality_id).collect()))
            .collect())
    }
}

impl Loader<ParticipantsOfCohort> for Loaders {
    type Value = i64;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ParticipantsOfCohort],
    ) -> Result<HashMap<ParticipantsOfCohort, Self::Value>, Self::Error> {
        use sea_orm::QuerySelect;
        let rows: Vec<(Uuid, i64)> = enrollment::Entity::find()
            .select_only()
            .column(enrollment::Column::CohortId)
            .column_as(enrollment::Column::Id.count(), "count")
            .filter(enrollment::Column::CohortId.is_in(ids(keys, |k| k.0)))
            .filter(enrollment::Column::Role.eq(CohortRole::Participant))
            .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
            .group_by(enrollment::Column::CohortId)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let mut out: HashMap<ParticipantsOfCohort, i64> = keys.iter().map(|k| (*k, 0)).collect();
        for (cohort, count) in rows {
            out.insert(ParticipantsOfCohort(cohort), count);
        }
        Ok(out)
    }
}

impl Loader<EnrollmentsOfPerson> for Loaders {
    type Value = Vec<enrollment::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[EnrollmentsOfPerson],
    ) -> Result<HashMap<EnrollmentsOfPerson, Self::Value>, Self::Error> {
        let rows = enrollment::Entity::find()
            .filter(enrollment::Column::PersonId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(enrollment::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |e| EnrollmentsOfPerson(e.person_id)))
    }
}

impl Loader<CohortsOfPerson> for Loaders {
    type Value = CohortRoles;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[CohortsOfPerson],
    ) -> Result<HashMap<CohortsOfPerson, Self::Value>, Self::Error> {
        let rows = enrollment::Entity::find()
            .filter(enrollment::Column::PersonId.is_in(ids(keys, |k| k.0)))
            .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let grouped = group(keys, rows, |e| CohortsOfPerson(e.person_id));
        Ok(grouped
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|e| (e.cohort_id, e.role)).collect()))
            .collect())
    }
}

impl Loader<OrganisationsOfMunicipality> for Loaders {
    type Value = Vec<organisation::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[OrganisationsOfMunicipality],
    ) -> Result<HashMap<OrganisationsOfMunicipality, Self::Value>, Self::Error> {
        let rows = organisation::Entity::find()
            .filter(organisation::Column::MunicipalityId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(organisation::Column::Name)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |o| {
            OrganisationsOfMunicipality(o.municipality_id.unwrap_or_default())
        }))
    }
}

impl Loader<AttendanceOfSession> for Loaders {
    type Value = Vec<attendance::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[AttendanceOfSession],
    ) -> Result<HashMap<AttendanceOfSession, Self::Value>, Self::Error> {
        let rows = attendance::Entity::find()
            .filter(attendance::Column::SessionId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(attendance::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |a| AttendanceOfSession(a.session_id)))
    }
}

keys!(
    /// The feedback rounds asked during a session.
    FeedbackRoundsOfSession,
    /// The ratings of every response to a round.
    RatingsOfRound,
);

/// A person's response to a round, found by their pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ResponseByAuthorKey(pub Uuid, pub String);

impl Loader<FeedbackRoundsOfSession> for Loaders {
    type Value = Vec<feedback_round::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[FeedbackRoundsOfSession],
    ) -> Result<HashMap<FeedbackRoundsOfSession, Self::Value>, Self::Error> {
        let rows = feedback_round::Entity::find()
            .filter(feedback_round::Column::SessionId.is_in(ids(keys, |k| k.0)))
            .order_by_desc(feedback_round::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |r| {
            FeedbackRoundsOfSession(r.session_id.unwrap_or_default())
        }))
    }
}

impl Loader<RatingsOfRound> for Loaders {
    type Value = Vec<Option<i32>>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[RatingsOfRound],
    ) -> Result<HashMap<RatingsOfRound, Self::Value>, Self::Error> {
        use sea_orm::QuerySelect;
        let rows: Vec<(Uuid, Option<i32>)> = feedback_response::Entity::find()
            .select_only()
            .column(feedback_response::Column::RoundId)
            .column(feedback_response::Column::Rating)
            .filter(feedback_response::Column::RoundId.is_in(ids(keys, |k| k.0)))
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let grouped = group(keys, rows, |(round, _)| RatingsOfRound(*round));
        Ok(grouped
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|(_, r)| r).collect()))
            .collect())
    }
}

impl Loader<ResponseByAuthorKey> for Loaders {
    type Value = feedback_response::Model;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ResponseByAuthorKey],
    ) -> Result<HashMap<ResponseByAuthorKey, Self::Value>, Self::Error> {
        let rows = feedback_response::Entity::find()
            .filter(
                feedback_response::Column::RoundId
                    .is_in(keys.iter().map(|k| k.0).collect::<Vec<_>>()),
            )
            .filter(
                feedback_response::Column::AuthorKey
                    .is_in(keys.iter().map(|k| k.1.clone()).collect::<Vec<_>>()),
            )
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(rows
            .into_iter()
            .map(|r| (ResponseByAuthorKey(r.round_id, r.author_key.clone()), r))
            .collect())
    }
}

keys!(
    /// The history of a plan.
    UpdatesOfPlan,
    /// A plan by id.
    PlanById,
    /// A follow-up by id.
    FollowUpById,
    /// The plan updates recorded with a check-in.
    UpdatesOfCheckIn,
);

impl Loader<UpdatesOfPlan> for Loaders {
    type Value = Vec<plan_update::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[UpdatesOfPlan],
    ) -> Result<HashMap<UpdatesOfPlan, Self::Value>, Self::Error> {
        let rows = plan_update::Entity::find()
            .filter(plan_update::Column::PlanId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(plan_update::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |u| UpdatesOfPlan(u.plan_id)))
    }
}

impl Loader<UpdatesOfCheckIn> for Loaders {
    type Value = Vec<plan_update::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[UpdatesOfCheckIn],
    ) -> Result<HashMap<UpdatesOfCheckIn, Self::Value>, Self::Error> {
        let rows = plan_update::Entity::find()
            .filter(plan_update::Column::CheckInId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(plan_update::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |u| {
            UpdatesOfCheckIn(u.check_in_id.unwrap_or_default())
        }))
    }
}

by_id!(PlanById, plan);
by_id!(FollowUpById, follow_up);

keys!(
    /// A post by id.
    PostById,
    /// A comment by id.
    CommentById,
    /// Visible comments of a post (not hidden, not deleted).
    CommentCountOfPost,
    /// Reactions to a post or comment, counted by kind.
    ReactionsOfTarget,
    /// Replies to a comment.
    RepliesOfComment,
);

/// The kinds of reaction a person gave a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReactionsOfPerson(pub Uuid, pub Uuid);

by_id!(PostById, post);
by_id!(CommentById, comment);

impl Loader<CommentCountOfPost> for Loaders {
    type Value = i64;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[CommentCountOfPost],
    ) -> Result<HashMap<CommentCountOfPost, Self::Value>, Self::Error> {
        use sea_orm::QuerySelect;
        let rows: Vec<(Uuid, i64)> = comment::Entity::find()
            .select_only()
            .column(comment::Column::PostId)
            .column_as(comment::Column::Id.count(), "count")
            .filter(comment::Column::PostId.is_in(ids(keys, |k| k.0)))
            .filter(comment::Column::Hidden.eq(false))
            .filter(comment::Column::DeletedAt.is_null())
            .group_by(comment::Column::PostId)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let mut out: HashMap<CommentCountOfPost, i64> = keys.iter().map(|k| (*k, 0)).collect();
        for (post, count) in rows {
            out.insert(CommentCountOfPost(post), count);
        }
        Ok(out)
    }
}

impl Loader<ReactionsOfTarget> for Loaders {
    type Value = Vec<(entity::enums::ReactionKind, i64)>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ReactionsOfTarget],
    ) -> Result<HashMap<ReactionsOfTarget, Self::Value>, Self::Error> {
        use sea_orm::QuerySelect;
        let rows: Vec<(Uuid, entity::enums::ReactionKind, i64)> = reaction::Entity::find()
            .select_only()
            .column(reaction::Column::TargetId)
            .column(reaction::Column::Kind)
            .column_as(reaction::Column::Id.count(), "count")
            .filter(reaction::Column::TargetId.is_in(ids(keys, |k| k.0)))
            .group_by(reaction::Column::TargetId)
            .group_by(reaction::Column::Kind)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let grouped = group(keys, rows, |(target, _, _)| ReactionsOfTarget(*target));
        Ok(grouped
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|(_, kind, n)| (kind, n)).collect()))
            .collect())
    }
}

impl Loader<ReactionsOfPerson> for Loaders {
    type Value = Vec<entity::enums::ReactionKind>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ReactionsOfPerson],
    ) -> Result<HashMap<ReactionsOfPerson, Self::Value>, Self::Error> {
        let targets: Vec<Uuid> = keys.iter().map(|k| k.0).collect();
        let people: Vec<Uuid> = keys.iter().map(|k| k.1).collect();
        let rows = reaction::Entity::find()
            .filter(reaction::Column::TargetId.is_in(targets))
            .filter(reaction::Column::PersonId.is_in(people))
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let grouped = group(keys, rows, |r| ReactionsOfPerson(r.target_id, r.person_id));
        Ok(grouped
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|r| r.kind).collect()))
            .collect())
    }
}

impl Loader<RepliesOfComment> for Loaders {
    type Value = Vec<comment::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[RepliesOfComment],
    ) -> Result<HashMap<RepliesOfComment, Self::Value>, Self::Error> {
        let rows = comment::Entity::find()
            .filter(comment::Column::ParentId.is_in(ids(keys, |k| k.0)))
            .order_by_asc(comment::Column::Id)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(group(keys, rows, |c| {
            RepliesOfComment(c.parent_id.unwrap_or_default())
        }))
    }
}

/// One page of a cohort's enrolments, filtered by role and status (same arguments for every
/// cohort of a request, so one statement per distinct argument set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnrollmentPageOfCohort {
    pub cohort: Uuid,
    pub role: Option<CohortRole>,
    pub status: Option<EnrollmentStatus>,
    pub page: PageRequest,
}

impl Loader<EnrollmentPageOfCohort> for Loaders {
    type Value = Page<enrollment::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[EnrollmentPageOfCohort],
    ) -> Result<HashMap<EnrollmentPageOfCohort, Self::Value>, Self::Error> {
        let mut out = HashMap::new();
        for ((role, status, page), group) in groups(keys, |k| (k.role, k.status, k.page)) {
            let mut select = enrollment::Entity::find();
            if let Some(role) = role {
                select = select.filter(enrollment::Column::Role.eq(role));
            }
            if let Some(status) = status {
                select = select.filter(enrollment::Column::Status.eq(status));
            }
            let cohorts: Vec<Uuid> = group.iter().map(|k| k.cohort).collect();
            let mut pages = pages_of_parents(
                &self.db,
                select,
                enrollment::Column::CohortId,
                &[(enrollment::Column::Id, Order::Asc)],
                &cohorts,
                page,
            )
            .await
            .map_err(Arc::new)?;
            for key in group {
                if let Some(found) = pages.remove(&key.cohort) {
                    out.insert(key, found);
                }
            }
        }
        Ok(out)
    }
}

/// One page of a post's comments, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CommentPageOfPost {
    pub post: Uuid,
    pub shown: Shown,
    pub top_level_only: bool,
    pub page: PageRequest,
}

impl Loader<CommentPageOfPost> for Loaders {
    type Value = Page<comment::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[CommentPageOfPost],
    ) -> Result<HashMap<CommentPageOfPost, Self::Value>, Self::Error> {
        let mut out = HashMap::new();
        for ((shown, top_level_only, page), group) in
            groups(keys, |k| (k.shown, k.top_level_only, k.page))
        {
            let mut select = comment::Entity::find();
            if top_level_only {
                select = select.filter(comment::Column::ParentId.is_null());
            }
            if let Some(condition) = shown.condition() {
                select = select.filter(condition);
            }
            let posts: Vec<Uuid> = group.iter().map(|k| k.post).collect();
            let mut pages = pages_of_parents(
                &self.db,
                select,
                comment::Column::PostId,
                &[(comment::Column::Id, Order::Asc)],
                &posts,
                page,
            )
            .await
            .map_err(Arc::new)?;
            for key in group {
                if let Some(found) = pages.remove(&key.post) {
                    out.insert(key, found);
                }
            }
        }
        Ok(out)
    }
}

/// Keys grouped by their arguments, so each distinct argument set is one statement.
fn groups<K: Copy, A: Eq + std::hash::Hash>(
    keys: &[K],
    arguments: impl Fn(&K) -> A,
) -> HashMap<A, Vec<K>> {
    let mut out: HashMap<A, Vec<K>> = HashMap::new();
    for key in keys {
        out.entry(arguments(key)).or_default().push(*key);
    }
    out
}
