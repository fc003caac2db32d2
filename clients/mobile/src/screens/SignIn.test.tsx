// Sign-in: a wrong email or password is said as such (the service answers UNAUTHENTICATED), in
// German and in English – not "please sign in"; the email stays in the field.
import { act, render, screen, userEvent } from '@testing-library/react-native'
import i18n from 'i18next'
import '../i18n'
import { ApiError, fromGraphQLErrors } from '../api/errors'
import { AppContextForTests, type AppValue } from '../state/AppContext'
import { SignIn } from './SignIn'

jest.mock('@expo/vector-icons/Ionicons', () => 'Ionicons')
jest.mock('react-native-safe-area-context', () => require('react-native-safe-area-context/jest/mock').default)

const EMAIL = 'aylin.demir@beispiel-kommune.example'

async function signInWith(failure: unknown) {
  const value = {
    signIn: jest.fn(async () => {
      throw failure
    }),
    endedBecause: null,
    online: true,
    language: i18n.language,
    chooseLanguage: jest.fn(async () => undefined),
    announce: jest.fn(),
  } as unknown as AppValue
  const user = userEvent.setup()
  await render(
    <AppContextForTests.Provider value={value}>
      <SignIn />
    </AppContextForTests.Provider>,
  )
  await user.type(screen.getByTestId('email'), EMAIL)
  await user.type(screen.getByTestId('password'), 'falsch-falsch')
  await user.press(screen.getByTestId('sign-in'))
  expect(value.signIn).toHaveBeenCalledWith(EMAIL, 'falsch-falsch')
}

const wrongPassword = () => fromGraphQLErrors([{ message: 'Bitte melden Sie sich an.', extensions: { code: 'UNAUTHENTICATED' } }], 200)

describe('sign-in', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('de'))
  })

  it('says that the email or the password is wrong, and keeps the email', async () => {
    await signInWith(wrongPassword())
    expect(await screen.findByText('E-Mail-Adresse oder Passwort stimmen nicht.')).toBeTruthy()
    expect(screen.queryByText('Bitte melden Sie sich an.')).toBeNull()
    expect(screen.getByTestId('email').props.value).toBe(EMAIL)
  })

  it('says it in English too', async () => {
    await i18n.changeLanguage('en')
    await signInWith(wrongPassword())
    expect(await screen.findByText('The email address or the password is wrong.')).toBeTruthy()
  })

  it('says so for a 401 without a GraphQL body', async () => {
    await signInWith(new ApiError({ kind: 'http', message: 'HTTP 401', status: 401, code: 'UNAUTHENTICATED' }))
    expect(await screen.findByText('E-Mail-Adresse oder Passwort stimmen nicht.')).toBeTruthy()
  })

  it('shows the server’s message for other refusals', async () => {
    await signInWith(fromGraphQLErrors([{ message: 'Zu viele Versuche. Bitte warten Sie eine Minute.', extensions: { code: 'RATE_LIMITED' } }], 200))
    expect(await screen.findByText('Zu viele Versuche. Bitte warten Sie eine Minute.')).toBeTruthy()
  })

  it('says when the server cannot be reached', async () => {
    await signInWith(new ApiError({ kind: 'network', message: 'Failed to fetch' }))
    expect(await screen.findByText(/^Der Server ist gerade nicht erreichbar/)).toBeTruthy()
  })
})
