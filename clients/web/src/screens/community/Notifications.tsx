import { Link } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'

const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          read
          createdAt
          actor {
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
`)

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`)

export function Notifications() {
  const { t, i18n } = useTranslation()
  const pager = usePager()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NotificationsDocument, variables: { first: PAGE_SIZE, after: pager.after } })
  const mark = useAction(MarkReadDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  const conn = data?.notifications
  const markRead = async (ids: string[] | null) => {
    if ((await mark.run({ ids }, t('notifications.marked'))) !== null) refresh()
  }
  return (
    <>
      <PageHeader title={t('notifications.title')} lead={t('notifications.lead')}>
        <button type="button" className="button" onClick={() => markRead(null)}>
          {t('notifications.markAll')}
        </button>
      </PageHeader>
      {mark.error && (
        <p className="notice notice--error" role="alert">
          {mark.error.message}
        </p>
      )}
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={refresh} />}
      {conn && conn.edges.length === 0 && <Empty>{t('notifications.empty')}</Empty>}
      <ul className="plain stack">
        {conn?.edges.map(({ node: n }) => (
          <li key={n.id} className={`card notification${n.read ? '' : ' notification--unread'}`}>
            <p>
              {!n.read && <span className="badge badge--moved">{t('notifications.new')}</span>} {t(`notifications.kind.${n.kind}`, { name: n.actor.displayName, defaultValue: t('notifications.kind.OTHER', { name: n.actor.displayName }) })}{' '}
              {n.post && <Link to={`/community/posts/${n.post.id}`}>{n.post.title}</Link>}
            </p>
            <p className="small muted">
              {formatDateTime(n.createdAt, i18n.language)}
              {!n.read && (
                <>
                  {' · '}
                  <button type="button" className="button button--quiet" onClick={() => markRead([n.id])}>
                    {t('notifications.markOne')}
                  </button>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('notifications.pages')} />}
    </>
  )
}
