import { useRef, useState } from 'react'
import { Image, KeyboardAvoidingView, Platform, ScrollView, StyleSheet, View, type TextInput } from 'react-native'
import { useSafeAreaInsets } from 'react-native-safe-area-context'
import { useTranslation } from 'react-i18next'
import { useApp } from '../state/AppContext'
import { ApiError, messageOf } from '../api/errors'
import { Button, Field, Heading, Muted, Notice, Row, Text } from '../ui/components'
import { colors, space, type } from '../ui/theme'
import { LanguageToggle } from './Profile'

export function SignIn() {
  const { t } = useTranslation()
  const { signIn, endedBecause, online } = useApp()
  const insets = useSafeAreaInsets()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [show, setShow] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const passwordRef = useRef<TextInput>(null)

  const submit = async () => {
    if (busy) return
    const missing: Record<string, string> = {}
    if (!email.trim()) missing.email = t('form.required')
    if (!password) missing.password = t('form.required')
    setFields(missing)
    if (Object.keys(missing).length) return
    setBusy(true)
    setError(null)
    try {
      await signIn(email, password)
    } catch (e) {
      // A wrong email or password: our words (older services answer "please sign in").
      setError(e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? t('mobile.signIn.failed') : messageOf(e, t('mobile.signIn.network')))
      if (e instanceof ApiError) setFields(e.fields)
      setBusy(false)
    }
  }

  return (
    <KeyboardAvoidingView style={styles.root} behavior={Platform.OS === 'ios' ? 'padding' : undefined}>
      <ScrollView contentContainerStyle={[styles.content, { paddingTop: insets.top + space.xl, paddingBottom: insets.bottom + space.xl }]} keyboardShouldPersistTaps="handled">
        <View style={styles.brand}>
          <Image source={require('../../assets/mark.png')} style={styles.mark} accessibilityIgnoresInvertColors aria-hidden />
          <Text style={styles.brandName}>Vielfaltsnetz</Text>
        </View>
        <View role="main" style={styles.card}>
          <Heading level={1}>{t('signIn.title')}</Heading>
          <Muted>{t('mobile.signIn.lead')}</Muted>
          {endedBecause === 'expired' ? <Notice tone="warning">{t('signIn.expired')}</Notice> : null}
          {!online ? <Notice tone="warning">{t('mobile.signIn.offline')}</Notice> : null}
          {error ? (
            <Notice tone="danger">
              <Text style={{ color: colors.danger, fontWeight: '600' }}>{error}</Text>
            </Notice>
          ) : null}
          <Field
            label={t('signIn.email')}
            value={email}
            onChangeText={setEmail}
            autoCapitalize="none"
            autoCorrect={false}
            autoComplete="email"
            keyboardType="email-address"
            textContentType="username"
            inputMode="email"
            returnKeyType="next"
            onSubmitEditing={() => passwordRef.current?.focus()}
            error={fields.email}
            testID="email"
          />
          <Field
            ref={passwordRef}
            label={t('signIn.password')}
            value={password}
            onChangeText={setPassword}
            secureTextEntry={!show}
            autoCapitalize="none"
            autoComplete="current-password"
            textContentType="password"
            returnKeyType="go"
            onSubmitEditing={submit}
            error={fields.password}
            testID="password"
          />
          <Row>
            <Button variant="quiet" label={show ? t('mobile.signIn.hidePassword') : t('mobile.signIn.showPassword')} onPress={() => setShow((v) => !v)} />
          </Row>
          <Button label={busy ? t('signIn.busy') : t('signIn.submit')} busy={busy} onPress={submit} testID="sign-in" />
          <Muted style={type.small}>{t('mobile.signIn.invitation')}</Muted>
        </View>
        <LanguageToggle />
      </ScrollView>
    </KeyboardAvoidingView>
  )
}

const styles = StyleSheet.create({
  root: { flex: 1, backgroundColor: colors.primary },
  content: { padding: space.l, gap: space.l, flexGrow: 1, justifyContent: 'center' },
  brand: { flexDirection: 'row', alignItems: 'center', gap: space.m, alignSelf: 'center' },
  mark: { width: 40, height: 40, borderRadius: 20, borderWidth: 2, borderColor: colors.primaryInk },
  brandName: { color: colors.primaryInk, fontSize: 26, fontWeight: '700' },
  card: { backgroundColor: colors.surface, borderRadius: 16, padding: space.xl, gap: space.m },
})
