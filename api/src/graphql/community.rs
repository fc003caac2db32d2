//! The community: posts, comments, reactions, peer consultation, moderation, notifications.

use async_graphql::{Context, ID, InputObject, Interface, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{comment, content_report, notification, post};

use super::{
    boxed::boxed,
    cohorts::Cohort,
    connection::FromPage,
    context::{ContextExt, load, load_list},
    enums::{PostKind, ReactionKind},
    errors::GqlResult,
    loaders::{
        CommentById, CommentCountOfPost, CommentPageOfPost, PostById, ReactionsOfPerson,
        ReactionsOfTarget, RepliesOfComment,
    },
    people::Person,
};
use crate::{
    domain::{
        comments,
        ids::{parse_id, parse_ref},
        input::from_json_list,
        markdown, moderation, notifications,
        page::{Page, PageRequest},
        posts::{self, Consultation, FeedFilter, Moderation, PostChanges, PostInput, Reader},
        reactions::{self, Target},
    },
    error::AppError,
};

crate::connection!(PostConnection, PostEdge, Post);
crate::connection!(CommentConnection, CommentEdge, Comment);
crate::connection!(ContentReportConnection, ContentReportEdge, ContentReport);
crate::connection!(NotificationConnection, NotificationEdge, Notification);

/// How many people reacted with one kind.
#[derive(SimpleObject, Clone)]
pub struct ReactionCount {
    /// The kind of reaction.
    pub kind: ReactionKind,
    /// How many people gave it.
    pub count: i32,
}

async fn reaction_counts(ctx: &Context<'_>, target: uuid::Uuid) -> GqlResult<Vec<ReactionCount>> {
    let mut counts = load_list(ctx, ReactionsOfTarget(target)).await?;
    counts.sort_by_key(|(kind, _)| *kind as u8);
    Ok(counts
        .into_iter()
        .map(|(kind, count)| ReactionCount {
            kind: kind.into(),
            count: i32::try_from(count).unwrap_or(i32::MAX),
        })
        .collect())
}

async fn my_reactions(ctx: &Context<'_>, target: uuid::Uuid) -> GqlResult<Vec<ReactionKind>> {
    let Some(me) = ctx.principal().person_id() else {
        return Ok(vec![]);
    };
    Ok(load_list(ctx, ReactionsOfPerson(target, me))
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// A post or a comment: what people react to.
#[derive(Interface)]
#[graphql(
    field(name = "id", ty = "ID", desc = "Stable identifier."),
    field(
        name = "reactions",
        ty = "GqlResult<Vec<ReactionCount>>",
        desc = "How many people reacted, by kind."
    ),
    field(
        name = "my_reactions",
        ty = "GqlResult<Vec<ReactionKind>>",
        desc = "The caller's own reactions."
    )
)]
pub enum Reactable {
    Post(Post),
    Comment(Comment),
}

impl From<Target> for Reactable {
    fn from(target: Target) -> Self {
        match target {
            Target::Post(model) => Reactable::Post(Post(model)),
            Target::Comment(model) => Reactable::Comment(Comment(model)),
        }
    }
}

/// The case of a peer-consultation request (kollegiale Beratung).
pub struct ConsultationRequest<'a>(&'a post::Model);

#[Object]
impl ConsultationRequest<'_> {
    /// The situation, as the person describes it.
    async fn case(&self) -> &str {
        self.0.consultation_case.as_deref().unwrap_or("")
    }

    /// What the person asks the peers.
    async fn question(&self) -> &str {
        self.0.consultation_question.as_deref().unwrap_or("")
    }

    /// May be shown beyond the cohort, to the whole network.
    async fn shareable(&self) -> bool {
        self.0.consultation_shareable
    }

    /// When the person marked it resolved.
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.resolved_at
    }

    /// The people who advised (commented): shown to the person who asked, and the moderators.
    async fn advisers(&self, ctx: &Context<'_>) -> GqlResult<Vec<Person>> {
        boxed(async move {
            let reader = Reader::of(ctx.db(), ctx.principal()).await?;
            let asked = self.0.author_id.is_some()
                && self.0.author_id == reader.person.as_ref().map(|p| p.id);
            if !asked && !reader.moderates(self.0) {
                return Ok(vec![]);
            }
            let all =
                comments::of_post(ctx.db(), &reader, self.0, false, PageRequest::all()).await?;
            let mut ids: Vec<uuid::Uuid> = Vec::new();
            for author in all.items.iter().filter_map(|c| c.author_id) {
                if Some(author) != self.0.author_id && !ids.contains(&author) {
                    ids.push(author);
                }
            }
            let people = super::context::load_many(
                ctx,
                ids.into_iter().map(super::loaders::PersonById).collect(),
            )
            .await?;
            Ok(people.into_iter().map(Person).collect())
        })
        .await
    }
}

