import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { Provider, type Client } from 'urql'
import { AnnouncerProvider } from '../components/Announcer'
import '../i18n'

/** Renders a screen with a stand-in urql client, a router and the live regions. */
export function renderWith(ui: ReactElement, client: Partial<Client>, path = '/') {
  return render(
    <AnnouncerProvider>
      <Provider value={client as Client}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </Provider>
    </AnnouncerProvider>,
  )
}
