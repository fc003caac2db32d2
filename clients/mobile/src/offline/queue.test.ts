import { OfflineQueue, type Handler, type KeyValueStorage, type QueueItem } from './queue'
import { ApiError } from '../api/errors'

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>()
  async getItem(k: string) {
    return this.data.get(k) ?? null
  }
  async setItem(k: string, v: string) {
    this.data.set(k, v)
  }
}

interface Post {
  id: string
  author: string
  title: string
  body: string
  at: number
}

/** A service that creates posts, and a network that can fail before or after the service acts. */
class FakeService {
  posts: Post[] = []
  answers = new Map<string, number>()
  requests = 0
  /** What happens to the next requests: 'ok', 'offline' (never arrives), 'drop' (done, answer lost). */
  plan: ('ok' | 'offline' | 'drop' | 'invalid' | 'limited')[] = []
  clock = { now: 1_000_000 }
  private seq = 0

  private outcome() {
    this.requests++
    return this.plan.shift() ?? 'ok'
  }

  postHandler(me: string): Handler<{ title: string; body: string }> {
    return {
      send: async (p) => {
        const o = this.outcome()
        if (o === 'offline') throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
        if (o === 'invalid') throw new ApiError({ kind: 'graphql', code: 'BAD_USER_INPUT', message: 'Titel fehlt', fields: { title: 'Bitte einen Titel' } })
        if (o === 'limited') throw new ApiError({ kind: 'graphql', code: 'RATE_LIMITED', message: 'Zu viele', retryAfter: 30 })
        const post = { id: `p${++this.seq}`, author: me, title: p.title, body: p.body, at: this.clock.now }
        this.posts.push(post)
        if (o === 'drop') throw new ApiError({ kind: 'network', message: 'connection reset' })
        return post.id
      },
      reconcile: async (p, item, claimed) => {
        const o = this.outcome()
        if (o === 'offline') throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
        const since = Date.parse(item.firstAttemptAt!) - 600_000
        const hit = this.posts.find((x) => x.author === me && x.title === p.title && x.body === p.body && x.at >= since && !claimed.has(x.id))
        return hit?.id ?? null
      },
    }
  }

  answerHandler(): Handler<{ roundId: string; rating: number }> {
    return {
      send: async (p) => {
        const o = this.outcome()
        if (o === 'offline') throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
        this.answers.set(p.roundId, p.rating)
        if (o === 'drop') throw new ApiError({ kind: 'network', message: 'connection reset' })
        return p.roundId
      },
    }
  }
}

function setup(opts: { storage?: MemoryStorage; service?: FakeService; me?: string | null } = {}) {
  const storage = opts.storage ?? new MemoryStorage()
  const service = opts.service ?? new FakeService()
  const state = { online: true, me: opts.me === undefined ? 'aylin' : opts.me }
  let n = 0
  const scheduled: number[] = []
  const queue = new OfflineQueue({
    storage,
    handlers: { createPost: service.postHandler('aylin'), respond: service.answerHandler() },
    personId: () => state.me,
    isOnline: () => state.online,
    newId: () => `item-${++n}-${Math.random().toString(36).slice(2, 6)}`,
    now: () => service.clock.now,
    settleMs: 5_000,
    schedule: (ms) => scheduled.push(ms),
  })
  return { queue, storage, service, state, scheduled, advance: (ms: number) => (service.clock.now += ms) }
}

const post = { title: 'Erfahrung aus dem Bürgerbüro', body: 'Wir haben die Formulare geprüft.' }