/// A community post.
pub struct Post(pub post::Model);

#[Object]
impl Post {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Who wrote it ("ehemalige*r Teilnehmende*r" once they are erased).
    async fn author(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, self.0.author_id).await
    }

    /// The cohort it was posted in; null for the whole network.
    async fn cohort(&self, ctx: &Context<'_>) -> GqlResult<Option<Cohort>> {
        boxed(async move {
            match self.0.cohort_id {
                Some(id) => Ok(Some(Cohort::by_id(ctx, id).await?)),
                None => Ok(None),
            }
        })
        .await
    }

    /// Experience, question, consultation request, idea, event, resource or announcement.
    async fn kind(&self) -> PostKind {
        self.0.kind.into()
    }

    /// The title.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The body as written (Markdown).
    async fn body(&self) -> &str {
        &self.0.body
    }

    /// The body rendered and sanitised on the server: safe to insert as HTML.
    async fn body_html(&self) -> String {
        markdown::to_safe_html(&self.0.body)
    }

    /// Lower-case tags.
    async fn tags(&self) -> Vec<String> {
        from_json_list(&self.0.tags)
    }

    /// Shown at the top of its feed.
    async fn pinned(&self) -> bool {
        self.0.pinned
    }

    /// Takes no new comments.
    async fn locked(&self) -> bool {
        self.0.locked
    }

    /// Hidden by the moderators (then only its author and the moderators see it).
    async fn hidden(&self) -> bool {
        self.0.hidden
    }

    /// When it was published.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its author last changed it.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.0.edited_at
    }

    /// The consultation part of a CONSULTATION_REQUEST.
    async fn consultation(&self) -> Option<ConsultationRequest<'_>> {
        (self.0.kind == entity::enums::PostKind::ConsultationRequest)
            .then_some(ConsultationRequest(&self.0))
    }

    /// Comments, oldest first: every comment and reply (group replies by `parent`), or only the
    /// top level with `topLevelOnly`.
    async fn comments(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        top_level_only: Option<bool>,
    ) -> GqlResult<CommentConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let reader = Reader::of(ctx.db(), ctx.principal()).await?;
            let key = CommentPageOfPost {
                post: self.0.id,
                shown: comments::Shown::to(&reader, &self.0),
                top_level_only: top_level_only.unwrap_or(false),
                page,
            };
            let found = load(ctx, key).await?.unwrap_or_else(|| Page::empty(page));
            Ok(CommentConnection::from_page(found, Comment))
        })
        .await
    }

    /// How many visible comments it has.
    async fn comment_count(&self, ctx: &Context<'_>) -> GqlResult<i32> {
        Ok(
            i32::try_from(load(ctx, CommentCountOfPost(self.0.id)).await?.unwrap_or(0))
                .unwrap_or(i32::MAX),
        )
    }

    /// How many people reacted, by kind.
    async fn reactions(&self, ctx: &Context<'_>) -> GqlResult<Vec<ReactionCount>> {
        reaction_counts(ctx, self.0.id).await
    }

    /// The caller's own reactions.
    async fn my_reactions(&self, ctx: &Context<'_>) -> GqlResult<Vec<ReactionKind>> {
        boxed(async move { my_reactions(ctx, self.0.id).await }).await
    }
}

/// A comment on a post.
pub struct Comment(pub comment::Model);

#[Object]
impl Comment {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The post.
    async fn post(&self, ctx: &Context<'_>) -> GqlResult<Post> {
        Ok(Post(
            load(ctx, PostById(self.0.post_id))
                .await?
                .ok_or(AppError::NotFound)?,
        ))
    }

