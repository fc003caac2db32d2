// Open feedback rounds of the cohort, answered in two taps: a rating, then send (text where the
// round asks for it). Anonymous rounds say so plainly. Answers go through the offline queue; a
// second answer replaces the first, so an answer sent twice is still one answer. A round the
// facilitators open arrives at once through `feedbackRoundOpened`.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Pressable, StyleSheet, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { FeedbackRoundOpenedDocument, OpenRoundsDocument } from '../api/operations'
import type { OpenRoundFragment, OpenRoundsQuery } from '../gql/graphql'
import type { RespondPayload } from '../offline/handlers'
import type { QueueItem } from '../offline/queue'
import { useApp } from '../state/AppContext'
import { useCachedQuery, useSubscription, type CachedQuery } from '../state/useCachedQuery'
import { Badge, Button, Card, Field, Muted, Notice, Row, Text } from '../ui/components'
import { Screen } from '../ui/Screen'
import { colors, space, TOUCH, type } from '../ui/theme'

export type Round = OpenRoundFragment

/**
 * How often the open rounds are asked for. New rounds arrive through the subscription; the slow
 * poll catches what it does not carry (a round closed, the facilitators' answer). While the
 * socket is down, the poll is all there is.
 */
export const POLL_LIVE_MS = 60_000
export const POLL_OFFLINE_MS = 15_000

/** The open rounds with one that was just opened, newest first (as the service orders them). */
export function withOpenedRound(prev: OpenRoundsQuery | undefined, round: Round): OpenRoundsQuery | undefined {
  if (!prev?.cohort) return prev
  const rest = prev.cohort.feedbackRounds.filter((r) => r.id !== round.id)
  return { ...prev, cohort: { ...prev.cohort, feedbackRounds: [round, ...rest] } }
}

interface Rounds {
  query: CachedQuery<OpenRoundsQuery>
  rounds: Round[]
  /** Open rounds without an answer (neither on the service nor waiting in the queue). */
  unanswered: number
  bannerText: string
}

const RoundsCtx = createContext<Rounds | null>(null)

/** The latest queued answer for each round. */
function queuedAnswers(items: readonly QueueItem[]): Map<string, QueueItem<RespondPayload>> {
  const out = new Map<string, QueueItem<RespondPayload>>()
  for (const i of items) if (i.kind === 'respond') out.set((i.payload as RespondPayload).roundId, i as QueueItem<RespondPayload>)
  return out
}

export function RoundsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { cohortId, status, queueItems, announce } = useApp()
  const name = status === 'signedIn' && cohortId ? `rounds.${cohortId}` : null
  const latest = useRef<CachedQuery<OpenRoundsQuery> | null>(null)
  const { live } = useSubscription(
    name ? FeedbackRoundOpenedDocument : null,
    { cohortId: cohortId ?? '' },
    (data) => {
      const round = data.feedbackRoundOpened
      latest.current?.update((prev) => withOpenedRound(prev, round))
      announce(t('mobile.feedback.opened', { question: round.question }))
    },
    // After a reconnection: what opened meanwhile.
    useCallback(() => void latest.current?.refetch(), []),
  )
  const query = useCachedQuery(name, OpenRoundsDocument, { id: cohortId ?? '' }, { pollMs: live ? POLL_LIVE_MS : POLL_OFFLINE_MS })
  latest.current = query
  const rounds = useMemo(() => query.data?.cohort?.feedbackRounds ?? [], [query.data])
  const queued = queuedAnswers(queueItems)
  const open = rounds.filter((r) => !r.myResponse && !queued.has(r.id))
  const bannerText = open.length === 1 ? t('feedback.banner_one', { question: open[0].question }) : t('feedback.banner_other', { count: open.length })
  return <RoundsCtx.Provider value={{ query, rounds, unanswered: open.length, bannerText }}>{children}</RoundsCtx.Provider>
}

