// The queue's storage: AsyncStorage (SQLite/files on the device, localStorage on the web).
import AsyncStorage from '@react-native-async-storage/async-storage'
import type { KeyValueStorage } from './queue'

export const queueStorage: KeyValueStorage = {
  getItem: (k) => AsyncStorage.getItem(k),
  setItem: (k, v) => AsyncStorage.setItem(k, v),
}
