import { CLOCK_SKEW_MS, pick } from './handlers'
import type { QueueItem } from './queue'

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
