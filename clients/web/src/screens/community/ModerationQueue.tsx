import { Link } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'
import { excerpt } from './communityQueries'

const ModerationQueueDocument = graphql(`
  query ModerationQueue($first: Int, $after: String) {
    moderationQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          createdAt
          reporter {
            id
            displayName
          }
          post {
            id
            title
            body
            hidden
            cohort {
              id
              title
            }
          }
          comment {
            id
            body
            hidden
            author {
              id
              displayName
            }
            post {
              id
              title
            }
          }
        }
      }
    }
  }
`)

const ResolveReportDocument = graphql(`
  mutation ResolveReport($id: ID!) {
    resolveReport(id: $id) {
      id
      resolvedAt
    }
  }
`)
const HidePostDocument = graphql(`
  mutation HidePost($id: ID!) {
    moderatePost(id: $id, hidden: true) {
      id
      hidden
    }
  }
`)
const HideCommentDocument = graphql(`
  mutation HideComment($id: ID!) {
    moderateComment(id: $id, hidden: true) {
      id
      hidden
    }
  }
`)

/** Reports waiting for a moderator: the reported text, why, and what to do with it. */
export function ModerationQueue() {
  const { t, i18n } = useTranslation()
  const pager = usePager()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ModerationQueueDocument, variables: { first: PAGE_SIZE, after: pager.after } })
  const resolve = useAction(ResolveReportDocument)
  const hidePost = useAction(HidePostDocument)
  const hideComment = useAction(HideCommentDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  const conn = data?.moderationQueue
  const actionError = resolve.error ?? hidePost.error ?? hideComment.error
  return (
    <>
      <p className="breadcrumb">
        <Link to="/community">{t('community.title')}</Link>
      </p>
      <PageHeader title={t('community.moderationTitle')} lead={t('community.moderationLead')} />
      {actionError && (
        <p className="notice notice--error" role="alert">
          {actionError.message}
        </p>
      )}
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={refresh} />}
      {conn && conn.edges.length === 0 && <Empty>{t('community.queueEmpty')}</Empty>}
      <ul className="plain stack">
        {conn?.edges.map(({ node: r }) => {
          const postId = r.post?.id ?? r.comment?.post.id
          const title = r.post?.title ?? r.comment?.post.title ?? ''
          const text = r.post?.body ?? r.comment?.body ?? ''
          const hidden = r.post?.hidden ?? r.comment?.hidden ?? false
          return (
            <li key={r.id} className="card">
              <p className="agenda-meta">
                <span className="badge">{r.comment ? t('community.reportedComment', { name: r.comment.author.displayName }) : t('community.reportedPost')}</span>
                {hidden && <span className="badge badge--moved">{t('community.hidden')}</span>}
              </p>
              <h2 className="post-title">{postId ? <Link to={`/community/posts/${postId}`}>{title}</Link> : title}</h2>
              <blockquote className="reported-text">{excerpt(text, 400)}</blockquote>
              <p>
                <strong>{t('community.reason')}:</strong> {r.reason}
              </p>
              <p className="small muted">
                {t('community.reportedBy', { name: r.reporter.displayName, at: formatDateTime(r.createdAt, i18n.language) })}
              </p>
              <div className="card-actions">
                {!hidden && (
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={async () => {
                      const ok = r.comment ? await hideComment.run({ id: r.comment.id }, t('community.hiddenDone')) : r.post ? await hidePost.run({ id: r.post.id }, t('community.hiddenDone')) : null
                      if (ok && (await resolve.run({ id: r.id }))) refresh()
                    }}
                  >
                    {t('community.hideAndResolve')}
                  </button>
                )}
                <button type="button" className="button" onClick={async () => (await resolve.run({ id: r.id }, t('community.resolvedDone'))) && refresh()}>
                  {hidden ? t('community.resolve') : t('community.keepAndResolve')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('community.queuePages')} />}
    </>
  )
}
