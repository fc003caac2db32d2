// The offline queue: what a participant sends – feedback answers, check-ins, posts, comments, plan
// steps – goes into a queue kept on the device first, and from there to the service, in order,
// as soon as there is a connection. Nothing typed is lost (the queue is stored before the first
// attempt, and a failed item stays with its content until the person discards it) and nothing is
// sent twice:
//
// - Every item has a client-generated id, its idempotency key.
// - Before each attempt the item is stored as `sending` with `uncertain: true`. Only an answer from
//   the server clears that: success (`sent`), or an error the service guarantees changed nothing.
//   No answer – offline, dropped connection, timeout, app killed mid-request – leaves it uncertain.
// - Idempotent operations (a feedback answer replaces the previous one, a check-in code marks
//   present again, a follow-up check-in replaces the previous one) are simply sent again.
// - Operations that create something (posts, comments, plans, plan steps: `keyed`) send the
//   item's id as the idempotency key: the service answers a repeat with the first result, so after
//   an uncertain attempt the item is simply sent again with the same key after the usual backoff –
//   there is no need to wait for an earlier request to land or to look for what it created. While
//   the first request with the key is still being processed, the service answers IN_PROGRESS: the
//   item stays uncertain and tries again later (never a refusal; a claim left by a request that
//   never finished expires on the service after 2 minutes, so this ends).
// - The service remembers keys for 24 hours. For an item first tried longer ago than `keyTtlMs`,
//   `reconcile` first asks the service for what this person created with exactly this content
//   since the first attempt; only if it finds nothing is the item sent again (with the same key,
//   which covers a request still on its way). What it finds is claimed by the item, so two
//   identical items never match the same record. The same holds for an uncertain item an earlier
//   version of the app sent without a key (plans and plan steps before the service took keys for
//   them): its key proves nothing about that attempt (`keyedFromStart` is not set).
//
// The processing loop holds a lock (Web Locks on the web, where several tabs share the queue) and
// re-reads the stored queue before each item.

import { localLock } from './lock'

export type ItemState = 'pending' | 'sending' | 'sent' | 'failed'

export interface QueueError {
  message: string
  code: string | null
  fields?: Record<string, string>
}

export interface QueueItem<P = unknown> {
  /** Client-generated UUID: the idempotency key. */
  id: string
  kind: string
  /** Whose item it is: only sent while this person is signed in. */
  personId: string
  payload: P
  createdAt: string
  state: ItemState
  attempts: number
  /** An attempt may have reached the service without an answer reaching us. */
  uncertain: boolean
  firstAttemptAt?: string
  lastAttemptAt?: string
  /** Not before (backoff, rate limit, the service still busy with the key). */
  notBefore?: string
  error?: QueueError
  /** Id of what the service created or changed. */
  resultId?: string
  /** What the service named in its answer, to show (e.g. the session one checked in to). */
  resultTitle?: string
  /**
   * Every attempt carried the item's id as idempotency key. Missing on items an earlier app
   * version sent without one: the service may hold what such an attempt created under no key.
   */
  keyedFromStart?: boolean
  sentAt?: string
}

/** How the queue tells a failure apart; ApiError satisfies it. */
export interface FailureLike {
  uncertain: boolean
  permanent: boolean
  unauthenticated: boolean
  code: string | null
  message: string
  fields?: Record<string, string>
  retryAfter?: number | null
}

/** What `send` resolves with: the id of the result, and what to show of it. */
export interface SendResult {
  id: string
  title?: string
}

export interface Handler<P = unknown> {
  /** The service deduplicates by the item's id (sent as its idempotency key). */
  keyed?: boolean
  /** Sends the item; resolves with the id of the result (or the id and a title to show). */
  send(payload: P, item: QueueItem<P>): Promise<string | SendResult>
  /**
   * For keyed operations, once the service may have forgotten the key: the id of a record this
   * item's earlier, uncertain attempts created, or null if there is none. `claimed` holds ids
   * other items already own.
   */
  reconcile?(payload: P, item: QueueItem<P>, claimed: ReadonlySet<string>): Promise<string | null>
}

export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>
  setItem(key: string, value: string): Promise<void>
}

export interface QueueDeps {
  storage: KeyValueStorage
  handlers: Record<string, Handler<any>>
  /** The signed-in person, or null. */
  personId(): string | null
  isOnline(): boolean
  newId(): string
  now?: () => number
  lock?: <T>(name: string, fn: () => Promise<T>) => Promise<T>
  /** How long the service remembers an idempotency key (default 20 h, under its 24 h). */
  keyTtlMs?: number
  /** Sent items are kept this long to show that they arrived (default 24 h). */
  keepSentMs?: number
  /** Schedules the next run (a timer in the app; tests run it by hand). */
  schedule?: (delayMs: number) => void
  storageKey?: string
}

