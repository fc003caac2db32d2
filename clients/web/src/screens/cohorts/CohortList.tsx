import { useState } from 'react'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { CohortStatus } from '../../gql/graphql'
import { useMe } from '../../api/auth'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { SelectField } from '../../components/Form'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDayRange } from '../../lib/datetime'
import { COHORT_STATUSES, enumOptions } from './labels'

const CohortsDocument = graphql(`
  query Cohorts($first: Int, $after: String, $status: CohortStatus) {
    cohorts(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          startsOn
          endsOn
          location
          participantCount
          capacity
          municipalities {
            id
            name
          }
          facilitators {
            id
            displayName
          }
        }
      }
    }
  }
`)

export function CohortList() {
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [status, setStatus] = useState<CohortStatus | ''>('')
  const pager = usePager(status)
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CohortsDocument,
    variables: { first: PAGE_SIZE, after: pager.after, status: status || null },
  })
  const conn = data?.cohorts
  return (
    <>
      <PageHeader title={t('cohorts.title')} lead={t('cohorts.lead')}>
        {me.role === 'ADMIN' && (
          <Link className="button button--primary" to="/cohorts/new">
            {t('cohorts.create')}
          </Link>
        )}
      </PageHeader>
      <div className="filters" role="search" aria-label={t('cohorts.filter')}>
        <SelectField label={t('cohorts.status')} value={status} onChange={setStatus} options={[{ value: '', label: t('common.all') }, ...enumOptions(t, 'CohortStatus', COHORT_STATUSES)]} />
      </div>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {conn && conn.edges.length === 0 && <Empty>{t('cohorts.empty')}</Empty>}
      {conn && conn.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('cohorts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohorts.cohort')}</th>
                <th scope="col">{t('cohorts.status')}</th>
                <th scope="col">{t('cohorts.dates')}</th>
                <th scope="col">{t('cohort.municipalities')}</th>
                <th scope="col">{t('cohort.facilitators')}</th>
                <th scope="col" className="num">
                  {t('cohort.participants')}
                </th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: c }) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/cohorts/${c.id}`}>{c.title}</Link>
                  </th>
                  <td>
                    <span className={`badge badge--${c.status.toLowerCase()}`}>{t(`enums.CohortStatus.${c.status}`)}</span>
                  </td>
                  <td>{formatDayRange(c.startsOn, c.endsOn, i18n.language)}</td>
                  <td>{c.municipalities.map((m) => m.name).join(', ')}</td>
                  <td>{c.facilitators.map((f) => f.displayName).join(', ')}</td>
                  <td className="num">
                    {c.participantCount}
                    {c.capacity ? ` / ${c.capacity}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('cohorts.pages')} />}
    </>
  )
}
