// The agenda of a training day as a participant follows it: which day to show, which session runs
// now, and which sessions a facilitator just moved.
import { todayInBerlin } from './datetime'

export interface AgendaSlot {
  id: string
  day: string
  position: number
  startsAt?: string | null
  endsAt?: string | null
}

export interface AgendaDay<T extends AgendaSlot> {
  day: string
  sessions: T[]
}

/** Sessions grouped by day, days ascending, each day by position. */
export function groupByDay<T extends AgendaSlot>(sessions: readonly T[]): AgendaDay<T>[] {
  const byDay = new Map<string, T[]>()
  for (const s of sessions) {
    const list = byDay.get(s.day) ?? []
    list.push(s)
    byDay.set(s.day, list)
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, sessions: [...list].sort((a, b) => a.position - b.position) }))
}

export type DayRelation = 'today' | 'next' | 'last'

/**
 * The training day to show first: today if it is one, else the next one, else the last one.
 * Returns null when the agenda is empty.
 */
export function pickDay(days: readonly string[], today: string = todayInBerlin()): { day: string; relation: DayRelation } | null {
  if (days.length === 0) return null
  const sorted = [...days].sort()
  if (sorted.includes(today)) return { day: today, relation: 'today' }
  const next = sorted.find((d) => d > today)
  if (next) return { day: next, relation: 'next' }
  return { day: sorted[sorted.length - 1], relation: 'last' }
}

/** The session running at `now` (by its Berlin start and end), if any. */
export function runningSession<T extends AgendaSlot>(sessions: readonly T[], now: number = Date.now()): T | null {
  for (const s of sessions) {
    if (!s.startsAt || !s.endsAt) continue
    if (Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt)) return s
  }
  return null
}

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []
  const prev: number[] = new Array(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]] < seq[i]) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]
    tails[lo] = i
  }
  const keep = new Set<number>()
  let k = tails.length ? tails[tails.length - 1] : -1
  while (k >= 0) {
    keep.add(k)
    k = prev[k]
  }
  return keep
}

/**
 * The sessions a change moved, as a person would describe it: a session that changed its day, or
 * whose order relative to the others of its day changed. Moving one session up shifts the
 * positions of those it passes, but only the one that moved is reported. New sessions count too.
 */
export function movedSessions<T extends AgendaSlot>(before: readonly T[], after: readonly T[]): Set<string> {
  const was = new Map(before.map((s) => [s.id, s]))
  const moved = new Set<string>()
  for (const { sessions } of groupByDay(after)) {
    const stayed: T[] = []
    for (const s of sessions) {
      const old = was.get(s.id)
      if (!old || old.day !== s.day) moved.add(s.id)
      else stayed.push(s)
    }
    const oldOrder = stayed.map((s) => was.get(s.id)!.position)
    const keep = longestIncreasing(oldOrder)
    stayed.forEach((s, i) => {
      if (!keep.has(i)) moved.add(s.id)
    })
  }
  return moved
}