export type Listener = (items: readonly QueueItem[]) => void

const BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000]

export function isFailureLike(e: unknown): e is FailureLike {
  return typeof e === 'object' && e !== null && 'uncertain' in e && 'permanent' in e
}

export class OfflineQueue {
  private cache: QueueItem[] = []
  private listeners = new Set<Listener>()
  private running: Promise<void> | null = null
  private rerun = false
  private readonly key: string
  private readonly now: () => number
  private readonly lock: <T>(name: string, fn: () => Promise<T>) => Promise<T>
  private readonly keepSentMs: number
  private readonly keyTtlMs: number

  constructor(private deps: QueueDeps) {
    this.key = deps.storageKey ?? 'vielfalt.queue.v1'
    this.now = deps.now ?? Date.now
    this.lock = deps.lock ?? localLock
    this.keepSentMs = deps.keepSentMs ?? 24 * 3600_000
    this.keyTtlMs = deps.keyTtlMs ?? 20 * 3600_000
  }

  /** Items of the signed-in person, oldest first. */
  items(): readonly QueueItem[] {
    const me = this.deps.personId()
    return this.cache.filter((i) => i.personId === me)
  }

  /** Items still to be sent (pending, sending) of the signed-in person. */
  waiting(): readonly QueueItem[] {
    return this.items().filter((i) => i.state === 'pending' || i.state === 'sending')
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn)
    return () => {
      this.listeners.delete(fn)
    }
  }

  /** Re-reads the stored queue (at start, or when another tab changed it). */
  async load(): Promise<readonly QueueItem[]> {
    this.cache = await this.read()
    this.emit()
    return this.items()
  }

  /** Stores a new item, then tries to send it. Resolves once it is stored. */
  async enqueue<P>(kind: string, payload: P): Promise<QueueItem<P>> {
    const personId = this.deps.personId()
    if (!personId) throw new Error('enqueue without a sign-in')
    if (!this.deps.handlers[kind]) throw new Error(`no handler for ${kind}`)
    const item: QueueItem<P> = {
      id: this.deps.newId(),
      kind,
      personId,
      payload,
      createdAt: new Date(this.now()).toISOString(),
      state: 'pending',
      attempts: 0,
      uncertain: false,
    }
    await this.mutate((items) => [...items, item as QueueItem])
    void this.process()
    return item
  }

  /** Sends a failed item again (after the person read the error), or sends a waiting one now. */
  async retry(id: string): Promise<void> {
    await this.mutate((items) =>
      items.map((i) => (i.id === id && (i.state === 'failed' || i.state === 'pending') ? { ...i, state: 'pending', notBefore: undefined, error: undefined } : i)),
    )
    void this.process()
  }

  /** Removes an item that has not been sent (failed or waiting), or a sent one from the list. */
  async discard(id: string): Promise<void> {
    await this.mutate((items) => items.filter((i) => !(i.id === id && i.state !== 'sending')))
  }

  /**
   * Sends what is waiting, oldest first, until the queue is empty, the connection fails or the
   * sign-in is gone. One run at a time; a call during a run makes it run once more.
   */
  process(): Promise<void> {
    if (this.running) {
      this.rerun = true
      return this.running
    }
    this.running = (async () => {
      do {
        this.rerun = false
        await this.lock('vielfalt-queue', () => this.run())
      } while (this.rerun)
    })().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async run(): Promise<void> {
    for (;;) {
      const me = this.deps.personId()
      if (!me || !this.deps.isOnline()) return
      this.cache = await this.read()
      const now = this.now()
      const due = this.cache.filter((i) => i.personId === me && (i.state === 'pending' || i.state === 'sending'))
      if (due.length === 0) {
        this.emit()
        return
      }
      const item = due[0]
      const wait = item.notBefore ? Date.parse(item.notBefore) - now : 0
      if (wait > 0) {
        this.emit()
        this.deps.schedule?.(wait)
        return
      }
      const go = await this.attempt(item)
      if (!go) return
    }
  }

  /** One item; returns whether to go on with the next. */
  private async attempt(item: QueueItem): Promise<boolean> {
    const handler = this.deps.handlers[item.kind]
    if (!handler) {
      await this.update(item.id, { state: 'failed', error: { message: `unknown kind ${item.kind}`, code: null } })
      return true
    }
    // Within the key's lifetime the key alone keeps the item from being stored twice; after it –
    // or when an earlier attempt went without the key – look for what earlier attempts created
    // before sending again.
    if (item.uncertain && handler.keyed && handler.reconcile && !(item.keyedFromStart && this.keyHolds(item))) {
      let found: string | null
      try {
        found = await handler.reconcile(item.payload, item, this.claimed(item))
      } catch (e) {
        return this.failed(item, e, true)
      }
      if (found) {
        await this.update(item.id, { state: 'sent', uncertain: false, resultId: found, sentAt: new Date(this.now()).toISOString(), error: undefined, notBefore: undefined })
        return true
      }
    }
    const at = new Date(this.now()).toISOString()
    await this.update(item.id, {
      state: 'sending',
      uncertain: true,
      attempts: item.attempts + 1,
      lastAttemptAt: at,
      firstAttemptAt: item.firstAttemptAt ?? at,
      notBefore: undefined,
      keyedFromStart: handler.keyed ? item.attempts === 0 || item.keyedFromStart === true : undefined,
    })
    let result: string | SendResult
    try {
      result = await handler.send(item.payload, (this.cache.find((i) => i.id === item.id) ?? item) as QueueItem)
    } catch (e) {
      return this.failed({ ...item, attempts: item.attempts + 1 }, e, false)
    }
    const { id: resultId, title: resultTitle } = typeof result === 'string' ? { id: result, title: undefined } : result
    await this.update(item.id, { state: 'sent', uncertain: false, resultId, resultTitle, sentAt: new Date(this.now()).toISOString(), error: undefined })
    return true
  }

  /** Records a failure; returns whether to go on with the next item. */
  private async failed(item: QueueItem, e: unknown, duringReconcile: boolean): Promise<boolean> {
    const f: FailureLike = isFailureLike(e)
      ? e
      : { uncertain: true, permanent: false, unauthenticated: false, code: null, message: e instanceof Error ? e.message : String(e) }
    const error: QueueError = { message: f.message, code: f.code, fields: f.fields && Object.keys(f.fields).length ? f.fields : undefined }
    // A reconcile that failed leaves the item as uncertain as it was.
    let uncertain = duringReconcile ? item.uncertain : f.uncertain
    let permanent = f.permanent
    // The first request with this key is still being processed: it may yet do the work. Try
    // again in a moment – never a refusal (the service lets an abandoned claim expire).
    if (!duringReconcile && f.code === 'IN_PROGRESS') {
      uncertain = true
      permanent = false
    }
    if (permanent && !duringReconcile) {
      await this.update(item.id, { state: 'failed', uncertain: false, error })
      return true
    }
    const backoff = f.retryAfter ? f.retryAfter * 1000 : BACKOFF_MS[Math.min(item.attempts, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0]
    const delay = f.unauthenticated ? 0 : backoff
    await this.update(item.id, {
      state: 'pending',
      uncertain,
      error,
      notBefore: f.unauthenticated ? undefined : new Date(this.now() + delay).toISOString(),
    })
    // Without a sign-in there is nothing to do until the person signs in again.
    if (!f.unauthenticated) this.deps.schedule?.(delay)
    return false
  }

  /** Whether the service still remembers the item's idempotency key. */
  private keyHolds(item: QueueItem): boolean {
    const first = item.firstAttemptAt ? Date.parse(item.firstAttemptAt) : this.now()
    return this.now() - first < this.keyTtlMs
  }

  private claimed(except: QueueItem): Set<string> {
    return new Set(this.cache.filter((i) => i.id !== except.id && i.kind === except.kind && i.resultId).map((i) => i.resultId!))
  }

  private async update(id: string, patch: Partial<QueueItem>): Promise<void> {
    await this.mutate((items) => items.map((i) => (i.id === id ? { ...i, ...patch } : i)))
  }

  /** Read-modify-write of the stored queue under a short lock; prunes old sent items. */
  private async mutate(fn: (items: QueueItem[]) => QueueItem[]): Promise<void> {
    await this.lock('vielfalt-queue-write', async () => {
      const cutoff = this.now() - this.keepSentMs
      const next = fn(await this.read()).filter((i) => i.state !== 'sent' || !i.sentAt || Date.parse(i.sentAt) >= cutoff)
      await this.deps.storage.setItem(this.key, JSON.stringify(next))
      this.cache = next
    })
    this.emit()
  }

  private async read(): Promise<QueueItem[]> {
    const raw = await this.deps.storage.getItem(this.key)
    if (!raw) return []
    try {
      const list = JSON.parse(raw) as QueueItem[]
      return Array.isArray(list) ? list : []
    } catch {
      return []
    }
  }

  private emit() {
    const items = this.items()
    for (const fn of this.listeners) fn(items)
  }
}
