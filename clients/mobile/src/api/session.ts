// The sign-in: an access token (15 minutes) and a refresh token that rotates – each works once, and
// presenting a used one ends the whole sign-in. So exactly one refresh runs at a time (in this app
// and, on the web, across tabs via the Web Locks API), and whoever finds the stored pair already
// replaced adopts the newer pair instead of refreshing again.

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

/** Where the pair is kept: the platform's secure storage (see secureStore.ts). */
export interface TokenStorage {
  get(): Promise<string | null>
  set(value: string): Promise<void>
  remove(): Promise<void>
}

export type LockFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>

/** Refresh this long before the access token expires. */
export const EXPIRY_MARGIN_MS = 30_000

/** Thrown by a refresh function when the server refused the refresh token. */
export class RefreshRefused extends Error {}

type Listener = (session: StoredSession | null, reason: 'signed-in' | 'refreshed' | 'signed-out' | 'expired') => void

export function expiresSoon(s: StoredSession, now: number = Date.now()): boolean {
  return Date.parse(s.expiresAt) - EXPIRY_MARGIN_MS <= now
}

function parse(raw: string | null): StoredSession | null {
  if (!raw) return null
  try {
    const s = JSON.parse(raw) as StoredSession
    return s.accessToken && s.refreshToken && s.personId ? s : null
  } catch {
    return null
  }
}

export class SessionManager {
  private session: StoredSession | null = null
  private loaded = false
  private inFlight: Promise<StoredSession | null> | null = null
  private listeners = new Set<Listener>()

  constructor(
    private storage: TokenStorage,
    private refreshFn: (refreshToken: string) => Promise<AuthPayloadLike>,
    private lock: LockFn = (_name, fn) => fn(),
    private now: () => number = Date.now,
  ) {}

  /** Reads the stored pair (once, at start). */
  async load(): Promise<StoredSession | null> {
    this.session = parse(await this.storage.get())
    this.loaded = true
    return this.session
  }

  current(): StoredSession | null {
    return this.session
  }

  isLoaded(): boolean {
    return this.loaded
  }

  async signIn(payload: AuthPayloadLike): Promise<StoredSession> {
    const s = await this.write(payload)
    this.emit('signed-in')
    return s
  }

  /** Forgets the pair (the caller tells the server with `logout` first, where it can). */
  async signOut(): Promise<void> {
    this.session = null
    await this.storage.remove()
    this.emit('signed-out')
  }

  /** A session whose access token is good for a while, refreshed first if needed. */
  async valid(): Promise<StoredSession | null> {
    const s = this.session
    if (s && expiresSoon(s, this.now())) return this.refresh(s)
    return s
  }

  /**
   * Exchanges the refresh token for a new pair, once at a time. `seen` is the pair the caller found
   * stale; if it has been replaced meanwhile (another request, another tab), the newer pair is used.
   * Returns null – and signs out – when the server refuses the refresh token. Network failures
   * are thrown: the sign-in stays, so it can be refreshed when the connection returns.
   */
  refresh(seen: StoredSession | null): Promise<StoredSession | null> {
    if (this.inFlight) return this.inFlight
    const run = async (): Promise<StoredSession | null> => {
      // Another tab may have refreshed: what is stored is the truth.
      const stored = parse(await this.storage.get())
      if (!stored) {
        if (this.session) {
          this.session = null
          this.emit('signed-out')
        }
        return null
      }
      if (seen && stored.refreshToken !== seen.refreshToken && !expiresSoon(stored, this.now())) {
        this.session = stored
        return stored
      }
      try {
        const s = await this.write(await this.refreshFn(stored.refreshToken))
        this.emit('refreshed')
        return s
      } catch (e) {
        if (e instanceof RefreshRefused) {
          await this.expire()
          return null
        }
        throw e
      }
    }
    this.inFlight = this.lock('vielfalt-refresh', run).finally(() => {
      this.inFlight = null
    })
    return this.inFlight
  }

  /** Ends a sign-in the server no longer accepts. */
  async expire(): Promise<void> {
    this.session = null
    await this.storage.remove()
    this.emit('expired')
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn)
    return () => {
      this.listeners.delete(fn)
    }
  }

  private async write(payload: AuthPayloadLike): Promise<StoredSession> {
    const s: StoredSession = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      expiresAt: payload.expiresAt,
      personId: payload.person.id,
    }
    await this.storage.set(JSON.stringify(s))
    this.session = s
    return s
  }

  private emit(reason: Parameters<Listener>[1]) {
    for (const fn of this.listeners) fn(this.session, reason)
  }
}
