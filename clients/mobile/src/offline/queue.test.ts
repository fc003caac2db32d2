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

const DAY_MS = 24 * 3600_000

type Outcome = 'ok' | 'offline' | 'drop' | 'invalid' | 'limited' | 'busy' | 'conflict'

/**
 * A service that creates posts and deduplicates them by idempotency key (remembered for 24 hours),
 * and a network that can fail before or after the service acts.
 */
class FakeService {
  posts: Post[] = []
  answers = new Map<string, number>()
  /** idempotency key → the post it created and when */
  keys = new Map<string, { id: string; at: number }>()
  /** Every request: sends and lookups. */
  requests = 0
  sentKeys: string[] = []
  lookups = 0
  /** What happens to the next requests (sends and lookups alike): 'offline' never arrives, 'drop' is done but its answer lost. */
  plan: Outcome[] = []
  clock = { now: 1_000_000 }
  private seq = 0

  private outcome() {
    this.requests++
    return this.plan.shift() ?? 'ok'
  }

  postHandler(me: string): Handler<{ title: string; body: string }> {
    return {
      keyed: true,
      send: async (p, item) => {
        const o = this.outcome()
        if (o === 'offline') throw new ApiError({ kind: 'network', message: 'Failed to fetch' })
        if (o === 'invalid') throw new ApiError({ kind: 'graphql', code: 'BAD_USER_INPUT', message: 'Titel fehlt', fields: { title: 'Bitte einen Titel' } })
        if (o === 'limited') throw new ApiError({ kind: 'graphql', code: 'RATE_LIMITED', message: 'Zu viele', retryAfter: 30 })
        if (o === 'busy') throw new ApiError({ kind: 'graphql', code: 'IN_PROGRESS', message: 'Diese Anfrage wird gerade bearbeitet.' })
        if (o === 'conflict') throw new ApiError({ kind: 'graphql', code: 'CONFLICT', message: 'Der Beitrag ist gesperrt.' })
        this.sentKeys.push(item.id)
        const known = this.keys.get(item.id)
        let id: string
        if (known && this.clock.now - known.at < DAY_MS) {
          id = known.id
        } else {
          id = `p${++this.seq}`
          this.posts.push({ id, author: me, title: p.title, body: p.body, at: this.clock.now })
          this.keys.set(item.id, { id, at: this.clock.now })
        }
        if (o === 'drop') throw new ApiError({ kind: 'network', message: 'connection reset' })
        return id
      },
      reconcile: async (p, item, claimed) => {
        this.lookups++
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

  checkInHandler(): Handler<{ code: string }> {
    return {
      send: async () => {
        this.outcome()
        return { id: 's1', title: 'Ankommen im Raum' }
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
    handlers: { createPost: service.postHandler('aylin'), respond: service.answerHandler(), selfCheckIn: service.checkInHandler() },
    personId: () => state.me,
    isOnline: () => state.online,
    newId: () => `item-${++n}-${Math.random().toString(36).slice(2, 6)}`,
    now: () => service.clock.now,
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

  it('sends a post whose answer was lost again with the same key, without waiting or looking first – the service writes it once', async () => {
    const { queue, service, scheduled, advance } = setup()
    service.plan = ['drop']
    const item = await queue.enqueue('createPost', post)
    await queue.process()
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true })
    // The usual backoff, no extra wait for the lost request to land.
    expect([...new Set(scheduled)]).toEqual([2_000])

    advance(2_000)
    await queue.process()
    expect(service.sentKeys).toEqual([item.id, item.id])
    expect(service.lookups).toBe(0)
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1', uncertain: false })
  })

  it('sends again after an uncertain attempt that never arrived', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['offline']
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(service.posts).toHaveLength(0)
    advance(2_000)
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
    expect(second.queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
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
    // The second item gets its own post back, not the first item's.
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

  it('keeps what the service named in its answer (the session of a check-in)', async () => {
    const { queue } = setup()
    await queue.enqueue('selfCheckIn', { code: 'K7M2QX' })
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 's1', resultTitle: 'Ankommen im Raum' })
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

describe('offline queue: the service still busy with a key, real conflicts', () => {
  it('waits while the service is still processing the first request with the key (IN_PROGRESS), however often, and stays uncertain', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop', ...Array<Outcome>(12).fill('busy')]
    await queue.enqueue('createPost', post)
    await queue.process()
    for (let i = 0; i < 12; i++) {
      advance(60_000)
      await queue.process()
      // Retry later: neither refused nor taken as "nothing happened".
      expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true, error: { code: 'IN_PROGRESS' } })
    }
    advance(60_000)
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
    expect(service.posts).toHaveLength(1)
  })

  it('takes CONFLICT as a refusal, also for an item with a key', async () => {
    const { queue, service } = setup()
    service.plan = ['conflict']
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'failed', uncertain: false, error: { code: 'CONFLICT', message: 'Der Beitrag ist gesperrt.' } })
    expect(service.requests).toBe(1)
  })
})

describe('offline queue: items older than the service remembers keys', () => {
  it('looks for what the lost attempt created before sending again, and takes it', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop']
    await queue.enqueue('createPost', post)
    await queue.process()
    advance(25 * 3600_000) // the service forgot the key
    await queue.process()
    expect(service.lookups).toBe(1)
    expect(service.sentKeys).toHaveLength(1)
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
  })

  it('sends again, with the same key, when the lookup finds nothing', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['offline']
    const item = await queue.enqueue('createPost', post)
    await queue.process()
    advance(21 * 3600_000)
    await queue.process()
    expect(service.lookups).toBe(1)
    expect(service.sentKeys).toEqual([item.id])
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0].state).toBe('sent')
  })

  it('stays uncertain when the lookup itself fails, and looks again later', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop', 'offline']
    await queue.enqueue('createPost', post)
    await queue.process()
    advance(21 * 3600_000)
    await queue.process() // the lookup fails: nothing sent
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true })
    expect(service.sentKeys).toHaveLength(1)
    advance(60_000)
    await queue.process()
    expect(service.lookups).toBe(2)
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
  })

  it('does not take the record of another item with the same content', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['ok', 'drop']
    const a = await queue.enqueue('createPost', post)
    const b = await queue.enqueue('createPost', post)
    await queue.process()
    advance(22 * 3600_000)
    service.keys.clear()
    await queue.process()
    expect(service.posts).toHaveLength(2)
    const byId = new Map(queue.items().map((i) => [i.id, i]))
    expect(byId.get(a.id)).toMatchObject({ state: 'sent', resultId: 'p1' })
    expect(byId.get(b.id)).toMatchObject({ state: 'sent', resultId: 'p2' })
  })
})