export function useRounds(): Rounds {
  const v = useContext(RoundsCtx)
  if (!v) throw new Error('useRounds outside RoundsProvider')
  return v
}

export function Feedback() {
  const { t } = useTranslation()
  const { query, rounds } = useRounds()
  const { queueItems } = useApp()
  const queued = queuedAnswers(queueItems)
  const { refetch } = query
  // Opening the tab asks at once, not at the next poll.
  useEffect(() => {
    void refetch()
  }, [refetch])
  return (
    <Screen title={t('feedback.openRounds')} syncedAt={query.syncedAt} loading={query.loading} onRefresh={query.refetch}>
      {rounds.length === 0 && !query.loading ? <Notice>{t('feedback.noOpenRounds')}</Notice> : null}
      {rounds.map((r) => (
        <RoundCard key={r.id} round={r} queued={queued.get(r.id) ?? null} onSent={query.refetch} />
      ))}
    </Screen>
  )
}

const RATINGS = [1, 2, 3, 4, 5] as const

export function RoundCard({ round, queued, onSent }: { round: Round; queued: QueueItem<RespondPayload> | null; onSent: () => void }) {
  const { t } = useTranslation()
  const { enqueue, cohortId, announce } = useApp()
  const answered = queued ? { rating: queued.payload.rating, text: queued.payload.text } : round.myResponse ? { rating: round.myResponse.rating ?? null, text: round.myResponse.text ?? null } : null
  const [editing, setEditing] = useState(!answered)
  const [rating, setRating] = useState<number | null>(answered?.rating ?? null)
  const [text, setText] = useState(answered?.text ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const wantsRating = round.kind !== 'TEXT'
  const wantsText = round.kind !== 'RATING'
  const state = queued?.state ?? null
  const lastState = useRef(state)

  useEffect(() => {
    if (lastState.current !== 'sent' && state === 'sent') {
      announce(t('feedback.thanks'))
      onSent()
    }
    lastState.current = state
  }, [state, announce, onSent, t])

  const send = async () => {
    if (wantsRating && rating === null) return setProblem(t('feedback.chooseRating'))
    if (round.kind === 'TEXT' && !text.trim()) return setProblem(t('feedback.writeSomething'))
    setProblem(null)
    await enqueue('respond', {
      roundId: round.id,
      rating: wantsRating ? rating : null,
      text: wantsText && text.trim() ? text.trim() : null,
      question: round.question,
      anonymous: round.anonymous,
      cohortId: cohortId ?? '',
    })
    setEditing(false)
  }

  const answerText = answered
    ? [answered.rating ? `${t('feedback.ratingValue', { rating: answered.rating })} (${t(`feedback.scale.${answered.rating}`)})` : null, answered.text ? `„${answered.text}“` : null].filter(Boolean).join(' – ')
    : ''

  return (
    <Card accent={round.anonymous ? colors.accent : colors.primary} style={{ gap: space.m }}>
      <Row>
        {round.anonymous ? (
          <Badge label={t('mobile.feedback.anonymousBadge')} tone="accent" />
        ) : (
          <Badge label={t('mobile.feedback.namedBadge')} tone="primary" />
        )}
        {round.session ? <Muted style={type.small}>{round.session.title}</Muted> : null}
      </Row>
      <Text style={type.heading} role="heading" aria-level={2}>
        {round.question}
      </Text>
      <Row style={{ alignItems: 'flex-start' }}>
        <Ionicons name={round.anonymous ? 'eye-off-outline' : 'person-outline'} size={18} color={round.anonymous ? colors.accent : colors.primary} />
        <Text style={[type.small, { flex: 1, color: round.anonymous ? colors.accent : colors.muted }]}>
          {round.anonymous ? t('mobile.feedback.anonymousPlain') : t('mobile.feedback.namedPlain')}
        </Text>
      </Row>

      {!editing && answered ? (
        <View style={{ gap: space.s }}>
          <AnswerState state={state} error={queued?.error?.message} answer={answerText} />
          {round.facilitatorAnswer ? (
            <Notice>
              <Text style={{ fontWeight: '700', color: colors.primary }}>{t('feedback.facilitatorAnswer')}</Text>
              <Text>{round.facilitatorAnswer}</Text>
            </Notice>
          ) : null}
          <Button variant="secondary" label={t('feedback.change')} onPress={() => setEditing(true)} a11yLabel={`${t('feedback.change')}: ${round.question}`} />
        </View>
      ) : (
        <View style={{ gap: space.m }}>
          {wantsRating ? (
            <View style={{ gap: space.xs }}>
              <Text style={{ fontWeight: '600' }}>{t('feedback.ratingLegend')}</Text>
              <View role="radiogroup" aria-label={t('feedback.ratingLegend')} style={styles.scale}>
                {RATINGS.map((n) => {
                  const selected = rating === n
                  return (
                    <Pressable
                      key={n}
                      role="radio"
                      aria-checked={selected}
                      aria-label={t('mobile.feedback.ratingA11y', { rating: n, label: t(`feedback.scale.${n}`) })}
                      onPress={() => {
                        setRating(n)
                        setProblem(null)
                      }}
                      style={[styles.rate, selected && styles.rateSelected]}
                      testID={`rate-${n}`}
                    >
                      <Text style={[styles.rateNumber, selected && styles.rateTextSelected]}>{n}</Text>
                      <Text style={[styles.rateLabel, selected && styles.rateTextSelected]} numberOfLines={2}>
                        {t(`feedback.scale.${n}`)}
                      </Text>
                    </Pressable>
                  )
                })}
              </View>
            </View>
          ) : null}
          {wantsText ? (
            <Field
              label={round.kind === 'TEXT' ? t('feedback.textLabel') : t('feedback.textOptional')}
              value={text}
              onChangeText={setText}
              multiline
              maxLength={2000}
            />
          ) : null}
          {problem ? <Notice tone="danger">{problem}</Notice> : null}
          <Button label={t('feedback.send')} onPress={send} a11yLabel={`${t('feedback.send')}: ${round.question}`} testID={`send-${round.id}`} />
        </View>
      )}
    </Card>
  )
}

function AnswerState({ state, error, answer }: { state: string | null; error?: string; answer: string }) {
  const { t } = useTranslation()
  const { online } = useApp()
  if (state === 'failed') {
    return (
      <Notice tone="danger" live>
        <Text style={{ color: colors.danger, fontWeight: '600' }}>{t('mobile.feedback.refused', { message: error ?? '' })}</Text>
      </Notice>
    )
  }
  if (state === 'pending' || state === 'sending') {
    return (
      <Notice tone="warning" live>
        <Text style={{ color: colors.warning, fontWeight: '600' }}>{online && state === 'sending' ? t('mobile.outbox.states.sending') : t('mobile.feedback.queued')}</Text>
        <Text style={{ color: colors.warning }}>{t('mobile.feedback.yourAnswer', { answer })}</Text>
      </Notice>
    )
  }
  return (
    <Notice tone="success" live>
      <Text style={{ color: colors.success, fontWeight: '600' }}>{t('feedback.answered', { answer })}</Text>
    </Notice>
  )
}

const styles = StyleSheet.create({
  scale: { flexDirection: 'row', gap: space.xs },
  rate: {
    flex: 1,
    minHeight: TOUCH + 16,
    borderRadius: 10,
    borderWidth: 1.5,
    borderColor: colors.lineStrong,
    backgroundColor: colors.surface,
    alignItems: 'center',
    justifyContent: 'center',
    paddingVertical: space.s,
    paddingHorizontal: 2,
  },
  rateSelected: { backgroundColor: colors.primary, borderColor: colors.primary },
  rateNumber: { fontSize: 22, fontWeight: '700', color: colors.ink },
  rateLabel: { fontSize: 11, lineHeight: 14, textAlign: 'center', color: colors.muted },
  rateTextSelected: { color: colors.primaryInk },
})
