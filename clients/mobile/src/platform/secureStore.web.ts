// The web build (used for the browser tests and as a fallback) has no secure storage: the tokens
// go to localStorage behind the same interface, like the web client keeps them – readable by
// scripts of this origin, so the web build must not load scripts from elsewhere (it does not).
// If localStorage is unavailable (private mode), sessionStorage keeps them for the tab.
import type { TokenStorage } from '../api/session'

const KEY = 'vielfalt.mobile.session'

function store(): Storage | null {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const s = window[name]
      const probe = '__vielfalt_probe__'
      s.setItem(probe, '1')
      s.removeItem(probe)
      return s
    } catch {
      /* try the next */
    }
  }
  return null
}

export const tokenStorage: TokenStorage = {
  get: async () => store()?.getItem(KEY) ?? null,
  set: async (value) => store()?.setItem(KEY, value),
  remove: async () => store()?.removeItem(KEY),
}

export const tokenStorageKind: 'secure' | 'browser' = 'browser'
