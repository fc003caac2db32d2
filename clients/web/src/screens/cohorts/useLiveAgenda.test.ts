import { describe, expect, it } from 'vitest'
import { movedSessions } from './useLiveAgenda'
import type { AgendaSession } from './agendaQuery'

const s = (id: string, day: string, position: number) => ({ id, day, position }) as AgendaSession

describe('movedSessions', () => {
  it('names the sessions whose day or place changed in a pushed agenda', () => {
    const before = [s('a', '2026-09-17', 0), s('b', '2026-09-17', 1), s('c', '2026-09-17', 2), s('d', '2026-09-18', 0)]
    const after = [s('b', '2026-09-17', 0), s('c', '2026-09-17', 1), s('a', '2026-09-17', 2), s('d', '2026-09-18', 0)]
    expect([...movedSessions(before, after)].sort()).toEqual(['a', 'b', 'c'])
    expect(movedSessions(after, after).size).toBe(0)
  })
})
