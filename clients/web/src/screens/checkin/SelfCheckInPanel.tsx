import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { CopyButton } from '../../components/CopyButton'
import { Form, SelectField } from '../../components/Form'
import { QrCode } from '../../components/QrCode'
import { formatTime } from '../../lib/datetime'
import { checkInLink } from './checkinLink'

const OpenSelfCheckInDocument = graphql(`
  mutation OpenSelfCheckIn($sessionId: ID!, $validMinutes: Int) {
    openSelfCheckIn(sessionId: $sessionId, validMinutes: $validMinutes) {
      sessionId
      code
      expiresAt
    }
  }
`)

const MINUTES = ['15', '30', '60', '120', '240'] as const

function useNow(ms = 15_000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms)
    return () => window.clearInterval(id)
  }, [ms])
  return now
}

/** For facilitators: a short-lived code for the session, large and as a QR code for the projector. */
export function SelfCheckInPanel({ sessionId, current, onOpened }: { sessionId: string; current: { code: string; expiresAt: string } | null | undefined; onOpened(): void }) {
  const { t, i18n } = useTranslation()
  const [minutes, setMinutes] = useState<(typeof MINUTES)[number]>('15')
  const { run, busy, error } = useAction(OpenSelfCheckInDocument)
  const now = useNow()
  const active = current && Date.parse(current.expiresAt) > now ? current : null
  const minutesLeft = active ? Math.max(0, Math.ceil((Date.parse(active.expiresAt) - now) / 60_000)) : 0
  const link = active ? checkInLink(window.location.origin, active.code) : ''

  return (
    <section className="card" aria-labelledby="checkin-title">
      <h2 id="checkin-title">{t('checkin.panelTitle')}</h2>
      {active ? (
        <div className="checkin-code" id="checkin-projection">
          <QrCode value={link} alt={t('checkin.qrAlt', { code: active.code })} />
          <div>
            <p className="muted">{t('checkin.codeLabel')}</p>
            <p className="code-display">
              <span aria-hidden="true" data-testid="checkin-code">
                {active.code}
              </span>
              <span className="visually-hidden">{t('checkin.codeSpelled', { code: active.code.split('').join(' ') })}</span>
            </p>
            <p>{t('checkin.validUntil', { time: formatTime(active.expiresAt, i18n.language), count: minutesLeft })}</p>
            <p className="small muted">{t('checkin.howTo', { host: window.location.host })}</p>
            <div className="card-actions">
              <button type="button" className="button" onClick={() => void document.getElementById('checkin-projection')?.requestFullscreen?.()}>
                {t('checkin.projector')}
              </button>
              <CopyButton text={link} label={t('checkin.copyLink')} />
            </div>
          </div>
        </div>
      ) : (
        <p className="muted">{t('checkin.none')}</p>
      )}
      <Form
        onSubmit={async () => {
          if (await run({ sessionId, validMinutes: Number(minutes) }, t('checkin.openedMessage'))) onOpened()
        }}
        busy={busy}
        submitLabel={active ? t('checkin.newCode') : t('checkin.open')}
        error={error}
      >
        <SelectField label={t('checkin.validFor')} value={minutes} onChange={setMinutes} options={MINUTES.map((m) => ({ value: m, label: t('modules.minutes', { count: Number(m) }) }))} error={error?.fields.validMinutes} />
        {active && <p className="hint">{t('checkin.newCodeHint')}</p>}
      </Form>
    </section>
  )
}
