import { describe, expect, it } from 'vitest'
import { tokenState } from './ApiTokens'

describe('tokenState', () => {
  const now = Date.parse('2026-11-28T10:00:00Z')
  it('tells active, expired and revoked tokens apart', () => {
    expect(tokenState({ expiresAt: '2027-02-26T10:00:00Z' }, now)).toBe('active')
    expect(tokenState({ expiresAt: '2026-11-28T09:59:59Z' }, now)).toBe('expired')
    expect(tokenState({ expiresAt: '2027-02-26T10:00:00Z', revokedAt: '2026-11-01T10:00:00Z' }, now)).toBe('revoked')
    expect(tokenState({ expiresAt: null }, now)).toBe('active')
  })
})
