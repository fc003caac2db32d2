import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { Provider as UrqlProvider, useQuery } from 'urql'
import { graphql } from '../gql'
import type { MeQuery } from '../gql/graphql'
import { createApiClient, type ApiClient } from './client'
import { SessionStore, type AuthPayloadLike, type StoredSession } from './session'
import { currentLanguage } from '../i18n'

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      email
      pronouns
      bio
      role
      locale
      directoryVisible
      municipality {
        id
        name
      }
      organisation {
        id
        name
      }
    }
  }
`)

const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`)

export type Me = NonNullable<MeQuery['me']>

interface AuthContextValue {
  session: StoredSession | null
  api: ApiClient
  signedIn(payload: AuthPayloadLike): void
  signOut(): Promise<void>
}

const AuthContext = createContext<AuthContextValue | null>(null)

export function AuthProvider({ children, storage }: { children: ReactNode; storage?: Storage }) {
  const store = useMemo(() => new SessionStore(storage ?? window.localStorage), [storage])
  const [session, setSession] = useState(() => store.read())
  useEffect(() => store.subscribe(setSession), [store])

  // One client per signed-in person: signing out or in as someone else starts with an empty cache.
  const personId = session?.personId ?? null
  const api = useMemo(() => createApiClient(store, currentLanguage), [store, personId]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => void api.ws.dispose(), [api])

  const signedIn = useCallback((payload: AuthPayloadLike) => void store.write(payload), [store])
  const signOut = useCallback(async () => {
    const s = store.read()
    if (s) {
      await api.client.mutation(LogoutDocument, { refreshToken: s.refreshToken }).toPromise().catch(() => undefined)
    }
    store.clear()
  }, [api, store])

  const value = useMemo(() => ({ session, api, signedIn, signOut }), [session, api, signedIn, signOut])
  return (
    <AuthContext.Provider value={value}>
      <UrqlProvider value={api.client}>{children}</UrqlProvider>
    </AuthContext.Provider>
  )
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext)
  if (!ctx) throw new Error('useAuth outside AuthProvider')
  return ctx
}

const MeContext = createContext<Me | null>(null)

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>
}

/** The signed-in person; only inside the signed-in area. */
export function useMe(): Me {
  const me = useContext(MeContext)
  if (!me) throw new Error('useMe outside the signed-in area')
  return me
}

export function useMeQuery() {
  return useQuery({ query: MeDocument })
}

export const isStaff = (me: Me) => me.role === 'ADMIN' || me.role === 'FACILITATOR'

/** Calls `refetch` whenever the live connection is (re)established: what happened while it was
 * down, or before a subscription was in place, is fetched instead of being missed. */
export function useRefetchOnLiveConnect(refetch: () => void) {
  const { api } = useAuth()
  useEffect(() => api.ws.on('connected', () => refetch()), [api, refetch])
}
