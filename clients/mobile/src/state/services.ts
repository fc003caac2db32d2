// The app's long-lived parts, made once: the sign-in, the GraphQL transport, the subscription
// socket and the offline queue.
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws'
import * as Crypto from 'expo-crypto'
import { apiBaseUrl, wsUrl } from '../config'
import { RefreshDocument } from '../api/operations'
import { ApiError } from '../api/errors'
import { RefreshRefused, SessionManager, type AuthPayloadLike } from '../api/session'
import { Transport } from '../api/transport'
import { createHandlers } from '../offline/handlers'
import { queueStorage } from '../offline/kv'
import { platformLock } from '../offline/lock'
import { OfflineQueue } from '../offline/queue'
import { connectivity } from '../platform/connectivity'
import { tokenStorage } from '../platform/secureStore'
import { currentLanguage } from '../i18n'

export interface Services {
  session: SessionManager
  api: Transport
  ws: WsClient
  queue: OfflineQueue
  /** Whether the service answered the last request (false after a request got no answer). */
  reachable: { value: boolean; listeners: Set<(v: boolean) => void> }
}

export function createServices(): Services {
  const base = apiBaseUrl()
  const reachable: Services['reachable'] = { value: true, listeners: new Set() }
  const setReachable = (v: boolean) => {
    if (reachable.value === v) return
    reachable.value = v
    for (const fn of reachable.listeners) fn(v)
  }

  // The refresh itself goes through a transport without a session (it is what refreshes it).
  let refreshTransport: Transport | null = null
  const refreshFn = async (refreshToken: string): Promise<AuthPayloadLike> => {
    try {
      const r = await refreshTransport!.request(RefreshDocument, { refreshToken }, { anonymous: true })
      return r.refresh
    } catch (e) {
      if (e instanceof ApiError && (e.kind === 'graphql' || e.status === 401) && !e.uncertain) throw new RefreshRefused(e.message)
      throw e
    }
  }
  const session = new SessionManager(tokenStorage, refreshFn, platformLock)

  const trackingFetch: typeof fetch = async (input, init) => {
    try {
      const res = await fetch(input, init)
      setReachable(true)
      return res
    } catch (e) {
      setReachable(false)
      throw e
    }
  }
  refreshTransport = new Transport({ baseUrl: base, session, language: currentLanguage, fetchFn: trackingFetch })
  const api = new Transport({ baseUrl: base, session, language: currentLanguage, fetchFn: trackingFetch })

  const ws = createWsClient({
    url: wsUrl(base),
    lazy: true,
    lazyCloseTimeout: 5_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    keepAlive: 20_000,
    connectionParams: async () => {
      try {
        const s = await session.valid()
        return s ? { authorization: `Bearer ${s.accessToken}` } : {}
      } catch {
        return {}
      }
    },
  })

  let timer: ReturnType<typeof setTimeout> | null = null
  const queue = new OfflineQueue({
    storage: queueStorage,
    handlers: createHandlers(api),
    personId: () => session.current()?.personId ?? null,
    isOnline: () => connectivity.isOnline(),
    newId: () => Crypto.randomUUID(),
    lock: platformLock,
    schedule: (ms) => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        void queue.process()
      }, Math.max(ms, 250))
    },
  })

  return { session, api, ws, queue, reachable }
}