    /// Who wrote it ("ehemalige*r Teilnehmende*r" once erased or deleted).
    async fn author(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, self.0.author_id).await
    }

    /// The comment this replies to.
    async fn parent(&self, ctx: &Context<'_>) -> GqlResult<Option<Comment>> {
        let Some(id) = self.0.parent_id else {
            return Ok(None);
        };
        Ok(load(ctx, CommentById(id)).await?.map(Comment))
    }

    /// Replies, oldest first (only for top-level comments).
    async fn replies(&self, ctx: &Context<'_>) -> GqlResult<Vec<Comment>> {
        let replies = load_list(ctx, RepliesOfComment(self.0.id)).await?;
        let me = ctx.principal().person_id();
        Ok(replies
            .into_iter()
            .filter(|c| !c.hidden || c.author_id == me || ctx.principal().is_admin())
            .map(Comment)
            .collect())
    }

    /// The text as written (Markdown); empty once deleted.
    async fn body(&self) -> &str {
        &self.0.body
    }

    /// The text rendered and sanitised on the server.
    async fn body_html(&self) -> String {
        markdown::to_safe_html(&self.0.body)
    }

    /// Hidden by the moderators.
    async fn hidden(&self) -> bool {
        self.0.hidden
    }

    /// Deleted while it had replies: kept as an empty placeholder.
    async fn deleted(&self) -> bool {
        self.0.deleted_at.is_some()
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its author last changed it.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.0.edited_at
    }

    /// How many people reacted, by kind.
    async fn reactions(&self, ctx: &Context<'_>) -> GqlResult<Vec<ReactionCount>> {
        reaction_counts(ctx, self.0.id).await
    }

    /// The caller's own reactions.
    async fn my_reactions(&self, ctx: &Context<'_>) -> GqlResult<Vec<ReactionKind>> {
        boxed(async move { my_reactions(ctx, self.0.id).await }).await
    }
}

/// A report to the moderators.
pub struct ContentReport(pub content_report::Model);

#[Object]
impl ContentReport {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The reported post or comment.
    async fn target_id(&self) -> ID {
        ID(self.0.target_id.to_string())
    }

    /// The reported post.
    async fn post(&self, ctx: &Context<'_>) -> GqlResult<Option<Post>> {
        let Some(id) = self.0.post_id else {
            return Ok(None);
        };
        Ok(load(ctx, PostById(id)).await?.map(Post))
    }

    /// The reported comment.
    async fn comment(&self, ctx: &Context<'_>) -> GqlResult<Option<Comment>> {
        let Some(id) = self.0.comment_id else {
            return Ok(None);
        };
        Ok(load(ctx, CommentById(id)).await?.map(Comment))
    }

    /// Why it was reported.
    async fn reason(&self) -> &str {
        &self.0.reason
    }

    /// Who reported it.
    async fn reporter(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, self.0.reporter_id).await
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When a moderator closed it.
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.resolved_at
    }
}

/// Something the caller should know about.
pub struct Notification(pub notification::Model);

#[Object]
impl Notification {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// REPLY, REACTION or MENTION.
    async fn kind(&self) -> String {
        sea_orm::ActiveEnum::to_value(&self.0.kind)
    }

    /// Who did it.
    async fn actor(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, self.0.actor_id).await
    }

    /// The post concerned.
    async fn post(&self, ctx: &Context<'_>) -> GqlResult<Option<Post>> {
        let Some(id) = self.0.post_id else {
            return Ok(None);
        };
        Ok(load(ctx, PostById(id)).await?.map(Post))
    }

    /// The comment concerned.
    async fn comment(&self, ctx: &Context<'_>) -> GqlResult<Option<Comment>> {
        let Some(id) = self.0.comment_id else {
            return Ok(None);
        };
        Ok(load(ctx, CommentById(id)).await?.map(Comment))
    }

    /// Whether the caller has read it.
    async fn read(&self) -> bool {
        self.0.read_at.is_some()
    }

    /// When it happened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// The case of a consultation request.
#[derive(InputObject)]
pub struct ConsultationInput {
    /// The situation.
    pub case: String,
    /// The question for the peers.
    pub question: String,
    /// May be shown beyond the cohort.
    pub shareable: bool,
}

