import type { TFunction } from 'i18next'

/** Options for a select over an enumeration, labelled from the catalogue's `enums.<Type>`. */
export function enumOptions<V extends string>(t: TFunction, type: string, values: readonly V[]): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: t(`enums.${type}.${value}`) }))
}

export const COHORT_STATUSES = ['PLANNED', 'RUNNING', 'COMPLETED', 'ARCHIVED'] as const
export const ENROLLMENT_STATUSES = ['INVITED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'] as const
export const COHORT_ROLES = ['PARTICIPANT', 'FACILITATOR', 'GUEST'] as const
export const ROLES = ['PARTICIPANT', 'FACILITATOR', 'ADMIN'] as const
export const SESSION_STATUSES = ['PLANNED', 'DONE', 'SKIPPED'] as const
export const MODULE_KINDS = ['INPUT', 'EXERCISE', 'REFLECTION', 'PEER_CONSULTATION', 'INFLUENCE_MAPPING', 'FEEDBACK', 'NETWORKING', 'OTHER'] as const
export const ORGANISATION_KINDS = ['ADMINISTRATION', 'CIVIL_SOCIETY', 'EDUCATION', 'BUSINESS', 'OTHER'] as const
export const PLAN_SCALES = ['SMALL', 'LARGE'] as const
export const PLAN_STATUSES = ['IDEA', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const
export const VISIBILITIES = ['PRIVATE', 'FACILITATORS', 'COHORT', 'COMMUNITY'] as const
export const FOLLOW_UP_FORMATS = ['ONLINE', 'IN_PERSON'] as const
export const FOLLOW_UP_STATUSES = ['SCHEDULED', 'DONE', 'CANCELLED'] as const
