import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CohortStatus } from '../../gql/graphql'
import type { AppError } from '../../api/errors'
import { Form, SelectField, TextField } from '../../components/Form'
import { MunicipalityMultiSelect, type Named } from '../../components/Pickers'
import { COHORT_STATUSES, enumOptions } from './labels'

export interface CohortValues {
  title: string
  programme: string
  description: string
  status: CohortStatus
  startsOn: string
  endsOn: string
  location: string
  capacity: string
  municipalities: Named[]
}

export const emptyCohort: CohortValues = {
  title: '',
  programme: 'Vielfaltsmanager*innenausbildung',
  description: '',
  status: 'PLANNED',
  startsOn: '',
  endsOn: '',
  location: '',
  capacity: '15',
  municipalities: [],
}

/** The capacity as the API wants it: a number, or null when left empty. */
export function parseCapacity(value: string): number | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : Number(trimmed)
}

interface Props {
  initial: CohortValues
  mode: 'create' | 'update'
  busy: boolean
  error: AppError | null
  onSubmit(values: CohortValues): void
}

export function CohortForm({ initial, mode, busy, error, onSubmit }: Props) {
  const { t } = useTranslation()
  const [v, setV] = useState(initial)
  const set = <K extends keyof CohortValues>(k: K) => (value: CohortValues[K]) => setV((old) => ({ ...old, [k]: value }))
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={() => onSubmit(v)} busy={busy} submitLabel={mode === 'create' ? t('cohorts.create') : t('common.save')} error={error}>
      <TextField label={t('cohortForm.title')} value={v.title} onChange={set('title')} required error={f.title} />
      {mode === 'create' && <TextField label={t('cohortForm.programme')} value={v.programme} onChange={set('programme')} error={f.programme} />}
      <TextField label={t('cohortForm.description')} value={v.description} onChange={set('description')} multiline error={f.description} />
      {mode === 'update' && <SelectField label={t('cohortForm.status')} value={v.status} onChange={set('status')} options={enumOptions(t, 'CohortStatus', COHORT_STATUSES)} error={f.status} />}
      <div className="field-row">
        <TextField label={t('cohortForm.startsOn')} type="date" value={v.startsOn} onChange={set('startsOn')} error={f.startsOn} />
        <TextField label={t('cohortForm.endsOn')} type="date" value={v.endsOn} onChange={set('endsOn')} error={f.endsOn} />
      </div>
      <div className="field-row">
        <TextField label={t('cohortForm.location')} value={v.location} onChange={set('location')} error={f.location} />
        <TextField label={t('cohortForm.capacity')} type="number" inputMode="numeric" min={1} value={v.capacity} onChange={set('capacity')} error={f.capacity} />
      </div>
      <MunicipalityMultiSelect label={t('cohortForm.municipalities')} selected={v.municipalities} onChange={set('municipalities')} error={f.municipalityIds} />
    </Form>
  )
}
