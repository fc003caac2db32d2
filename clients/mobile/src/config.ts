// Where the service is. The web build talks to the origin it was served from (the service serves
// it with VIELFALT_WEB_DIR). On a phone or simulator: EXPO_PUBLIC_API_URL, else `extra.apiUrl` in
// app.json, else – in development – port 8080 on the machine that runs the Expo dev server.
import Constants from 'expo-constants'
import { Platform } from 'react-native'

function devHost(): string | null {
  const hostUri = Constants.expoConfig?.hostUri ?? null
  if (!hostUri) return null
  return hostUri.split(':')[0] || null
}

export function apiBaseUrl(): string {
  const fromEnv = process.env.EXPO_PUBLIC_API_URL
  if (fromEnv) return fromEnv.replace(/\/$/, '')
  if (Platform.OS === 'web') return ''
  const extra = (Constants.expoConfig?.extra as { apiUrl?: string | null } | undefined)?.apiUrl
  if (extra) return extra.replace(/\/$/, '')
  const host = devHost()
  if (host) return `http://${host}:8080`
  return Platform.OS === 'android' ? 'http://10.0.2.2:8080' : 'http://127.0.0.1:8080'
}

export function wsUrl(base: string = apiBaseUrl()): string {
  if (!base && typeof window !== 'undefined') {
    const { protocol, host } = window.location
    return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql/ws`
  }
  return `${base.replace(/^http/, 'ws')}/graphql/ws`
}
