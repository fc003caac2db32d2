//! Feedback rounds during training days.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{feedback_response, feedback_round};

use super::{
    agenda::Session,
    boxed::boxed,
    cohorts::Cohort,
    connection::FromPage,
    context::{ContextExt, load, load_list},
    enums::FeedbackKind,
    errors::GqlResult,
    loaders::{PersonById, RatingsOfRound, ResponseByAuthorKey, SessionById},
    people::Person,
};
use crate::{
    domain::{
        cohorts::CohortAccess,
        feedback::{self, Answer, NewRound, Summary},
        ids::{parse_id, parse_ref},
        page::PageRequest,
    },
    error::AppError,
};

crate::connection!(
    FeedbackResponseConnection,
    FeedbackResponseEdge,
    FeedbackResponse
);

/// A question facilitators ask during a training day.
pub struct FeedbackRound {
    pub model: feedback_round::Model,
    pub access: CohortAccess,
}

impl FeedbackRound {
    /// Rounds of one cohort, seen with the caller's access to it.
    pub fn all(rounds: Vec<feedback_round::Model>, access: CohortAccess) -> Vec<Self> {
        rounds
            .into_iter()
            .map(|model| Self { model, access })
            .collect()
    }
}

/// What a round's responses add up to. Anonymous rounds show only the count until at least three
/// people have answered.
#[derive(SimpleObject)]
pub struct FeedbackSummary {
    /// How many people answered.
    pub count: i32,
    /// The mean rating; null without ratings or while withheld.
    pub average_rating: Option<f64>,
    /// `ratingCounts[i]` = responses with rating `i + 1`; empty while withheld.
    pub rating_counts: Vec<i32>,
}

impl From<Summary> for FeedbackSummary {
    fn from(summary: Summary) -> Self {
        Self {
            count: i32::try_from(summary.count).unwrap_or(i32::MAX),
            average_rating: summary.average,
            rating_counts: summary.rating_counts,
        }
    }
}

/// One answer to a round.
pub struct FeedbackResponse {
    pub model: feedback_response::Model,
}

#[Object]
impl FeedbackResponse {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.model.id.to_string())
    }

    /// The rating, 1 to 5.
    async fn rating(&self) -> Option<i32> {
        self.model.rating
    }

    /// What the person wrote.
    async fn text(&self) -> Option<&str> {
        self.model.text.as_deref()
    }

    /// Who answered; null in anonymous rounds, for everyone.
    async fn author(&self, ctx: &Context<'_>) -> GqlResult<Option<Person>> {
        let Some(id) = self.model.person_id else {
            return Ok(None);
        };
        Ok(load(ctx, PersonById(id)).await?.map(Person))
    }

    /// When it was given (in anonymous rounds: when the round was opened).
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }
}

#[Object]
impl FeedbackRound {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.model.id.to_string())
    }

    /// The cohort asked.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Cohort> {
        boxed(async move { Cohort::by_id(ctx, self.model.cohort_id).await }).await
    }

    /// The session the question is about, if any.
    async fn session(&self, ctx: &Context<'_>) -> GqlResult<Option<Session>> {
        let Some(id) = self.model.session_id else {
            return Ok(None);
        };
        Ok(load(ctx, SessionById(id)).await?.map(|model| Session {
            model,
            access: self.access,
        }))
    }

    /// The question.
    async fn question(&self) -> &str {
        &self.model.question
    }

    /// Rating (1–5), text, or both.
    async fn kind(&self) -> FeedbackKind {
        self.model.kind.into()
    }

    /// Anonymous rounds keep no link between an answer and its author, not even in the database.
    async fn anonymous(&self) -> bool {
        self.model.anonymous
    }

    /// Whether answers are still taken.
    async fn open(&self) -> bool {
        self.model.open
    }

    /// Count, average and distribution (count only for small anonymous rounds).
    async fn summary(&self, ctx: &Context<'_>) -> GqlResult<FeedbackSummary> {
        let ratings = load_list(ctx, RatingsOfRound(self.model.id)).await?;
        Ok(feedback::summarize(&self.model, &ratings).into())
    }

    /// The answers (the cohort's facilitators and admins).
    async fn responses(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<FeedbackResponseConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let found =
                feedback::responses(ctx.db(), ctx.principal(), &self.model, self.access, page)
                    .await?;
            Ok(FeedbackResponseConnection::from_page(found, |model| {
                FeedbackResponse { model }
            }))
        })
        .await
    }

    /// How the facilitators reacted, for everyone in the cohort.
    async fn facilitator_answer(&self) -> Option<&str> {
        self.model.facilitator_answer.as_deref()
    }

    /// The caller's own answer.
    async fn my_response(&self, ctx: &Context<'_>) -> GqlResult<Option<FeedbackResponse>> {
        let Some(me) = ctx.principal().person_id() else {
            return Ok(None);
        };
        let key = feedback::author_key(
            ctx.state().settings.pseudonym_key.expose(),
            me,
            self.model.id,
        );
        Ok(load(ctx, ResponseByAuthorKey(self.model.id, key))
            .await?
            .map(|model| FeedbackResponse { model }))
    }

    /// When the round was opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }

    /// When the round was closed.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.model.closed_at
    }
}

