import { useTranslation } from 'react-i18next'
import { formatTime } from '../../lib/datetime'

export function SessionTime({ startsAt, endsAt }: { startsAt?: string | null; endsAt?: string | null }) {
  const { t, i18n } = useTranslation()
  if (!startsAt) return <span className="session-time muted">{t('agenda.noTime')}</span>
  return (
    <span className="session-time">
      <time dateTime={startsAt}>{formatTime(startsAt, i18n.language)}</time>
      {endsAt && (
        <>
          {' – '}
          <time dateTime={endsAt}>{formatTime(endsAt, i18n.language)}</time>
        </>
      )}
    </span>
  )
}

/** Whether a session is running at `now`. */
export function isRunning(s: { startsAt?: string | null; endsAt?: string | null }, now: number): boolean {
  return !!s.startsAt && !!s.endsAt && Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt)
}