describe('offline queue: items an earlier app version sent without the key', () => {
  /** An uncertain item as the previous version stored it: one attempt, no key sent, no `keyedFromStart`. */
  function storedByOldVersion(at: number): MemoryStorage {
    const storage = new MemoryStorage()
    const when = new Date(at).toISOString()
    const item: QueueItem = {
      id: 'old-item',
      kind: 'createPost',
      personId: 'aylin',
      payload: post,
      createdAt: when,
      state: 'pending',
      attempts: 1,
      uncertain: true,
      firstAttemptAt: when,
      lastAttemptAt: when,
    }
    storage.data.set('vielfalt.queue.v1', JSON.stringify([item]))
    return storage
  }

  it('takes what the keyless attempt created instead of sending it again with a key the service never saw', async () => {
    const service = new FakeService()
    const storage = storedByOldVersion(service.clock.now)
    // The keyless attempt arrived; only its answer was lost.
    service.posts.push({ id: 'p-old', author: 'aylin', ...post, at: service.clock.now })
    const { queue, advance } = setup({ storage, service })
    await queue.load()
    advance(60_000)
    await queue.process()
    expect(service.lookups).toBe(1)
    expect(service.sentKeys).toEqual([])
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p-old' })
  })

  it('sends it with its key when the keyless attempt never arrived, and trusts the key from then on', async () => {
    const service = new FakeService()
    const storage = storedByOldVersion(service.clock.now)
    const { queue, advance } = setup({ storage, service })
    await queue.load()
    service.plan = ['ok', 'drop']
    advance(60_000)
    await queue.process() // the lookup finds nothing; the keyed send's answer is lost
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true, keyedFromStart: false })
    advance(60_000)
    await queue.process() // still looks first: the first attempt went without the key
    expect(service.lookups).toBe(2)
    expect(service.posts).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'p1' })
  })

  it('marks items of this version as keyed from the first attempt, and sends them again without looking', async () => {
    const { queue, service, advance } = setup()
    service.plan = ['drop']
    await queue.enqueue('createPost', post)
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true, keyedFromStart: true })
    advance(60_000)
    await queue.process()
    expect(service.lookups).toBe(0)
    expect(service.posts).toHaveLength(1)
  })
})
