import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { CohortFollowUpsQuery, FollowUpFormat, FollowUpStatus } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { Form, SelectField, TextField } from '../../components/Form'
import { Empty, Loading, QueryError } from '../../components/Status'
import { berlinToUtcIso, formatDateTime, utcToBerlin } from '../../lib/datetime'
import { useCohort } from '../cohorts/CohortPage'
import { FOLLOW_UP_FORMATS, FOLLOW_UP_STATUSES, enumOptions } from '../cohorts/labels'
import { CheckInForm } from './CheckInForm'
import { FollowUpDetails } from './FollowUpDetails'
import { CohortFollowUpsDocument } from './followUpQueries'

const ScheduleFollowUpDocument = graphql(`
  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {
    scheduleFollowUp(input: $input) {
      id
    }
  }
`)

const UpdateFollowUpDocument = graphql(`
  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) {
    updateFollowUp(id: $id, input: $input) {
      ...FollowUpFields
    }
  }
`)

const FollowUpCheckInsDocument = graphql(`
  query FollowUpCheckIns($id: ID!) {
    followUp(id: $id) {
      id
      checkIns {
        id
        whatHappened
        challenges
        needsConsultation
        createdAt
        person {
          id
          displayName
          municipality {
            id
            name
          }
        }
        planUpdates {
          id
          status
          note
          plan {
            id
            title
          }
        }
      }
    }
  }
`)

type FollowUp = NonNullable<CohortFollowUpsQuery['cohort']>['followUps'][number]

export function FollowUps() {
  const { t } = useTranslation()
  const { cohort, canManage } = useCohort()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CohortFollowUpsDocument, variables: { id: cohort.id } })
  const [editing, setEditing] = useState<FollowUp | null>(null)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={refresh} />
  const followUps = data?.cohort?.followUps ?? []
  return (
    <div className={canManage ? 'columns columns--wide' : ''}>
      <section aria-labelledby="followups-title">
        <h2 id="followups-title">{t('followUps.title')}</h2>
        <p className="lead">{canManage ? t('followUps.leadFacilitator') : t('followUps.lead')}</p>
        {followUps.length === 0 && <Empty>{t('followUps.empty')}</Empty>}
        <div className="stack">
          {followUps.map((f) => (
            <article key={f.id} className="card" aria-labelledby={`fu-${f.id}`}>
              <h3 id={`fu-${f.id}`}>{f.title}</h3>
              <FollowUpDetails followUp={f} />
              {canManage ? (
                <>
                  <div className="card-actions">
                    <button type="button" className="button" onClick={() => setEditing(f)}>
                      {t('common.edit')}
                      <span className="visually-hidden">: {f.title}</span>
                    </button>
                  </div>
                  <CheckInOverview followUpId={f.id} participants={cohort.participantCount} />
                </>
              ) : (
                <ParticipantCheckIn followUp={f} cohortId={cohort.id} onSent={refresh} />
              )}
            </article>
          ))}
        </div>
      </section>
      {canManage && (
        <section className="card" aria-labelledby="schedule-followup">
          <h2 id="schedule-followup">{t('followUps.schedule')}</h2>
          <FollowUpForm cohortId={cohort.id} onSaved={refresh} />
        </section>
      )}
      {editing && (
        <Dialog title={t('followUps.editTitle', { title: editing.title })} open onClose={() => setEditing(null)}>
          <FollowUpForm
            cohortId={cohort.id}
            followUp={editing}
            onSaved={() => {
              setEditing(null)
              refresh()
            }}
          />
        </Dialog>
      )}
    </div>
  )
}

