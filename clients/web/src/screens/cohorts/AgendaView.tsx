import { Link, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Empty, Loading, QueryError } from '../../components/Status'
import { groupByDay } from '../../lib/agenda'
import { formatDay, todayInBerlin } from '../../lib/datetime'
import { useCohort } from './CohortPage'
import { useLiveAgenda } from './useLiveAgenda'
import { OpenRoundsBanner } from '../feedback/OpenRoundsBanner'
import { SessionTime, isRunning } from './SessionTime'

/** The day to show first: today if it is a training day, else the next one, else the last. */
export function defaultDay(days: string[], today: string): string | undefined {
  return days.find((d) => d >= today) ?? days[days.length - 1]
}

export function AgendaView() {
  const { t, i18n } = useTranslation()
  const { cohort, canManage } = useCohort()
  const [params, setParams] = useSearchParams()
  const { data, fetching, error, reexecute, sessions, moved } = useLiveAgenda(cohort.id)
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
  const days = groupByDay(sessions)
  if (days.length === 0) return <Empty>{t('agenda.empty')}</Empty>
  const selected = params.get('day') ?? defaultDay(days.map((d) => d.day), todayInBerlin())
  const day = days.find((d) => d.day === selected) ?? days[0]
  const now = Date.now()

  return (
    <section aria-labelledby="agenda-day" className="agenda">
      {!canManage && <OpenRoundsBanner cohortId={cohort.id} />}
      <nav className="day-switch" aria-label={t('agenda.days')}>
        <ul>
          {days.map((d, i) => (
            <li key={d.day}>
              <Link
                to={`?day=${d.day}`}
                aria-current={d.day === day.day ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault()
                  setParams({ day: d.day }, { replace: true })
                }}
              >
                <span className="day-switch-n">{t('agenda.dayN', { n: i + 1 })}</span>
                <span>{formatDay(d.day, i18n.language)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 id="agenda-day">{formatDay(day.day, i18n.language, 'long')}</h2>
      <ol className="agenda-list" aria-labelledby="agenda-day">
        {day.sessions.map((s) => (
          <li key={s.id} className={`agenda-item agenda-item--${s.status.toLowerCase()}${isRunning(s, now) ? ' agenda-item--now' : ''}${moved.has(s.id) ? ' agenda-item--moved' : ''}`}>
            <SessionTime startsAt={s.startsAt} endsAt={s.endsAt} />
            <div className="agenda-body">
              <h3>
                <Link to={`/cohorts/${cohort.id}/sessions/${s.id}`}>{s.title}</Link>
              </h3>
              <p className="agenda-meta">
                {s.module && <span className={`kind kind--${s.module.kind.toLowerCase()}`}>{t(`enums.ModuleKind.${s.module.kind}`)}</span>}
                {s.status !== 'PLANNED' && <span className="badge">{t(`enums.SessionStatus.${s.status}`)}</span>}
                {isRunning(s, now) && <span className="badge badge--running">{t('agenda.now')}</span>}
                {moved.has(s.id) && <span className="badge badge--moved">{t('agenda.moved')}</span>}
              </p>
              {s.module?.summary && <p className="agenda-summary">{s.module.summary}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
