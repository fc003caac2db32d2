import type { CombinedError } from 'urql'

/** What the UI shows for a failed request: the server's message (already in the user's language
 * through Accept-Language), its code, and the message for each invalid input field. */
export interface AppError {
  message: string
  code: string | null
  fields: Record<string, string>
}

interface ErrorLike {
  message: string
  extensions?: Record<string, unknown>
}

/** The field a server error names, without the `input.` prefix of nested input objects. */
function fieldKey(field: string): string {
  return field.replace(/^input\./, '')
}

export function toAppError(
  error: CombinedError | { graphQLErrors?: ErrorLike[]; networkError?: Error; response?: { status?: number } },
  networkMessage: string,
): AppError {
  const gql = (error.graphQLErrors ?? []) as ErrorLike[]
  if (gql.length === 0) {
    return { message: networkMessage, code: 'NETWORK', fields: {} }
  }
  const fields: Record<string, string> = {}
  for (const e of gql) {
    const list = e.extensions?.fields
    if (Array.isArray(list)) {
      for (const f of list as { field: string; message: string }[]) {
        const key = fieldKey(f.field)
        if (!(key in fields)) fields[key] = f.message
      }
    }
  }
  const first = gql[0]
  return { message: first.message, code: (first.extensions?.code as string | undefined) ?? null, fields }
}
