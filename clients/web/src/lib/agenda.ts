// The agenda as days of ordered sessions, and the moves a facilitator makes on it (by keyboard
// step, drag and drop or the move dialog). Positions are 0-based within a day, as in the API.

export interface Slot {
  id: string
  day: string
  position: number
}

export interface AgendaDay<T extends Slot> {
  day: string
  sessions: T[]
}

export interface Target {
  day: string
  /** 0-based index within the target day after the move. */
  position: number
}

export type Step = 'up' | 'down' | 'prevDay' | 'nextDay'

/** Sessions grouped by day, days ascending, each day by position; `extraDays` adds empty days. */
export function groupByDay<T extends Slot>(sessions: readonly T[], extraDays: readonly string[] = []): AgendaDay<T>[] {
  const byDay = new Map<string, T[]>()
  for (const d of extraDays) byDay.set(d, [])
  for (const s of sessions) {
    const list = byDay.get(s.day) ?? []
    list.push(s)
    byDay.set(s.day, list)
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, sessions: [...list].sort((a, b) => a.position - b.position) }))
}

/** Where a session currently is. */
export function locate<T extends Slot>(days: readonly AgendaDay<T>[], id: string): Target | null {
  for (const d of days) {
    const i = d.sessions.findIndex((s) => s.id === id)
    if (i >= 0) return { day: d.day, position: i }
  }
  return null
}

/** The agenda as it will be after moving `id` to `target` (the server keeps positions dense). */
export function moveInAgenda<T extends Slot>(days: readonly AgendaDay<T>[], id: string, target: Target): AgendaDay<T>[] {
  let moving: T | undefined
  const without = days.map((d) => ({
    day: d.day,
    sessions: d.sessions.filter((s) => {
      if (s.id === id) moving = s
      return s.id !== id
    }),
  }))
  if (!moving) return days.map((d) => ({ ...d, sessions: [...d.sessions] }))
  let targetDay = without.find((d) => d.day === target.day)
  if (!targetDay) {
    targetDay = { day: target.day, sessions: [] }
    without.push(targetDay)
    without.sort((a, b) => a.day.localeCompare(b.day))
  }
  const position = Math.max(0, Math.min(target.position, targetDay.sessions.length))
  targetDay.sessions.splice(position, 0, { ...moving, day: target.day })
  return without.map((d) => ({ day: d.day, sessions: d.sessions.map((s, i) => ({ ...s, position: i })) }))
}

/** One keyboard step of a picked-up session: up and down walk through the days, and past the
 * first or last place of a day into the neighbouring day; prevDay/nextDay jump a whole day. */
export function stepTarget<T extends Slot>(days: readonly AgendaDay<T>[], id: string, current: Target, step: Step): Target {
  const dayIndex = days.findIndex((d) => d.day === current.day)
  if (dayIndex < 0) return current
  const lengthWithout = (i: number) => days[i].sessions.filter((s) => s.id !== id).length
  switch (step) {
    case 'up':
      if (current.position > 0) return { day: current.day, position: current.position - 1 }
      return dayIndex > 0 ? { day: days[dayIndex - 1].day, position: lengthWithout(dayIndex - 1) } : current
    case 'down':
      if (current.position < lengthWithout(dayIndex)) return { day: current.day, position: current.position + 1 }
      return dayIndex < days.length - 1 ? { day: days[dayIndex + 1].day, position: 0 } : current
    case 'prevDay':
      return dayIndex > 0 ? { day: days[dayIndex - 1].day, position: Math.min(current.position, lengthWithout(dayIndex - 1)) } : current
    case 'nextDay':
      return dayIndex < days.length - 1 ? { day: days[dayIndex + 1].day, position: Math.min(current.position, lengthWithout(dayIndex + 1)) } : current
  }
}

export function sameTarget(a: Target | null, b: Target | null): boolean {
  return !!a && !!b && a.day === b.day && a.position === b.position
}
