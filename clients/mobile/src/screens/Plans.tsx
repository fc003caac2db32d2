// My plans – readable offline from the last sync – with the follow-up meetings of the cohort.
import { useEffect, useRef } from 'react'
import { Pressable, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { MyPlansDocument } from '../api/operations'
import { formatDay } from '../lib/datetime'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { useCachedQuery } from '../state/useCachedQuery'
import { Badge, Button, Card, Muted, Notice, Row, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { colors, space, type } from '../ui/theme'
import { FollowUpList } from './FollowUp'
import { queuedPlans, shownStatus, statusTone } from './planUtil'

export function usePlans() {
  const { queueItems } = useApp()
  const q = useCachedQuery('plans', MyPlansDocument, {})
  // When something about plans arrived, ask again.
  const sentCount = queueItems.filter((i) => (i.kind === 'createPlan' || i.kind === 'addPlanUpdate' || i.kind === 'submitCheckIn') && i.state === 'sent').length
  const last = useRef(sentCount)
  useEffect(() => {
    if (sentCount > last.current) void q.refetch()
    last.current = sentCount
  }, [sentCount, q])
  return q
}

export function Plans() {
  const { t, i18n } = useTranslation()
  const { queueItems } = useApp()
  const { push } = useNav()
  const q = usePlans()
  const plans = q.data?.me?.plans.edges.map((e) => e.node) ?? []
  const waiting = queuedPlans(queueItems)

  return (
    <Screen title={t('plans.title')} syncedAt={q.syncedAt} loading={q.loading} onRefresh={q.refetch}>
      <Muted>{t('plans.lead')}</Muted>
      <Button label={t('plans.create')} icon={<Ionicons name="add" size={22} color={colors.primaryInk} />} onPress={() => push({ name: 'newPlan' })} testID="new-plan" />
      <Section>
        {plans.length === 0 && waiting.length === 0 && !q.loading ? <Notice>{t('plans.empty')}</Notice> : null}
        <View role="list" style={{ gap: space.s }}>
          {waiting.map((i) => (
            <View role="listitem" key={i.id}>
              <Card accent={colors.warning}>
                <Text style={type.subheading}>{i.payload.input.title}</Text>
                <Badge label={i.state === 'failed' ? t('mobile.outbox.states.failed') : t('mobile.outbox.states.pending')} tone={i.state === 'failed' ? 'danger' : 'warning'} />
              </Card>
            </View>
          ))}
          {plans.map((p) => {
            const status = shownStatus(p, queueItems)
            return (
              <View role="listitem" key={p.id}>
                <Pressable role="button" onPress={() => push({ name: 'plan', id: p.id })}>
                  <Card accent={colors.primary}>
                    <Text style={type.subheading}>{p.title}</Text>
                    <Row style={{ justifyContent: 'space-between' }}>
                      <Badge label={t(`enums.PlanStatus.${status}`)} tone={statusTone(status)} />
                      <Muted style={type.small}>{t(`enums.PlanScale.${p.scale}`)}</Muted>
                    </Row>
                    <Row style={{ justifyContent: 'space-between' }}>
                      <Muted style={type.small}>{p.targetDate ? t('plans.until', { date: formatDay(p.targetDate, i18n.language, 'numeric') }) : t(`enums.Visibility.${p.visibility}`)}</Muted>
                      <Ionicons name="chevron-forward" size={20} color={colors.muted} />
                    </Row>
                  </Card>
                </Pressable>
              </View>
            )
          })}
        </View>
      </Section>
      <FollowUpList />
    </Screen>
  )
}
