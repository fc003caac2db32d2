import { describe, expect, it } from 'vitest'
import { toAppError } from './errors'

describe('toAppError', () => {
  it('keeps the server message, the code and every invalid field', () => {
    const e = toAppError(
      {
        graphQLErrors: [
          {
            message: 'Darf nicht leer sein.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { field: 'title', message: 'Darf nicht leer sein.' },
                { field: 'input.ags', message: 'Acht Ziffern.' },
              ],
            },
          },
        ],
      },
      'offline',
    )
    expect(e).toEqual({ message: 'Darf nicht leer sein.', code: 'BAD_USER_INPUT', fields: { title: 'Darf nicht leer sein.', ags: 'Acht Ziffern.' } })
  })

  it('uses the network message when the server could not be reached', () => {
    expect(toAppError({ networkError: new Error('Failed to fetch') }, 'Keine Verbindung').message).toBe('Keine Verbindung')
  })
})