describe('offline queue', () => {
  it('keeps what is written offline and sends it once when the connection returns', async () => {
    const { queue, service, state, storage } = setup()
    state.online = false
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(service.requests).toBe(0)
    expect(queue.waiting()).toHaveLength(1)
    expect(JSON.parse(storage.data.get('vielfalt.queue.v1')!)[0].payload).toEqual(post)

    state.online = true
    await queue.process()
    await queue.process()
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1', uncertain: false })
  })

  it('does not post twice when the answer to a post that arrived was lost', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop']
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true })

    // Too early: a request may still be on its way – nothing is sent.
    await queue.process()
    expect(service.requests).toBe(1)

    advance(6_000)
    await queue.process()
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
  })

  it('sends again after an uncertain attempt that never arrived', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['offline']
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(service.posts).toHaveLength(0)
    advance(6_000)
    await queue.process()
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0].state).toBe('sent')
  })

  it('stays uncertain when the check itself fails, and checks again later', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop', 'offline']
    await queue.enqueue('createPost', post)
    await queue.process()
    advance(6_000)
    await queue.process() // the check fails: nothing sent
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true })
    advance(60_000)
    await queue.process()
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0].state).toBe('sent')
  })

  it('treats an item left "sending" by a killed app as uncertain', async () => {
    const storage = new MemoryStorage()
    const service = new FakeService()
    // The app stored `sending`, the service created the post, then the app was killed.
    const first = setup({ storage, service })
    service.plan = ['drop']
    await first.queue.enqueue('createPost', post)
    await first.queue.process()
    const stored = JSON.parse(storage.data.get('vielfalt.queue.v1')!) as QueueItem[]
    stored[0].state = 'sending'
    storage.data.set('vielfalt.queue.v1', JSON.stringify(stored))

    const second = setup({ storage, service })
    await second.queue.load()
    second.advance(10_000)
    await second.queue.process()
    expect(service.posts).toHaveLength(1)
    expect(second.queue.items()[0].state).toBe('sent')
  })

  it('sends two identical posts written on purpose as two posts', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['ok', 'drop']
    await queue.enqueue('createPost', post)
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(service.posts).toHaveLength(2)
    advance(6_000)
    await queue.process()
    // The second item finds its own post, not the first item's.
    expect(service.posts).toHaveLength(2)
    const ids = queue.items().map((i) => i.resultId)
    expect(new Set(ids).size).toBe(2)
  })

  it('keeps a refused item with its content and the server message until discarded', async () => {
    const { queue, service } = setup()
    service.plan = ['invalid']
    const item = await queue.enqueue('createPost', post)
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'failed', payload: post, error: { code: 'BAD_USER_INPUT', fields: { title: 'Bitte einen Titel' } } })
    // The next items are not held up by it.
    await queue.enqueue('respond', { roundId: 'r1', rating: 4 })
    await queue.process()
    expect(service.answers.get('r1')).toBe(4)

    await queue.retry(item.id)
    await queue.process()
    expect(queue.items().find((i) => i.id === item.id)!.state).toBe('sent')
    await queue.discard(item.id)
    expect(queue.items().find((i) => i.id === item.id)).toBeUndefined()
  })

  it('repeats idempotent answers without asking first', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop']
    await queue.enqueue('respond', { roundId: 'r1', rating: 5 })
    await queue.process()
    advance(6_000)
    await queue.process()
    expect(service.requests).toBe(2)
    expect(service.answers.get('r1')).toBe(5)
    expect(queue.items()[0].state).toBe('sent')
  })

  it('waits as long as the service asks after RATE_LIMITED', async () => {
    const { queue, service, scheduled, advance } = setup()
    service.plan = ['limited']
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: false })
    expect(scheduled).toContain(30_000)
    advance(10_000)
    await queue.process()
    expect(service.requests).toBe(1)
    advance(25_000)
    await queue.process()
    expect(service.posts).toHaveLength(1)
  })

  it('sends nobody else’s items, and nothing without a sign-in', async () => {
    const { queue, service, state } = setup()
    await queue.enqueue('respond', { roundId: 'r1', rating: 3 })
    state.online = false
    await queue.enqueue('createPost', post)
    state.me = 'someone-else'
    state.online = true
    expect(queue.items()).toHaveLength(0)
    await queue.process()
    expect(service.posts).toHaveLength(0)
    state.me = null
    await queue.process()
    expect(service.posts).toHaveLength(0)
    state.me = 'aylin'
    await queue.process()
    expect(service.posts).toHaveLength(1)
  })

  it('loses nothing that is written while it sends', async () => {
    const { queue, service } = setup()
    const writes = Array.from({ length: 8 }, (_, i) => queue.enqueue('respond', { roundId: `r${i}`, rating: (i % 5) + 1 }))
    await Promise.all(writes)
    await queue.process()
    expect(queue.items()).toHaveLength(8)
    expect(service.answers.size).toBe(8)
    expect(queue.items().every((i) => i.state === 'sent')).toBe(true)
  })

  it('forgets sent items after a day, never waiting ones', async () => {
    const { queue, state, advance } = setup()
    await queue.enqueue('respond', { roundId: 'r1', rating: 3 })
    await queue.process()
    state.online = false
    advance(25 * 3600_000)
    await queue.enqueue('respond', { roundId: 'r2', rating: 2 })
    expect(queue.items().map((i) => i.state)).toEqual(['pending'])
  })
})

