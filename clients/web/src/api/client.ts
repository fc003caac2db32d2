import { Client, cacheExchange, fetchExchange, stringifyDocument, subscriptionExchange, type CombinedError } from 'urql'
import { authExchange } from '@urql/exchange-auth'
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws'
import { graphql } from '../gql'
import { RefreshRefused, SessionStore, expiresSoon, refreshSession, type AuthPayloadLike, type StoredSession } from './session'

const RefreshDocument = graphql(`
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

export const GRAPHQL_PATH = '/graphql'

function wsUrl(): string {
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}/ws`
}

/** Calls `refresh` directly (not through the client, whose auth step is what is refreshing). */
async function postRefresh(refreshToken: string, language: string): Promise<AuthPayloadLike> {
  const res = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify({ query: stringifyDocument(RefreshDocument), variables: { refreshToken } }),
  })
  const body = (await res.json().catch(() => null)) as {
    data?: { refresh?: AuthPayloadLike }
    errors?: { extensions?: { code?: string } }[]
  } | null
  if (body?.data?.refresh) return body.data.refresh
  const code = body?.errors?.[0]?.extensions?.code
  if (res.status === 401 || code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') throw new RefreshRefused()
  throw new Error(`refresh failed (${res.status})`)
}

function isAuthError(error: CombinedError): boolean {
  return error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
}

export interface ApiClient {
  client: Client
  ws: WsClient
  /** A valid session, refreshed first if the access token is about to expire. */
  validSession(): Promise<StoredSession | null>
}

export function createApiClient(store: SessionStore, language: () => string): ApiClient {
  const refresh = (seen: StoredSession | null) => refreshSession(store, seen, (rt) => postRefresh(rt, language()))

  const validSession = async () => {
    const s = store.read()
    if (s && expiresSoon(s)) return refresh(s)
    return s
  }

  const ws = createWsClient({
    url: wsUrl(),
    lazy: true,
    // Moving between screens ends one subscription and starts the next: keep the socket meanwhile.
    lazyCloseTimeout: 5_000,
    retryAttempts: 20,
    shouldRetry: () => true,
    connectionParams: async () => {
      const s = await validSession()
      return s ? { authorization: `Bearer ${s.accessToken}` } : {}
    },
  })

  const client = new Client({
    url: GRAPHQL_PATH,
    fetchOptions: () => ({ headers: { 'Accept-Language': language() } }),
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => {
        let seen = store.read()
        return {
          addAuthToOperation(operation) {
            seen = store.read()
            if (!seen) return operation
            return utils.appendHeaders(operation, { Authorization: `Bearer ${seen.accessToken}` })
          },
          willAuthError() {
            const s = store.read()
            return !!s && expiresSoon(s)
          },
          didAuthError(error) {
            // Without a sign-in there is nothing to refresh (e.g. a wrong password at login).
            return !!store.read() && isAuthError(error)
          },
          async refreshAuth() {
            seen = await refresh(seen ?? store.read())
          },
        }
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' }
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink)
              return { unsubscribe }
            },
          }
        },
      }),
    ],
  })

  return { client, ws, validSession }
}
