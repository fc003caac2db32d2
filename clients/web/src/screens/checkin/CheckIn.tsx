import { useState } from 'react'
import { useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { Form, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { normaliseCode } from './checkinLink'

const SelfCheckInDocument = graphql(`
  mutation SelfCheckIn($code: String!) {
    selfCheckIn(code: $code) {
      present
      person {
        id
      }
    }
  }
`)

/** Participants check in with the code shown in the room (typed, or opened from its QR code). */
export function CheckIn() {
  const { t } = useTranslation()
  const location = useLocation()
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('code') ?? new URLSearchParams(location.search).get('code') ?? ''
  const [code, setCode] = useState(normaliseCode(fromLink))
  const [done, setDone] = useState(false)
  const { run, busy, error } = useAction(SelfCheckInDocument)
  const submit = async () => {
    setDone(false)
    if (await run({ code: normaliseCode(code) }, t('checkin.done'))) setDone(true)
  }
  return (
    <>
      <PageHeader title={t('checkin.title')} lead={t('checkin.lead')} />
      <div className="card narrow">
        {done && (
          <p className="notice notice--success" role="status">
            {t('checkin.done')}
          </p>
        )}
        <Form onSubmit={submit} busy={busy} submitLabel={t('checkin.submit')} error={error}>
          <TextField label={t('checkin.codeLabel')} hint={t('checkin.codeHint')} value={code} onChange={(v) => setCode(v.toUpperCase())} required autoComplete="one-time-code" name="code" error={error?.fields.code} />
        </Form>
      </div>
    </>
  )
}
