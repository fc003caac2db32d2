// Self check-in: scan the QR code the facilitators show (camera, on phones), or type the six
// characters (always possible; the only way in the browser). Sent through the offline queue –
// sending a code twice just marks present again. Once it arrived, the screen names the session
// the code belonged to (the service's answer says which).
import { useEffect, useRef, useState } from 'react'
import { Platform, StyleSheet, View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import { codeFromScan, CODE_LENGTH, isCodeShape, normaliseCode } from '../lib/checkinCode'
import { useApp } from '../state/AppContext'
import { Button, Field, Muted, Notice, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { colors, space } from '../ui/theme'
import { QrScanner } from './QrScanner'

export function CheckIn({ initialCode }: { initialCode?: string }) {
  const { t } = useTranslation()
  const { enqueue, queueItems, online, announce } = useApp()
  const [code, setCode] = useState(initialCode ? normaliseCode(initialCode) : '')
  const [problem, setProblem] = useState<string | null>(null)
  const [itemId, setItemId] = useState<string | null>(null)
  const [scanning, setScanning] = useState(false)
  const item = queueItems.find((i) => i.id === itemId) ?? null
  const announced = useRef<string | null>(null)
  const done = item?.resultTitle ? t('mobile.checkin.doneSession', { title: item.resultTitle }) : t('checkin.done')

  useEffect(() => {
    if (!item || announced.current === `${item.id}/${item.state}`) return
    announced.current = `${item.id}/${item.state}`
    if (item.state === 'sent') announce(done)
    if (item.state === 'failed') announce(item.error?.message ?? '')
  }, [item, done, announce])

  const submit = async (raw: string = code) => {
    const c = normaliseCode(raw)
    setCode(c)
    if (!isCodeShape(c)) {
      setProblem(t('mobile.checkin.codeShape'))
      return
    }
    setProblem(null)
    const queued = await enqueue('selfCheckIn', { code: c })
    setItemId(queued.id)
  }

  const onScan = (data: string) => {
    const c = codeFromScan(data)
    setScanning(false)
    if (!c) {
      setProblem(t('mobile.checkin.invalidScan'))
      return
    }
    void submit(c)
  }

  const canScan = Platform.OS !== 'web'

  return (
    <Screen title={t('checkin.title')}>
      <Muted>{t('checkin.lead')}</Muted>
      {item?.state === 'sent' ? (
        <Notice tone="success" live>
          <View style={styles.row}>
            <Ionicons name="checkmark-circle" size={28} color={colors.success} />
            <Text style={{ color: colors.success, fontWeight: '700', flex: 1 }} testID="checkin-done">
              {done}
            </Text>
          </View>
        </Notice>
      ) : item?.state === 'failed' ? (
        <Notice tone="danger" live>
          <Text style={{ color: colors.danger, fontWeight: '700' }}>{item.error?.message}</Text>
        </Notice>
      ) : item ? (
        <Notice tone="warning" live>
          <Text style={{ color: colors.warning, fontWeight: '600' }}>{online ? t('mobile.outbox.states.sending') : t('mobile.checkin.queued')}</Text>
        </Notice>
      ) : null}

      {canScan ? (
        <Section title={t('mobile.checkin.scanTitle')}>
          {scanning ? (
            <QrScanner onScan={onScan} onCancel={() => setScanning(false)} />
          ) : (
            <Button
              label={t('mobile.checkin.scan')}
              icon={<Ionicons name="scan" size={22} color={colors.primaryInk} />}
              onPress={() => {
                setProblem(null)
                setScanning(true)
              }}
            />
          )}
        </Section>
      ) : (
        <Notice>{t('mobile.checkin.noCamera')}</Notice>
      )}

      <Section title={t('mobile.checkin.typeTitle')}>
        <Field
          label={t('checkin.codeLabel')}
          hint={t('checkin.codeHint')}
          value={code}
          onChangeText={(v) => {
            setCode(v.toUpperCase())
            setProblem(null)
          }}
          autoCapitalize="characters"
          autoCorrect={false}
          autoComplete="off"
          maxLength={CODE_LENGTH + 2}
          returnKeyType="send"
          onSubmitEditing={() => void submit()}
          error={problem ?? (item?.state === 'failed' ? item.error?.fields?.code : null)}
          style={styles.code}
          testID="checkin-code"
        />
        <Button label={t('checkin.submit')} onPress={() => void submit()} testID="checkin-submit" />
      </Section>
    </Screen>
  )
}

const styles = StyleSheet.create({
  row: { flexDirection: 'row', alignItems: 'center', gap: space.s },
  code: { fontSize: 28, letterSpacing: 6, fontWeight: '700', textAlign: 'center', fontVariant: ['tabular-nums'] },
})
