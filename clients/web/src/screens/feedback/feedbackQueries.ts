import { graphql } from '../../gql'

export const CohortFeedbackRoundsDocument = graphql(`
  query CohortFeedbackRounds($id: ID!) {
    cohort(id: $id) {
      id
      feedbackRounds {
        id
        question
        kind
        anonymous
        open
        createdAt
        closedAt
        facilitatorAnswer
        session {
          id
          title
        }
        myResponse {
          id
          rating
          text
        }
      }
    }
  }
`)

export const RATINGS = [1, 2, 3, 4, 5] as const
