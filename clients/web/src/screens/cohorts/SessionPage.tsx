import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useMe } from '../../api/auth'
import { toAppError } from '../../api/errors'
import { useAnnounce } from '../../components/Announcer'
import { PageHeader } from '../../components/Page'
import { Pager, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDay } from '../../lib/datetime'
import { NotFound } from '../NotFound'
import { SessionTime } from './SessionTime'
import { SelfCheckInPanel } from '../checkin/SelfCheckInPanel'

const SessionDetailDocument = graphql(`
  query SessionDetail($id: ID!) {
    session(id: $id) {
      id
      title
      day
      startsAt
      endsAt
      status
      notes
      module {
        id
        title
        kind
        summary
        description
        learningGoals
        materials {
          title
          url
        }
      }
      attendance {
        present
        person {
          id
        }
      }
      checkInCode {
        code
        expiresAt
      }
      cohort {
        id
        title
        facilitators {
          id
        }
      }
    }
  }
`)

const SessionParticipantsDocument = graphql(`
  query SessionParticipants($cohortId: ID!, $first: Int, $after: String) {
    cohort(id: $cohortId) {
      id
      enrollments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            status
            person {
              id
              displayName
              pronouns
              municipality {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`)

const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($sessionId: ID!, $personId: ID!, $present: Boolean!) {
    recordAttendance(sessionId: $sessionId, personId: $personId, present: $present) {
      present
      person {
        id
      }
    }
  }
`)

const ATTENDANCE_PAGE = 50
// An empty attendance list holds no Attendance to invalidate by; name it so the first record refetches.
const attendanceContext = { additionalTypenames: ['Attendance'] }

export function SessionPage() {
  const { cohortId = '', sessionId = '' } = useParams()
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SessionDetailDocument, variables: { id: sessionId }, context: attendanceContext })
  if (fetching && !data) return <Loading />
  if (error && !data?.session) {
    if (error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotFound />
    return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
  }
  const session = data?.session
  if (!session) return <NotFound />
  const canManage = me.role === 'ADMIN' || session.cohort.facilitators.some((f) => f.id === me.id)
  const mine = session.attendance.find((a) => a.person.id === me.id)

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/cohorts/${cohortId}`}>{session.cohort.title}</Link>
      </p>
      <PageHeader
        title={session.title}
        lead={
          <>
            {formatDay(session.day, i18n.language, 'long')} · <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />
            {session.status !== 'PLANNED' && <span className="badge"> {t(`enums.SessionStatus.${session.status}`)}</span>}
          </>
        }
      />
      <div className="columns">
        <section className="card" aria-labelledby="session-about">
          <h2 id="session-about">{t('session.about')}</h2>
          {session.module ? (
            <>
              <p>
                <span className={`kind kind--${session.module.kind.toLowerCase()}`}>{t(`enums.ModuleKind.${session.module.kind}`)}</span> {session.module.title}
              </p>
              {session.module.summary && <p>{session.module.summary}</p>}
              {session.module.learningGoals.length > 0 && (
                <>
                  <h3>{t('modules.learningGoals')}</h3>
                  <ul>
                    {session.module.learningGoals.map((g, i) => (
                      <li key={i}>{g}</li>
                    ))}
                  </ul>
                </>
              )}
              {session.module.materials.length > 0 && (
                <>
                  <h3>{t('modules.materials')}</h3>
                  <ul>
                    {session.module.materials.map((m, i) => (
                      <li key={i}>
                        <a href={m.url} rel="noopener noreferrer" target="_blank">
                          {m.title}
                          <span className="visually-hidden"> ({t('common.newWindow')})</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <p className="muted">{t('session.noModule')}</p>
          )}
          {session.notes && (
            <>
              <h3>{t('sessionForm.notes')}</h3>
              <p className="pre">{session.notes}</p>
            </>
          )}
          {!canManage && mine && <p className="notice">{mine.present ? t('session.youWerePresent') : t('session.youWereAbsent')}</p>}
        </section>
        {canManage && (
          <div className="stack">
            <p>
              <Link className="button" to={`/cohorts/${cohortId}/feedback?session=${session.id}`}>
                {t('session.askFeedback')}
              </Link>
            </p>
            <SelfCheckInPanel sessionId={session.id} current={session.checkInCode} onOpened={() => reexecute({ requestPolicy: 'network-only' })} />
            <Attendance cohortId={cohortId} sessionId={session.id} present={new Map(session.attendance.map((a) => [a.person.id, a.present]))} />
          </div>
        )}
      </div>
    </>
  )
}

function Attendance({ cohortId, sessionId, present }: { cohortId: string; sessionId: string; present: Map<string, boolean> }) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const pager = usePager()
  const [{ data, fetching, error }] = useQuery({ query: SessionParticipantsDocument, variables: { cohortId, first: ATTENDANCE_PAGE, after: pager.after } })
  const [{ fetching: saving }, record] = useMutation(RecordAttendanceDocument)
  // Ticks show at once; a failed save puts the box back and says why.
  const [optimistic, setOptimistic] = useState<Record<string, boolean>>({})
  const conn = data?.cohort?.enrollments
  const members = (conn?.edges ?? []).map((e) => e.node).filter((e) => e.status !== 'WITHDRAWN' && e.role !== 'FACILITATOR')
  const isPresent = (personId: string) => optimistic[personId] ?? !!present.get(personId)
  const presentCount = members.filter((m) => isPresent(m.person.id)).length

  const toggle = async (personId: string, name: string, value: boolean) => {
    setOptimistic((o) => ({ ...o, [personId]: value }))
    const result = await record({ sessionId, personId, present: value }, { additionalTypenames: ['Attendance'] })
    if (result.error) {
      setOptimistic(({ [personId]: _, ...rest }) => rest)
      announce(toAppError(result.error, t('errors.network')).message, true)
    } else announce(value ? t('attendance.markedPresent', { name }) : t('attendance.markedAbsent', { name }))
  }

  return (
    <section className="card" aria-labelledby="attendance-title" aria-busy={saving}>
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} />}
      {conn && members.length === 0 && <Empty>{t('attendance.empty')}</Empty>}
      {members.length > 0 && (
        <>
          <p role="status">{t('attendance.summary', { present: presentCount, count: members.length })}</p>
          <fieldset className="attendance-list">
            <legend className="visually-hidden">{t('attendance.legend')}</legend>
            {members.map((m) => (
              <div className="field--checkbox attendance-row" key={m.id}>
                <input id={`att-${m.person.id}`} type="checkbox" checked={isPresent(m.person.id)} onChange={(e) => toggle(m.person.id, m.person.displayName, e.target.checked)} />
                <label htmlFor={`att-${m.person.id}`}>
                  {m.person.displayName}
                  {m.person.pronouns && <span className="muted"> ({m.person.pronouns})</span>}
                  {m.person.municipality && <span className="muted"> · {m.person.municipality.name}</span>}
                </label>
              </div>
            ))}
          </fieldset>
        </>
      )}
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} pageSize={ATTENDANCE_PAGE} label={t('attendance.pages')} quietOnOnePage />}
    </section>
  )
}
