import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { PlanScale, Visibility } from '../../gql/graphql'
import type { AppError } from '../../api/errors'
import { Form, SelectField, TextField } from '../../components/Form'
import { PLAN_SCALES, VISIBILITIES, enumOptions } from '../cohorts/labels'

const MyCohortChoicesDocument = graphql(`
  query MyCohortChoices {
    me {
      id
      enrollments {
        id
        status
        cohort {
          id
          title
        }
      }
    }
  }
`)

export interface PlanValues {
  title: string
  description: string
  scale: PlanScale
  visibility: Visibility
  targetDate: string
  cohortId: string
}

interface Props {
  initial: PlanValues
  busy: boolean
  error: AppError | null
  submitLabel: string
  onSubmit(v: PlanValues): void
  /** The cohort is chosen when a plan is made and stays. */
  withCohort: boolean
}

export function PlanForm({ initial, busy, error, submitLabel, onSubmit, withCohort }: Props) {
  const { t } = useTranslation()
  const [v, setV] = useState(initial)
  const set = <K extends keyof PlanValues>(k: K) => (value: PlanValues[K]) => setV((old) => ({ ...old, [k]: value }))
  const [{ data }] = useQuery({ query: MyCohortChoicesDocument, pause: !withCohort })
  const cohorts = (data?.me?.enrollments ?? []).filter((e) => e.status !== 'WITHDRAWN').map((e) => e.cohort)
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={() => onSubmit(v)} busy={busy} submitLabel={submitLabel} error={error}>
      <TextField label={t('plans.fieldTitle')} hint={t('plans.titleHint')} value={v.title} onChange={set('title')} required error={f.title} />
      <TextField label={t('plans.description')} value={v.description} onChange={set('description')} multiline rows={3} error={f.description} />
      <div className="field-row">
        <SelectField label={t('plans.scale')} value={v.scale} onChange={set('scale')} options={enumOptions(t, 'PlanScale', PLAN_SCALES)} error={f.scale} />
        <TextField label={t('plans.targetDate')} type="date" value={v.targetDate} onChange={set('targetDate')} error={f.targetDate} />
      </div>
      {withCohort && (
        <SelectField
          label={t('plans.cohort')}
          value={v.cohortId}
          onChange={set('cohortId')}
          options={[{ value: '', label: t('plans.noCohort') }, ...cohorts.map((c) => ({ value: c.id, label: c.title }))]}
          error={f.cohortId}
        />
      )}
      <SelectField label={t('plans.visibility')} hint={t(`plans.visibilityHint.${v.visibility}`)} value={v.visibility} onChange={set('visibility')} options={enumOptions(t, 'Visibility', VISIBILITIES)} error={f.visibility} />
    </Form>
  )
}
