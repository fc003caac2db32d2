// What every screen needs: the services, who is signed in, their cohorts and the one in view,
// whether the service is reachable, the offline queue, and a way to tell screen readers news.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { AccessibilityInfo, AppState, Platform, Text, View } from 'react-native'
import AsyncStorage from '@react-native-async-storage/async-storage'
import { LoginDocument, LogoutDocument, MeDocument, UpdateProfileDocument } from '../api/operations'
import type { MeQuery, Locale } from '../gql/graphql'
import { clearSnapshots, readSnapshot, writeSnapshot } from '../offline/snapshots'
import type { QueueItem } from '../offline/queue'
import type { PayloadByKind, QueueKind } from '../offline/handlers'
import { connectivity } from '../platform/connectivity'
import { currentLanguage, restoreLanguage, setLanguage, type Language } from '../i18n'
import { createServices, type Services } from './services'

export type Me = NonNullable<MeQuery['me']>
export type Enrollment = Me['enrollments'][number]

interface AppValue extends Services {
  status: 'loading' | 'signedOut' | 'signedIn'
  /** Why the last sign-in ended ('expired' → the sign-in screen says so). */
  endedBecause: 'expired' | null
  personId: string | null
  me: Me | null
  cohortId: string | null
  cohorts: Enrollment[]
  setCohortId: (id: string) => void
  online: boolean
  queueItems: readonly QueueItem[]
  enqueue: <K extends QueueKind>(kind: K, payload: PayloadByKind[K]) => Promise<QueueItem<PayloadByKind[K]>>
  signIn: (email: string, password: string) => Promise<void>
  signOut: () => Promise<void>
  reloadMe: () => Promise<void>
  language: Language
  chooseLanguage: (lang: Language) => Promise<void>
  announce: (message: string) => void
  /** Called when the connection comes back (refetch what is on screen). */
  onReconnect: (fn: () => void) => () => void
}

const Ctx = createContext<AppValue | null>(null)
/** For component tests: a screen with a hand-made app state. */
export const AppContextForTests = Ctx
export type { AppValue }

export function useApp(): AppValue {
  const v = useContext(Ctx)
  if (!v) throw new Error('useApp outside AppProvider')
  return v
}

/** The cohort to show: a running one first, then planned, then the newest. */
export function chooseCohort(enrollments: readonly Enrollment[]): string | null {
  const active = enrollments.filter((e) => e.status !== 'WITHDRAWN')
  const rank = (s: string) => (s === 'RUNNING' ? 0 : s === 'PLANNED' ? 1 : s === 'COMPLETED' ? 2 : 3)
  const sorted = [...active].sort((a, b) => rank(a.cohort.status) - rank(b.cohort.status) || (b.cohort.startsOn ?? '').localeCompare(a.cohort.startsOn ?? ''))
  return sorted[0]?.cohort.id ?? null
}

