import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { ApiError } from '../api/errors'
import { operationName, type Transport } from '../api/transport'
import { CLOCK_SKEW_MS, createHandlers, pick } from './handlers'
import { OfflineQueue, type KeyValueStorage, type QueueItem } from './queue'

const item = (firstAttemptAt: string): QueueItem => ({
  id: 'i1',
  kind: 'createPost',
  personId: 'aylin',
  payload: {},
  createdAt: firstAttemptAt,
  state: 'pending',
  attempts: 1,
  uncertain: true,
  firstAttemptAt,
})

describe('finding what a lost attempt created', () => {
  const at = '2026-09-17T10:00:00Z'
  const c = (id: string, author: string, createdAt: string, title = 'Wegweiser') => ({ id, author: { id: author }, createdAt, title })

  it('takes the oldest match by this person since the first attempt', () => {
    const list = [c('new', 'aylin', '2026-09-17T10:00:05Z'), c('old', 'aylin', '2026-09-17T10:00:01Z'), c('other', 'nora', '2026-09-17T10:00:00Z')]
    expect(pick(list, item(at), new Set(), (x) => x.title === 'Wegweiser')).toBe('old')
  })

  it('ignores what others wrote, what is older than the window, and what another item claimed', () => {
    const early = new Date(Date.parse(at) - CLOCK_SKEW_MS - 1000).toISOString()
    const list = [c('a', 'nora', at), c('b', 'aylin', early), c('c', 'aylin', at)]
    expect(pick(list, item(at), new Set(['c']), () => true)).toBeNull()
    expect(pick(list, item(at), new Set(), (x) => x.title === 'Anderes')).toBeNull()
  })
})

/**
 * The handlers against a fake GraphQL service that, like the real one, deduplicates plans and plan
 * steps by `idempotencyKey`, behind a network that can lose an answer.
 */
class FakeGraphQL {
  plans: { id: string; title: string; createdAt: string }[] = []
  clock = { now: Date.parse('2026-09-17T10:00:00Z') }
  steps: { id: string; planId: string; status: string; note: string | null }[] = []
  keys = new Map<string, string>()
  calls: { op: string; vars: any }[] = []
  /** Operations whose next answer is lost after the service acted. */
  lose = new Set<string>()
  private seq = 0

  transport(): Transport {
    return {
      request: async <R, V>(doc: TypedDocumentNode<R, V>, vars: V): Promise<R> => {
        const op = operationName(doc)!
        this.calls.push({ op, vars })
        const data = this.handle(op, vars as any)
        if (this.lose.delete(op)) throw new ApiError({ kind: 'network', message: 'connection reset' })
        return data as R
      },
    } as unknown as Transport
  }

  private once(scope: string, key: string | undefined, create: () => string): string {
    if (!key) return create()
    const k = `${scope}:${key}`
    if (!this.keys.has(k)) this.keys.set(k, create())
    return this.keys.get(k)!
  }

  private handle(op: string, v: any): unknown {
    switch (op) {
      case 'CreatePlan': {
        const id = this.once('createPlan', v.input.idempotencyKey, () => {
          const plan = { id: `plan${++this.seq}`, title: v.input.title, createdAt: new Date(this.clock.now).toISOString() }
          this.plans.push(plan)
          return plan.id
        })
        return { createPlan: { id } }
      }
      case 'AddPlanUpdate': {
        const id = this.once('addPlanUpdate', v.input.idempotencyKey, () => {
          const step = { id: `step${++this.seq}`, planId: v.input.planId, status: v.input.status, note: v.input.note }
          this.steps.push(step)
          return step.id
        })
        return { addPlanUpdate: { id } }
      }
      case 'RecentPlans':
        return { me: { id: 'aylin', plans: { edges: this.plans.map((p) => ({ node: { ...p, updates: [] } })) } } }
      case 'SelfCheckIn':
        return { selfCheckIn: { present: true, person: { id: 'aylin' }, session: { id: 'session-1', title: 'Ankommen im Raum' } } }
      default:
        throw new Error(`unexpected ${op}`)
    }
  }
}

