import { graphql } from '../../gql'

export const PlanCardFragment = graphql(`
  fragment PlanCard on Plan {
    id
    title
    description
    scale
    status
    visibility
    targetDate
    updatedAt
    owner {
      id
      displayName
    }
    cohort {
      id
      title
    }
  }
`)
