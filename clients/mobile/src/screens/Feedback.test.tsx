// The feedback card: two taps (a rating, then send), anonymity said plainly, and what the queue
// does with the answer shown on the card. The open rounds: a round the facilitators open arrives
// through the subscription, at once.
import { act, render, screen, userEvent, waitFor } from '@testing-library/react-native'
import { Text } from 'react-native'
import '../i18n'
import { AppContextForTests, type AppValue } from '../state/AppContext'
import type { QueueItem } from '../offline/queue'
import type { RespondPayload } from '../offline/handlers'
import { RoundCard, RoundsProvider, useRounds, withOpenedRound, type Round } from './Feedback'

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

/** A socket that records subscriptions; the test pushes what the service would send. */
function fakeSocket() {
  const subscriptions: { query: string; variables: Record<string, unknown>; next: (msg: { data: unknown }) => void }[] = []
  const listeners = new Set<() => void>()
  const ws = {
    on: (event: string, fn: () => void) => {
      if (event === 'connected') listeners.add(fn)
      return () => listeners.delete(fn)
    },
    subscribe: (payload: { query: string; variables: Record<string, unknown> }, sink: { next: (msg: { data: unknown }) => void }) => {
      subscriptions.push({ ...payload, next: sink.next })
      return () => undefined
    },
  }
  return { ws, subscriptions, connected: () => listeners.forEach((fn) => fn()) }
}

function Questions() {
  const { rounds, unanswered, query } = useRounds()
  return <Text testID="questions">{`${rounds.map((r) => r.question).join(' | ')} (${unanswered} offen)${query.data ? '' : 'NODATA'}`}</Text>
}

const opened: Round = { ...round, id: 'r2', question: 'Brauchen Sie gerade eine Pause?', createdAt: '2026-09-17T09:00:00Z' }

function roundsApp(request: jest.Mock) {
  const socket = fakeSocket()
  const value = app({
    status: 'signedIn',
    personId: 'aylin',
    queueItems: [],
    api: { request } as unknown as AppValue['api'],
    ws: socket.ws as unknown as AppValue['ws'],
    onReconnect: () => () => undefined,
  })
  return { value, socket }
}

const roundsAnswer = (rounds: Round[]) => ({ cohort: { id: 'c1', feedbackRounds: rounds } })

describe('open feedback rounds', () => {
  it('show a round the facilitators open at once, from the subscription, without asking the service again', async () => {
    const request = jest.fn(async () => roundsAnswer([round]))
    const { value, socket } = roundsApp(request)
    await render(
      <AppContextForTests.Provider value={value}>
        <RoundsProvider>
          <Questions />
        </RoundsProvider>
      </AppContextForTests.Provider>,
    )
    await waitFor(() => expect(screen.getByTestId('questions')).toHaveTextContent(`${round.question} (1 offen)`))
    const sub = socket.subscriptions.find((s) => s.query.includes('feedbackRoundOpened'))
    expect(sub?.variables).toEqual({ cohortId: 'c1' })
    const asked = request.mock.calls.length

    await act(async () => sub!.next({ data: { feedbackRoundOpened: opened } }))
    expect(screen.getByTestId('questions')).toHaveTextContent(`${opened.question} | ${round.question} (2 offen)`)
    expect(request.mock.calls.length).toBe(asked)
    expect(value.announce).toHaveBeenCalledWith(`Neue Feedbackrunde: „${opened.question}“`)
  })

  it('keep a pushed round when an answer the service gave before it arrives after it', async () => {
    let release: (v: unknown) => void = () => undefined
    const request = jest
      .fn()
      .mockImplementationOnce(async () => roundsAnswer([]))
      .mockImplementationOnce(() => new Promise((ok) => (release = ok)))
      .mockImplementation(async () => roundsAnswer([opened]))
    const { value, socket } = roundsApp(request)
    await render(
      <AppContextForTests.Provider value={value}>
        <RoundsProvider>
          <Questions />
        </RoundsProvider>
      </AppContextForTests.Provider>,
    )
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
    // A refetch leaves (the socket reconnected) …
    // (RNTL's act is always asynchronous: awaited, or its updates land in the next act's scope.)
    await act(() => socket.connected())
    await act(() => socket.connected())
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
    // … the round opens and arrives through the subscription …
    const sub = socket.subscriptions.find((s) => s.query.includes('feedbackRoundOpened'))!
    await act(async () => sub.next({ data: { feedbackRoundOpened: opened } }))
    expect(screen.getByTestId('questions')).toHaveTextContent(`${opened.question} (1 offen)`)
    // … then the refetch's answer, read before the round opened, arrives: it is asked again.
    await act(async () => release(roundsAnswer([])))
    await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
    expect(screen.getByTestId('questions')).toHaveTextContent(`${opened.question} (1 offen)`)
  })

  it('put a new round first and never twice', () => {
    const prev = roundsAnswer([round])
    const once = withOpenedRound(prev, opened)
    expect(once?.cohort?.feedbackRounds.map((r) => r.id)).toEqual(['r2', 'r1'])
    expect(withOpenedRound(once, opened)?.cohort?.feedbackRounds.map((r) => r.id)).toEqual(['r2', 'r1'])
    expect(withOpenedRound(undefined, opened)).toBeUndefined()
  })
})
