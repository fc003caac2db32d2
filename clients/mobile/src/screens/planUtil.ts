import type { PlanFieldsFragment, PlanStatus } from '../gql/graphql'
import type { AddPlanUpdatePayload, CreatePlanPayload } from '../offline/handlers'
import type { QueueItem } from '../offline/queue'

export const PLAN_STATUSES: readonly PlanStatus[] = ['IDEA', 'IN_PROGRESS', 'DONE', 'DROPPED']

export const statusTone = (s: PlanStatus) => (s === 'DONE' ? 'success' : s === 'IN_PROGRESS' ? 'primary' : s === 'DROPPED' ? 'neutral' : 'accent') as 'success' | 'primary' | 'neutral' | 'accent'

/** Steps waiting in the queue for a plan, oldest first. */
export function queuedSteps(items: readonly QueueItem[], planId: string): QueueItem<AddPlanUpdatePayload>[] {
  return items.filter((i) => i.kind === 'addPlanUpdate' && i.state !== 'sent' && (i.payload as AddPlanUpdatePayload).input.planId === planId) as QueueItem<AddPlanUpdatePayload>[]
}

/** The status a plan shows: its last queued step's, else the service's. */
export function shownStatus(plan: PlanFieldsFragment, items: readonly QueueItem[]): PlanStatus {
  const steps = queuedSteps(items, plan.id).filter((i) => i.state !== 'failed')
  return steps.length ? steps[steps.length - 1].payload.input.status : plan.status
}

/** Plans written offline that the service does not know yet. */
export function queuedPlans(items: readonly QueueItem[]): QueueItem<CreatePlanPayload>[] {
  return items.filter((i) => i.kind === 'createPlan' && i.state !== 'sent') as QueueItem<CreatePlanPayload>[]
}