/// A new post.
#[derive(InputObject)]
pub struct CreatePostInput {
    /// The cohort to post in; omitted for the whole network.
    pub cohort_id: Option<ID>,
    /// What kind of post (ANNOUNCEMENT for facilitators and admins).
    pub kind: PostKind,
    /// The title.
    pub title: String,
    /// The body (Markdown).
    pub body: String,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// Required for CONSULTATION_REQUEST.
    pub consultation: Option<ConsultationInput>,
    /// A key the client makes up (e.g. a UUID) so that sending the same post again — after a lost
    /// connection — publishes it once; the repeat returns the first result.
    pub idempotency_key: Option<String>,
}

/// Changes to one's post.
#[derive(InputObject)]
pub struct EditPostInput {
    /// The title.
    pub title: Option<String>,
    /// The body (Markdown).
    pub body: Option<String>,
    /// Replaces the tags.
    pub tags: Option<Vec<String>>,
}

/// A new comment.
#[derive(InputObject)]
pub struct CreateCommentInput {
    /// The post.
    pub post_id: ID,
    /// The top-level comment this replies to.
    pub parent_id: Option<ID>,
    /// The text (Markdown).
    pub body: String,
    /// A key the client makes up so that sending the same comment again writes it once.
    pub idempotency_key: Option<String>,
}

/// Queries of the community.
#[derive(Default)]
pub struct CommunityQuery;

#[Object]
impl CommunityQuery {
    /// The feed the caller may see: pinned first, then newest first. `search` is full text over
    /// title, body and tags (German-aware); `networkOnly` leaves out cohort posts.
    #[allow(clippy::too_many_arguments)]
    async fn feed(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        cohort_id: Option<ID>,
        kind: Option<PostKind>,
        tag: Option<String>,
        search: Option<String>,
        network_only: Option<bool>,
    ) -> GqlResult<PostConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = FeedFilter {
            cohort_id: cohort_id.map(|id| parse_ref("cohortId", &id)).transpose()?,
            network_only: network_only.unwrap_or(false),
            kind: kind.map(Into::into),
            tag,
            search,
            since: None,
        };
        let found = posts::feed(ctx.db(), ctx.principal(), filter, page).await?;
        Ok(PostConnection::from_page(found, Post))
    }

    /// One post.
    async fn post(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Option<Post>> {
        let (model, _) = posts::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(Some(Post(model)))
    }

    /// Open reports the caller moderates, oldest first.
    async fn moderation_queue(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        cohort_id: Option<ID>,
    ) -> GqlResult<ContentReportConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let cohort = cohort_id.map(|id| parse_ref("cohortId", &id)).transpose()?;
        let found = moderation::queue(ctx.db(), ctx.principal(), cohort, page).await?;
        Ok(ContentReportConnection::from_page(found, ContentReport))
    }

    /// The caller's notifications, newest first.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        unread_only: Option<bool>,
    ) -> GqlResult<NotificationConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let found = notifications::list(
            ctx.db(),
            ctx.principal(),
            unread_only.unwrap_or(false),
            page,
        )
        .await?;
        Ok(NotificationConnection::from_page(found, Notification))
    }

    /// How many notifications the caller has not read.
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> GqlResult<i32> {
        Ok(
            i32::try_from(notifications::unread_count(ctx.db(), ctx.principal()).await?)
                .unwrap_or(i32::MAX),
        )
    }
}

/// Changes in the community.
#[derive(Default)]
pub struct CommunityMutation;

#[Object]
impl CommunityMutation {
    /// Publishes a post in a cohort one belongs to, or in the whole network.
    async fn create_post(&self, ctx: &Context<'_>, input: CreatePostInput) -> GqlResult<Post> {
        let key = input.idempotency_key.clone();
        let new = PostInput {
            cohort_id: input
                .cohort_id
                .map(|id| parse_ref("cohortId", &id))
                .transpose()?,
            kind: input.kind.into(),
            title: input.title,
            body: input.body,
            tags: input.tags.unwrap_or_default(),
            consultation: input.consultation.map(|c| Consultation {
                case: c.case,
                question: c.question,
                shareable: c.shareable,
            }),
        };
        let created = match key {
            Some(key) => {
                posts::create_once(ctx.db(), &ctx.state().events, ctx.principal(), &key, new)
                    .await?
            }
            None => posts::create(ctx.db(), &ctx.state().events, ctx.principal(), new).await?,
        };
        Ok(Post(created))
    }

