import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CombinedError, type Client } from 'urql'
import { fromValue, never } from 'wonka'
import { MeProvider, type Me } from '../../api/auth'
import { renderWith } from '../../test/render'
import { Municipalities } from './Municipalities'

const admin: Me = { id: 'a1', displayName: 'Programmleitung', role: 'ADMIN', locale: 'DE', email: 'a@b.de', pronouns: null, bio: null, directoryVisible: false, municipality: null, organisation: null }

describe('creating a municipality', () => {
  it('shows the server message at the field and keeps what was typed', async () => {
    const executeMutation = vi.fn(() =>
      fromValue({
        operation: {} as never,
        data: undefined,
        error: new CombinedError({
          graphQLErrors: [{ message: 'Der AGS hat acht Ziffern.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'ags', message: 'Der AGS hat acht Ziffern.' }] } }],
        }),
        stale: false,
        hasNext: false,
      }),
    )
    const client: Partial<Client> = { executeQuery: (() => never) as unknown as Client['executeQuery'], executeMutation: executeMutation as unknown as Client['executeMutation'] }
    renderWith(
      <MeProvider me={admin}>
        <Municipalities />
      </MeProvider>,
      client,
    )
    const user = userEvent.setup()
    const form = screen.getByRole('button', { name: 'Kommune hinzufügen' }).closest('form')!
    const name = screen.getAllByLabelText(/^Name/).find((el) => form.contains(el))!
    await user.type(name, 'Erlensee')
    await user.type(screen.getByLabelText(/^AGS/), '123')
    await user.click(screen.getByRole('button', { name: 'Kommune hinzufügen' }))

    const alert = await waitFor(() => {
      const found = screen.getAllByRole('alert').find((el) => el.textContent?.includes('Der AGS hat acht Ziffern.'))
      expect(found).toBeDefined()
      return found!
    })
    await waitFor(() => expect(alert).toHaveFocus())
    const ags = screen.getByLabelText(/^AGS/)
    expect(ags).toHaveAttribute('aria-invalid', 'true')
    expect(ags).toHaveAccessibleDescription(expect.stringContaining('Der AGS hat acht Ziffern.'))
    expect(name).toHaveValue('Erlensee')
    expect(ags).toHaveValue('123')
    expect(executeMutation).toHaveBeenCalledTimes(1)
  })
})
