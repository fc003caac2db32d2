// How the app reads the service's error codes: which failures may have done the work, which
// cannot succeed when repeated.
import { ApiError, fromGraphQLErrors } from './errors'

const graphql = (code: string) => fromGraphQLErrors([{ message: 'Meldung', extensions: { code } }], 200)

describe('service errors', () => {
  it('read IN_PROGRESS as "try again in a moment": not a refusal, and the first request may still do the work', () => {
    const e = graphql('IN_PROGRESS')
    expect(e.code).toBe('IN_PROGRESS')
    expect(e.permanent).toBe(false)
    expect(e.uncertain).toBe(true)
  })

  it('read CONFLICT and BAD_USER_INPUT as refusals that changed nothing', () => {
    for (const code of ['CONFLICT', 'BAD_USER_INPUT']) {
      expect(graphql(code).permanent).toBe(true)
      expect(graphql(code).uncertain).toBe(false)
    }
  })

  it('name the field of an idempotency key used for another request', () => {
    const e = fromGraphQLErrors(
      [{ message: 'Dieser Schlüssel wurde schon für eine andere Anfrage verwendet.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'idempotencyKey', message: 'Dieser Schlüssel wurde schon für eine andere Anfrage verwendet.' }] } }],
      200,
    )
    expect(e.fields).toEqual({ idempotencyKey: 'Dieser Schlüssel wurde schon für eine andere Anfrage verwendet.' })
    expect(e.permanent).toBe(true)
  })

  it('take a missing answer as uncertain and worth repeating', () => {
    const e = new ApiError({ kind: 'network', message: 'Failed to fetch' })
    expect(e.uncertain).toBe(true)
    expect(e.permanent).toBe(false)
  })
})
