import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { Locale, Role } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { CopyButton } from '../../components/CopyButton'
import { Form, SelectField, TextField } from '../../components/Form'
import { MunicipalitySelect, OrganisationSelect } from '../../components/Pickers'
import { ROLES, enumOptions } from '../cohorts/labels'

const InvitePersonDocument = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input)
  }
`)

/** The link an invited person opens; the token travels in the fragment, never to a server log. */
export function invitationLink(origin: string, token: string): string {
  return `${origin}/invitation#token=${encodeURIComponent(token)}`
}

export function InviteForm({ cohortId, onInvited, participantsOnly = false }: { cohortId?: string; onInvited?(): void; participantsOnly?: boolean }) {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [role, setRole] = useState<Role>('PARTICIPANT')
  const [locale, setLocale] = useState<Locale>('DE')
  const [municipalityId, setMunicipalityId] = useState('')
  const [organisationId, setOrganisationId] = useState('')
  const [invited, setInvited] = useState<{ name: string; link: string } | null>(null)
  const { run, busy, error } = useAction(InvitePersonDocument)
  const submit = async () => {
    const data = await run(
      {
        input: {
          email: email.trim(),
          displayName: displayName.trim(),
          role: participantsOnly ? 'PARTICIPANT' : role,
          locale,
          municipalityId: municipalityId || null,
          organisationId: organisationId || null,
          cohortId: cohortId ?? null,
        },
      },
      t('invite.done', { name: displayName.trim() }),
    )
    if (!data) return
    setInvited({ name: displayName.trim(), link: invitationLink(window.location.origin, data.invitePerson) })
    setEmail('')
    setDisplayName('')
    onInvited?.()
  }
  const f = error?.fields ?? {}
  return (
    <>
      {invited && (
        <div className="notice notice--success" role="status">
          <p>{t('invite.linkIntro', { name: invited.name })}</p>
          <p className="secret">
            <code>{invited.link}</code>
          </p>
          <CopyButton text={invited.link} label={t('invite.copyLink')} />
        </div>
      )}
      <Form onSubmit={submit} busy={busy} submitLabel={t('invite.submit')} error={error}>
        <TextField label={t('invite.displayName')} value={displayName} onChange={setDisplayName} required error={f.displayName} />
        <TextField label={t('invite.email')} type="email" inputMode="email" value={email} onChange={setEmail} required error={f.email} />
        {!participantsOnly && <SelectField label={t('invite.role')} value={role} onChange={setRole} options={enumOptions(t, 'Role', ROLES)} error={f.role} />}
        <SelectField
          label={t('invite.locale')}
          value={locale}
          onChange={setLocale}
          options={[
            { value: 'DE', label: 'Deutsch' },
            { value: 'EN', label: 'English' },
          ]}
        />
        <MunicipalitySelect label={t('invite.municipality')} value={municipalityId} onChange={setMunicipalityId} error={f.municipalityId} />
        <OrganisationSelect label={t('invite.organisation')} value={organisationId} onChange={setOrganisationId} municipalityId={municipalityId} error={f.organisationId} />
      </Form>
    </>
  )
}
