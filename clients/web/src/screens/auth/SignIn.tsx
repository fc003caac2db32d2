import { useState } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAuth } from '../../api/auth'
import { SessionStore } from '../../api/session'
import { useAction } from '../../api/useAction'
import { Form, TextField } from '../../components/Form'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { PageHeader } from '../../components/Page'

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresAt
      person {
        id
        displayName
        locale
      }
    }
  }
`)

/** Only paths inside the app are followed after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function SignIn() {
  const { t, i18n } = useTranslation()
  const { session, signedIn } = useAuth()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const { run, busy, error } = useAction(LoginDocument)
  const [expired] = useState(() => SessionStore.takeExpiredNote())
  const next = safeNext(params.get('next'))
  if (session) return <Navigate to={next} replace />

  const submit = async () => {
    const data = await run({ email: email.trim(), password })
    if (!data) return
    await i18n.changeLanguage(data.login.person.locale === 'EN' ? 'en' : 'de')
    signedIn(data.login)
    navigate(next, { replace: true })
  }

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
        <PageHeader title={t('signIn.title')} lead={t('signIn.lead')} />
        {expired && (
          <p className="notice" role="status">
            {t('signIn.expired')}
          </p>
        )}
        <Form onSubmit={submit} busy={busy} submitLabel={t('signIn.submit')} busyLabel={t('signIn.busy')} error={error}>
          <TextField label={t('signIn.email')} type="email" autoComplete="username" inputMode="email" value={email} onChange={setEmail} required name="email" />
          <TextField
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            required
            name="password"
          />
        </Form>
        <p className="hint">
          {t('signIn.invitationHint')} <Link to="/invitation">{t('signIn.invitationLink')}</Link>
        </p>
      </main>
    </div>
  )
}
