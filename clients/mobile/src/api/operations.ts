// Every GraphQL operation the app uses. `npm run codegen` turns them into typed documents in
// src/gql/ (checked against ../../docs/schema.graphql by `npm run codegen:check`).
import { graphql } from '../gql'

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresAt
      person {
        id
      }
    }
  }
`)

export const RefreshDocument = graphql(`
  mutation Refresh($refreshToken: String!) {
    refresh(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresAt
      person {
        id
      }
    }
  }
`)

export const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`)

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      email
      pronouns
      bio
      role
      locale
      directoryVisible
      municipality {
        id
        name
      }
      organisation {
        id
        name
      }
      enrollments {
        id
        role
        status
        cohort {
          id
          title
          status
          startsOn
          endsOn
          location
        }
      }
    }
  }
`)

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      pronouns
      bio
      locale
      directoryVisible
    }
  }
`)

export const AgendaSessionFragment = graphql(`
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
      kind
      summary
    }
  }
`)

export const CohortAgendaDocument = graphql(`
  query CohortAgenda($id: ID!) {
    cohort(id: $id) {
      id
      title
      location
      sessions {
        ...AgendaSession
      }
    }
  }
`)

export const AgendaChangedDocument = graphql(`
  subscription AgendaChanged($cohortId: ID!) {
    agendaChanged(cohortId: $cohortId) {
      ...AgendaSession
    }
  }
`)

export const OpenRoundFragment = graphql(`
  fragment OpenRound on FeedbackRound {
    id
    question
    kind
    anonymous
    open
    createdAt
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
`)

export const OpenRoundsDocument = graphql(`
  query OpenRounds($id: ID!) {
    cohort(id: $id) {
      id
      feedbackRounds(open: true) {
        ...OpenRound
      }
    }
  }
`)

// Each round as a facilitator opens it, so the phones in the room show the question at once.
export const FeedbackRoundOpenedDocument = graphql(`
  subscription FeedbackRoundOpened($cohortId: ID!) {
    feedbackRoundOpened(cohortId: $cohortId) {
      ...OpenRound
    }
  }
`)

export const RespondDocument = graphql(`
  mutation Respond($input: FeedbackResponseInput!) {
    respond(input: $input) {
      id
      myResponse {
        id
        rating
        text
      }
    }
  }
`)

export const SelfCheckInDocument = graphql(`
  mutation SelfCheckIn($code: String!) {
    selfCheckIn(code: $code) {
      present
      person {
        id
      }
      session {
        id
        title
      }
    }
  }
`)

export const PlanFieldsFragment = graphql(`
  fragment PlanFields on Plan {
    id
    title
    description
    scale
    status
    visibility
    targetDate
    createdAt
    updatedAt
    cohort {
      id
      title
    }
    updates {
      id
      status
      note
      createdAt
      author {
        id
      }
    }
  }
`)

export const MyPlansDocument = graphql(`
  query MyPlans {
    me {
      id
      plans(first: 100) {
        totalCount
        edges {
          node {
            ...PlanFields
          }
        }
      }
    }
  }
`)

export const CreatePlanDocument = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      ...PlanFields
    }
  }
`)

export const AddPlanUpdateDocument = graphql(`
  mutation AddPlanUpdate($input: PlanUpdateInput!) {
    addPlanUpdate(input: $input) {
      id
      status
      note
      createdAt
      plan {
        id
        status
      }
    }
  }
`)

export const FollowUpsDocument = graphql(`
  query FollowUps($id: ID!) {
    cohort(id: $id) {
      id
      followUps {
        id
        title
        scheduledAt
        durationMinutes
        format
        meetingUrl
        location
        agenda
        status
        myCheckIn {
          id
          whatHappened
          challenges
          needsConsultation
          createdAt
        }
      }
    }
  }
`)

export const SubmitCheckInDocument = graphql(`
  mutation SubmitCheckIn($input: CheckInInput!) {
    submitCheckIn(input: $input) {
      id
      createdAt
    }
  }
`)

export const FeedPostFragment = graphql(`
  fragment FeedPost on Post {
    id
    kind
    title
    body
    tags
    pinned
    locked
    createdAt
    commentCount
    author {
      id
      displayName
      pronouns
    }
    cohort {
      id
      title
    }
    consultation {
      resolvedAt
    }
    reactions {
      kind
      count
    }
    myReactions
  }
`)

export const FeedDocument = graphql(`
  query Feed($first: Int, $after: String, $cohortId: ID, $networkOnly: Boolean, $search: String) {
    feed(first: $first, after: $after, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FeedPost
        }
      }
    }
  }
`)

export const PostAddedDocument = graphql(`
  subscription PostAdded($cohortId: ID) {
    postAdded(cohortId: $cohortId) {
      ...FeedPost
    }
  }
`)

export const PostDocument = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...FeedPost
      consultation {
        case
        question
        shareable
        resolvedAt
      }
      comments(first: 100) {
        totalCount
        edges {
          node {
            id
            body
            createdAt
            deleted
            hidden
            author {
              id
              displayName
            }
            parent {
              id
            }
          }
        }
      }
    }
  }
`)

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`)

export const CreateCommentDocument = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`)

export const ReactDocument = graphql(`
  mutation React($targetId: ID!, $kind: ReactionKind!) {
    react(targetId: $targetId, kind: $kind) {
      id
      reactions {
        kind
        count
      }
      myReactions
    }
  }
`)

export const UnreactDocument = graphql(`
  mutation Unreact($targetId: ID!, $kind: ReactionKind!) {
    unreact(targetId: $targetId, kind: $kind) {
      id
      reactions {
        kind
        count
      }
      myReactions
    }
  }
`)

// For the offline queue: what a person created recently, to find what an attempt whose answer
// was lost already created (see src/offline/handlers.ts).
export const RecentPostsDocument = graphql(`
  query RecentPosts($cohortId: ID, $networkOnly: Boolean, $search: String) {
    feed(first: 50, cohortId: $cohortId, networkOnly: $networkOnly, search: $search) {
      edges {
        node {
          id
          title
          body
          createdAt
          author {
            id
          }
        }
      }
    }
  }
`)

export const RecentCommentsDocument = graphql(`
  query RecentComments($postId: ID!) {
    post(id: $postId) {
      id
      comments(first: 100) {
        edges {
          node {
            id
            body
            createdAt
            author {
              id
            }
            parent {
              id
            }
            replies {
              id
              body
              createdAt
              author {
                id
              }
            }
          }
        }
      }
    }
  }
`)

export const RecentPlansDocument = graphql(`
  query RecentPlans {
    me {
      id
      plans(first: 50) {
        edges {
          node {
            id
            title
            createdAt
            updates {
              id
              status
              note
              createdAt
              author {
                id
              }
            }
          }
        }
      }
    }
  }
`)

export const ResolveConsultationDocument = graphql(`
  mutation ResolveConsultation($postId: ID!, $resolved: Boolean) {
    resolveConsultation(postId: $postId, resolved: $resolved) {
      id
      consultation {
        case
        question
        shareable
        resolvedAt
      }
    }
  }
`)
