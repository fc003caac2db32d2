import { graphql } from '../../gql'

export const FollowUpFieldsFragment = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    title
    scheduledAt
    durationMinutes
    format
    meetingUrl
    location
    agenda
    status
  }
`)

export const CohortFollowUpsDocument = graphql(`
  query CohortFollowUps($id: ID!) {
    cohort(id: $id) {
      id
      followUps {
        ...FollowUpFields
        myCheckIn {
          id
          whatHappened
          challenges
          needsConsultation
          createdAt
          planUpdates {
            id
            status
            note
            plan {
              id
              title
            }
          }
        }
      }
    }
  }
`)

export const MyPlansInCohortDocument = graphql(`
  query MyPlansInCohort {
    me {
      id
      plans(first: 100) {
        edges {
          node {
            id
            title
            status
            cohort {
              id
            }
          }
        }
      }
    }
  }
`)
