// Above the tabs while anything waits to be sent or was refused: how many, and a way to the list.
import { Pressable, StyleSheet, Text, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { useApp } from '../state/AppContext'
import { useNav } from '../navigation'
import { colors, space, TOUCH } from './theme'

export function OutboxBar() {
  const { t } = useTranslation()
  const { queueItems, online } = useApp()
  const { push, route } = useNav()
  const waiting = queueItems.filter((i) => i.state === 'pending' || i.state === 'sending')
  const failed = queueItems.filter((i) => i.state === 'failed')
  if (route.name === 'outbox' || (waiting.length === 0 && failed.length === 0)) return null
  const sending = online && waiting.some((i) => i.state === 'sending')
  const text = failed.length
    ? t('mobile.outbox.barFailed', { count: failed.length })
    : sending
      ? t('mobile.outbox.barSending', { count: waiting.length })
      : t('mobile.outbox.barWaiting', { count: waiting.length })
  const tone = failed.length ? colors.danger : colors.warning
  return (
    <Pressable
      role="button"
      accessibilityHint={t('mobile.outbox.open')}
      onPress={() => push({ name: 'outbox' })}
      style={[styles.bar, { borderColor: tone }]}
      testID="outbox-bar"
    >
      <Ionicons name={failed.length ? 'alert-circle' : sending ? 'cloud-upload' : 'cloud-offline'} size={22} color={tone} />
      <View style={{ flex: 1 }}>
        <Text style={[styles.text, { color: tone }]}>{text}</Text>
      </View>
      <Ionicons name="chevron-forward" size={20} color={tone} />
    </Pressable>
  )
}

const styles = StyleSheet.create({
  bar: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.s,
    minHeight: TOUCH,
    paddingHorizontal: space.l,
    paddingVertical: space.s,
    backgroundColor: colors.warningSoft,
    borderTopWidth: 2,
  },
  text: { fontSize: 15, lineHeight: 20, fontWeight: '600' },
})
