// Whether the browser has a network (navigator.onLine and its events). Requests that fail tell
// the rest: the queue retries with backoff whatever this says.
type Listener = (online: boolean) => void

const listeners = new Set<Listener>()
const isOnline = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false)

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => listeners.forEach((fn) => fn(true)))
  window.addEventListener('offline', () => listeners.forEach((fn) => fn(false)))
}

export const connectivity = {
  isOnline,
  subscribe(fn: Listener): () => void {
    listeners.add(fn)
    return () => {
      listeners.delete(fn)
    }
  },
}
