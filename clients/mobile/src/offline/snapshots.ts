// The last data synced from the service, per person and screen, so the agenda, plans, feedback
// rounds and the feed stay readable when the room's Wi-Fi is gone – also after a restart.
import AsyncStorage from '@react-native-async-storage/async-storage'

export interface Snapshot<T> {
  data: T
  /** When it came from the service (ms). */
  syncedAt: number
}

const PREFIX = 'vielfalt.snap.'

function key(personId: string, name: string) {
  return `${PREFIX}${personId}.${name}`
}

export async function readSnapshot<T>(personId: string, name: string): Promise<Snapshot<T> | null> {
  try {
    const raw = await AsyncStorage.getItem(key(personId, name))
    return raw ? (JSON.parse(raw) as Snapshot<T>) : null
  } catch {
    return null
  }
}

export async function writeSnapshot<T>(personId: string, name: string, data: T, syncedAt: number = Date.now()): Promise<void> {
  try {
    await AsyncStorage.setItem(key(personId, name), JSON.stringify({ data, syncedAt }))
  } catch {
    /* storage full: the screen still shows what it has */
  }
}

/** Forgets everything synced for a person (sign-out on a shared device). */
export async function clearSnapshots(personId: string): Promise<void> {
  const keys = (await AsyncStorage.getAllKeys()).filter((k) => k.startsWith(`${PREFIX}${personId}.`))
  if (keys.length) await AsyncStorage.multiRemove(keys)
}
