import { describe, expect, it } from 'vitest'
import { berlinToUtcIso, utcToBerlin, formatTime, formatDay, todayInBerlin, addDays, formatDayRange } from './datetime'

describe('Berlin time', () => {
  it('turns a summer wall-clock time into UTC two hours earlier', () => {
    expect(berlinToUtcIso('2026-09-17', '09:15')).toBe('2026-09-17T07:15:00Z')
  })
  it('turns a winter wall-clock time into UTC one hour earlier', () => {
    expect(berlinToUtcIso('2027-01-21', '18:00')).toBe('2027-01-21T17:00:00Z')
  })
  it('handles the day of the switch to summer time', () => {
    expect(berlinToUtcIso('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00Z')
    expect(berlinToUtcIso('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00Z')
  })
  it('round-trips through the form values', () => {
    expect(utcToBerlin('2026-09-17T07:15:00+00:00')).toEqual({ day: '2026-09-17', time: '09:15' })
    expect(utcToBerlin('2026-12-31T23:30:00Z')).toEqual({ day: '2027-01-01', time: '00:30' })
  })
  it('formats times in Berlin regardless of the browser zone', () => {
    expect(formatTime('2026-09-17T07:00:00+00:00', 'de')).toBe('09:00')
    expect(formatTime('2027-01-21T17:00:00Z', 'en')).toBe('18:00')
  })
  it('formats calendar days without shifting them', () => {
    expect(formatDay('2026-09-17', 'de', 'numeric')).toBe('17.09.2026')
    expect(formatDay('2026-09-17', 'de', 'long')).toBe('Donnerstag, 17. September 2026')
    expect(formatDay('2026-09-17', 'en', 'long')).toMatch(/^Thursday,? 17 September 2026$/)
    expect(formatDayRange('2026-09-17', null, 'de')).toBe('17.09.2026')
  })
  it('knows the Berlin day shortly after midnight', () => {
    expect(todayInBerlin(Date.parse('2026-09-16T22:30:00Z'))).toBe('2026-09-17')
  })
  it('adds days across month ends', () => {
    expect(addDays('2026-09-30', 1)).toBe('2026-10-01')
  })
})
