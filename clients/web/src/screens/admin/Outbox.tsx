import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { CheckboxField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'

const OutboxDocument = graphql(`
  query Outbox($first: Int, $after: String, $pending: Boolean) {
    outbox(first: $first, after: $after, pending: $pending) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          toAddress
          kind
          subject
          body
          dueAt
          sentAt
          attempts
          lastError
        }
      }
    }
  }
`)

/** What the platform mails (invitations, check-in invitations and reminders), and whether it went out. */
export function Outbox() {
  const { t, i18n } = useTranslation()
  const [pending, setPending] = useState(false)
  const pager = usePager(pending)
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OutboxDocument, variables: { first: PAGE_SIZE, after: pager.after, pending: pending || null } })
  const conn = data?.outbox
  return (
    <>
      <PageHeader title={t('outbox.title')} lead={t('outbox.lead')} />
      <div className="filters">
        <CheckboxField label={t('outbox.pendingOnly')} checked={pending} onChange={setPending} />
      </div>
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {conn && conn.edges.length === 0 && <Empty>{t('outbox.empty')}</Empty>}
      {conn && conn.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('outbox.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outbox.subject')}</th>
                <th scope="col">{t('outbox.to')}</th>
                <th scope="col">{t('outbox.due')}</th>
                <th scope="col">{t('outbox.state')}</th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: m }) => (
                <tr key={m.id}>
                  <th scope="row">
                    <details>
                      <summary>{m.subject}</summary>
                      <p className="pre small">{m.body}</p>
                    </details>
                    <span className="small muted">{m.kind}</span>
                  </th>
                  <td>{m.toAddress}</td>
                  <td>{formatDateTime(m.dueAt, i18n.language)}</td>
                  <td>
                    {m.sentAt ? t('outbox.sent', { at: formatDateTime(m.sentAt, i18n.language) }) : t('outbox.waiting', { count: m.attempts })}
                    {m.lastError && <p className="small field-error">{m.lastError}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('outbox.pages')} />}
    </>
  )
}