function ParticipantCheckIn({ followUp, cohortId, onSent }: { followUp: FollowUp; cohortId: string; onSent(): void }) {
  const { t, i18n } = useTranslation()
  const mine = followUp.myCheckIn
  const [changing, setChanging] = useState(false)
  if (followUp.status !== 'SCHEDULED') {
    return mine ? <p className="muted">{t('followUps.youCheckedIn', { at: formatDateTime(mine.createdAt, i18n.language) })}</p> : null
  }
  return (
    <section className="checkin-section" aria-labelledby={`ci-${followUp.id}`}>
      <h4 id={`ci-${followUp.id}`}>{t('followUps.checkInTitle')}</h4>
      {mine && !changing ? (
        <div className="notice notice--success">
          <p>{t('followUps.youCheckedIn', { at: formatDateTime(mine.createdAt, i18n.language) })}</p>
          <p className="pre">{mine.whatHappened}</p>
          {mine.planUpdates.length > 0 && (
            <ul>
              {mine.planUpdates.map((u) => (
                <li key={u.id}>
                  {u.plan.title}: {t(`enums.PlanStatus.${u.status}`)}
                  {u.note ? ` – ${u.note}` : ''}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => setChanging(true)}>
            {t('followUps.checkInChange')}
          </button>
        </div>
      ) : (
        <>
          <p className="hint">{t('followUps.checkInHint')}</p>
          <CheckInForm
            cohortId={cohortId}
            followUp={followUp}
            onSent={() => {
              setChanging(false)
              onSent()
            }}
          />
        </>
      )}
    </section>
  )
}

function CheckInOverview({ followUpId, participants }: { followUpId: string; participants: number }) {
  const { t, i18n } = useTranslation()
  const [{ data, error }] = useQuery({ query: FollowUpCheckInsDocument, variables: { id: followUpId } })
  if (error) return <QueryError error={error} />
  const checkIns = data?.followUp?.checkIns ?? []
  const wanting = checkIns.filter((c) => c.needsConsultation)
  return (
    <details className="checkin-overview" open={checkIns.length > 0}>
      <summary>
        {t('followUps.checkInsOf', { count: checkIns.length, participants })}
        {wanting.length > 0 && ` · ${t('followUps.wantConsultation', { count: wanting.length })}`}
      </summary>
      {checkIns.length === 0 ? (
        <p className="muted">{t('followUps.noCheckIns')}</p>
      ) : (
        <ul className="plain checkin-list">
          {checkIns.map((c) => (
            <li key={c.id} className={c.needsConsultation ? 'checkin--consult' : undefined}>
              <p>
                <strong>{c.person.displayName}</strong>
                {c.person.municipality && <span className="muted"> · {c.person.municipality.name}</span>}
                {c.needsConsultation && <span className="badge badge--moved"> {t('followUps.consultationBadge')}</span>}
              </p>
              <p className="pre">{c.whatHappened}</p>
              {c.challenges && (
                <p className="pre">
                  <em>{t('followUps.challenges')}:</em> {c.challenges}
                </p>
              )}
              {c.planUpdates.length > 0 && (
                <ul>
                  {c.planUpdates.map((u) => (
                    <li key={u.id}>
                      {u.plan.title}: {t(`enums.PlanStatus.${u.status}`)}
                      {u.note ? ` – ${u.note}` : ''}
                    </li>
                  ))}
                </ul>
              )}
              <p className="small muted">{formatDateTime(c.createdAt, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}

function FollowUpForm({ cohortId, followUp, onSaved }: { cohortId: string; followUp?: FollowUp; onSaved(): void }) {
  const { t } = useTranslation()
  const at = followUp ? utcToBerlin(followUp.scheduledAt) : { day: '', time: '18:00' }
  const [title, setTitle] = useState(followUp?.title ?? t('followUps.defaultTitle'))
  const [day, setDay] = useState(at.day)
  const [time, setTime] = useState(at.time)
  const [duration, setDuration] = useState(String(followUp?.durationMinutes ?? 90))
  const [format, setFormat] = useState<FollowUpFormat>(followUp?.format ?? 'ONLINE')
  const [meetingUrl, setMeetingUrl] = useState(followUp?.meetingUrl ?? '')
  const [location, setLocation] = useState(followUp?.location ?? '')
  const [agenda, setAgenda] = useState(followUp?.agenda ?? '')
  const [status, setStatus] = useState<FollowUpStatus>(followUp?.status ?? 'SCHEDULED')
  const [missing, setMissing] = useState<string | null>(null)
  const schedule = useAction(ScheduleFollowUpDocument)
  const update = useAction(UpdateFollowUpDocument)
  const action = followUp ? update : schedule

  const submit = async () => {
    if (!day || !time) return setMissing(t('followUps.whenMissing'))
    setMissing(null)
    const common = {
      title: title.trim(),
      scheduledAt: berlinToUtcIso(day, time),
      durationMinutes: Number(duration),
      format,
      meetingUrl: meetingUrl.trim() || null,
      location: location.trim() || null,
      agenda: agenda.trim() || null,
    }
    const ok = followUp
      ? await update.run({ id: followUp.id, input: { ...common, status } }, t('common.savedMessage'))
      : await schedule.run({ input: { cohortId, ...common } }, t('followUps.scheduled'))
    if (ok) onSaved()
  }
  const f = action.error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={action.busy} submitLabel={followUp ? t('common.save') : t('followUps.scheduleSubmit')} error={action.error ?? (missing ? { message: missing, code: null, fields: {} } : null)}>
      <TextField label={t('followUps.fieldTitle')} value={title} onChange={setTitle} required error={f.title} />
      <div className="field-row">
        <TextField label={t('followUps.day')} type="date" value={day} onChange={setDay} required error={f.scheduledAt} />
        <TextField label={t('followUps.time')} type="time" value={time} onChange={setTime} required hint={t('sessionForm.timeHint')} />
        <TextField label={t('followUps.duration')} type="number" inputMode="numeric" min={15} max={480} value={duration} onChange={setDuration} required error={f.durationMinutes} />
      </div>
      <SelectField label={t('followUps.format')} value={format} onChange={setFormat} options={enumOptions(t, 'FollowUpFormat', FOLLOW_UP_FORMATS)} error={f.format} />
      {format === 'ONLINE' ? (
        <TextField label={t('followUps.meetingUrl')} type="url" value={meetingUrl} onChange={setMeetingUrl} required error={f.meetingUrl} />
      ) : (
        <TextField label={t('followUps.location')} value={location} onChange={setLocation} required error={f.location} />
      )}
      <TextField label={t('followUps.agenda')} value={agenda} onChange={setAgenda} multiline rows={4} error={f.agenda} />
      {followUp && <SelectField label={t('followUps.status')} value={status} onChange={setStatus} options={enumOptions(t, 'FollowUpStatus', FOLLOW_UP_STATUSES)} error={f.status} />}
    </Form>
  )
}

