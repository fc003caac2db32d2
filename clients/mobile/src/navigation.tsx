// Five tabs at the bottom, each with its own stack of screens; the header's back button and
// Android's back key go back within the tab.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { BackHandler } from 'react-native'

export type Tab = 'today' | 'feedback' | 'plans' | 'community' | 'profile'
export const TABS: readonly Tab[] = ['today', 'feedback', 'plans', 'community', 'profile']

export type Route =
  | { name: 'root' }
  | { name: 'checkIn'; code?: string }
  | { name: 'session'; id: string }
  | { name: 'plan'; id: string }
  | { name: 'newPlan' }
  | { name: 'followUp'; id: string }
  | { name: 'post'; id: string }
  | { name: 'newPost' }
  | { name: 'outbox' }

interface Nav {
  tab: Tab
  route: Route
  depth: number
  setTab: (t: Tab) => void
  push: (r: Route, tab?: Tab) => void
  back: () => boolean
}

const NavCtx = createContext<Nav | null>(null)

export function useNav(): Nav {
  const v = useContext(NavCtx)
  if (!v) throw new Error('useNav outside NavigationProvider')
  return v
}

const ROOT: Route = { name: 'root' }

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ tab: Tab; stacks: Record<Tab, Route[]> }>({
    tab: 'today',
    stacks: { today: [ROOT], feedback: [ROOT], plans: [ROOT], community: [ROOT], profile: [ROOT] },
  })

  const setTab = useCallback((t: Tab) => {
    // Tapping the open tab again goes back to its start.
    setState((s) => (s.tab === t ? { tab: t, stacks: { ...s.stacks, [t]: [ROOT] } } : { ...s, tab: t }))
  }, [])

  const push = useCallback((r: Route, target?: Tab) => {
    setState((s) => {
      const t = target ?? s.tab
      return { tab: t, stacks: { ...s.stacks, [t]: [...s.stacks[t], r] } }
    })
  }, [])

  const stack = state.stacks[state.tab]
  const back = useCallback(() => {
    if (stack.length <= 1) return false
    setState((s) => ({ ...s, stacks: { ...s.stacks, [s.tab]: s.stacks[s.tab].slice(0, -1) } }))
    return true
  }, [stack.length])

  useEffect(() => {
    const sub = BackHandler.addEventListener('hardwareBackPress', back)
    return () => sub.remove()
  }, [back])

  const value = useMemo(
    () => ({ tab: state.tab, route: stack[stack.length - 1], depth: stack.length, setTab, push, back }),
    [state.tab, stack, setTab, push, back],
  )
  return <NavCtx.Provider value={value}>{children}</NavCtx.Provider>
}
