import { describe, expect, it } from 'vitest'
import { groupByDay, locate, moveInAgenda, stepTarget } from './agenda'

const sessions = [
  { id: 'a', day: '2026-09-17', position: 0 },
  { id: 'b', day: '2026-09-17', position: 1 },
  { id: 'c', day: '2026-09-17', position: 2 },
  { id: 'd', day: '2026-09-18', position: 0 },
  { id: 'e', day: '2026-09-18', position: 1 },
]
const ids = (days: ReturnType<typeof groupByDay>) => days.map((d) => `${d.day}:${d.sessions.map((s) => s.id).join('')}`)

describe('agenda', () => {
  it('groups sessions by day in order, with empty extra days', () => {
    const shuffled = [sessions[4], sessions[2], sessions[0], sessions[3], sessions[1]]
    expect(ids(groupByDay(shuffled, ['2026-09-19']))).toEqual(['2026-09-17:abc', '2026-09-18:de', '2026-09-19:'])
  })

  it('moves within a day and keeps positions dense', () => {
    const days = moveInAgenda(groupByDay(sessions), 'a', { day: '2026-09-17', position: 2 })
    expect(ids(days)).toEqual(['2026-09-17:bca', '2026-09-18:de'])
    expect(days[0].sessions.map((s) => s.position)).toEqual([0, 1, 2])
  })

  it('moves across days, also to a day that had no sessions', () => {
    const days = moveInAgenda(groupByDay(sessions), 'b', { day: '2026-09-18', position: 1 })
    expect(ids(days)).toEqual(['2026-09-17:ac', '2026-09-18:dbe'])
    expect(days[1].sessions[1].day).toBe('2026-09-18')
    expect(ids(moveInAgenda(groupByDay(sessions), 'e', { day: '2026-09-20', position: 5 }))).toEqual(['2026-09-17:abc', '2026-09-18:d', '2026-09-20:e'])
  })

  it('walks a picked-up session up and down and into the neighbouring days', () => {
    const days = groupByDay(sessions)
    expect(stepTarget(days, 'b', { day: '2026-09-17', position: 1 }, 'up')).toEqual({ day: '2026-09-17', position: 0 })
    expect(stepTarget(days, 'a', { day: '2026-09-17', position: 0 }, 'up')).toEqual({ day: '2026-09-17', position: 0 })
    // c is last of its day: two places remain without it, so "down" reaches the end, then the next day.
    expect(stepTarget(days, 'c', { day: '2026-09-17', position: 2 }, 'down')).toEqual({ day: '2026-09-18', position: 0 })
    expect(stepTarget(days, 'd', { day: '2026-09-18', position: 0 }, 'up')).toEqual({ day: '2026-09-17', position: 3 })
    expect(stepTarget(days, 'e', { day: '2026-09-18', position: 1 }, 'down')).toEqual({ day: '2026-09-18', position: 1 })
    expect(stepTarget(days, 'a', { day: '2026-09-17', position: 0 }, 'nextDay')).toEqual({ day: '2026-09-18', position: 0 })
    expect(stepTarget(days, 'e', { day: '2026-09-18', position: 1 }, 'prevDay')).toEqual({ day: '2026-09-17', position: 1 })
  })

  it('finds where a session is', () => {
    expect(locate(groupByDay(sessions), 'e')).toEqual({ day: '2026-09-18', position: 1 })
    expect(locate(groupByDay(sessions), 'x')).toBeNull()
  })
})
