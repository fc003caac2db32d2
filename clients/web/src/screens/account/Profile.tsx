import { useState } from 'react'
import { useQuery } from 'urql'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { Locale } from '../../gql/graphql'
import { useAuth, useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { CheckboxField, Form, SelectField, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { CopyButton } from '../../components/CopyButton'
import { Dialog } from '../../components/Dialog'
import { MIN_PASSWORD } from '../auth/AcceptInvitation'
import { MyData } from './MyData'

const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      pronouns
      bio
      locale
      directoryVisible
    }
  }
`)

const CalendarUrlDocument = graphql(`
  query CalendarUrl {
    me {
      id
      calendarUrl
    }
  }
`)

const ResetCalendarUrlDocument = graphql(`
  mutation ResetCalendarUrl {
    resetCalendarUrl
  }
`)

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`)

export function Profile() {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      <div className="columns">
        <section aria-labelledby="profile-form" className="card">
          <h2 id="profile-form">{t('profile.about')}</h2>
          <ProfileForm key={me.id} />
        </section>
        <div className="stack">
          <section aria-labelledby="profile-account" className="card">
            <h2 id="profile-account">{t('profile.account')}</h2>
            <dl className="facts">
              <dt>{t('profile.email')}</dt>
              <dd>{me.email}</dd>
              <dt>{t('profile.role')}</dt>
              <dd>{t(`enums.Role.${me.role}`)}</dd>
              <dt>{t('profile.municipality')}</dt>
              <dd>{me.municipality?.name ?? t('common.none')}</dd>
              <dt>{t('profile.organisation')}</dt>
              <dd>{me.organisation?.name ?? t('common.none')}</dd>
            </dl>
          </section>
          <section aria-labelledby="profile-calendar" className="card">
            <h2 id="profile-calendar">{t('calendar.title')}</h2>
            <CalendarLink />
          </section>
          <section aria-labelledby="profile-data" className="card">
            <h2 id="profile-data">{t('myData.title')}</h2>
            <MyData />
          </section>
          <section aria-labelledby="profile-password" className="card">
            <h2 id="profile-password">{t('profile.passwordTitle')}</h2>
            <PasswordForm />
          </section>
        </div>
      </div>
    </>
  )
}

function ProfileForm() {
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [displayName, setDisplayName] = useState(me.displayName)
  const [pronouns, setPronouns] = useState(me.pronouns ?? '')
  const [bio, setBio] = useState(me.bio ?? '')
  const [locale, setLocale] = useState<Locale>(me.locale)
  const [directoryVisible, setDirectoryVisible] = useState(!!me.directoryVisible)
  const { run, busy, error } = useAction(UpdateProfileDocument)
  const [saved, setSaved] = useState(false)

  const submit = async () => {
    setSaved(false)
    const data = await run({ input: { displayName: displayName.trim(), pronouns: pronouns.trim(), bio: bio.trim(), locale, directoryVisible } }, t('profile.saved'))
    if (!data) return
    setSaved(true)
    await i18n.changeLanguage(data.updateProfile.locale === 'EN' ? 'en' : 'de')
  }

  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('common.save')} error={error}>
      <TextField label={t('profile.displayName')} value={displayName} onChange={setDisplayName} required autoComplete="name" error={error?.fields.displayName} />
      <TextField label={t('profile.pronouns')} value={pronouns} onChange={setPronouns} hint={t('profile.pronounsHint')} error={error?.fields.pronouns} />
      <TextField label={t('profile.bio')} value={bio} onChange={setBio} multiline error={error?.fields.bio} />
      <SelectField
        label={t('profile.locale')}
        value={locale}
        onChange={setLocale}
        options={[
          { value: 'DE', label: 'Deutsch' },
          { value: 'EN', label: 'English' },
        ]}
      />
      <CheckboxField label={t('profile.directoryVisible')} hint={t('profile.directoryHint')} checked={directoryVisible} onChange={setDirectoryVisible} />
      {saved && <p className="notice notice--success">{t('profile.saved')}</p>}
    </Form>
  )
}

function PasswordForm() {
  const { t } = useTranslation()
  const { signOut } = useAuth()
  const navigate = useNavigate()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [localError, setLocalError] = useState<string | undefined>()
  const { run, busy, error } = useAction(ChangePasswordDocument)
  const submit = async () => {
    if (next.length < MIN_PASSWORD) {
      setLocalError(t('invitation.passwordTooShort', { count: MIN_PASSWORD }))
      return
    }
    setLocalError(undefined)
    const data = await run({ current, new: next })
    if (!data) return
    // Every sign-in ends with a new password, this one included.
    await signOut()
    navigate('/signin')
  }
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('profile.changePassword')} error={error}>
      <p className="hint">{t('profile.passwordHint')}</p>
      <TextField label={t('profile.currentPassword')} type="password" autoComplete="current-password" value={current} onChange={setCurrent} required error={error?.fields.current} />
      <TextField
        label={t('profile.newPassword')}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        required
        hint={t('invitation.passwordHint', { count: MIN_PASSWORD })}
        error={localError ?? error?.fields.new}
      />
    </Form>
  )
}

/** The personal iCalendar link: subscribe once, and sessions and follow-ups appear in one's own calendar. */
function CalendarLink() {
  const { t } = useTranslation()
  const [{ data }, reexecute] = useQuery({ query: CalendarUrlDocument })
  const [confirming, setConfirming] = useState(false)
  const reset = useAction(ResetCalendarUrlDocument)
  const url = data?.me?.calendarUrl
  return (
    <>
      <p className="hint">{t('calendar.hint')}</p>
      {url && (
        <>
          <p className="secret">
            <code>{url}</code>
          </p>
          <div className="card-actions">
            <CopyButton text={url} label={t('calendar.copy')} />
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('calendar.reset')}
            </button>
          </div>
        </>
      )}
      <Dialog title={t('calendar.resetTitle')} open={confirming} onClose={() => setConfirming(false)}>
        <Form
          onSubmit={async () => {
            if (await reset.run({}, t('calendar.resetDone'))) {
              setConfirming(false)
              reexecute({ requestPolicy: 'network-only' })
            }
          }}
          busy={reset.busy}
          submitLabel={t('calendar.reset')}
          error={reset.error}
          secondary={
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          }
        >
          <p>{t('calendar.resetText')}</p>
        </Form>
      </Dialog>
    </>
  )
}
