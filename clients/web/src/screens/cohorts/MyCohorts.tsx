import { Link } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useMe } from '../../api/auth'
import { PageHeader } from '../../components/Page'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useState } from 'react'
import { formatDayRange, todayInBerlin } from '../../lib/datetime'
import { SessionTime, isRunning } from './SessionTime'

const MyCohortsDocument = graphql(`
  query MyCohorts($today: Date!) {
    me {
      id
      enrollments {
        id
        role
        status
        multiplier
        cohort {
          id
          title
          status
          startsOn
          endsOn
          location
          participantCount
          municipalities {
            id
            name
          }
          sessions(day: $today) {
            id
            title
            startsAt
            endsAt
            status
          }
        }
      }
    }
  }
`)

export function MyCohorts() {
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [today] = useState(() => todayInBerlin())
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyCohortsDocument, variables: { today } })
  const enrollments = (data?.me?.enrollments ?? []).filter((e) => e.status !== 'WITHDRAWN')
  return (
    <>
      <PageHeader title={t('myCohorts.title')} lead={t('myCohorts.greeting', { name: me.displayName })}>
        {me.role !== 'PARTICIPANT' && (
          <Link className="button" to="/cohorts">
            {t('myCohorts.allCohorts')}
          </Link>
        )}
      </PageHeader>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {data && enrollments.length === 0 && <Empty>{t('myCohorts.empty')}</Empty>}
      <ul className="card-grid">
        {enrollments.map((e) => (
          <li key={e.id} className="card cohort-card">
            <h2>
              <Link to={`/cohorts/${e.cohort.id}`}>{e.cohort.title}</Link>
            </h2>
            <p>
              <span className={`badge badge--${e.cohort.status.toLowerCase()}`}>{t(`enums.CohortStatus.${e.cohort.status}`)}</span>{' '}
              {formatDayRange(e.cohort.startsOn, e.cohort.endsOn, i18n.language)}
            </p>
            {e.cohort.sessions.length > 0 && (
              <section className="today" aria-label={t('myCohorts.today')}>
                <h3>{t('myCohorts.today')}</h3>
                <ol className="plain">
                  {e.cohort.sessions.map((s) => (
                    <li key={s.id} className={isRunning(s, Date.now()) ? 'today--now' : undefined}>
                      <SessionTime startsAt={s.startsAt} endsAt={s.endsAt} /> <Link to={`/cohorts/${e.cohort.id}/sessions/${s.id}`}>{s.title}</Link>
                      {isRunning(s, Date.now()) && <span className="badge badge--running"> {t('agenda.now')}</span>}
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <dl className="facts">
              <dt>{t('myCohorts.myRole')}</dt>
              <dd>
                {t(`enums.CohortRole.${e.role}`)}
                {e.status === 'INVITED' ? ` · ${t('enums.EnrollmentStatus.INVITED')}` : ''}
                {e.multiplier ? ` · ${t('cohort.multiplier')}` : ''}
              </dd>
              {e.cohort.location && (
                <>
                  <dt>{t('cohort.location')}</dt>
                  <dd>{e.cohort.location}</dd>
                </>
              )}
              <dt>{t('cohort.municipalities')}</dt>
              <dd>{e.cohort.municipalities.map((m) => m.name).join(', ')}</dd>
              <dt>{t('cohort.participants')}</dt>
              <dd>{e.cohort.participantCount}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  )
}
