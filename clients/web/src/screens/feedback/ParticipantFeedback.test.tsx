import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Outlet, Route, Routes } from 'react-router'
import type { Client } from 'urql'
import { fromValue } from 'wonka'
import { renderWith } from '../../test/render'
import type { CohortContext } from '../cohorts/CohortPage'
import { ParticipantFeedback } from './ParticipantFeedback'

const cohort = { id: 'c1', title: 'Durchgang 1', facilitators: [], municipalities: [] } as unknown as CohortContext['cohort']
const round = {
  __typename: 'FeedbackRound',
  id: 'r1',
  question: 'Wie gut konnten Sie folgen?',
  kind: 'RATING_AND_TEXT',
  anonymous: true,
  open: true,
  createdAt: '2026-09-17T08:00:00Z',
  closedAt: null,
  facilitatorAnswer: null,
  session: null,
  myResponse: null,
}

function CohortOutlet() {
  return <Outlet context={{ cohort, canManage: false } satisfies CohortContext} />
}

describe('answering a feedback round', () => {
  it('takes two taps: a rating, then send', async () => {
    const executeMutation = vi.fn(() => fromValue({ operation: {} as never, data: { respond: { __typename: 'FeedbackRound', id: 'r1', myResponse: { id: 'x', rating: 4, text: null } } }, stale: false, hasNext: false }))
    const client: Partial<Client> = {
      executeQuery: (() => fromValue({ operation: {} as never, data: { cohort: { __typename: 'Cohort', id: 'c1', feedbackRounds: [round] } }, stale: false, hasNext: false })) as unknown as Client['executeQuery'],
      executeMutation: executeMutation as unknown as Client['executeMutation'],
    }
    renderWith(
      <Routes>
        <Route element={<CohortOutlet />}>
          <Route path="/" element={<ParticipantFeedback />} />
        </Route>
      </Routes>,
      client,
    )
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: 'Wie gut konnten Sie folgen?' })
    expect(screen.getByText(/anonym – niemand sieht/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /4\s*eher ja/ }))
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }))
    expect(executeMutation).toHaveBeenCalledTimes(1)
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }]
    expect(operation.variables).toEqual({ input: { roundId: 'r1', rating: 4, text: null } })
  })

  it('asks for a rating before sending', async () => {
    const executeMutation = vi.fn()
    const client: Partial<Client> = {
      executeQuery: (() => fromValue({ operation: {} as never, data: { cohort: { __typename: 'Cohort', id: 'c1', feedbackRounds: [round] } }, stale: false, hasNext: false })) as unknown as Client['executeQuery'],
      executeMutation: executeMutation as unknown as Client['executeMutation'],
    }
    renderWith(
      <Routes>
        <Route element={<CohortOutlet />}>
          <Route path="/" element={<ParticipantFeedback />} />
        </Route>
      </Routes>,
      client,
    )
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Antwort senden' }))
    expect(await screen.findByText('Bitte wählen Sie eine Bewertung.')).toBeInTheDocument()
    expect(executeMutation).not.toHaveBeenCalled()
  })
})
