// One plan: what it is, its history, and a new step with its status (queued when offline).
import { useState } from 'react'
import { View } from 'react-native'
import { useTranslation } from 'react-i18next'
import type { PlanStatus } from '../gql/graphql'
import { formatDateTime, formatDay } from '../lib/datetime'
import { useApp } from '../state/AppContext'
import { Badge, Button, Card, Choice, Field, Muted, Notice, Row, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { space, type } from '../ui/theme'
import { usePlans } from './Plans'
import { PLAN_STATUSES, queuedSteps, shownStatus, statusTone } from './planUtil'

export function PlanDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const { queueItems, enqueue, announce } = useApp()
  const q = usePlans()
  const plan = q.data?.me?.plans.edges.map((e) => e.node).find((p) => p.id === id)
  const [status, setStatus] = useState<PlanStatus | null>(null)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  if (!plan) {
    return (
      <Screen title={t('plans.title')} loading={q.loading}>
        {q.loading ? null : <Notice>{t('notFound.text')}</Notice>}
      </Screen>
    )
  }
  const current = shownStatus(plan, queueItems)
  const waiting = queuedSteps(queueItems, plan.id)

  const save = async () => {
    const next = status ?? current
    if (next === current && !note.trim()) {
      setProblem(t('mobile.plans.nothingChanged'))
      return
    }
    setProblem(null)
    await enqueue('addPlanUpdate', { input: { planId: plan.id, status: next, note: note.trim() || null }, planTitle: plan.title })
    announce(t('mobile.plans.stepQueued', { status: t(`enums.PlanStatus.${next}`) }))
    setNote('')
    setStatus(null)
  }

  return (
    <Screen title={plan.title} syncedAt={q.syncedAt} onRefresh={q.refetch}>
      <Row>
        <Badge label={t(`enums.PlanStatus.${current}`)} tone={statusTone(current)} />
        <Badge label={t(`enums.PlanScale.${plan.scale}`)} />
        <Badge label={t(`enums.Visibility.${plan.visibility}`)} />
      </Row>
      {plan.targetDate ? <Muted>{t('plans.until', { date: formatDay(plan.targetDate, i18n.language, 'long') })}</Muted> : null}
      {plan.cohort ? <Muted>{plan.cohort.title}</Muted> : null}
      <Text>{plan.description || t('plans.noDescription')}</Text>

      <Section title={t('plans.recordStep')}>
        <Choice label={t('plans.status')} options={PLAN_STATUSES} value={status ?? current} onChange={setStatus} labelOf={(s) => t(`enums.PlanStatus.${s}`)} />
        <Field label={t('plans.note')} hint={t('plans.noteHint')} value={note} onChangeText={setNote} multiline maxLength={2000} />
        {problem ? <Notice tone="warning">{problem}</Notice> : null}
        <Button label={t('plans.stepSubmit')} onPress={() => void save()} testID="save-step" />
      </Section>

      <Section title={t('plans.history')}>
        <View role="list" style={{ gap: space.s }}>
          {waiting.map((w) => (
            <View role="listitem" key={w.id}>
              <Card>
                <Row>
                  <Badge label={t(`enums.PlanStatus.${w.payload.input.status}`)} tone={statusTone(w.payload.input.status)} />
                  <Badge label={w.state === 'failed' ? t('mobile.outbox.states.failed') : t('mobile.outbox.states.pending')} tone={w.state === 'failed' ? 'danger' : 'warning'} />
                </Row>
                {w.payload.input.note ? <Text>{w.payload.input.note}</Text> : null}
              </Card>
            </View>
          ))}
          {[...plan.updates].reverse().map((u) => (
            <View role="listitem" key={u.id}>
              <Card>
                <Row style={{ justifyContent: 'space-between' }}>
                  <Badge label={t(`enums.PlanStatus.${u.status}`)} tone={statusTone(u.status)} />
                  <Muted style={type.small}>{formatDateTime(u.createdAt, i18n.language)}</Muted>
                </Row>
                {u.note ? <Text>{u.note}</Text> : null}
              </Card>
            </View>
          ))}
        </View>
      </Section>
    </Screen>
  )
}
