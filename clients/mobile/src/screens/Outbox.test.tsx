// The outbox: an item the service is still processing (IN_PROGRESS) is shown as waiting – not as
// refused, with nothing to discard – and an arrived check-in names its session.
import { render, screen } from '@testing-library/react-native'
import '../i18n'
import { NavigationProvider } from '../navigation'
import { AppContextForTests, type AppValue } from '../state/AppContext'
import type { QueueItem } from '../offline/queue'
import { Outbox } from './Outbox'

jest.mock('@expo/vector-icons/Ionicons', () => 'Ionicons')
jest.mock('react-native-safe-area-context', () => require('react-native-safe-area-context/jest/mock').default)

const base = { personId: 'aylin', createdAt: '2026-09-17T08:00:00Z', attempts: 1, uncertain: false }

async function show(items: QueueItem[]) {
  const value = { queueItems: items, online: true, queue: { retry: jest.fn(), discard: jest.fn() }, announce: jest.fn() } as unknown as AppValue
  await render(
    <AppContextForTests.Provider value={value}>
      <NavigationProvider>
        <Outbox />
      </NavigationProvider>
    </AppContextForTests.Provider>,
  )
}

const plan = { input: { title: 'Mehrsprachige Wegweiser im Rathaus', description: null, scale: 'LARGE', visibility: 'FACILITATORS', cohortId: 'c1' } }

describe('outbox', () => {
  it('shows a plan the service is still processing as waiting, not as refused', async () => {
    await show([
      {
        ...base,
        id: 'q1',
        kind: 'createPlan',
        payload: plan,
        state: 'pending',
        uncertain: true,
        error: { message: 'Diese Anfrage wird gerade bearbeitet.', code: 'IN_PROGRESS' },
      } as QueueItem,
    ])
    expect(screen.getByText('wird vom Server noch bearbeitet')).toBeTruthy()
    expect(screen.getByText('Vorhaben: „Mehrsprachige Wegweiser im Rathaus“')).toBeTruthy()
    expect(screen.queryByText('nicht angenommen')).toBeNull()
    expect(screen.queryByRole('button', { name: /^Verwerfen/ })).toBeNull()
    expect(screen.queryByText('Diese Anfrage wird gerade bearbeitet.')).toBeNull()
    expect(screen.getByRole('button', { name: 'Jetzt senden' })).toBeTruthy()
  })

  it('names the session of an arrived check-in', async () => {
    await show([
      { ...base, id: 'q2', kind: 'selfCheckIn', payload: { code: 'K7M2QX' }, state: 'sent', sentAt: '2026-09-17T08:01:00Z', resultId: 's1', resultTitle: 'Ankommen im Raum' } as QueueItem,
    ])
    expect(screen.getByText('angekommen')).toBeTruthy()
    expect(screen.getByText('Ankommen im Raum')).toBeTruthy()
  })
})