function queueOn(service: FakeGraphQL) {
  const data = new Map<string, string>()
  const storage: KeyValueStorage = { getItem: async (k) => data.get(k) ?? null, setItem: async (k, v) => void data.set(k, v) }
  const clock = service.clock
  let n = 0
  const queue = new OfflineQueue({
    storage,
    handlers: createHandlers(service.transport()),
    personId: () => 'aylin',
    isOnline: () => true,
    newId: () => `queue-item-${++n}`,
    now: () => clock.now,
  })
  return { queue, clock }
}

describe('plans and plan steps carry the queue item’s id as idempotencyKey', () => {
  const planInput = { title: 'Mehrsprachige Wegweiser im Rathaus', description: null, scale: 'LARGE' as const, visibility: 'FACILITATORS' as const, cohortId: 'c1' }

  it('sends it with createPlan and addPlanUpdate', async () => {
    const service = new FakeGraphQL()
    const { queue } = queueOn(service)
    const plan = await queue.enqueue('createPlan', { input: planInput })
    const step = await queue.enqueue('addPlanUpdate', { input: { planId: 'plan-x', status: 'IN_PROGRESS', note: ' Stellen festgelegt ' }, planTitle: planInput.title })
    await queue.process()
    expect(service.calls.map((c) => [c.op, c.vars.input.idempotencyKey])).toEqual([
      ['CreatePlan', plan.id],
      ['AddPlanUpdate', step.id],
    ])
    expect(service.calls[1].vars.input.note).toBe('Stellen festgelegt')
  })

  it('stores a plan whose answer was lost once: sent again with the same key, without looking it up or waiting for it to land', async () => {
    const service = new FakeGraphQL()
    const { queue, clock } = queueOn(service)
    service.lose.add('CreatePlan')
    const item = await queue.enqueue('createPlan', { input: planInput })
    await queue.process()
    expect(service.plans).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'pending', uncertain: true })
    clock.now += 2_000
    await queue.process()
    expect(service.calls.map((c) => c.op)).toEqual(['CreatePlan', 'CreatePlan'])
    expect(service.plans).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ id: item.id, state: 'sent', resultId: 'plan1' })
  })

  it('stores a plan step whose answer was lost once', async () => {
    const service = new FakeGraphQL()
    const { queue, clock } = queueOn(service)
    service.lose.add('AddPlanUpdate')
    await queue.enqueue('addPlanUpdate', { input: { planId: 'plan-x', status: 'DONE', note: null }, planTitle: 'Wegweiser' })
    await queue.process()
    clock.now += 2_000
    await queue.process()
    expect(service.calls.map((c) => c.op)).toEqual(['AddPlanUpdate', 'AddPlanUpdate'])
    expect(service.steps).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: service.steps[0].id })
  })

  it('looks the plan up first once the service may have forgotten the key', async () => {
    const service = new FakeGraphQL()
    const { queue, clock } = queueOn(service)
    service.lose.add('CreatePlan')
    await queue.enqueue('createPlan', { input: planInput })
    await queue.process()
    clock.now += 25 * 3600_000
    service.keys.clear()
    await queue.process()
    expect(service.calls.map((c) => c.op)).toEqual(['CreatePlan', 'RecentPlans'])
    expect(service.plans).toHaveLength(1)
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'plan1' })
  })
})

describe('self check-in', () => {
  it('keeps the session the service names, for the check-in screen', async () => {
    const service = new FakeGraphQL()
    const { queue } = queueOn(service)
    await queue.enqueue('selfCheckIn', { code: 'K7M2QX' })
    await queue.process()
    expect(queue.items()[0]).toMatchObject({ state: 'sent', resultId: 'session-1', resultTitle: 'Ankommen im Raum' })
  })
})
