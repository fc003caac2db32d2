// The queue, visible: what waits for a connection, what is being sent, what arrived, and what the
// service refused – with its message and the full content, so nothing typed is lost.
import { View } from 'react-native'
import { useTranslation } from 'react-i18next'
import type { AddPlanUpdatePayload, CreateCommentPayload, CreatePlanPayload, CreatePostPayload, RespondPayload, SelfCheckInPayload, SubmitCheckInPayload } from '../offline/handlers'
import type { QueueItem } from '../offline/queue'
import { formatDateTime } from '../lib/datetime'
import { useApp } from '../state/AppContext'
import { Badge, Button, Card, Muted, Notice, Row, Text } from '../ui/components'
import { Screen } from '../ui/Screen'
import { colors, space, type } from '../ui/theme'
import type { TFunction } from 'i18next'

/** A one-line description of a queued item, and its content. */
export function describe(item: QueueItem, t: TFunction): { title: string; content: string | null } {
  switch (item.kind) {
    case 'respond': {
      const p = item.payload as RespondPayload
      const answer = [p.rating ? t('feedback.ratingValue', { rating: p.rating }) : null, p.text].filter(Boolean).join(' – ')
      return { title: t('mobile.outbox.kinds.respond', { question: p.question }), content: answer }
    }
    case 'selfCheckIn':
      // Once it arrived: the session it was for.
      return { title: t('mobile.outbox.kinds.selfCheckIn', { code: (item.payload as SelfCheckInPayload).code }), content: item.resultTitle ?? null }
    case 'submitCheckIn': {
      const p = item.payload as SubmitCheckInPayload
      return { title: t('mobile.outbox.kinds.submitCheckIn', { title: p.title }), content: [p.input.whatHappened, p.input.challenges].filter(Boolean).join('\n\n') }
    }
    case 'createPost': {
      const p = item.payload as CreatePostPayload
      return { title: t('mobile.outbox.kinds.createPost', { title: p.input.title }), content: p.input.body }
    }
    case 'createComment': {
      const p = item.payload as CreateCommentPayload
      return { title: t('mobile.outbox.kinds.createComment', { title: p.postTitle }), content: p.input.body }
    }
    case 'createPlan': {
      const p = item.payload as CreatePlanPayload
      return { title: t('mobile.outbox.kinds.createPlan', { title: p.input.title }), content: p.input.description ?? null }
    }
    case 'addPlanUpdate': {
      const p = item.payload as AddPlanUpdatePayload
      return { title: t('mobile.outbox.kinds.addPlanUpdate', { title: p.planTitle, status: t(`enums.PlanStatus.${p.input.status}`) }), content: p.input.note ?? null }
    }
    default:
      return { title: item.kind, content: null }
  }
}

const TONE = { pending: 'warning', sending: 'primary', sent: 'success', failed: 'danger' } as const

export function Outbox() {
  const { t, i18n } = useTranslation()
  const { queueItems, queue, online } = useApp()
  const items = [...queueItems].reverse()
  return (
    <Screen title={t('mobile.outbox.title')}>
      <Muted>{t('mobile.outbox.lead')}</Muted>
      {!online ? <Notice tone="warning">{t('mobile.outbox.offline')}</Notice> : null}
      {items.length === 0 ? <Notice tone="success">{t('mobile.outbox.empty')}</Notice> : null}
      <View role="list" style={{ gap: space.s }}>
        {items.map((item) => {
          const { title, content } = describe(item, t)
          const stateLabel =
            item.state === 'pending' && item.error?.code === 'IN_PROGRESS'
              ? t('mobile.outbox.states.inProgress')
              : item.state === 'pending' && item.uncertain
                ? t('mobile.outbox.states.checking')
                : t(`mobile.outbox.states.${item.state}`)
          return (
            <View role="listitem" key={item.id} testID={`outbox-${item.state}`}>
              <Card accent={item.state === 'failed' ? colors.danger : item.state === 'sent' ? colors.success : colors.warning}>
                <Row style={{ justifyContent: 'space-between' }}>
                  <Badge label={stateLabel} tone={TONE[item.state]} />
                  <Muted style={type.small}>
                    {item.state === 'sent' && item.sentAt
                      ? formatDateTime(item.sentAt, i18n.language)
                      : t('mobile.outbox.writtenAt', { time: formatDateTime(item.createdAt, i18n.language) })}
                  </Muted>
                </Row>
                <Text style={{ fontWeight: '600' }}>{title}</Text>
                {content ? (
                  <Text selectable style={type.small}>
                    {content}
                  </Text>
                ) : null}
                {item.state === 'failed' && item.error ? (
                  <Notice tone="danger">
                    <Text style={{ color: colors.danger, fontWeight: '600' }}>{item.error.message}</Text>
                    {Object.values(item.error.fields ?? {}).map((m) => (
                      <Text key={m} style={{ color: colors.danger }}>
                        {m}
                      </Text>
                    ))}
                  </Notice>
                ) : null}
                {item.state === 'failed' ? (
                  <Row>
                    <Button label={t('mobile.outbox.retry')} onPress={() => void queue.retry(item.id)} />
                    <Button variant="secondary" label={t('mobile.outbox.discard')} a11yLabel={`${t('mobile.outbox.discard')}: ${title}`} onPress={() => void queue.discard(item.id)} />
                  </Row>
                ) : item.state === 'pending' && online ? (
                  <Button variant="secondary" label={t('mobile.outbox.sendNow')} onPress={() => void queue.retry(item.id)} />
                ) : null}
              </Card>
            </View>
          )
        })}
      </View>
    </Screen>
  )
}
