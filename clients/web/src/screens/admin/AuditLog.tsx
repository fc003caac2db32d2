import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'
import { useDebounced } from '../../lib/useDebounced'

const AuditEventsDocument = graphql(`
  query AuditEvents($first: Int, $after: String, $actor: String, $action: String) {
    auditEvents(first: $first, after: $after, actor: $actor, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          actor
          actorName
          action
          target
          requestId
          createdAt
        }
      }
    }
  }
`)

/** Who did what, newest first: every read of personal data by a token, every export, every change of rights. */
export function AuditLog() {
  const { t, i18n } = useTranslation()
  const [actor, setActor] = useState('')
  const [action, setAction] = useState('')
  const filter = useDebounced(`${actor.trim()}|${action.trim()}`)
  const [a, b] = filter.split('|')
  const pager = usePager(filter)
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AuditEventsDocument, variables: { first: PAGE_SIZE, after: pager.after, actor: a || null, action: b || null } })
  const conn = data?.auditEvents
  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <div className="filters" role="search" aria-label={t('audit.filter')}>
        <TextField label={t('audit.actor')} hint={t('audit.actorHint')} value={actor} onChange={setActor} />
        <TextField label={t('audit.action')} hint={t('audit.actionHint')} value={action} onChange={setAction} />
      </div>
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {conn && conn.edges.length === 0 && <Empty>{t('audit.empty')}</Empty>}
      {conn && conn.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: e }) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.createdAt, i18n.language)}</td>
                  <th scope="row">
                    <code>{e.action}</code>
                  </th>
                  <td>
                    {e.actorName}
                    <br />
                    <button type="button" className="tag-button small" onClick={() => setActor(e.actor)}>
                      <span className="visually-hidden">{t('audit.filterBy')} </span>
                      <code>{e.actor}</code>
                    </button>
                  </td>
                  <td>
                    {e.target ? <code>{e.target}</code> : '–'}
                    {e.requestId && <p className="small muted">{t('audit.request', { id: e.requestId })}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('audit.pages')} />}
    </>
  )
}
