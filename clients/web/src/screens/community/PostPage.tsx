import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { PostPageQuery } from '../../gql/graphql'
import { useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { Form, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, usePager } from '../../components/Pager'
import { Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'
import { NotFound } from '../NotFound'
import { PostForm, emptyPost, type PostValues } from './PostForm'
import { Reactions } from './Reactions'
import { parseTags } from '../admin/Modules'

const PostPageDocument = graphql(`
  query PostPage($id: ID!, $first: Int, $after: String) {
    post(id: $id) {
      ...PostSummary
      bodyHtml
      cohort {
        id
        title
        facilitators {
          id
        }
      }
      consultation {
        case
        question
        shareable
        resolvedAt
        advisers {
          id
          displayName
        }
      }
      comments(first: $first, after: $after, topLevelOnly: true) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CommentFields
            replies {
              ...CommentFields
            }
          }
        }
      }
    }
  }
`)

graphql(`
  fragment CommentFields on Comment {
    id
    body
    bodyHtml
    hidden
    deleted
    createdAt
    editedAt
    author {
      id
      displayName
    }
    reactions {
      kind
      count
    }
    myReactions
  }
`)

const CreateCommentDocument = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`)
const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`)
const EditPostDocument = graphql(`
  mutation EditPost($id: ID!, $input: EditPostInput!) {
    editPost(id: $id, input: $input) {
      id
    }
  }
`)
const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`)
const ReportContentDocument = graphql(`
  mutation ReportContent($targetId: ID!, $reason: String!) {
    reportContent(targetId: $targetId, reason: $reason) {
      id
    }
  }
`)
const ModeratePostDocument = graphql(`
  mutation ModeratePost($id: ID!, $hidden: Boolean, $locked: Boolean, $pinned: Boolean) {
    moderatePost(id: $id, hidden: $hidden, locked: $locked, pinned: $pinned) {
      id
      hidden
      locked
      pinned
    }
  }
`)
const ModerateCommentDocument = graphql(`
  mutation ModerateComment($id: ID!, $hidden: Boolean!) {
    moderateComment(id: $id, hidden: $hidden) {
      id
      hidden
    }
  }
`)
const ResolveConsultationDocument = graphql(`
  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {
    resolveConsultation(postId: $postId, resolved: $resolved) {
      id
      consultation {
        resolvedAt
      }
    }
  }
`)

type Post = NonNullable<PostPageQuery['post']>
type Comment = Post['comments']['edges'][number]['node']['replies'][number]
const COMMENTS_PAGE = 30

export function PostPage() {
  const { postId = '' } = useParams()
  const { t, i18n } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const pager = usePager()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PostPageDocument, variables: { id: postId, first: COMMENTS_PAGE, after: pager.after } })
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [reporting, setReporting] = useState<{ id: string; what: string } | null>(null)
  const edit = useAction(EditPostDocument)
  const remove = useAction(DeletePostDocument)
  const moderate = useAction(ModeratePostDocument)
  const resolve = useAction(ResolveConsultationDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  if (fetching && !data) return <Loading />
  if (error && !data?.post) {
    if (error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotFound />
    return <QueryError error={error} retry={refresh} />
  }
  const post = data?.post
  if (!post) return <NotFound />
  const mine = post.author.id === me.id
  const moderator = me.role === 'ADMIN' || !!post.cohort?.facilitators.some((f) => f.id === me.id)
  const conn = post.comments

  const saveEdit = async (v: PostValues) => {
    if (await edit.run({ id: post.id, input: { title: v.title.trim(), body: v.body.trim(), tags: parseTags(v.tags) } }, t('common.savedMessage'))) {
      setEditing(false)
      refresh()
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/community">{t('community.title')}</Link>
      </p>
      <PageHeader
        title={post.title}
        lead={
          <>
            <span className={`kind kind--post-${post.kind.toLowerCase()}`}>{t(`enums.PostKind.${post.kind}`)}</span> {post.author.displayName} · {post.cohort ? post.cohort.title : t('community.network')} ·{' '}
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, i18n.language)}</time>
            {post.editedAt && ` · ${t('community.edited')}`}
          </>
        }
      >
        {mine && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        )}
        {(mine || moderator) && (
          <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
            {t('community.deletePost')}
          </button>
        )}
        {!mine && (
          <button type="button" className="button" onClick={() => setReporting({ id: post.id, what: post.title })}>
            {t('community.report')}
          </button>
        )}
      </PageHeader>
      {(post.hidden || post.locked || post.pinned) && (
        <p className="agenda-meta">
          {post.pinned && <span className="badge">{t('community.pinned')}</span>}
          {post.locked && <span className="badge">{t('community.lockedLong')}</span>}
          {post.hidden && <span className="badge badge--moved">{t('community.hiddenLong')}</span>}
        </p>
      )}
      {moderator && (
        <div className="moderation-bar" role="group" aria-label={t('community.moderation')}>
          <button type="button" className="button" aria-pressed={post.pinned} onClick={async () => (await moderate.run({ id: post.id, pinned: !post.pinned }, t('common.savedMessage'))) && refresh()}>
            {t('community.pin')}
          </button>
          <button type="button" className="button" aria-pressed={post.locked} onClick={async () => (await moderate.run({ id: post.id, locked: !post.locked }, t('common.savedMessage'))) && refresh()}>
            {t('community.lock')}
          </button>
          <button type="button" className="button" aria-pressed={post.hidden} onClick={async () => (await moderate.run({ id: post.id, hidden: !post.hidden }, t('common.savedMessage'))) && refresh()}>
            {t('community.hide')}
          </button>
          {moderate.error && (
            <span className="field-error" role="alert">
              {moderate.error.message}
            </span>
          )}
        </div>
      )}
      <article className="card post-body" aria-label={post.title}>
        {post.consultation && (
          <section className="consultation" aria-labelledby="consultation-title">
            <h2 id="consultation-title">{t('community.consultation')}</h2>
            <h3>{t('community.case')}</h3>
            <p className="pre">{post.consultation.case}</p>
            <h3>{t('community.question')}</h3>
            <p className="pre">{post.consultation.question}</p>
            <p className="small muted">
              {post.consultation.resolvedAt ? t('community.resolvedAt', { at: formatDateTime(post.consultation.resolvedAt, i18n.language) }) : t('community.openConsultation')}
              {post.consultation.shareable && ` · ${t('community.shareableShort')}`}
            </p>
            {post.consultation.advisers.length > 0 && <p className="small">{t('community.advisers', { names: post.consultation.advisers.map((a) => a.displayName).join(', ') })}</p>}
            {mine && (
              <button type="button" className="button" onClick={async () => (await resolve.run({ postId: post.id, resolved: !post.consultation?.resolvedAt }, t('common.savedMessage'))) && refresh()}>
                {post.consultation.resolvedAt ? t('community.reopen') : t('community.markResolved')}
              </button>
            )}
          </section>
        )}
        {/* Rendered and sanitised by the service ("safe to insert as HTML"). */}
        <div className="markdown" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        {post.tags.length > 0 && (
          <ul className="tags" aria-label={t('modules.tags')}>
            {post.tags.map((tag) => (
              <li key={tag}>
                <Link to={`/community?tag=${encodeURIComponent(tag)}`}>#{tag}</Link>
              </li>
            ))}
          </ul>
        )}
        <Reactions targetId={post.id} reactions={post.reactions} mine={post.myReactions} label={post.title} />
      </article>

      <section aria-labelledby="comments-title" className="comments">
        <h2 id="comments-title">{t('community.comments', { count: post.commentCount })}</h2>
        <ol className="plain comment-list">
          {conn.edges.map(({ node }) => (
            <li key={node.id}>
              <CommentView comment={node} moderator={moderator} onReport={setReporting} onChanged={refresh} />
              {node.replies.length > 0 && (
                <ol className="plain replies">
                  {node.replies.map((r) => (
                    <li key={r.id}>
                      <CommentView comment={r} moderator={moderator} onReport={setReporting} onChanged={refresh} />
                    </li>
                  ))}
                </ol>
              )}
              {!post.locked && !node.deleted && <ReplyForm postId={post.id} parent={node} onSent={refresh} />}
            </li>
          ))}
        </ol>
        <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} pageSize={COMMENTS_PAGE} label={t('community.commentPages')} quietOnOnePage />
        {post.locked ? <p className="notice">{t('community.lockedLong')}</p> : <CommentForm postId={post.id} onSent={refresh} />}
      </section>

      {editing && (
        <Dialog title={t('community.editPost')} open onClose={() => setEditing(false)}>
          <PostForm editing initial={{ ...emptyPost, kind: post.kind, title: post.title, body: post.body, tags: post.tags.join(', ') }} busy={edit.busy} error={edit.error} submitLabel={t('common.save')} onSubmit={saveEdit} />
        </Dialog>
      )}
      {deleting && (
        <Dialog title={t('community.deleteTitle', { title: post.title })} open onClose={() => setDeleting(false)}>
          <Form
            onSubmit={async () => {
              if (await remove.run({ id: post.id }, t('community.deleted'))) navigate('/community', { replace: true })
            }}
            busy={remove.busy}
            submitLabel={t('community.deletePost')}
            error={remove.error}
            secondary={
              <button type="button" className="button" onClick={() => setDeleting(false)}>
                {t('common.cancel')}
              </button>
            }
          >
            <p>{t('community.deleteText')}</p>
          </Form>
        </Dialog>
      )}
      {reporting && <ReportDialog target={reporting} onClose={() => setReporting(null)} />}
    </>
  )
}

function CommentView({ comment: c, moderator, onReport, onChanged }: { comment: Comment; moderator: boolean; onReport(target: { id: string; what: string }): void; onChanged(): void }) {
  const { t, i18n } = useTranslation()
  const me = useMe()
  const remove = useAction(DeleteCommentDocument)
  const hide = useAction(ModerateCommentDocument)
  const mine = c.author.id === me.id
  if (c.deleted) return <p className="comment comment--deleted muted">{t('community.commentDeleted')}</p>
  return (
    <article className={`comment${c.hidden ? ' comment--hidden' : ''}`} aria-label={t('community.commentBy', { name: c.author.displayName })}>
      <p className="small">
        <strong>{c.author.displayName}</strong> · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, i18n.language)}</time>
        {c.hidden && <span className="badge badge--moved"> {t('community.hidden')}</span>}
      </p>
      <div className="markdown" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />
      <div className="comment-actions">
        <Reactions targetId={c.id} reactions={c.reactions} mine={c.myReactions} label={t('community.commentBy', { name: c.author.displayName })} />
        {(mine || moderator) && (
          <button type="button" className="button button--quiet" onClick={async () => (await remove.run({ id: c.id }, t('community.commentRemoved'))) && onChanged()}>
            {t('common.remove')}
            <span className="visually-hidden">: {t('community.commentBy', { name: c.author.displayName })}</span>
          </button>
        )}
        {moderator && (
          <button type="button" className="button button--quiet" onClick={async () => (await hide.run({ id: c.id, hidden: !c.hidden }, t('common.savedMessage'))) && onChanged()}>
            {c.hidden ? t('community.show') : t('community.hide')}
            <span className="visually-hidden">: {t('community.commentBy', { name: c.author.displayName })}</span>
          </button>
        )}
        {!mine && (
          <button type="button" className="button button--quiet" onClick={() => onReport({ id: c.id, what: t('community.commentBy', { name: c.author.displayName }) })}>
            {t('community.report')}
            <span className="visually-hidden">: {t('community.commentBy', { name: c.author.displayName })}</span>
          </button>
        )}
      </div>
      {(remove.error || hide.error) && (
        <p className="field-error" role="alert">
          {(remove.error ?? hide.error)?.message}
        </p>
      )}
    </article>
  )
}

function CommentForm({ postId, onSent }: { postId: string; onSent(): void }) {
  const { t } = useTranslation()
  const [body, setBody] = useState('')
  const { run, busy, error } = useAction(CreateCommentDocument)
  const submit = async () => {
    if (await run({ input: { postId, body: body.trim() } }, t('community.commented'))) {
      setBody('')
      onSent()
    }
  }
  return (
    <div className="card">
      <Form onSubmit={submit} busy={busy} submitLabel={t('community.comment')} busyLabel={t('community.publishing')} error={error}>
        <TextField label={t('community.yourComment')} hint={t('community.markdownHint')} value={body} onChange={setBody} multiline rows={4} required error={error?.fields.body} />
      </Form>
    </div>
  )
}

function ReplyForm({ postId, parent, onSent }: { postId: string; parent: Comment; onSent(): void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [body, setBody] = useState('')
  const { run, busy, error } = useAction(CreateCommentDocument)
  if (!open) {
    return (
      <button type="button" className="button button--quiet reply-toggle" onClick={() => setOpen(true)}>
        {t('community.reply')}
        <span className="visually-hidden">: {t('community.commentBy', { name: parent.author.displayName })}</span>
      </button>
    )
  }
  return (
    <div className="reply-form">
      <Form
        onSubmit={async () => {
          if (await run({ input: { postId, parentId: parent.id, body: body.trim() } }, t('community.commented'))) {
            setBody('')
            setOpen(false)
            onSent()
          }
        }}
        busy={busy}
        submitLabel={t('community.sendReply')}
        error={error}
        secondary={
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        }
      >
        <TextField label={t('community.replyTo', { name: parent.author.displayName })} value={body} onChange={setBody} multiline rows={3} required error={error?.fields.body} />
      </Form>
    </div>
  )
}

function ReportDialog({ target, onClose }: { target: { id: string; what: string }; onClose(): void }) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [sent, setSent] = useState(false)
  const { run, busy, error } = useAction(ReportContentDocument)
  return (
    <Dialog title={t('community.reportTitle', { what: target.what })} open onClose={onClose}>
      {sent ? (
        <>
          <p className="notice notice--success" role="status">
            {t('community.reported')}
          </p>
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      ) : (
        <Form
          onSubmit={async () => {
            if (await run({ targetId: target.id, reason: reason.trim() }, t('community.reported'))) setSent(true)
          }}
          busy={busy}
          submitLabel={t('community.report')}
          error={error}
          secondary={
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          }
        >
          <TextField label={t('community.reason')} hint={t('community.reasonHint')} value={reason} onChange={setReason} multiline rows={3} required error={error?.fields.reason} />
        </Form>
      )}
    </Dialog>
  )
}
