// A new plan: title, what it is about, how big, who may see it (queued when offline).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanScale, Visibility } from '../gql/graphql'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { Button, Choice, Field, Muted } from '../ui/components'
import { Screen } from '../ui/Screen'

const SCALES: readonly PlanScale[] = ['SMALL', 'LARGE']
const VISIBILITIES: readonly Visibility[] = ['PRIVATE', 'FACILITATORS', 'COHORT', 'COMMUNITY']

export function NewPlan() {
  const { t } = useTranslation()
  const { enqueue, cohortId, announce } = useApp()
  const { back } = useNav()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [scale, setScale] = useState<PlanScale>('SMALL')
  const [visibility, setVisibility] = useState<Visibility>('FACILITATORS')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async () => {
    if (!title.trim()) {
      setProblem(t('form.required'))
      return
    }
    await enqueue('createPlan', {
      input: { title: title.trim(), description: description.trim() || null, scale, visibility, cohortId: cohortId ?? null },
    })
    announce(t('plans.created'))
    back()
  }

  return (
    <Screen title={t('plans.create')}>
      <Field label={t('plans.fieldTitle')} hint={t('plans.titleHint')} value={title} onChangeText={setTitle} error={problem} maxLength={200} testID="plan-title" />
      <Field label={t('plans.description')} value={description} onChangeText={setDescription} multiline maxLength={4000} optional={t('mobile.optional')} />
      <Choice label={t('plans.scale')} options={SCALES} value={scale} onChange={setScale} labelOf={(s) => t(`enums.PlanScale.${s}`)} />
      <Choice label={t('plans.visibility')} options={VISIBILITIES} value={visibility} onChange={setVisibility} labelOf={(v) => t(`enums.Visibility.${v}`)} />
      <Muted>{t(`plans.visibilityHint.${visibility}`)}</Muted>
      <Button label={t('plans.createSubmit')} onPress={() => void submit()} testID="create-plan" />
    </Screen>
  )
}
