import { graphql } from '../../gql'
import type { AgendaSessionFragment } from '../../gql/graphql'

export const AgendaSessionFragmentDoc = graphql(`
  fragment AgendaSession on Session {
    id
    title
    day
    position
    startsAt
    endsAt
    status
    notes
    module {
      id
      title
      kind
      summary
      durationMinutes
    }
  }
`)

export const CohortAgendaDocument = graphql(`
  query CohortAgenda($id: ID!) {
    cohort(id: $id) {
      id
      sessions {
        ...AgendaSession
      }
    }
  }
`)

export type AgendaSession = AgendaSessionFragment
