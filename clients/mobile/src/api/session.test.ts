import { RefreshRefused, SessionManager, expiresSoon, type AuthPayloadLike, type TokenStorage } from './session'
import { Transport } from './transport'
import { ApiError } from './errors'
import { MeDocument } from './operations'

class MemoryTokens implements TokenStorage {
  value: string | null = null
  async get() {
    return this.value
  }
  async set(v: string) {
    this.value = v
  }
  async remove() {
    this.value = null
  }
}

const NOW = Date.parse('2026-09-17T08:00:00Z')
const pair = (n: number, expiresInMs = 15 * 60_000): AuthPayloadLike => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt: new Date(NOW + expiresInMs).toISOString(),
  person: { id: 'aylin' },
})

function setup(refresh: (rt: string) => Promise<AuthPayloadLike>) {
  const storage = new MemoryTokens()
  const session = new SessionManager(storage, refresh, undefined, () => NOW)
  return { storage, session }
}

describe('sign-in', () => {
  it('refreshes once for many requests at the same time (refresh tokens work once)', async () => {
    let n = 1
    const refresh = jest.fn(async (rt: string) => {
      expect(rt).toBe(`refresh-${n}`)
      await new Promise((r) => setTimeout(r, 5))
      n++
      return pair(n)
    })
    const { session } = setup(refresh)
    await session.signIn(pair(1, 10_000)) // expires within the margin
    expect(expiresSoon(session.current()!, NOW)).toBe(true)
    const all = await Promise.all([session.valid(), session.valid(), session.valid()])
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(all.map((s) => s?.accessToken)).toEqual(['access-2', 'access-2', 'access-2'])
  })

  it('adopts a pair another tab stored instead of refreshing again', async () => {
    const refresh = jest.fn(async () => pair(9))
    const { session, storage } = setup(refresh)
    await session.signIn(pair(1))
    const seen = session.current()
    storage.value = JSON.stringify({ ...pair(2), personId: 'aylin' }) // the other tab refreshed
    const s = await session.refresh(seen)
    expect(refresh).not.toHaveBeenCalled()
    expect(s?.accessToken).toBe('access-2')
  })

  it('signs out when the service refuses the refresh token, not when the network fails', async () => {
    let fail: 'network' | 'refused' = 'network'
    const { session } = setup(async () => {
      if (fail === 'network') throw new ApiError({ kind: 'network', message: 'offline' })
      throw new RefreshRefused()
    })
    const ended: string[] = []
    session.subscribe((_s, reason) => ended.push(reason))
    await session.signIn(pair(1, 0))
    await expect(session.valid()).rejects.toBeInstanceOf(ApiError)
    expect(session.current()).not.toBeNull()
    fail = 'refused'
    expect(await session.valid()).toBeNull()
    expect(session.current()).toBeNull()
    expect(ended).toContain('expired')
  })
})

describe('transport', () => {
  it('refreshes after a 401 and repeats the request once', async () => {
    const { session } = setup(async () => pair(2))
    await session.signIn(pair(1))
    const seen: string[] = []
    const fetchFn = jest.fn(async (_url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>).Authorization
      seen.push(auth)
      if (auth === 'Bearer access-1') return new Response(JSON.stringify({ errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: 'UNAUTHENTICATED' } }] }), { status: 401 })
      return new Response(JSON.stringify({ data: { me: null } }), { status: 200 })
    })
    const api = new Transport({ baseUrl: '', session, language: () => 'de', fetchFn: fetchFn as unknown as typeof fetch })
    await api.request(MeDocument, {})
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-2'])
  })

  it('tells refusals from lost answers', async () => {
    const { session } = setup(async () => pair(2))
    await session.signIn(pair(1))
    const answers: (() => Promise<Response>)[] = [
      async () => new Response(JSON.stringify({ errors: [{ message: 'Titel fehlt', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.title', message: 'Bitte einen Titel' }] } }] }), { status: 200 }),
      async () => {
        throw new TypeError('Failed to fetch')
      },
      async () => new Response('<html>bad gateway</html>', { status: 502 }),
      async () => new Response(JSON.stringify({ errors: [{ message: 'Interner Fehler', extensions: { code: 'INTERNAL' } }] }), { status: 200 }),
    ]
    const fetchFn = jest.fn(async () => answers.shift()!())
    const api = new Transport({ baseUrl: '', session, language: () => 'de', fetchFn: fetchFn as unknown as typeof fetch })
    const errors: ApiError[] = []
    for (let i = 0; i < 4; i++) errors.push(await api.request(MeDocument, {}).then(() => null as never, (e: ApiError) => e))
    expect(errors.map((e) => [e.kind, e.uncertain, e.permanent])).toEqual([
      ['graphql', false, true],
      ['network', true, false],
      ['http', true, false],
      ['graphql', true, false],
    ])
    expect(errors[0].fields).toEqual({ title: 'Bitte einen Titel' })
  })

  it('sends the chosen language', async () => {
    const { session } = setup(async () => pair(2))
    let lang = ''
    const fetchFn = jest.fn(async (_u: string, init: RequestInit) => {
      lang = (init.headers as Record<string, string>)['Accept-Language']
      return new Response(JSON.stringify({ data: { me: null } }))
    })
    const api = new Transport({ baseUrl: '', session, language: () => 'en', fetchFn: fetchFn as unknown as typeof fetch })
    await api.request(MeDocument, {})
    expect(lang).toBe('en')
  })
})

describe('failures marked final', () => {
  it('stay as they were, only no longer worth repeating', () => {
    const e = new ApiError({ kind: 'graphql', code: 'RATE_LIMITED', message: 'Bitte warten', retryAfter: 60 })
    expect(e.permanent).toBe(false)
    const f = e.asFinal()
    expect([f.permanent, f.code, f.message, f.uncertain]).toEqual([true, 'RATE_LIMITED', 'Bitte warten', false])
  })
})
