import { useEffect } from 'react'

/** Calls `refresh` every `ms` while the page is visible, and when it becomes visible again. */
export function usePolling(refresh: () => void, ms: number, enabled = true) {
  useEffect(() => {
    if (!enabled) return
    const tick = () => {
      if (document.visibilityState === 'visible') refresh()
    }
    const id = window.setInterval(tick, ms)
    document.addEventListener('visibilitychange', tick)
    return () => {
      window.clearInterval(id)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [refresh, ms, enabled])
}