/// A round to open.
#[derive(InputObject)]
pub struct OpenFeedbackRoundInput {
    /// The cohort to ask.
    pub cohort_id: ID,
    /// The session the question is about.
    pub session_id: Option<ID>,
    /// The question (at most 500 characters).
    pub question: String,
    /// Rating (1–5), text, or both.
    pub kind: FeedbackKind,
    /// Keep no link between answers and their authors.
    pub anonymous: bool,
}

/// An answer.
#[derive(InputObject)]
pub struct FeedbackResponseInput {
    /// The round.
    pub round_id: ID,
    /// 1 to 5, for RATING and RATING_AND_TEXT rounds.
    pub rating: Option<i32>,
    /// For TEXT (required) and RATING_AND_TEXT (optional) rounds; at most 2,000 characters.
    pub text: Option<String>,
}

/// Queries about feedback.
#[derive(Default)]
pub struct FeedbackQuery;

#[Object]
impl FeedbackQuery {
    /// One round (members of its cohort).
    async fn feedback_round(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<FeedbackRound>> {
        let (model, access) = feedback::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(Some(FeedbackRound { model, access }))
    }
}

/// Changes to feedback rounds.
#[derive(Default)]
pub struct FeedbackMutation;

#[Object]
impl FeedbackMutation {
    /// Opens a round (the cohort's facilitators, admins).
    async fn open_feedback_round(
        &self,
        ctx: &Context<'_>,
        input: OpenFeedbackRoundInput,
    ) -> GqlResult<FeedbackRound> {
        let new = NewRound {
            cohort_id: parse_id(&input.cohort_id)?,
            session_id: input
                .session_id
                .map(|id| parse_ref("sessionId", &id))
                .transpose()?,
            question: input.question,
            kind: input.kind.into(),
            anonymous: input.anonymous,
        };
        let model = feedback::open(ctx.db(), &ctx.state().events, ctx.principal(), new).await?;
        Ok(FeedbackRound {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Closes a round; no more answers are taken.
    async fn close_feedback_round(&self, ctx: &Context<'_>, id: ID) -> GqlResult<FeedbackRound> {
        let model = feedback::close(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(FeedbackRound {
            model,
            access: CohortAccess::Facilitator,
        })
    }

    /// Answers a round (participants of the cohort). A second answer replaces the first.
    async fn respond(
        &self,
        ctx: &Context<'_>,
        input: FeedbackResponseInput,
    ) -> GqlResult<FeedbackRound> {
        let state = ctx.state();
        let model = feedback::respond(
            ctx.db(),
            &state.events,
            state.settings.pseudonym_key.expose(),
            ctx.principal(),
            parse_id(&input.round_id)?,
            Answer {
                rating: input.rating,
                text: input.text,
            },
        )
        .await?;
        Ok(FeedbackRound {
            model,
            access: CohortAccess::Member,
        })
    }

    /// Records how the facilitators reacted; everyone in the cohort sees it.
    async fn answer_feedback_round(
        &self,
        ctx: &Context<'_>,
        id: ID,
        answer: String,
    ) -> GqlResult<FeedbackRound> {
        let model = feedback::answer(ctx.db(), ctx.principal(), parse_id(&id)?, &answer).await?;
        Ok(FeedbackRound {
            model,
            access: CohortAccess::Facilitator,
        })
    }
}

/// Loads a round for a subscription, checking that the caller facilitates its cohort.
pub async fn round_for_facilitator(ctx: &Context<'_>, id: &ID) -> GqlResult<feedback_round::Model> {
    let (model, access) = feedback::get(ctx.db(), ctx.principal(), parse_id(id)?).await?;
    if access < CohortAccess::Facilitator {
        return Err(AppError::Forbidden.into());
    }
    Ok(model)
}
