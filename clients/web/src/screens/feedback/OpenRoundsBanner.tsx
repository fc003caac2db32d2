import { useCallback } from 'react'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { usePolling } from '../../lib/usePolling'
import { CohortFeedbackRoundsDocument } from './feedbackQueries'

/** On a participant's agenda: a round waiting for their answer, one tap away. */
export function OpenRoundsBanner({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation()
  const [{ data }, reexecute] = useQuery({ query: CohortFeedbackRoundsDocument, variables: { id: cohortId } })
  usePolling(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]), 15_000)
  const waiting = (data?.cohort?.feedbackRounds ?? []).filter((r) => r.open && !r.myResponse)
  if (waiting.length === 0) return null
  return (
    <div className="notice notice--action" role="status">
      <p>{t('feedback.banner', { count: waiting.length, question: waiting[0].question })}</p>
      <Link className="button button--primary" to={`/cohorts/${cohortId}/feedback`}>
        {t('feedback.bannerLink')}
      </Link>
    </div>
  )
}
