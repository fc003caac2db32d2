// The check-in screen: the code goes into the queue, and once it arrived the screen names the
// session the service checked one into (`Attendance.session`).
import { render, screen, userEvent } from '@testing-library/react-native'
import '../i18n'
import { NavigationProvider } from '../navigation'
import { AppContextForTests, type AppValue } from '../state/AppContext'
import type { QueueItem } from '../offline/queue'
import { CheckIn } from './CheckIn'

jest.mock('@expo/vector-icons/Ionicons', () => 'Ionicons')
jest.mock('react-native-safe-area-context', () => require('react-native-safe-area-context/jest/mock').default)
jest.mock('./QrScanner', () => ({ QrScanner: () => null }))

function app(queueItems: readonly QueueItem[], overrides: Partial<AppValue> = {}): AppValue {
  return {
    enqueue: jest.fn(async (kind: string, payload: unknown) => ({ id: 'q1', kind, payload, state: 'pending' }) as unknown as QueueItem),
    queueItems,
    online: true,
    announce: jest.fn(),
    ...overrides,
  } as unknown as AppValue
}

const item = (patch: Partial<QueueItem>): QueueItem =>
  ({ id: 'q1', kind: 'selfCheckIn', personId: 'aylin', payload: { code: 'K7M2QX' }, createdAt: '2026-09-17T08:00:00Z', state: 'pending', attempts: 0, uncertain: false, ...patch }) as QueueItem

const ui = (value: AppValue) => (
  <AppContextForTests.Provider value={value}>
    <NavigationProvider>
      <CheckIn />
    </NavigationProvider>
  </AppContextForTests.Provider>
)

async function checkIn(first: AppValue) {
  const user = userEvent.setup()
  const r = await render(ui(first))
  await user.type(screen.getByTestId('checkin-code'), 'k7m2qx')
  await user.press(screen.getByTestId('checkin-submit'))
  expect(first.enqueue).toHaveBeenCalledWith('selfCheckIn', { code: 'K7M2QX' })
  return r
}

describe('check-in screen', () => {
  it('names the session the service checked one into, and tells the screen reader', async () => {
    const first = app([])
    const { rerender } = await checkIn(first)
    const sent = app([item({ state: 'sent', resultId: 's1', resultTitle: 'Ankommen im Raum' })], { announce: first.announce })
    await rerender(ui(sent))
    const text = 'Sie sind für „Ankommen im Raum“ eingecheckt und als anwesend eingetragen.'
    expect(screen.getByTestId('checkin-done')).toHaveTextContent(text)
    expect(first.announce).toHaveBeenCalledWith(text)
  })

  it('says so without a name for a check-in an earlier version of the app sent', async () => {
    const first = app([])
    const { rerender } = await checkIn(first)
    await rerender(ui(app([item({ state: 'sent', resultId: 'aylin' })], { announce: first.announce })))
    expect(screen.getByTestId('checkin-done')).toHaveTextContent('Sie sind eingecheckt und als anwesend eingetragen.')
  })

  it('shows the server’s message for a refused code', async () => {
    const first = app([])
    const { rerender } = await checkIn(first)
    await rerender(ui(app([item({ state: 'failed', error: { message: 'Dieser Code ist abgelaufen.', code: 'BAD_USER_INPUT' } })], { announce: first.announce })))
    expect(screen.getByText('Dieser Code ist abgelaufen.')).toBeTruthy()
    expect(first.announce).toHaveBeenCalledWith('Dieser Code ist abgelaufen.')
    expect(screen.queryByTestId('checkin-done')).toBeNull()
  })
})
