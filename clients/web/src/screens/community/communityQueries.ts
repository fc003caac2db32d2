import { graphql } from '../../gql'

export const PostSummaryFragment = graphql(`
  fragment PostSummary on Post {
    id
    kind
    title
    body
    tags
    pinned
    locked
    hidden
    createdAt
    editedAt
    commentCount
    author {
      id
      displayName
    }
    cohort {
      id
      title
    }
    reactions {
      kind
      count
    }
    myReactions
    consultation {
      resolvedAt
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

export const POST_KINDS = ['EXPERIENCE', 'QUESTION', 'CONSULTATION_REQUEST', 'IDEA', 'EVENT', 'RESOURCE', 'ANNOUNCEMENT'] as const
export const REACTION_KINDS = ['LIKE', 'THANKS', 'INSIGHTFUL', 'SUPPORT'] as const

/** The first words of a Markdown text, without its markup, for a card. */
export function excerpt(markdown: string, max = 220): string {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return plain.length > max ? `${plain.slice(0, max).replace(/\s+\S*$/, '')} …` : plain
}
