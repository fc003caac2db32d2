// Failures of a request, as the app needs them: the server's message (already in the person's
// language through Accept-Language), its code, the message for each invalid field – and, for the
// offline queue, whether the server may have done the work although no answer arrived.

export interface GraphQLErrorLike {
  message: string
  extensions?: Record<string, unknown>
}

export type FailureKind =
  /** No answer: offline, connection dropped, timed out. The request may or may not have arrived. */
  | 'network'
  /** The server answered with errors in the GraphQL response. */
  | 'graphql'
  /** The server answered without a GraphQL body (proxy error page, 502, …). */
  | 'http'

/**
 * Codes after which repeating the same request cannot succeed. Not among them: IN_PROGRESS (a
 * request with the same idempotency key is still running – try again in a moment), RATE_LIMITED,
 * UNAVAILABLE, INTERNAL.
 */
const PERMANENT = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED'])

export class ApiError extends Error {
  readonly kind: FailureKind
  readonly code: string | null
  readonly fields: Record<string, string>
  readonly status: number | null
  /** Seconds to wait, for RATE_LIMITED. */
  readonly retryAfter: number | null
  /** Set where repeating cannot help although the code alone would suggest waiting. */
  private readonly final: boolean

  constructor(init: {
    kind: FailureKind
    message: string
    code?: string | null
    fields?: Record<string, string>
    status?: number | null
    retryAfter?: number | null
    final?: boolean
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.code = init.code ?? null
    this.fields = init.fields ?? {}
    this.status = init.status ?? null
    this.retryAfter = init.retryAfter ?? null
    this.final = init.final ?? false
  }

  /** The same failure, marked as one that repeating cannot fix. */
  asFinal(): ApiError {
    return new ApiError({ kind: this.kind, message: this.message, code: this.code, fields: this.fields, status: this.status, retryAfter: this.retryAfter, final: true })
  }

  /**
   * Whether the server may have carried the request out although we did not hear so. The service
   * changes nothing when it answers with an error; without an answer, or with an internal error
   * or a gateway's error page, we cannot know. IN_PROGRESS: an earlier request with the same
   * idempotency key is still running and may yet do the work.
   */
  get uncertain(): boolean {
    if (this.kind === 'network') return true
    if (this.kind === 'http') return (this.status ?? 500) >= 500
    return this.code === 'INTERNAL' || this.code === 'IN_PROGRESS'
  }

  /** Whether sending the same request again cannot succeed (the person has to change something). */
  get permanent(): boolean {
    if (this.final) return true
    if (this.kind === 'graphql') return this.code !== null && PERMANENT.has(this.code)
    if (this.kind === 'http') return this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 401 && this.status !== 408 && this.status !== 429
    return false
  }

  get unauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.status === 401
  }
}

/** The field a server error names, without the `input.` prefix of nested input objects. */
function fieldKey(field: string): string {
  return field.replace(/^input\./, '')
}

/** An ApiError from the `errors` of a GraphQL response. */
export function fromGraphQLErrors(errors: readonly GraphQLErrorLike[], status: number | null): ApiError {
  const fields: Record<string, string> = {}
  for (const e of errors) {
    const list = e.extensions?.fields
    if (Array.isArray(list)) {
      for (const f of list as { field: string; message: string }[]) {
        const key = fieldKey(f.field)
        if (!(key in fields)) fields[key] = f.message
      }
    }
  }
  const first = errors[0]
  const retry = first?.extensions?.retryAfter
  return new ApiError({
    kind: 'graphql',
    message: first?.message ?? 'Error',
    code: (first?.extensions?.code as string | undefined) ?? (status === 401 ? 'UNAUTHENTICATED' : null),
    fields,
    status,
    retryAfter: typeof retry === 'number' ? retry : null,
  })
}

/** What the screens show: the server's message, or the network message for a missing answer. */
export function messageOf(error: unknown, networkMessage: string): string {
  if (error instanceof ApiError) return error.kind === 'graphql' ? error.message : networkMessage
  return networkMessage
}
