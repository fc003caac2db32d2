// The tab bar: five areas, each a labelled tab with an icon; a count of open feedback rounds.
import { Pressable, StyleSheet, Text, View } from 'react-native'
import { useSafeAreaInsets } from 'react-native-safe-area-context'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { TABS, useNav, type Tab } from '../navigation'
import { colors, space } from './theme'

const ICONS: Record<Tab, [keyof typeof Ionicons.glyphMap, keyof typeof Ionicons.glyphMap]> = {
  today: ['today-outline', 'today'],
  feedback: ['chatbubble-ellipses-outline', 'chatbubble-ellipses'],
  plans: ['flag-outline', 'flag'],
  community: ['people-outline', 'people'],
  profile: ['person-circle-outline', 'person-circle'],
}

export function TabBar({ badges }: { badges: Partial<Record<Tab, number>> }) {
  const { t } = useTranslation()
  const { tab, setTab } = useNav()
  const insets = useSafeAreaInsets()
  return (
    <View role="tablist" aria-label={t('mobile.tabs.label')} style={[styles.bar, { paddingBottom: Math.max(insets.bottom, space.xs) }]}>
      {TABS.map((name) => {
        const selected = tab === name
        const label = t(`mobile.tabs.${name}`)
        const count = badges[name] ?? 0
        return (
          <Pressable
            key={name}
            role="tab"
            aria-selected={selected}
            aria-label={count ? t('mobile.tabs.withCount', { label, count }) : label}
            onPress={() => setTab(name)}
            style={styles.tab}
            testID={`tab-${name}`}
          >
            <View>
              <Ionicons aria-hidden name={ICONS[name][selected ? 1 : 0]} size={24} color={selected ? colors.primary : colors.muted} />
              {count ? (
                <View style={styles.badge}>
                  <Text style={styles.badgeText} maxFontSizeMultiplier={1.4} aria-hidden>
                    {count}
                  </Text>
                </View>
              ) : null}
            </View>
            <Text style={[styles.label, selected && styles.labelSelected]} numberOfLines={1} maxFontSizeMultiplier={1.4}>
              {label}
            </Text>
          </Pressable>
        )
      })}
    </View>
  )
}

const styles = StyleSheet.create({
  bar: { flexDirection: 'row', backgroundColor: colors.surface, borderTopWidth: 1, borderTopColor: colors.line },
  tab: { flex: 1, alignItems: 'center', justifyContent: 'center', paddingTop: space.s, paddingBottom: space.xs, minHeight: 56, gap: 2 },
  label: { fontSize: 12, lineHeight: 16, color: colors.muted },
  labelSelected: { color: colors.primary, fontWeight: '700' },
  badge: {
    position: 'absolute',
    top: -4,
    right: -10,
    minWidth: 18,
    height: 18,
    borderRadius: 9,
    backgroundColor: colors.danger,
    alignItems: 'center',
    justifyContent: 'center',
    paddingHorizontal: 4,
  },
  badgeText: { color: colors.primaryInk, fontSize: 11, fontWeight: '700' },
})
