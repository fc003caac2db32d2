// Profile and language: name, pronouns, a few words; German or English (the app, and the
// service's messages through Accept-Language); the cohort in view; the queue; signing out.
import { useEffect, useState } from 'react'
import { View } from 'react-native'
import Ionicons from '@expo/vector-icons/Ionicons'
import { useTranslation } from 'react-i18next'
import Constants from 'expo-constants'
import { UpdateProfileDocument } from '../api/operations'
import { ApiError, messageOf } from '../api/errors'
import { useNav } from '../navigation'
import { tokenStorageKind } from '../platform/secureStore'
import { useApp } from '../state/AppContext'
import { Badge, Button, Card, Choice, Field, Muted, Notice, SwitchRow, Text } from '../ui/components'
import { Screen, Section } from '../ui/Screen'
import { colors, space, type } from '../ui/theme'
import type { Language } from '../i18n'

export function LanguageToggle() {
  const { t } = useTranslation()
  const { language, chooseLanguage, announce } = useApp()
  const other: Language = language === 'de' ? 'en' : 'de'
  return (
    <Button
      variant="secondary"
      label={other === 'en' ? 'English' : 'Deutsch'}
      a11yLabel={other === 'en' ? 'Switch to English' : 'Auf Deutsch umschalten'}
      icon={<Ionicons name="language" size={20} color={colors.primary} />}
      onPress={() =>
        void chooseLanguage(other).then(() => {
          announce(t('language.changed', { lng: other }))
        })
      }
      testID="language-toggle"
    />
  )
}

export function Profile() {
  const { t } = useTranslation()
  const { me, api, reloadMe, cohorts, cohortId, setCohortId, language, chooseLanguage, signOut, queueItems, announce } = useApp()
  const { push } = useNav()
  const [displayName, setDisplayName] = useState(me?.displayName ?? '')
  const [pronouns, setPronouns] = useState(me?.pronouns ?? '')
  const [bio, setBio] = useState(me?.bio ?? '')
  const [directoryVisible, setDirectoryVisible] = useState(me?.directoryVisible ?? false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [confirm, setConfirm] = useState(false)

  useEffect(() => {
    if (!me) return
    setDisplayName(me.displayName)
    setPronouns(me.pronouns ?? '')
    setBio(me.bio ?? '')
    setDirectoryVisible(me.directoryVisible ?? false)
  }, [me])

  const save = async () => {
    setBusy(true)
    setMessage(null)
    setFields({})
    try {
      await api.request(UpdateProfileDocument, { input: { displayName: displayName.trim(), pronouns: pronouns.trim(), bio: bio.trim(), directoryVisible } })
      await reloadMe()
      setMessage({ tone: 'success', text: t('profile.saved') })
      announce(t('profile.saved'))
    } catch (e) {
      setMessage({ tone: 'danger', text: messageOf(e, t('mobile.profile.offline')) })
      if (e instanceof ApiError) setFields(e.fields)
    } finally {
      setBusy(false)
    }
  }

  const waiting = queueItems.filter((i) => i.state === 'pending' || i.state === 'sending' || i.state === 'failed').length

  return (
    <Screen title={t('profile.title')}>
      {me ? (
        <Card>
          <Text style={type.heading}>{me.displayName}</Text>
          {me.pronouns ? <Muted>{me.pronouns}</Muted> : null}
          <Badge label={t(`enums.Role.${me.role}`)} tone="primary" />
          {me.email ? <Muted>{me.email}</Muted> : null}
          {me.organisation ? <Muted>{me.organisation.name}</Muted> : null}
          {me.municipality ? <Muted>{me.municipality.name}</Muted> : null}
        </Card>
      ) : null}

      <Section>
        <Choice label={t('profile.locale')} options={['de', 'en'] as const} value={language} onChange={(l) => void chooseLanguage(l)} labelOf={(l) => (l === 'de' ? 'Deutsch' : 'English')} />
        <Muted style={type.small}>{t('mobile.profile.languageHint')}</Muted>
      </Section>

      {cohorts.length > 1 ? (
        <Section title={t('mobile.profile.cohort')}>
          <Choice label={t('mobile.profile.cohortChoice')} options={cohorts.map((e) => e.cohort.id)} value={cohortId} onChange={setCohortId} labelOf={(id) => cohorts.find((e) => e.cohort.id === id)?.cohort.title ?? id} />
        </Section>
      ) : null}

      <Section title={t('mobile.outbox.title')}>
        <Muted>{t('mobile.outbox.lead')}</Muted>
        <Button variant="secondary" label={waiting ? t('mobile.profile.outboxCount', { count: waiting }) : t('mobile.profile.outboxEmpty')} onPress={() => push({ name: 'outbox' })} />
      </Section>

      <Section title={t('profile.about')}>
        <Field label={t('profile.displayName')} value={displayName} onChangeText={setDisplayName} error={fields.displayName} maxLength={100} />
        <Field label={t('profile.pronouns')} hint={t('profile.pronounsHint')} value={pronouns} onChangeText={setPronouns} error={fields.pronouns} maxLength={40} optional={t('mobile.optional')} />
        <Field label={t('profile.bio')} value={bio} onChangeText={setBio} multiline error={fields.bio} maxLength={1000} optional={t('mobile.optional')} />
        <SwitchRow label={t('profile.directoryVisible')} hint={t('profile.directoryHint')} value={directoryVisible} onChange={setDirectoryVisible} />
        {message ? <Notice tone={message.tone} live>{message.text}</Notice> : null}
        <Button label={t('common.save')} busy={busy} onPress={() => void save()} />
      </Section>

      <Section title={t('mobile.profile.signInTitle')}>
        <Muted style={type.small}>{tokenStorageKind === 'secure' ? t('mobile.profile.tokensSecure') : t('mobile.profile.tokensBrowser')}</Muted>
        {confirm ? (
          <View style={{ gap: space.s }}>
            <Notice tone="warning">{waiting ? t('mobile.profile.signOutWaiting', { count: waiting }) : t('mobile.profile.signOutConfirm')}</Notice>
            <Button variant="danger" label={t('nav.signOut')} onPress={() => void signOut()} testID="confirm-sign-out" />
            <Button variant="secondary" label={t('common.cancel')} onPress={() => setConfirm(false)} />
          </View>
        ) : (
          <Button variant="secondary" label={t('nav.signOut')} icon={<Ionicons name="log-out-outline" size={20} color={colors.primary} />} onPress={() => setConfirm(true)} testID="sign-out" />
        )}
        <Muted style={type.small}>{t('mobile.profile.version', { version: Constants.expoConfig?.version ?? '1.0.0' })}</Muted>
      </Section>
    </Screen>
  )
}