export function AppProvider({ children }: { children: ReactNode }) {
  const services = useMemo(createServices, [])
  const { session, api, queue, ws, reachable } = services
  const [status, setStatus] = useState<AppValue['status']>('loading')
  const [endedBecause, setEndedBecause] = useState<'expired' | null>(null)
  const [personId, setPersonId] = useState<string | null>(null)
  const [me, setMe] = useState<Me | null>(null)
  const [cohortChoice, setCohortChoice] = useState<string | null>(null)
  const [netOnline, setNetOnline] = useState(connectivity.isOnline())
  const [serviceReachable, setServiceReachable] = useState(reachable.value)
  const [queueItems, setQueueItems] = useState<readonly QueueItem[]>([])
  const [language, setLang] = useState<Language>(currentLanguage())
  const [liveMessage, setLiveMessage] = useState('')
  const reconnectListeners = useRef(new Set<() => void>())

  const announce = useCallback((message: string) => {
    if (Platform.OS === 'web') {
      setLiveMessage('')
      setTimeout(() => setLiveMessage(message), 50)
    } else {
      AccessibilityInfo.announceForAccessibility(message)
    }
  }, [])

  const reloadMe = useCallback(async () => {
    const pid = session.current()?.personId
    if (!pid) return
    try {
      const r = await api.request(MeDocument, {})
      if (r.me) {
        setMe(r.me)
        void writeSnapshot(pid, 'me', r.me)
      }
    } catch {
      /* offline: the snapshot stays */
    }
  }, [api, session])

  // Start: language, stored sign-in, queue.
  useEffect(() => {
    let alive = true
    void (async () => {
      await restoreLanguage()
      if (alive) setLang(currentLanguage())
      const s = await session.load()
      if (!alive) return
      if (s) {
        setPersonId(s.personId)
        const snap = await readSnapshot<Me>(s.personId, 'me')
        if (snap) setMe(snap.data)
        const chosen = await AsyncStorage.getItem(`vielfalt.cohort.${s.personId}`)
        if (chosen) setCohortChoice(chosen)
        setStatus('signedIn')
        await queue.load()
        void reloadMe()
        void queue.process()
      } else {
        await queue.load()
        setStatus('signedOut')
      }
    })()
    return () => {
      alive = false
    }
  }, [session, queue, reloadMe])

  useEffect(
    () =>
      session.subscribe((s, reason) => {
        if (reason === 'expired' || reason === 'signed-out') {
          setEndedBecause(reason === 'expired' ? 'expired' : null)
          setPersonId(null)
          setMe(null)
          setStatus('signedOut')
          ws.terminate()
        } else if (s) {
          setPersonId(s.personId)
        }
      }),
    [session, ws],
  )

  useEffect(() => queue.subscribe(setQueueItems), [queue])

  // Connection: back online → send the queue, refetch what is on screen.
  useEffect(() => {
    const back = () => {
      void queue.process()
      for (const fn of reconnectListeners.current) fn()
    }
    const offNet = connectivity.subscribe((v) => {
      setNetOnline(v)
      if (v) back()
    })
    const onReach = (v: boolean) => {
      setServiceReachable(v)
      if (v) back()
    }
    reachable.listeners.add(onReach)
    const appState = AppState.addEventListener('change', (s) => {
      if (s === 'active') back()
    })
    // While items wait, try now and then even if nothing tells us the network is back.
    const interval = setInterval(() => {
      if (queue.waiting().length > 0) void queue.process()
    }, 15_000)
    return () => {
      offNet()
      reachable.listeners.delete(onReach)
      appState.remove()
      clearInterval(interval)
    }
  }, [queue, reachable])

  // Another tab (web) changed the queue.
  useEffect(() => {
    if (Platform.OS !== 'web' || typeof window === 'undefined') return
    const onStorage = (e: StorageEvent) => {
      if (e.key === 'vielfalt.queue.v1') void queue.load()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [queue])

  const signIn = useCallback(
    async (email: string, password: string) => {
      const r = await api.request(LoginDocument, { email: email.trim(), password }, { anonymous: true })
      const s = await session.signIn(r.login)
      setEndedBecause(null)
      setPersonId(s.personId)
      const chosen = await AsyncStorage.getItem(`vielfalt.cohort.${s.personId}`)
      setCohortChoice(chosen)
      const m = await api.request(MeDocument, {})
      if (m.me) {
        setMe(m.me)
        void writeSnapshot(s.personId, 'me', m.me)
        // The person's language from the profile, unless chosen on this device.
        const stored = await AsyncStorage.getItem('vielfalt.lang')
        if (!stored && m.me.locale === 'EN') {
          await setLanguage('en')
          setLang('en')
        }
      }
      setStatus('signedIn')
      void queue.load().then(() => queue.process())
    },
    [api, session, queue],
  )

  const signOut = useCallback(async () => {
    const s = session.current()
    if (s) {
      try {
        await api.request(LogoutDocument, { refreshToken: s.refreshToken }, { timeoutMs: 5_000 })
      } catch {
        /* offline: the tokens are forgotten here anyway and expire */
      }
      await clearSnapshots(s.personId)
    }
    await session.signOut()
  }, [api, session])

  const chooseLanguage = useCallback(
    async (lang: Language) => {
      await setLanguage(lang)
      setLang(lang)
      if (session.current()) {
        try {
          const locale: Locale = lang === 'en' ? 'EN' : 'DE'
          await api.request(UpdateProfileDocument, { input: { locale } })
          void reloadMe()
        } catch {
          /* the device keeps the choice; the profile follows next time */
        }
      }
    },
    [api, session, reloadMe],
  )

  const setCohortId = useCallback(
    (id: string) => {
      setCohortChoice(id)
      if (personId) void AsyncStorage.setItem(`vielfalt.cohort.${personId}`, id)
    },
    [personId],
  )

  const cohorts = useMemo(() => (me?.enrollments ?? []).filter((e) => e.status !== 'WITHDRAWN'), [me])
  const cohortId = cohortChoice && cohorts.some((e) => e.cohort.id === cohortChoice) ? cohortChoice : chooseCohort(cohorts)

  const enqueue = useCallback(<K extends QueueKind>(kind: K, payload: PayloadByKind[K]) => queue.enqueue(kind, payload), [queue])

  const onReconnect = useCallback((fn: () => void) => {
    reconnectListeners.current.add(fn)
    return () => {
      reconnectListeners.current.delete(fn)
    }
  }, [])

  const value: AppValue = {
    ...services,
    status,
    endedBecause,
    personId,
    me,
    cohortId,
    cohorts,
    setCohortId,
    online: netOnline && serviceReachable,
    queueItems,
    enqueue,
    signIn,
    signOut,
    reloadMe,
    language,
    chooseLanguage,
    announce,
    onReconnect,
  }

  return (
    <Ctx.Provider value={value}>
      {children}
      {Platform.OS === 'web' ? (
        <View aria-live="polite" role="status" style={visuallyHidden}>
          <Text>{liveMessage}</Text>
        </View>
      ) : null}
    </Ctx.Provider>
  )
}

const visuallyHidden = { position: 'absolute' as const, width: 1, height: 1, overflow: 'hidden' as const, opacity: 0 }
