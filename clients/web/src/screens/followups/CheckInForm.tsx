import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { CohortFollowUpsQuery, PlanStatus } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { CheckboxField, Form, TextField } from '../../components/Form'
import { PLAN_STATUSES } from '../cohorts/labels'
import { MyPlansInCohortDocument } from './followUpQueries'

const SubmitCheckInDocument = graphql(`
  mutation SubmitCheckIn($input: CheckInInput!) {
    submitCheckIn(input: $input) {
      id
      whatHappened
      challenges
      needsConsultation
      createdAt
      planUpdates {
        id
        status
        note
        plan {
          id
          title
          status
        }
      }
    }
  }
`)

type FollowUp = NonNullable<CohortFollowUpsQuery['cohort']>['followUps'][number]
interface PlanChange {
  status: PlanStatus | ''
  note: string
}

/** Plan updates to send: only the plans whose status was set or that got a note. */
export function planUpdatesFrom(changes: Record<string, PlanChange>, current: Record<string, PlanStatus>, followUpId: string) {
  return Object.entries(changes)
    .filter(([, c]) => c.status !== '' || c.note.trim() !== '')
    .map(([planId, c]) => ({ planId, followUpId, status: (c.status || current[planId]) as PlanStatus, note: c.note.trim() || null }))
}

/** A participant's check-in before a follow-up: what happened, what was hard, whether they want
 * peer consultation, and where their plans stand – sent all at once. */
export function CheckInForm({ cohortId, followUp, onSent }: { cohortId: string; followUp: FollowUp; onSent(): void }) {
  const { t } = useTranslation()
  const mine = followUp.myCheckIn
  const [whatHappened, setWhatHappened] = useState(mine?.whatHappened ?? '')
  const [challenges, setChallenges] = useState(mine?.challenges ?? '')
  const [needsConsultation, setNeedsConsultation] = useState(mine?.needsConsultation ?? false)
  const [changes, setChanges] = useState<Record<string, PlanChange>>({})
  const [{ data: plansData }] = useQuery({ query: MyPlansInCohortDocument })
  const plans = (plansData?.me?.plans.edges ?? []).map((e) => e.node).filter((p) => p.cohort?.id === cohortId)
  const current = Object.fromEntries(plans.map((p) => [p.id, p.status])) as Record<string, PlanStatus>
  const { run, busy, error } = useAction(SubmitCheckInDocument)
  const change = (planId: string, patch: Partial<PlanChange>) => setChanges((c) => ({ ...c, [planId]: { ...(c[planId] ?? { status: '', note: '' }), ...patch } }))

  const submit = async () => {
    const input = {
      followUpId: followUp.id,
      whatHappened: whatHappened.trim(),
      challenges: challenges.trim() || null,
      needsConsultation,
      planUpdates: planUpdatesFrom(changes, current, followUp.id),
    }
    if (await run({ input }, t('followUps.checkInSent'))) {
      setChanges({})
      onSent()
    }
  }

  const f = error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={mine ? t('followUps.checkInUpdate') : t('followUps.checkInSend')} busyLabel={t('feedback.sending')} error={error}>
      <TextField label={t('followUps.whatHappened')} hint={t('followUps.whatHappenedHint')} value={whatHappened} onChange={setWhatHappened} multiline rows={4} required error={f.whatHappened} />
      <TextField label={t('followUps.challenges')} value={challenges} onChange={setChallenges} multiline rows={3} error={f.challenges} />
      <CheckboxField label={t('followUps.needsConsultation')} hint={t('followUps.needsConsultationHint')} checked={needsConsultation} onChange={setNeedsConsultation} />
      {plans.length > 0 && (
        <fieldset className="field">
          <legend>{t('followUps.planUpdates')}</legend>
          <p className="hint">{t('followUps.planUpdatesHint')}</p>
          {plans.map((p) => (
            <div key={p.id} className="plan-change">
              <p>
                <strong>{p.title}</strong> <span className="badge">{t(`enums.PlanStatus.${p.status}`)}</span>
              </p>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`plan-status-${p.id}`}>
                    {t('followUps.newStatus')}
                    <span className="visually-hidden"> – {p.title}</span>
                  </label>
                  <select id={`plan-status-${p.id}`} value={changes[p.id]?.status ?? ''} onChange={(e) => change(p.id, { status: e.target.value as PlanStatus | '' })}>
                    <option value="">{t('followUps.unchanged')}</option>
                    {PLAN_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`enums.PlanStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField label={t('followUps.planNote', { title: p.title })} value={changes[p.id]?.note ?? ''} onChange={(note) => change(p.id, { note })} />
              </div>
            </div>
          ))}
        </fieldset>
      )}
    </Form>
  )
}
