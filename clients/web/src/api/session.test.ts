import { describe, expect, it, vi } from 'vitest'
import { RefreshRefused, SessionStore, expiresSoon, refreshSession } from './session'

const payload = (n: number, expiresInMs = 900_000) => ({
  accessToken: `a${n}`,
  refreshToken: `r${n}`,
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  person: { id: 'p1' },
})

describe('session refresh', () => {
  it('exchanges the refresh token and keeps the new pair', async () => {
    const store = new SessionStore(window.localStorage)
    store.write(payload(1, 1000))
    const refresh = vi.fn(async (rt: string) => {
      expect(rt).toBe('r1')
      return payload(2)
    })
    const s = await refreshSession(store, store.read(), refresh, undefined)
    expect(s?.accessToken).toBe('a2')
    expect(store.read()?.refreshToken).toBe('r2')
  })

  it('adopts a pair another tab fetched instead of reusing the old refresh token', async () => {
    const store = new SessionStore(window.localStorage)
    store.write(payload(1, 1000))
    const seen = store.read()
    store.write(payload(7)) // another tab refreshed meanwhile
    const refresh = vi.fn()
    const s = await refreshSession(store, seen, refresh, undefined)
    expect(refresh).not.toHaveBeenCalled()
    expect(s?.accessToken).toBe('a7')
  })

  it('refreshes once for concurrent callers', async () => {
    const store = new SessionStore(window.localStorage)
    store.write(payload(1, 1000))
    const refresh = vi.fn(async () => payload(3))
    const seen = store.read()
    const [a, b] = await Promise.all([refreshSession(store, seen, refresh, undefined), refreshSession(store, seen, refresh, undefined)])
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(a?.accessToken).toBe('a3')
    expect(b?.accessToken).toBe('a3')
  })

  it('signs out when the server refuses the refresh token', async () => {
    const store = new SessionStore(window.localStorage)
    store.write(payload(1, 1000))
    const listener = vi.fn()
    store.subscribe(listener)
    const s = await refreshSession(store, store.read(), async () => {
      throw new RefreshRefused()
    }, undefined)
    expect(s).toBeNull()
    expect(store.read()).toBeNull()
    expect(listener).toHaveBeenCalledWith(null)
    expect(SessionStore.takeExpiredNote()).toBe(true)
    expect(SessionStore.takeExpiredNote()).toBe(false)
  })

  it('keeps the sign-in when the network fails', async () => {
    const store = new SessionStore(window.localStorage)
    store.write(payload(1, 1000))
    await expect(refreshSession(store, store.read(), async () => {
      throw new TypeError('Failed to fetch')
    }, undefined)).rejects.toThrow()
    expect(store.read()?.refreshToken).toBe('r1')
  })

  it('treats a token as stale shortly before it expires', () => {
    const now = Date.parse('2026-09-17T08:00:00Z')
    expect(expiresSoon({ accessToken: 'a', refreshToken: 'r', personId: 'p', expiresAt: '2026-09-17T08:00:20Z' }, now)).toBe(true)
    expect(expiresSoon({ accessToken: 'a', refreshToken: 'r', personId: 'p', expiresAt: '2026-09-17T08:10:00Z' }, now)).toBe(false)
  })
})
