// The camera reading a QR code (expo-camera), after asking for permission in plain words.
import { useRef } from 'react'
import { StyleSheet, View } from 'react-native'
import { CameraView, useCameraPermissions } from 'expo-camera'
import { useTranslation } from 'react-i18next'
import { Button, Muted, Notice } from '../ui/components'
import { colors, space } from '../ui/theme'

export function QrScanner({ onScan, onCancel }: { onScan: (data: string) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const [permission, request] = useCameraPermissions()
  const done = useRef(false)

  if (!permission) return null
  if (!permission.granted) {
    return (
      <View style={{ gap: space.m }}>
        <Notice tone="warning">{permission.canAskAgain ? t('mobile.checkin.cameraWhy') : t('mobile.checkin.cameraDenied')}</Notice>
        {permission.canAskAgain ? <Button label={t('mobile.checkin.allowCamera')} onPress={() => void request()} /> : null}
        <Button variant="secondary" label={t('mobile.checkin.stopScan')} onPress={onCancel} />
      </View>
    )
  }
  return (
    <View style={{ gap: space.m }}>
      <View style={styles.frame} aria-label={t('mobile.checkin.scanning')} role="img">
        <CameraView
          style={StyleSheet.absoluteFill}
          facing="back"
          barcodeScannerSettings={{ barcodeTypes: ['qr'] }}
          onBarcodeScanned={({ data }) => {
            if (done.current) return
            done.current = true
            onScan(data)
          }}
        />
      </View>
      <Muted>{t('mobile.checkin.scanning')}</Muted>
      <Button variant="secondary" label={t('mobile.checkin.stopScan')} onPress={onCancel} />
    </View>
  )
}

const styles = StyleSheet.create({
  frame: { aspectRatio: 1, borderRadius: 16, overflow: 'hidden', borderWidth: 3, borderColor: colors.primary, backgroundColor: '#000' },
})
