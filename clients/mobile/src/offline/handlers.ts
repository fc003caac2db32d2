// What each kind of queued item does, and – for the kinds that create something – how to find
// what an attempt whose answer was lost already created.
//
// Posts, comments, plans and plan steps carry the item's id as `idempotencyKey`: the service
// answers a repeat with the first result. For items first tried longer ago than the service
// remembers keys (24 hours), or sent by an earlier app version without a key, `reconcile` looks
// for a record by this person with exactly this content, created since shortly before the first
// attempt.
import type { Transport } from '../api/transport'
import { ApiError } from '../api/errors'
import {
  AddPlanUpdateDocument,
  CreateCommentDocument,
  CreatePlanDocument,
  CreatePostDocument,
  RecentCommentsDocument,
  RecentPlansDocument,
  RecentPostsDocument,
  RespondDocument,
  SelfCheckInDocument,
  SubmitCheckInDocument,
} from '../api/operations'
import type {
  CheckInInput,
  CreateCommentInput,
  CreatePlanInput,
  CreatePostInput,
  PlanStatus,
} from '../gql/graphql'
import type { Handler, QueueItem } from './queue'

export interface RespondPayload {
  roundId: string
  rating: number | null
  text: string | null
  question: string
  anonymous: boolean
  cohortId: string
}
export interface SelfCheckInPayload {
  code: string
}
export interface SubmitCheckInPayload {
  input: CheckInInput
  title: string
  cohortId: string
}
export interface CreatePostPayload {
  input: CreatePostInput
}
export interface CreateCommentPayload {
  input: CreateCommentInput
  postTitle: string
}
export interface CreatePlanPayload {
  input: CreatePlanInput
}
export interface AddPlanUpdatePayload {
  input: { planId: string; status: PlanStatus; note?: string | null }
  planTitle: string
}

export interface PayloadByKind {
  respond: RespondPayload
  selfCheckIn: SelfCheckInPayload
  submitCheckIn: SubmitCheckInPayload
  createPost: CreatePostPayload
  createComment: CreateCommentPayload
  createPlan: CreatePlanPayload
  addPlanUpdate: AddPlanUpdatePayload
}
export type QueueKind = keyof PayloadByKind

/** Records created this long before the first attempt still count (device and server clocks differ). */
export const CLOCK_SKEW_MS = 10 * 60_000

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim() === (b ?? '').trim()

/** Whether a record was created in the window of an item's attempts. */
export function inWindow(createdAt: string, item: QueueItem): boolean {
  const since = Date.parse(item.firstAttemptAt ?? item.createdAt) - CLOCK_SKEW_MS
  return Date.parse(createdAt) >= since
}

interface Candidate {
  id: string
  createdAt: string
  author: { id: string }
}

/** The oldest candidate by this person, in the window, not claimed by another item. */
export function pick<T extends Candidate>(list: readonly T[], item: QueueItem, claimed: ReadonlySet<string>, matches: (c: T) => boolean): string | null {
  const hits = list
    .filter((c) => c.author.id === item.personId && !claimed.has(c.id) && inWindow(c.createdAt, item) && matches(c))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return hits[0]?.id ?? null
}

export function createHandlers(api: Transport): { [K in QueueKind]: Handler<PayloadByKind[K]> } {
  return {
    respond: {
      // A second answer replaces the first: sending again is harmless.
      async send(p) {
        const text = p.text?.trim() ? p.text.trim() : null
        const r = await api.request(RespondDocument, { input: { roundId: p.roundId, rating: p.rating, text } })
        return r.respond.myResponse?.id ?? p.roundId
      },
    },
    selfCheckIn: {
      // Sending the code again marks present again. After too many wrong codes the service asks
      // to wait: sending the same (wrong) code again later would only count as another wrong one,
      // so the person types it anew instead.
      async send(p) {
        try {
          const r = await api.request(SelfCheckInDocument, { code: p.code })
          // Which session: the check-in screen names it.
          return { id: r.selfCheckIn.session.id, title: r.selfCheckIn.session.title }
        } catch (e) {
          throw e instanceof ApiError && e.code === 'RATE_LIMITED' ? e.asFinal() : e
        }
      },
    },
    submitCheckIn: {
      // A second check-in replaces the first.
      async send(p) {
        const r = await api.request(SubmitCheckInDocument, { input: p.input })
        return r.submitCheckIn.id
      },
    },
    createPost: {
      keyed: true,
      async send(p, item) {
        const r = await api.request(CreatePostDocument, { input: { ...p.input, idempotencyKey: item.id } })
        return r.createPost.id
      },
      async reconcile(p, item, claimed) {
        const r = await api.request(RecentPostsDocument, p.input.cohortId ? { cohortId: p.input.cohortId } : { networkOnly: true })
        const posts = r.feed.edges.map((e) => e.node)
        return pick(posts, item, claimed, (c) => same(c.title, p.input.title) && same(c.body, p.input.body))
      },
    },
    createComment: {
      keyed: true,
      async send(p, item) {
        const r = await api.request(CreateCommentDocument, { input: { ...p.input, idempotencyKey: item.id } })
        return r.createComment.id
      },
      async reconcile(p, item, claimed) {
        const r = await api.request(RecentCommentsDocument, { postId: p.input.postId })
        const top = r.post?.comments.edges.map((e) => e.node) ?? []
        const all = [...top, ...top.flatMap((c) => c.replies)]
        return pick(all, item, claimed, (c) => same(c.body, p.input.body))
      },
    },
    createPlan: {
      keyed: true,
      async send(p, item) {
        const r = await api.request(CreatePlanDocument, { input: { ...p.input, idempotencyKey: item.id } })
        return r.createPlan.id
      },
      async reconcile(p, item, claimed) {
        const r = await api.request(RecentPlansDocument, {})
        const plans = (r.me?.plans.edges.map((e) => e.node) ?? []).map((n) => ({ ...n, author: { id: item.personId } }))
        return pick(plans, item, claimed, (c) => same(c.title, p.input.title))
      },
    },
    addPlanUpdate: {
      keyed: true,
      async send(p, item) {
        const r = await api.request(AddPlanUpdateDocument, {
          input: { planId: p.input.planId, status: p.input.status, note: p.input.note?.trim() || null, idempotencyKey: item.id },
        })
        return r.addPlanUpdate.id
      },
      async reconcile(p, item, claimed) {
        const r = await api.request(RecentPlansDocument, {})
        const plan = r.me?.plans.edges.map((e) => e.node).find((n) => n.id === p.input.planId)
        return pick(plan?.updates ?? [], item, claimed, (c) => c.status === p.input.status && same(c.note, p.input.note))
      },
    },
  }
}
