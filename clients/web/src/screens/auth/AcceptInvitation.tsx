import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAuth } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Form, TextField } from '../../components/Form'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { PageHeader } from '../../components/Page'

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {
    acceptInvitation(token: $token, password: $password, displayName: $displayName) {
      accessToken
      refreshToken
      expiresAt
      person {
        id
        locale
      }
    }
  }
`)

export const MIN_PASSWORD = 10

/** The invitation token from the link: `#token=…` (kept out of server logs) or `?token=…`. */
export function tokenFromLocation(search: string, hash: string): string {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token')
  return fromHash ?? new URLSearchParams(search).get('token') ?? ''
}

export function AcceptInvitation() {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const { signedIn } = useAuth()
  const [token, setToken] = useState(() => tokenFromLocation(location.search, location.hash))
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const { run, busy, error } = useAction(AcceptInvitationDocument)

  const submit = async () => {
    const errs: Record<string, string> = {}
    if (!token.trim()) errs.token = t('invitation.tokenMissing')
    if (password.length < MIN_PASSWORD) errs.password = t('invitation.passwordTooShort', { count: MIN_PASSWORD })
    else if (password !== repeat) errs.repeat = t('invitation.passwordMismatch')
    setLocalErrors(errs)
    if (Object.keys(errs).length) return
    const data = await run({ token: token.trim(), password, displayName: displayName.trim() || null })
    if (!data) return
    await i18n.changeLanguage(data.acceptInvitation.person.locale === 'EN' ? 'en' : 'de')
    signedIn(data.acceptInvitation)
    navigate('/profile', { replace: true })
  }
  const fields = { ...error?.fields, ...localErrors }

  return (
    <div className="auth-shell">
      <header className="auth-top">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Vielfaltsnetz
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-card" tabIndex={-1}>
        <PageHeader title={t('invitation.title')} lead={t('invitation.lead')} />
        <Form onSubmit={submit} busy={busy} submitLabel={t('invitation.submit')} error={error}>
          <TextField label={t('invitation.token')} value={token} onChange={setToken} required error={fields.token} hint={t('invitation.tokenHint')} />
          <TextField label={t('invitation.displayName')} value={displayName} onChange={setDisplayName} autoComplete="name" hint={t('invitation.displayNameHint')} error={fields.displayName} />
          <TextField
            label={t('invitation.password')}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            required
            hint={t('invitation.passwordHint', { count: MIN_PASSWORD })}
            error={fields.password}
          />
          <TextField label={t('invitation.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} required error={fields.repeat} />
        </Form>
      </main>
    </div>
  )
}