    /// Edits one's own post; `editedAt` records it.
    async fn edit_post(&self, ctx: &Context<'_>, id: ID, input: EditPostInput) -> GqlResult<Post> {
        let changes = PostChanges {
            title: input.title,
            body: input.body,
            tags: input.tags,
        };
        Ok(Post(
            posts::edit(ctx.db(), ctx.principal(), parse_id(&id)?, changes).await?,
        ))
    }

    /// Deletes a post and its comments (its author or a moderator).
    async fn delete_post(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        posts::delete(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(true)
    }

    /// Writes a comment, or a reply to a top-level comment.
    async fn create_comment(
        &self,
        ctx: &Context<'_>,
        input: CreateCommentInput,
    ) -> GqlResult<Comment> {
        let parent = input
            .parent_id
            .map(|id| parse_ref("parentId", &id))
            .transpose()?;
        let post = parse_id(&input.post_id)?;
        let created = match input.idempotency_key.as_deref() {
            Some(key) => {
                comments::create_once(ctx.db(), ctx.principal(), key, post, parent, &input.body)
                    .await?
            }
            None => comments::create(ctx.db(), ctx.principal(), post, parent, &input.body).await?,
        };
        Ok(Comment(created))
    }

    /// Deletes a comment (its author or a moderator).
    async fn delete_comment(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        comments::delete(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(true)
    }

    /// Reacts to a post or comment (once per kind).
    async fn react(
        &self,
        ctx: &Context<'_>,
        target_id: ID,
        kind: ReactionKind,
    ) -> GqlResult<Reactable> {
        Ok(reactions::react(
            ctx.db(),
            ctx.principal(),
            parse_id(&target_id)?,
            kind.into(),
        )
        .await?
        .into())
    }

    /// Takes one's reaction back.
    async fn unreact(
        &self,
        ctx: &Context<'_>,
        target_id: ID,
        kind: ReactionKind,
    ) -> GqlResult<Reactable> {
        Ok(reactions::unreact(
            ctx.db(),
            ctx.principal(),
            parse_id(&target_id)?,
            kind.into(),
        )
        .await?
        .into())
    }

    /// Reports a post or comment to the moderators (one open report per person and target).
    async fn report_content(
        &self,
        ctx: &Context<'_>,
        target_id: ID,
        reason: String,
    ) -> GqlResult<ContentReport> {
        Ok(ContentReport(
            moderation::report(ctx.db(), ctx.principal(), parse_id(&target_id)?, &reason).await?,
        ))
    }

    /// Hides, locks or pins a post (moderators).
    async fn moderate_post(
        &self,
        ctx: &Context<'_>,
        id: ID,
        hidden: Option<bool>,
        locked: Option<bool>,
        pinned: Option<bool>,
    ) -> GqlResult<Post> {
        let moderation = Moderation {
            hidden,
            locked,
            pinned,
        };
        Ok(Post(
            posts::moderate(ctx.db(), ctx.principal(), parse_id(&id)?, moderation).await?,
        ))
    }

    /// Hides or shows a comment (moderators).
    async fn moderate_comment(
        &self,
        ctx: &Context<'_>,
        id: ID,
        hidden: bool,
    ) -> GqlResult<Comment> {
        Ok(Comment(
            comments::moderate(ctx.db(), ctx.principal(), parse_id(&id)?, hidden).await?,
        ))
    }

    /// Closes a report (moderators).
    async fn resolve_report(&self, ctx: &Context<'_>, id: ID) -> GqlResult<ContentReport> {
        Ok(ContentReport(
            moderation::resolve(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        ))
    }

    /// Marks one's consultation request as resolved (or open again).
    async fn resolve_consultation(
        &self,
        ctx: &Context<'_>,
        post_id: ID,
        resolved: Option<bool>,
    ) -> GqlResult<Post> {
        Ok(Post(
            posts::resolve_consultation(
                ctx.db(),
                ctx.principal(),
                parse_id(&post_id)?,
                resolved.unwrap_or(true),
            )
            .await?,
        ))
    }

    /// Marks notifications as read: the given ones, or all without `ids`. Returns how many changed.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        ids: Option<Vec<ID>>,
    ) -> GqlResult<i32> {
        let ids = ids
            .map(|ids| {
                ids.iter()
                    .map(|id| parse_ref("ids", id))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        Ok(
            i32::try_from(notifications::mark_read(ctx.db(), ctx.principal(), ids).await?)
                .unwrap_or(i32::MAX),
        )
    }
}
