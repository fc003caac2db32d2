// Follow-up meetings months after the training days, and the check-in before them: what happened,
// what was hard, whether to ask the group for advice, and where one's plans stand. A second
// check-in replaces the first, so a queued one is simply sent again after a lost answer.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Linking, Pressable, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { FollowUpsDocument } from '../api/operations'
import type { FollowUpsQuery, PlanStatus } from '../gql/graphql'
import type { SubmitCheckInPayload } from '../offline/handlers'
import { formatDateTime } from '../lib/datetime'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { useCachedQuery } from '../state/useCachedQuery'
import { Badge, Button, Card, Choice, Field, Muted, Notice, Row, SwitchRow, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { colors, space, type } from '../ui/theme'
import { usePlans } from './Plans'
import { PLAN_STATUSES } from './planUtil'

type FollowUpT = NonNullable<FollowUpsQuery['cohort']>['followUps'][number]

function useFollowUps() {
  const { cohortId } = useApp()
  return useCachedQuery(cohortId ? `followUps.${cohortId}` : null, FollowUpsDocument, { id: cohortId ?? '' })
}

function FollowUpCard({ f }: { f: FollowUpT }) {
  const { t, i18n } = useTranslation()
  const { push } = useNav()
  const { queueItems } = useApp()
  const queued = queueItems.some((i) => i.kind === 'submitCheckIn' && i.state !== 'sent' && (i.payload as SubmitCheckInPayload).input.followUpId === f.id)
  const when = formatDateTime(f.scheduledAt, i18n.language)
  const state = queued ? t('mobile.outbox.states.pending') : f.myCheckIn ? t('mobile.followUp.checkedIn') : f.status === 'SCHEDULED' ? t('mobile.followUp.checkInOpen') : t(`enums.FollowUpStatus.${f.status}`)
  return (
    <Pressable role="button" onPress={() => push({ name: 'followUp', id: f.id }, 'plans')}>
      <Card accent={colors.accent}>
        <Text style={type.subheading}>{f.title}</Text>
        <Row style={{ justifyContent: 'space-between' }}>
          <Text style={{ fontWeight: '700', color: colors.accent }}>{when}</Text>
          <Badge label={state} tone={queued ? 'warning' : f.myCheckIn ? 'success' : 'accent'} />
        </Row>
        <Muted style={type.small}>{t(`enums.FollowUpFormat.${f.format}`)}</Muted>
      </Card>
    </Pressable>
  )
}

export function FollowUpList() {
  const { t } = useTranslation()
  const q = useFollowUps()
  const list = q.data?.cohort?.followUps ?? []
  if (list.length === 0) return null
  return (
    <Section title={t('followUps.title')}>
      {list.map((f) => (
        <FollowUpCard key={f.id} f={f} />
      ))}
    </Section>
  )
}

/** The next scheduled follow-up, for the start screen. */
export function NextFollowUp() {
  const { t } = useTranslation()
  const q = useFollowUps()
  const next = (q.data?.cohort?.followUps ?? []).filter((f) => f.status === 'SCHEDULED' && Date.parse(f.scheduledAt) > Date.now() - 3 * 3600_000).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0]
  if (!next) return null
  return (
    <Section title={t('mobile.followUp.next')}>
      <FollowUpCard f={next} />
    </Section>
  )
}

