import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useCohort } from '../cohorts/CohortPage'
import { PlanCard } from './PlanCard'

const CohortPlansDocument = graphql(`
  query CohortPlans($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      id
      plans(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PlanCard
          }
        }
      }
    }
  }
`)

/** The plans of the cohort the viewer may see: shared with the cohort, the facilitators or everyone. */
export function CohortPlans() {
  const { t } = useTranslation()
  const { cohort, canManage } = useCohort()
  const pager = usePager()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CohortPlansDocument, variables: { id: cohort.id, first: PAGE_SIZE, after: pager.after } })
  const conn = data?.cohort?.plans
  return (
    <section aria-labelledby="cohort-plans">
      <h2 id="cohort-plans">{t('plans.cohortTitle')}</h2>
      <p className="lead">{canManage ? t('plans.cohortLeadFacilitator') : t('plans.cohortLead')}</p>
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {conn && conn.edges.length === 0 && <Empty>{t('plans.cohortEmpty')}</Empty>}
      <ul className="card-grid">
        {conn?.edges.map(({ node }) => (
          <PlanCard key={node.id} plan={node} showOwner />
        ))}
      </ul>
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('plans.pages')} />}
    </section>
  )
}
