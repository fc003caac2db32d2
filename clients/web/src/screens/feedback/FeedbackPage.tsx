import { useCohort } from '../cohorts/CohortPage'
import { FacilitatorFeedback } from './FacilitatorFeedback'
import { ParticipantFeedback } from './ParticipantFeedback'

export function FeedbackPage() {
  const { canManage } = useCohort()
  return canManage ? <FacilitatorFeedback /> : <ParticipantFeedback />
}
