//! Subscriptions: live updates over `/graphql/ws` (graphql-transport-ws).

use async_graphql::{Context, ID, Subscription};
use futures_util::{Stream, stream};
use sea_orm::EntityTrait;
use tokio::sync::broadcast::{Receiver, error::RecvError};

use super::{
    agenda::Session,
    community::Post,
    context::ContextExt,
    feedback::{FeedbackRound, FeedbackSummary, round_for_facilitator},
};
use crate::{
    domain::{
        agenda,
        cohorts::{self, CohortAccess},
        feedback,
        ids::{parse_id, parse_ref},
        posts::Reader,
    },
    error::AppError,
    events::Event,
    state::AppState,
};

/// Every subscription.
#[derive(Default)]
pub struct Subscription;

/// Waits for the next event `pick` selects and returns what it picked from it: `Some(None)` when
/// the receiver lagged (events were missed: reload anyway), `None` when the bus is closed.
async fn next_picked<T>(
    rx: &mut Receiver<Event>,
    mut pick: impl FnMut(&Event) -> Option<T>,
) -> Option<Option<T>> {
    loop {
        match rx.recv().await {
            Ok(event) => match pick(&event) {
                Some(picked) => return Some(Some(picked)),
                None => continue,
            },
            Err(RecvError::Lagged(_)) => return Some(None),
            Err(RecvError::Closed) => return None,
        }
    }
}

#[Subscription]
impl Subscription {
    /// The summary of a round each time an answer arrives (the cohort's facilitators, admins).
    async fn feedback_received(
        &self,
        ctx: &Context<'_>,
        round_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = FeedbackSummary>> {
        let round = round_for_facilitator(ctx, &round_id).await?;
        let state = ctx.state().clone();
        let rx = state.events.subscribe();
        Ok(stream::unfold(
            (rx, state, round),
            |(mut rx, state, round)| async move {
                loop {
                    next_picked(&mut rx, |e| matches!(e, Event::FeedbackReceived { round_id, .. } if *round_id == round.id).then_some(())).await?;
                    match feedback::ratings(&state.db, round.id).await {
                        Ok(ratings) => {
                            let summary = feedback::summarize(&round, &ratings).into();
                            return Some((summary, (rx, state, round)));
                        }
                        Err(error) => error.log_if_internal(),
                    }
                }
            },
        ))
    }

    /// Each feedback round a facilitator opens in the cohort, as it opens (members of the
    /// cohort), so phones in the room show the question at once.
    async fn feedback_round_opened(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = FeedbackRound>> {
        let cohort_id = parse_id(&cohort_id)?;
        let principal = ctx.principal().clone();
        cohorts::require(ctx.db(), &principal, cohort_id, CohortAccess::Member).await?;
        let state: AppState = ctx.state().clone();
        let rx = state.events.subscribe();
        Ok(stream::unfold(
            (rx, state, principal),
            move |(mut rx, state, principal)| async move {
                loop {
                    let picked = next_picked(&mut rx, |e| match e {
                        Event::FeedbackRoundOpened {
                            round_id,
                            cohort_id: c,
                        } if *c == cohort_id => Some(*round_id),
                        _ => None,
                    })
                    .await?;
                    let Some(round_id) = picked else { continue };
                    // Through the domain, so a person who left the cohort meanwhile sees no more.
                    match feedback::get(&state.db, &principal, round_id).await {
                        Ok((model, access)) => {
                            return Some((FeedbackRound { model, access }, (rx, state, principal)));
                        }
                        Err(error) => error.log_if_internal(),
                    }
                }
            },
        ))
    }

    /// The whole agenda of a cohort, ordered, each time it changes (members of the cohort).
    async fn agenda_changed(
        &self,
        ctx: &Context<'_>,
        cohort_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = Vec<Session>>> {
        let cohort_id = parse_id(&cohort_id)?;
        let access =
            cohorts::require(ctx.db(), ctx.principal(), cohort_id, CohortAccess::Agenda).await?;
        let state: AppState = ctx.state().clone();
        let rx = state.events.subscribe();
        Ok(stream::unfold(
            (rx, state),
            move |(mut rx, state)| async move {
                loop {
                    next_picked(&mut rx, |e| {
                        matches!(e, Event::AgendaChanged { cohort_id: c } if *c == cohort_id)
                            .then_some(())
                    })
                    .await?;
                    match agenda::ordered(&state.db, cohort_id, None).await {
                        Ok(sessions) => {
                            let sessions = sessions
                                .into_iter()
                                .map(|model| Session { model, access })
                                .collect();
                            return Some((sessions, (rx, state)));
                        }
                        Err(error) => error.log_if_internal(),
                    }
                }
            },
        ))
    }

    /// New posts as the subscriber may see them: in one cohort, or (without `cohortId`) everywhere
    /// the subscriber can read.
    async fn post_added(
        &self,
        ctx: &Context<'_>,
        cohort_id: Option<ID>,
    ) -> async_graphql::Result<impl Stream<Item = Post>> {
        let cohort_id = cohort_id.map(|id| parse_ref("cohortId", &id)).transpose()?;
        let principal = ctx.principal().clone();
        if let Some(cohort) = cohort_id {
            cohorts::require(ctx.db(), &principal, cohort, CohortAccess::Member).await?;
        }
        let reader = Reader::of(ctx.db(), &principal).await?;
        let state: AppState = ctx.state().clone();
        let rx = state.events.subscribe();
        Ok(stream::unfold(
            (rx, state, reader),
            move |(mut rx, state, reader)| async move {
                loop {
                    let picked = next_picked(&mut rx, |e| match e {
                        Event::PostAdded {
                            post_id,
                            cohort_id: c,
                        } if cohort_id.is_none() || *c == cohort_id => Some(*post_id),
                        _ => None,
                    })
                    .await?;
                    let Some(post_id) = picked else { continue };
                    match entity::post::Entity::find_by_id(post_id)
                        .one(&state.db)
                        .await
                    {
                        Ok(Some(post)) if reader.can_see(&post) => {
                            return Some((Post(post), (rx, state, reader)));
                        }
                        Ok(_) => continue,
                        Err(error) => AppError::from(error).log_if_internal(),
                    }
                }
            },
        ))
    }
}
