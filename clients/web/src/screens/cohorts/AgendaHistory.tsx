import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime, formatDay } from '../../lib/datetime'
import { useCohort } from './CohortPage'

const AgendaChangesDocument = graphql(`
  query AgendaChanges($id: ID!) {
    cohort(id: $id) {
      id
      agendaChanges {
        id
        fromDay
        fromPosition
        toDay
        toPosition
        reason
        createdAt
        by {
          id
          displayName
        }
        session {
          id
          title
        }
      }
    }
  }
`)

export function AgendaHistory() {
  const { t, i18n } = useTranslation()
  const { cohort } = useCohort()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AgendaChangesDocument, variables: { id: cohort.id }, requestPolicy: 'cache-and-network' })
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
  const changes = data?.cohort?.agendaChanges ?? []
  if (changes.length === 0) return <Empty>{t('history.empty')}</Empty>
  const place = (day: string, position: number) => t('history.place', { day: formatDay(day, i18n.language), n: position + 1 })
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol className="timeline">
        {changes.map((c) => (
          <li key={c.id}>
            <p>
              <strong>{c.session.title}</strong>: {place(c.fromDay, c.fromPosition)} → {place(c.toDay, c.toPosition)}
            </p>
            {c.reason && <p className="quote">„{c.reason}“</p>}
            <p className="muted">
              {t('history.by', { name: c.by.displayName })} · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, i18n.language)}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
