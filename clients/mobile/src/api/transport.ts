// GraphQL over HTTP: one operation per POST, the access token attached and refreshed when it is
// about to expire or the server answers 401 (then the request is repeated once – a 401 means the
// server did nothing), the person's language as Accept-Language, and a time limit, so a request
// into a dead Wi-Fi fails instead of hanging.
import { print, type DocumentNode } from 'graphql'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { ApiError, fromGraphQLErrors, type GraphQLErrorLike } from './errors'
import type { SessionManager, StoredSession } from './session'

export interface TransportOptions {
  /** The service's origin, e.g. https://vielfaltsnetz.example ('' for the same origin). */
  baseUrl: string
  session: SessionManager
  language: () => string
  fetchFn?: typeof fetch
  timeoutMs?: number
}

export interface RequestOptions {
  /** Send without a token (login). */
  anonymous?: boolean
  timeoutMs?: number
}

const printed = new WeakMap<DocumentNode, string>()
export function printDocument(doc: DocumentNode): string {
  let text = printed.get(doc)
  if (!text) {
    text = print(doc)
    printed.set(doc, text)
  }
  return text
}

export function operationName(doc: DocumentNode): string | undefined {
  for (const d of doc.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value
  return undefined
}

interface Body<R> {
  data?: R | null
  errors?: GraphQLErrorLike[]
}

export class Transport {
  private fetchFn: typeof fetch
  private timeoutMs: number

  constructor(private opts: TransportOptions) {
    this.fetchFn = opts.fetchFn ?? ((...args) => fetch(...args))
    this.timeoutMs = opts.timeoutMs ?? 20_000
  }

  get url(): string {
    return `${this.opts.baseUrl}/graphql`
  }

  async request<R, V>(doc: TypedDocumentNode<R, V>, variables: V, options: RequestOptions = {}): Promise<R> {
    const session = options.anonymous ? null : await this.opts.session.valid()
    try {
      return await this.send(doc, variables, session, options)
    } catch (e) {
      if (!(e instanceof ApiError) || !e.unauthenticated || !session) throw e
      const fresh = await this.opts.session.refresh(session)
      if (!fresh) throw e
      return this.send(doc, variables, fresh, options)
    }
  }

  private async send<R, V>(doc: TypedDocumentNode<R, V>, variables: V, session: StoredSession | null, options: RequestOptions): Promise<R> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'Accept-Language': this.opts.language(),
    }
    if (session) headers.Authorization = `Bearer ${session.accessToken}`
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? this.timeoutMs)
    let res: Response
    let body: Body<R> | null
    try {
      res = await this.fetchFn(this.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: printDocument(doc), variables, operationName: operationName(doc) }),
        signal: controller.signal,
      })
      body = (await res.json().catch(() => null)) as Body<R> | null
    } catch (e) {
      throw new ApiError({ kind: 'network', message: e instanceof Error ? e.message : String(e) })
    } finally {
      clearTimeout(timer)
    }
    if (body?.errors?.length) throw fromGraphQLErrors(body.errors, res.status)
    if (!res.ok || !body || body.data == null) {
      throw new ApiError({ kind: 'http', message: `HTTP ${res.status}`, status: res.status, code: res.status === 401 ? 'UNAUTHENTICATED' : null })
    }
    return body.data
  }
}