export function FollowUp({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const { enqueue, queueItems, cohortId, announce } = useApp()
  const q = useFollowUps()
  const plansQ = usePlans()
  const f = q.data?.cohort?.followUps.find((x) => x.id === id)
  const plans = useMemo(() => (plansQ.data?.me?.plans.edges.map((e) => e.node) ?? []).filter((p) => p.status !== 'DROPPED'), [plansQ.data])
  const queued = [...queueItems].reverse().find((i) => i.kind === 'submitCheckIn' && (i.payload as SubmitCheckInPayload).input.followUpId === id) as
    | { state: string; payload: SubmitCheckInPayload; error?: { message: string } }
    | undefined
  const mine = queued?.payload.input ?? f?.myCheckIn ?? null
  const [editing, setEditing] = useState(false)
  const [whatHappened, setWhatHappened] = useState('')
  const [challenges, setChallenges] = useState('')
  const [needsConsultation, setNeeds] = useState(false)
  const [steps, setSteps] = useState<Record<string, PlanStatus | 'UNCHANGED'>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const lastState = useRef(queued?.state)

  useEffect(() => {
    if (lastState.current !== 'sent' && queued?.state === 'sent') {
      announce(t('followUps.checkInSent'))
      void q.refetch()
    }
    lastState.current = queued?.state
  }, [queued?.state, announce, q, t])

  if (!f) {
    return (
      <Screen title={t('followUps.title')} loading={q.loading}>
        {q.loading ? null : <Notice>{t('notFound.text')}</Notice>}
      </Screen>
    )
  }

  const startEditing = () => {
    setWhatHappened(mine?.whatHappened ?? '')
    setChallenges(mine?.challenges ?? '')
    setNeeds(mine?.needsConsultation ?? false)
    setEditing(true)
  }

  const submit = async () => {
    if (!whatHappened.trim()) {
      setProblem(t('form.required'))
      return
    }
    setProblem(null)
    const planUpdates = Object.entries(steps)
      .filter(([, s]) => s !== 'UNCHANGED')
      .map(([planId, status]) => ({ planId, status: status as PlanStatus, followUpId: f.id }))
    await enqueue('submitCheckIn', {
      input: { followUpId: f.id, whatHappened: whatHappened.trim(), challenges: challenges.trim() || null, needsConsultation, planUpdates },
      title: f.title,
      cohortId: cohortId ?? '',
    })
    setEditing(false)
    setSteps({})
  }

  const open = f.status === 'SCHEDULED'
  return (
    <Screen title={f.title} syncedAt={q.syncedAt} onRefresh={q.refetch}>
      <Card accent={colors.accent}>
        <Text style={{ fontWeight: '700' }}>{formatDateTime(f.scheduledAt, i18n.language)}</Text>
        <Muted>{t('mobile.followUp.duration', { count: f.durationMinutes })} · {t(`enums.FollowUpFormat.${f.format}`)}</Muted>
        {f.location ? <Text>{t('followUps.where', { location: f.location })}</Text> : null}
        {f.agenda ? <Text>{f.agenda}</Text> : null}
        {f.meetingUrl ? (
          <Button
            variant="secondary"
            label={t('followUps.join')}
            icon={<Ionicons name="videocam-outline" size={20} color={colors.primary} />}
            onPress={() => void Linking.openURL(f.meetingUrl!)}
            hint={t('common.newWindow')}
          />
        ) : null}
      </Card>

      <Section title={t('followUps.checkInTitle')}>
        <Muted>{t('followUps.lead')}</Muted>
        <Muted style={type.small}>{t('followUps.checkInHint')}</Muted>
        {queued && queued.state !== 'sent' ? (
          <Notice tone={queued.state === 'failed' ? 'danger' : 'warning'} live>
            {queued.state === 'failed' ? queued.error?.message ?? '' : t('mobile.followUp.queued')}
          </Notice>
        ) : null}
        {!editing && mine ? (
          <Card>
            {f.myCheckIn && (!queued || queued.state === 'sent') ? <Notice tone="success">{t('followUps.youCheckedIn', { at: formatDateTime(f.myCheckIn.createdAt, i18n.language) })}</Notice> : null}
            <Text style={{ fontWeight: '600' }}>{t('followUps.whatHappened')}</Text>
            <Text>{mine.whatHappened}</Text>
            {mine.challenges ? (
              <>
                <Text style={{ fontWeight: '600' }}>{t('followUps.challenges')}</Text>
                <Text>{mine.challenges}</Text>
              </>
            ) : null}
            {mine.needsConsultation ? <Badge label={t('followUps.consultationBadge')} tone="accent" /> : null}
            {open ? <Button variant="secondary" label={t('followUps.checkInChange')} onPress={startEditing} /> : null}
          </Card>
        ) : open ? (
          editing || !mine ? (
            <View style={{ gap: space.s }}>
              <Field label={t('followUps.whatHappened')} hint={t('followUps.whatHappenedHint')} value={whatHappened} onChangeText={setWhatHappened} multiline error={problem} maxLength={4000} testID="what-happened" />
              <Field label={t('followUps.challenges')} value={challenges} onChangeText={setChallenges} multiline optional={t('mobile.optional')} maxLength={4000} />
              <SwitchRow label={t('followUps.needsConsultation')} hint={t('followUps.needsConsultationHint')} value={needsConsultation} onChange={setNeeds} />
              {plans.length ? (
                <View style={{ gap: space.s }}>
                  <Text style={type.subheading}>{t('followUps.planUpdates')}</Text>
                  <Muted style={type.small}>{t('followUps.planUpdatesHint')}</Muted>
                  {plans.map((p) => (
                    <Choice
                      key={p.id}
                      label={p.title}
                      options={['UNCHANGED', ...PLAN_STATUSES] as const}
                      value={steps[p.id] ?? 'UNCHANGED'}
                      onChange={(s) => setSteps((prev) => ({ ...prev, [p.id]: s }))}
                      labelOf={(s) => (s === 'UNCHANGED' ? t('followUps.unchanged') : t(`enums.PlanStatus.${s}`))}
                    />
                  ))}
                </View>
              ) : null}
              <Button label={mine ? t('followUps.checkInUpdate') : t('followUps.checkInSend')} onPress={() => void submit()} testID="send-follow-up" />
            </View>
          ) : null
        ) : (
          <Notice>{t(`enums.FollowUpStatus.${f.status}`)}</Notice>
        )}
      </Section>
    </Screen>
  )
}
