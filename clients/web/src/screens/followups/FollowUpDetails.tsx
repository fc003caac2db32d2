import { useTranslation } from 'react-i18next'
import type { FollowUpFieldsFragment } from '../../gql/graphql'
import { formatDay, formatTime, utcToBerlin } from '../../lib/datetime'

/** When, how and where a follow-up takes place. */
export function FollowUpDetails({ followUp: f }: { followUp: FollowUpFieldsFragment }) {
  const { t, i18n } = useTranslation()
  const end = new Date(Date.parse(f.scheduledAt) + f.durationMinutes * 60_000).toISOString()
  return (
    <>
      <p className="followup-when">
        <strong>{formatDay(utcToBerlin(f.scheduledAt).day, i18n.language, 'long')}</strong>,{' '}
        <time dateTime={f.scheduledAt}>{formatTime(f.scheduledAt, i18n.language)}</time>–<time dateTime={end}>{formatTime(end, i18n.language)}</time>{' '}
        <span className={`badge badge--${f.status.toLowerCase()}`}>{t(`enums.FollowUpStatus.${f.status}`)}</span>{' '}
        <span className="badge">{t(`enums.FollowUpFormat.${f.format}`)}</span>
      </p>
      {f.format === 'ONLINE' && f.meetingUrl && (
        <p>
          <a href={f.meetingUrl} target="_blank" rel="noopener noreferrer">
            {t('followUps.join')}
            <span className="visually-hidden"> ({t('common.newWindow')})</span>
          </a>
        </p>
      )}
      {f.location && <p>{t('followUps.where', { location: f.location })}</p>}
      {f.agenda && <p className="pre">{f.agenda}</p>}
    </>
  )
}
