// The feedback card: two taps (a rating, then send), anonymity said plainly, and what the queue
// does with the answer shown on the card.
import { render, screen, userEvent } from '@testing-library/react-native'
import '../i18n'
import { AppContextForTests, type AppValue } from '../state/AppContext'
import type { QueueItem } from '../offline/queue'
import type { RespondPayload } from '../offline/handlers'
import { RoundCard, type Round } from './Feedback'

jest.mock('@expo/vector-icons/Ionicons', () => 'Ionicons')

const round: Round = {
  id: 'r1',
  question: 'Wie gut konnten Sie dem letzten Block folgen?',
  kind: 'RATING',
  anonymous: true,
  open: true,
  createdAt: '2026-09-17T08:00:00Z',
  facilitatorAnswer: null,
  session: null,
  myResponse: null,
}

function app(overrides: Partial<AppValue> = {}): AppValue {
  return {
    enqueue: jest.fn(async (kind: string, payload: unknown) => ({ id: 'q1', kind, payload }) as QueueItem),
    cohortId: 'c1',
    announce: jest.fn(),
    online: true,
    ...overrides,
  } as unknown as AppValue
}

describe('feedback round', () => {
  it('is answered in two taps, and says plainly that it is anonymous', async () => {
    const value = app()
    const user = userEvent.setup()
    await render(
      <AppContextForTests.Provider value={value}>
        <RoundCard round={round} queued={null} onSent={() => undefined} />
      </AppContextForTests.Provider>,
    )
    expect(screen.getByText(/^Anonym: Ihr Name wird nicht gespeichert/)).toBeTruthy()
    await user.press(screen.getByRole('radio', { name: '4 von 5: eher ja' }))
    await user.press(screen.getByRole('button', { name: `Antwort senden: ${round.question}` }))
    expect(value.enqueue).toHaveBeenCalledTimes(1)
    expect(value.enqueue).toHaveBeenCalledWith('respond', expect.objectContaining({ roundId: 'r1', rating: 4, text: null, anonymous: true }))
  })

  it('asks for a rating before sending', async () => {
    const value = app()
    const user = userEvent.setup()
    await render(
      <AppContextForTests.Provider value={value}>
        <RoundCard round={round} queued={null} onSent={() => undefined} />
      </AppContextForTests.Provider>,
    )
    await user.press(screen.getByRole('button', { name: `Antwort senden: ${round.question}` }))
    expect(value.enqueue).not.toHaveBeenCalled()
    expect(screen.getByText('Bitte wählen Sie eine Bewertung.')).toBeTruthy()
  })

  it('shows an answer that waits for the connection on the card', async () => {
    const queued = { id: 'q1', kind: 'respond', state: 'pending', payload: { roundId: 'r1', rating: 2, text: null } } as unknown as QueueItem<RespondPayload>
    await render(
      <AppContextForTests.Provider value={app({ online: false })}>
        <RoundCard round={{ ...round, anonymous: false }} queued={queued} onSent={() => undefined} />
      </AppContextForTests.Provider>,
    )
    expect(screen.getByText(/^Keine Verbindung – Ihre Antwort ist gespeichert/)).toBeTruthy()
    expect(screen.getByText(/2 von 5/)).toBeTruthy()
    expect(screen.getByText(/^Mit Namen: Die Moderation sieht/)).toBeTruthy()
  })
})
