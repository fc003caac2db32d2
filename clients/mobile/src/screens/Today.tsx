// Today: the cohort's agenda of the day, following every move the facilitators make (the service
// pushes the whole agenda through `agendaChanged`), readable offline from the last sync.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Pressable, StyleSheet, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { AgendaChangedDocument, CohortAgendaDocument } from '../api/operations'
import type { AgendaSessionFragment, CohortAgendaQuery } from '../gql/graphql'
import { groupByDay, movedSessions, pickDay, runningSession } from '../lib/agenda'
import { formatDay, formatTime } from '../lib/datetime'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { useCachedQuery, useSubscription } from '../state/useCachedQuery'
import { Badge, Button, Card, Choice, Muted, Notice, Row, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { colors, space, type } from '../ui/theme'
import { useRounds } from './Feedback'
import { NextFollowUp } from './FollowUp'

export function Today() {
  const { t, i18n } = useTranslation()
  const { cohortId, cohorts, announce } = useApp()
  const { push, setTab } = useNav()
  const agenda = useCachedQuery(cohortId ? `agenda.${cohortId}` : null, CohortAgendaDocument, { id: cohortId ?? '' })
  const [moved, setMoved] = useState<Set<string>>(new Set())
  const [chosenDay, setChosenDay] = useState<string | null>(null)
  const sessionsRef = useRef<readonly AgendaSessionFragment[]>([])
  const rounds = useRounds()

  const cohort = agenda.data?.cohort ?? null
  const sessions = useMemo(() => cohort?.sessions ?? [], [cohort])
  sessionsRef.current = sessions

  const { live } = useSubscription(
    cohortId ? AgendaChangedDocument : null,
    { cohortId: cohortId ?? '' },
    (data) => {
      const next = data.agendaChanged
      const changed = movedSessions(sessionsRef.current, next)
      setMoved(changed)
      agenda.update((prev) => (prev?.cohort ? ({ cohort: { ...prev.cohort, sessions: next } } as CohortAgendaQuery) : prev))
      const titles = next.filter((s) => changed.has(s.id)).map((s) => s.title)
      announce(titles.length ? t('mobile.today.changedSessions', { titles: titles.join(', ') }) : t('agenda.changedLive'))
    },
    useCallback(() => void agenda.refetch(), [agenda]),
  )

  useEffect(() => {
    if (moved.size === 0) return
    const id = setTimeout(() => setMoved(new Set()), 15_000)
    return () => clearTimeout(id)
  }, [moved])

  const days = useMemo(() => groupByDay(sessions), [sessions])
  const picked = pickDay(days.map((d) => d.day))
  const day = chosenDay && days.some((d) => d.day === chosenDay) ? chosenDay : picked?.day ?? null
  const daySessions = days.find((d) => d.day === day)?.sessions ?? []
  const running = runningSession(daySessions)
  const enrollment = cohorts.find((e) => e.cohort.id === cohortId)

  const dayLabel = (d: string) => {
    if (picked && d === picked.day && !chosenDay) {
      if (picked.relation === 'today') return t('mobile.today.dayToday', { date: formatDay(d, i18n.language, 'long') })
      if (picked.relation === 'next') return t('mobile.today.dayNext', { date: formatDay(d, i18n.language, 'long') })
      return t('mobile.today.dayLast', { date: formatDay(d, i18n.language, 'long') })
    }
    return formatDay(d, i18n.language, 'long')
  }

  if (!cohortId) {
    return (
      <Screen title={t('mobile.tabs.today')}>
        <Notice>{t('myCohorts.empty')}</Notice>
      </Screen>
    )
  }

  return (
    <Screen title={t('mobile.tabs.today')} syncedAt={agenda.syncedAt} live={live} loading={agenda.loading} onRefresh={agenda.refetch}>
      <View style={{ gap: space.xs }}>
        <Text style={type.subheading}>{cohort?.title ?? enrollment?.cohort.title ?? ''}</Text>
        {cohort?.location ? <Muted>{cohort.location}</Muted> : null}
      </View>

      <Button
        label={t('mobile.today.checkIn')}
        hint={t('mobile.today.checkInHint')}
        icon={<Ionicons name="qr-code-outline" size={22} color={colors.primaryInk} />}
        onPress={() => push({ name: 'checkIn' })}
        testID="open-check-in"
      />

      {rounds.unanswered > 0 ? (
        <Pressable role="button" onPress={() => setTab('feedback')} style={styles.roundBanner}>
          <Ionicons name="chatbubble-ellipses" size={22} color={colors.accent} />
          <View style={{ flex: 1 }}>
            <Text style={{ color: colors.accent, fontWeight: '700' }}>{rounds.bannerText}</Text>
            <Text style={{ color: colors.accent, textDecorationLine: 'underline' }}>{t('feedback.bannerLink')}</Text>
          </View>
        </Pressable>
      ) : null}

      {days.length === 0 ? (
        agenda.loading && !agenda.data ? null : <Notice>{t('agenda.empty')}</Notice>
      ) : (
        <Section title={day ? dayLabel(day) : undefined}>
          {picked && picked.relation !== 'today' && !chosenDay ? <Muted>{t('mobile.today.noTrainingToday')}</Muted> : null}
          <View role="list" style={{ gap: space.s }} aria-label={t('mobile.today.sessionsOf', { day: day ? formatDay(day, i18n.language, 'long') : '' })}>
            {daySessions.map((s) => (
              <SessionCard key={s.id} session={s} running={running?.id === s.id} moved={moved.has(s.id)} />
            ))}
          </View>
        </Section>
      )}

      {days.length > 1 ? (
        <Choice
          label={t('agenda.days')}
          options={days.map((d) => d.day)}
          value={day}
          onChange={setChosenDay}
          labelOf={(d) => formatDay(d, i18n.language, 'short')}
        />
      ) : null}

      <NextFollowUp />
    </Screen>
  )
}

function SessionCard({ session, running, moved }: { session: AgendaSessionFragment; running: boolean; moved: boolean }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const time = session.startsAt ? `${formatTime(session.startsAt, i18n.language)}${session.endsAt ? `–${formatTime(session.endsAt, i18n.language)}` : ''}` : t('agenda.noTime')
  const kind = session.module?.kind ? t(`enums.ModuleKind.${session.module.kind}`) : null
  const skipped = session.status === 'SKIPPED'
  const details = session.notes || session.module?.summary
  return (
    <View role="listitem">
      <Pressable
        role={details ? 'button' : undefined}
        aria-expanded={details ? open : undefined}
        accessibilityHint={details ? t('mobile.today.detailsHint') : undefined}
        onPress={details ? () => setOpen((v) => !v) : undefined}
        testID={`session-${session.id}`}
      >
        <Card accent={running ? colors.success : moved ? colors.warning : colors.primary} style={[moved && styles.moved, skipped && styles.skipped]}>
          <Row style={{ justifyContent: 'space-between' }}>
            <Text style={[styles.time, skipped && styles.strike]}>{time}</Text>
            <Row>
              {running ? <Badge label={t('agenda.now')} tone="success" /> : null}
              {moved ? <Badge label={t('agenda.moved')} tone="warning" /> : null}
              {session.status !== 'PLANNED' ? <Badge label={t(`enums.SessionStatus.${session.status}`)} /> : null}
            </Row>
          </Row>
          <Text style={[type.subheading, skipped && styles.strike]}>{session.title}</Text>
          {kind ? <Muted style={type.small}>{kind}</Muted> : null}
          {open && details ? <Text>{[session.module?.summary, session.notes].filter(Boolean).join('\n\n')}</Text> : null}
        </Card>
      </Pressable>
    </View>
  )
}

const styles = StyleSheet.create({
  time: { fontWeight: '700', color: colors.primary, fontVariant: ['tabular-nums'] },
  moved: { backgroundColor: colors.warningSoft },
  skipped: { opacity: 0.8 },
  strike: { textDecorationLine: 'line-through' },
  roundBanner: {
    flexDirection: 'row',
    gap: space.m,
    alignItems: 'center',
    padding: space.m,
    borderRadius: 10,
    borderWidth: 2,
    borderColor: colors.accent,
    backgroundColor: colors.accentSoft,
    minHeight: 48,
  },
})
