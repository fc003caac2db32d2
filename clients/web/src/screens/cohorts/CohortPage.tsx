import { useEffect, useRef } from 'react'
import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { CohortSummaryQuery } from '../../gql/graphql'
import { useMe } from '../../api/auth'
import { PageHeader } from '../../components/Page'
import { Loading, QueryError } from '../../components/Status'
import { formatDayRange } from '../../lib/datetime'
import { NotFound } from '../NotFound'

const CohortSummaryDocument = graphql(`
  query CohortSummary($id: ID!) {
    cohort(id: $id) {
      id
      title
      programme
      description
      status
      startsOn
      endsOn
      location
      capacity
      participantCount
      municipalities {
        id
        name
      }
      facilitators {
        id
        displayName
        pronouns
      }
    }
  }
`)

export type CohortSummary = NonNullable<CohortSummaryQuery['cohort']>

export interface CohortContext {
  cohort: CohortSummary
  /** The viewer runs this cohort: an admin or one of its facilitators. */
  canManage: boolean
}

export function useCohort(): CohortContext {
  return useOutletContext<CohortContext>()
}

export function CohortPage() {
  const { cohortId = '' } = useParams()
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CohortSummaryDocument, variables: { id: cohortId } })
  const tabs = useRef<HTMLElement>(null)
  const { pathname } = useLocation()
  // On a phone the tabs scroll sideways: keep the current one in view.
  // (Braces: newer browsers return a promise from scrollIntoView, which must not become the cleanup.)
  useEffect(() => {
    tabs.current?.querySelector('a.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [pathname, data])
  if (fetching && !data) return <Loading />
  if (error && !data?.cohort) {
    if (error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotFound />
    return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
  }
  const cohort = data?.cohort
  if (!cohort) return <NotFound />
  const canManage = me.role === 'ADMIN' || cohort.facilitators.some((f) => f.id === me.id)
  // Participants draw their own sphere of influence; facilitators see the shared ones.
  const isMember = !canManage
  const context: CohortContext = { cohort, canManage }
  const dates = formatDayRange(cohort.startsOn, cohort.endsOn, i18n.language)

  return (
    <>
      <PageHeader
        title={cohort.title}
        lead={
          <>
            <span className={`badge badge--${cohort.status.toLowerCase()}`}>{t(`enums.CohortStatus.${cohort.status}`)}</span> {dates}
            {cohort.location ? ` · ${cohort.location}` : ''}
          </>
        }
      />
      <dl className="facts facts--inline">
        <dt>{t('cohort.facilitators')}</dt>
        <dd>{cohort.facilitators.map((f) => f.displayName + (f.pronouns ? ` (${f.pronouns})` : '')).join(', ') || t('common.none')}</dd>
        <dt>{t('cohort.municipalities')}</dt>
        <dd>{cohort.municipalities.map((m) => m.name).join(', ') || t('common.none')}</dd>
        <dt>{t('cohort.participants')}</dt>
        <dd>{cohort.capacity ? t('cohort.participantsOf', { count: cohort.participantCount, capacity: cohort.capacity }) : cohort.participantCount}</dd>
      </dl>
      <nav className="tabs" aria-label={t('cohort.sections')} ref={tabs}>
        <NavLink to="" end>
          {t('cohort.tabs.agenda')}
        </NavLink>
        {canManage && <NavLink to="agenda/edit">{t('cohort.tabs.editAgenda')}</NavLink>}
        <NavLink to="feedback">{t('cohort.tabs.feedback')}</NavLink>
        {isMember && <NavLink to="influence">{t('cohort.tabs.influence')}</NavLink>}
        <NavLink to="plans">{t('cohort.tabs.plans')}</NavLink>
        <NavLink to="follow-ups">{t('cohort.tabs.followUps')}</NavLink>
        <Link to={`/community?cohort=${cohort.id}`}>{t('cohort.tabs.community')}</Link>
        <NavLink to="history">{t('cohort.tabs.history')}</NavLink>
        <NavLink to="people">{t('cohort.tabs.people')}</NavLink>
        {canManage && <NavLink to="report">{t('cohort.tabs.report')}</NavLink>}
        {canManage && <NavLink to="settings">{t('cohort.tabs.settings')}</NavLink>}
      </nav>
      <Outlet context={context} />
    </>
  )
}
