import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'

type Announce = (message: string, urgent?: boolean) => void
const AnnouncerContext = createContext<Announce>(() => {})

/** Status messages for screen readers: one polite and one assertive live region, always present. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [polite, setPolite] = useState('')
  const [assertive, setAssertive] = useState('')
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const announce = useCallback<Announce>((message, urgent = false) => {
    const set = urgent ? setAssertive : setPolite
    set('')
    window.clearTimeout(timer.current)
    // Cleared first so that the same message twice is announced twice.
    timer.current = window.setTimeout(() => set(message), 50)
  }, [])
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {polite}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive">
        {assertive}
      </div>
    </AnnouncerContext.Provider>
  )
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext)
}
