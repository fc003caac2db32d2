import { groupByDay, movedSessions, pickDay, runningSession } from './agenda'

const s = (id: string, day: string, position: number, startsAt?: string, endsAt?: string) => ({ id, day, position, startsAt, endsAt })

describe('agenda', () => {
  it('groups by day and orders by position', () => {
    const days = groupByDay([s('b', '2026-09-18', 0), s('c', '2026-09-17', 1), s('a', '2026-09-17', 0)])
    expect(days.map((d) => [d.day, d.sessions.map((x) => x.id)])).toEqual([
      ['2026-09-17', ['a', 'c']],
      ['2026-09-18', ['b']],
    ])
  })

  it('shows today, else the next training day, else the last', () => {
    const days = ['2026-09-17', '2026-09-18', '2026-11-20']
    expect(pickDay(days, '2026-09-18')).toEqual({ day: '2026-09-18', relation: 'today' })
    expect(pickDay(days, '2026-10-01')).toEqual({ day: '2026-11-20', relation: 'next' })
    expect(pickDay(days, '2027-01-01')).toEqual({ day: '2026-11-20', relation: 'last' })
    expect(pickDay([], '2027-01-01')).toBeNull()
  })

  it('finds the running session', () => {
    const list = [s('a', 'd', 0, '2026-09-17T07:00:00Z', '2026-09-17T07:45:00Z'), s('b', 'd', 1, '2026-09-17T07:45:00Z', '2026-09-17T09:00:00Z')]
    expect(runningSession(list, Date.parse('2026-09-17T07:50:00Z'))?.id).toBe('b')
    expect(runningSession(list, Date.parse('2026-09-17T10:00:00Z'))).toBeNull()
  })

  it('reports only the session that moved, not those it passed', () => {
    const before = [s('a', 'd1', 0), s('b', 'd1', 1), s('c', 'd1', 2), s('d', 'd1', 3)]
    // d moved to the top: a, b, c shift down by one but did not move.
    const after = [s('d', 'd1', 0), s('a', 'd1', 1), s('b', 'd1', 2), s('c', 'd1', 3)]
    expect([...movedSessions(before, after)]).toEqual(['d'])
    // a moved down two places.
    const after2 = [s('b', 'd1', 0), s('c', 'd1', 1), s('a', 'd1', 2), s('d', 'd1', 3)]
    expect([...movedSessions(before, after2)]).toEqual(['a'])
  })

  it('reports a session moved to another day and a new session', () => {
    const before = [s('a', 'd1', 0), s('b', 'd1', 1), s('c', 'd2', 0)]
    const after = [s('a', 'd1', 0), s('c', 'd2', 0), s('b', 'd2', 1), s('n', 'd2', 2)]
    expect([...movedSessions(before, after)].sort()).toEqual(['b', 'n'])
    expect(movedSessions(before, before).size).toBe(0)
  })
})
