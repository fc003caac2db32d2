// The sign-in: tokens kept in localStorage so every tab shares one sign-in. Refresh tokens rotate
// and a reused one ends the whole sign-in, so refreshing is serialised across tabs with the Web
// Locks API and a tab first adopts a pair another tab has already fetched.

export interface StoredSession {
  accessToken: string
  refreshToken: string
  /** RFC 3339 */
  expiresAt: string
  personId: string
}

export interface AuthPayloadLike {
  accessToken: string
  refreshToken: string
  expiresAt: string
  person: { id: string }
}

type Listener = (session: StoredSession | null) => void

const KEY = 'vielfalt.session'
const EXPIRED_KEY = 'vielfalt.session-expired'
/** Refresh this long before the access token expires. */
export const EXPIRY_MARGIN_MS = 30_000

export class SessionStore {
  private listeners = new Set<Listener>()
  private storage: Storage
  constructor(storage: Storage) {
    this.storage = storage
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (e) => {
        if (e.key === KEY) this.emit()
      })
    }
  }

  read(): StoredSession | null {
    const raw = this.storage.getItem(KEY)
    if (!raw) return null
    try {
      const s = JSON.parse(raw) as StoredSession
      return s.accessToken && s.refreshToken ? s : null
    } catch {
      return null
    }
  }

  write(payload: AuthPayloadLike): StoredSession {
    const s: StoredSession = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      expiresAt: payload.expiresAt,
      personId: payload.person.id,
    }
    this.storage.setItem(KEY, JSON.stringify(s))
    this.emit()
    return s
  }

  /** Ends a sign-in the server no longer accepts, and leaves a note for the sign-in page. */
  expire(): void {
    try {
      window.sessionStorage.setItem(EXPIRED_KEY, '1')
    } catch {
      /* private mode: the note is a nicety */
    }
    this.clear()
  }

  /** Whether the last sign-in ended because it expired (asked once). */
  static takeExpiredNote(): boolean {
    try {
      const expired = window.sessionStorage.getItem(EXPIRED_KEY) === '1'
      window.sessionStorage.removeItem(EXPIRED_KEY)
      return expired
    } catch {
      return false
    }
  }

  clear(): void {
    if (this.storage.getItem(KEY) === null) return
    this.storage.removeItem(KEY)
    this.emit()
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private emit() {
    const s = this.read()
    for (const fn of this.listeners) fn(s)
  }
}

export function expiresSoon(s: StoredSession, now: number = Date.now()): boolean {
  return Date.parse(s.expiresAt) - EXPIRY_MARGIN_MS <= now
}

/** Thrown by a refresh function when the server refused the refresh token. */
export class RefreshRefused extends Error {}

type LockManagerLike = { request<T>(name: string, cb: () => Promise<T>): Promise<T> }

let inFlight: Promise<StoredSession | null> | null = null

/**
 * Exchanges the refresh token for a new pair, once across all tabs. `seen` is the session the
 * caller found stale; if another tab has replaced it meanwhile, that newer pair is used instead.
 * Returns null (and signs out) when the server refuses the refresh token.
 */
export function refreshSession(
  store: SessionStore,
  seen: StoredSession | null,
  refresh: (refreshToken: string) => Promise<AuthPayloadLike>,
  locks: LockManagerLike | undefined = typeof navigator !== 'undefined' ? (navigator as { locks?: LockManagerLike }).locks : undefined,
): Promise<StoredSession | null> {
  if (inFlight) return inFlight
  const run = async (): Promise<StoredSession | null> => {
    const current = store.read()
    if (!current) return null
    if (seen && current.refreshToken !== seen.refreshToken && !expiresSoon(current)) return current
    try {
      return store.write(await refresh(current.refreshToken))
    } catch (e) {
      if (e instanceof RefreshRefused) {
        store.expire()
        return null
      }
      throw e
    }
  }
  inFlight = (locks ? locks.request('vielfalt-refresh', run) : run()).finally(() => {
    inFlight = null
  })
  return inFlight
}