describe('offline queue with idempotency keys on the service', () => {
  /** A service that deduplicates by key, and can still be busy with the first request. */
  function keyedSetup() {
    const storage = new MemoryStorage()
    const clock = { now: 1_000_000 }
    const posts = new Map<string, string>() // key → id
    let created = 0
    const plan: ('ok' | 'drop' | 'busy' | 'offline')[] = []
    const sentKeys: string[] = []
    const reconcile = jest.fn(async () => null)
    const handler: Handler<{ title: string }> = {
      keyed: true,
      send: async (_p, item) => {
        sentKeys.push(item.id)
        const o = plan.shift() ?? 'ok'
        if (o === 'offline') throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
        if (o === 'busy') throw new ApiError({ kind: 'graphql', code: 'CONFLICT', message: 'Diese Anfrage wird gerade bearbeitet.' })
        if (!posts.has(item.id)) posts.set(item.id, `p${++created}`)
        if (o === 'drop') throw new ApiError({ kind: 'network', message: 'connection reset' })
        return posts.get(item.id)!
      },
      reconcile,
    }
    let n = 0
    const queue = new OfflineQueue({
      storage,
      handlers: { createPost: handler },
      personId: () => 'aylin',
      isOnline: () => true,
      newId: () => `key-${++n}`,
      now: () => clock.now,
      settleMs: 5_000,
    })
    return { queue, plan, sentKeys, reconcile, created: () => created, clock }
  }

  it('sends the same key again after a lost answer, and the service writes once', async () => {
    const k = keyedSetup()
    k.plan.push('drop')
    await k.queue.enqueue('createPost', { title: 'Wegweiser' })
    await k.queue.process()
    k.clock.now += 6_000
    await k.queue.process()
    expect(k.sentKeys).toEqual(['key-1', 'key-1'])
    expect(k.created()).toBe(1)
    expect(k.reconcile).not.toHaveBeenCalled()
    expect(k.queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
  })

  it('waits while the service is still busy with the first request', async () => {
    const k = keyedSetup()
    k.plan.push('drop', 'busy')
    await k.queue.enqueue('createPost', { title: 'Wegweiser' })
    await k.queue.process()
    k.clock.now += 6_000
    await k.queue.process()
    expect(k.queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true })
    k.clock.now += 10_000
    await k.queue.process()
    expect(k.queue.items()[0].state).toBe('sent')
    expect(k.created()).toBe(1)
  })

  it('checks what exists before resending once the service may have forgotten the key', async () => {
    const k = keyedSetup()
    k.plan.push('drop')
    await k.queue.enqueue('createPost', { title: 'Wegweiser' })
    await k.queue.process()
    k.clock.now += 21 * 3600_000
    await k.queue.process()
    expect(k.reconcile).toHaveBeenCalledTimes(1)
  })
})
