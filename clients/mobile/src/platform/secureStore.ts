// Tokens in the platform's secure storage: the iOS Keychain, Android's Keystore-backed storage.
import * as SecureStore from 'expo-secure-store'
import type { TokenStorage } from '../api/session'

const KEY = 'vielfalt.session'

export const tokenStorage: TokenStorage = {
  get: () => SecureStore.getItemAsync(KEY),
  set: (value) => SecureStore.setItemAsync(KEY, value, { keychainAccessible: SecureStore.AFTER_FIRST_UNLOCK }),
  remove: () => SecureStore.deleteItemAsync(KEY),
}

/** Where the tokens live, for the profile screen. */
export const tokenStorageKind: 'secure' | 'browser' = 'secure'
