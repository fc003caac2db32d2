// Whether the device has a network, from the operating system (NetInfo). Requests that fail tell
// the rest: the queue retries with backoff whatever this says.
import NetInfo from '@react-native-community/netinfo'

type Listener = (online: boolean) => void

let online = true
const listeners = new Set<Listener>()

NetInfo.configure({ reachabilityShouldRun: () => false })
NetInfo.addEventListener((state) => {
  const next = state.isConnected !== false
  if (next !== online) {
    online = next
    for (const fn of listeners) fn(online)
  }
})

export const connectivity = {
  isOnline: () => online,
  subscribe(fn: Listener): () => void {
    listeners.add(fn)
    return () => {
      listeners.delete(fn)
    }
  },
}
