// A screen: a header with the title (and a back button inside a tab), whether the data is live,
// synced or from the last sync while offline, and scrolling content with pull-to-refresh.
import { useEffect, useRef, type ReactNode } from 'react'
import { KeyboardAvoidingView, Platform, Pressable, RefreshControl, ScrollView, StyleSheet, View, findNodeHandle, AccessibilityInfo, Text as RNText } from 'react-native'
import { useSafeAreaInsets } from 'react-native-safe-area-context'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { formatDateTime, formatTime, todayInBerlin, utcToBerlin } from '../lib/datetime'
import { colors, space, TOUCH, type } from './theme'
import { Muted } from './components'

export function SyncStatus({ syncedAt, live, loading }: { syncedAt?: number; live?: boolean; loading?: boolean }) {
  const { t, i18n } = useTranslation()
  const { online } = useApp()
  let text: string
  let tone: string = colors.muted
  if (!online) {
    tone = colors.warning
    text = syncedAt ? t('mobile.sync.offlineSince', { time: when(syncedAt, i18n.language) }) : t('mobile.sync.offline')
  } else if (loading && !syncedAt) {
    text = t('common.loading')
  } else if (live) {
    text = t('mobile.sync.live')
    tone = colors.success
  } else {
    text = syncedAt ? t('mobile.sync.synced', { time: when(syncedAt, i18n.language) }) : ''
  }
  if (!text) return null
  return (
    <View style={styles.sync} role="status" aria-live="polite">
      <View style={[styles.dot, { backgroundColor: tone }]} />
      <Muted style={[type.small, { color: tone }]}>{text}</Muted>
    </View>
  )
}

function when(ms: number, lang: string): string {
  const iso = new Date(ms).toISOString()
  return utcToBerlin(iso).day === todayInBerlin() ? formatTime(iso, lang) : formatDateTime(iso, lang)
}

export function Screen({
  title,
  children,
  syncedAt,
  live,
  loading,
  onRefresh,
  headerRight,
}: {
  title: string
  children: ReactNode
  syncedAt?: number
  live?: boolean
  loading?: boolean
  onRefresh?: () => void
  headerRight?: ReactNode
}) {
  const { t } = useTranslation()
  const insets = useSafeAreaInsets()
  const { depth, back, route } = useNav()
  const heading = useRef<View>(null)

  // A new screen: move the screen reader to its title.
  useEffect(() => {
    const node = heading.current
    if (!node) return
    if (Platform.OS === 'web') {
      ;(node as unknown as HTMLElement).focus?.({ preventScroll: true })
    } else {
      const tag = findNodeHandle(node)
      if (tag) AccessibilityInfo.setAccessibilityFocus(tag)
    }
  }, [route])

  return (
    <View style={[styles.root, { paddingTop: insets.top }]}>
      <View style={styles.header}>
        {depth > 1 ? (
          <Pressable role="button" aria-label={t('mobile.back')} onPress={back} style={styles.back} hitSlop={8}>
            <Ionicons name="chevron-back" size={26} color={colors.primaryInk} />
          </Pressable>
        ) : null}
        <View ref={heading} style={styles.titleBox} {...(Platform.OS === 'web' ? { tabIndex: -1 } : {})}>
          <RNText role="heading" aria-level={1} style={styles.title} numberOfLines={2}>
            {title}
          </RNText>
        </View>
        {headerRight}
      </View>
      <KeyboardAvoidingView style={styles.scroll} behavior={Platform.OS === 'ios' ? 'padding' : undefined}>
      <ScrollView
        style={styles.scroll}
        contentContainerStyle={styles.content}
        keyboardShouldPersistTaps="handled"
        // In the browser the scrolling region must be reachable by keyboard even without controls.
        {...(Platform.OS === 'web' ? { focusable: true, 'aria-label': title } : {})}
        refreshControl={onRefresh ? <RefreshControl refreshing={false} onRefresh={onRefresh} tintColor={colors.primary} /> : undefined}
      >
        {syncedAt !== undefined || live !== undefined || loading ? <SyncStatus syncedAt={syncedAt} live={live} loading={loading} /> : null}
        {children}
      </ScrollView>
      </KeyboardAvoidingView>
    </View>
  )
}

export function Section({ title, children, right }: { title?: string; children: ReactNode; right?: ReactNode }) {
  return (
    <View style={styles.section}>
      {title ? (
        <View style={styles.sectionHead}>
          <RNText role="heading" aria-level={2} style={styles.sectionTitle}>
            {title}
          </RNText>
          {right}
        </View>
      ) : null}
      {children}
    </View>
  )
}

const styles = StyleSheet.create({
  root: { flex: 1, backgroundColor: colors.bg },
  header: {
    backgroundColor: colors.primary,
    flexDirection: 'row',
    alignItems: 'center',
    paddingHorizontal: space.l,
    paddingVertical: space.m,
    gap: space.s,
    minHeight: 56,
  },
  back: { minWidth: TOUCH, minHeight: TOUCH, marginLeft: -space.m, alignItems: 'center', justifyContent: 'center' },
  title: { ...type.heading, color: colors.primaryInk },
  // Focus is moved here for screen readers; the title itself is not a control, so no focus ring.
  titleBox: Platform.OS === 'web' ? ({ flex: 1, outlineStyle: 'none' } as object) : { flex: 1 },
  scroll: { flex: 1 },
  content: { padding: space.l, gap: space.l, paddingBottom: space.xl * 2 },
  sync: { flexDirection: 'row', alignItems: 'center', gap: space.s, marginBottom: -space.s },
  dot: { width: 10, height: 10, borderRadius: 5 },
  section: { gap: space.m },
  sectionHead: { flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between', gap: space.s, flexWrap: 'wrap' },
  sectionTitle: { ...type.subheading, color: colors.ink },
})
