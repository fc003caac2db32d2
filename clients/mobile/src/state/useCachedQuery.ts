// A query whose last result is kept on the device: the screen shows it at once (also offline, also
// after a restart), asks the service, and shows when the data was last synced.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { readSnapshot, writeSnapshot } from '../offline/snapshots'
import { printDocument } from '../api/transport'
import { useApp } from './AppContext'

export interface CachedQuery<R> {
  data: R | undefined
  /** When `data` came from the service (ms), or undefined before the first sync. */
  syncedAt: number | undefined
  /** The last attempt failed (offline or refused); `data` is from the last sync. */
  error: unknown
  loading: boolean
  refetch: () => Promise<void>
  /** Replaces the data (from a subscription or a mutation's answer) and keeps it. */
  update: (fn: (prev: R | undefined) => R | undefined) => void
}

export function useCachedQuery<R, V>(
  name: string | null,
  doc: TypedDocumentNode<R, V>,
  variables: V,
  opts: { pollMs?: number } = {},
): CachedQuery<R> {
  const { api, personId, onReconnect } = useApp()
  const [state, setState] = useState<{ data?: R; syncedAt?: number; error: unknown; loading: boolean }>({ error: null, loading: true })
  const varsKey = JSON.stringify(variables)
  const current = useRef({ name, personId, varsKey })
  current.current = { name, personId, varsKey }
  const fresh = useRef(false)
  /** Counts `update` calls (pushed data), to tell an answer that may predate a push. */
  const pushes = useRef(0)

  const refetch = useCallback(async () => {
    if (!name || !personId) return
    const asked = `${personId}/${name}/${varsKey}`
    setState((s) => ({ ...s, loading: true }))
    try {
      let data: R
      for (let tries = 1; ; tries++) {
        const before = pushes.current
        data = await api.request(doc, JSON.parse(varsKey) as V)
        // Data pushed while the request was under way may be newer than this answer (e.g. a
        // round opened just after the service read the list): ask once more rather than drop it.
        if (pushes.current === before || tries >= 3) break
      }
      if (`${current.current.personId}/${current.current.name}/${current.current.varsKey}` !== asked) return
      fresh.current = true
      const syncedAt = Date.now()
      setState({ data, syncedAt, error: null, loading: false })
      void writeSnapshot(personId, name, data, syncedAt)
    } catch (error) {
      setState((s) => ({ ...s, error, loading: false }))
    }
  }, [api, doc, name, personId, varsKey])

  useEffect(() => {
    fresh.current = false
    setState({ error: null, loading: true })
    if (!name || !personId) return
    let alive = true
    void readSnapshot<R>(personId, name).then((snap) => {
      if (alive && snap && !fresh.current) setState((s) => ({ ...s, data: snap.data, syncedAt: snap.syncedAt }))
    })
    void refetch()
    return () => {
      alive = false
    }
  }, [name, personId, refetch])

  useEffect(() => onReconnect(() => void refetch()), [onReconnect, refetch])

  useEffect(() => {
    if (!opts.pollMs) return
    const id = setInterval(() => void refetch(), opts.pollMs)
    return () => clearInterval(id)
  }, [opts.pollMs, refetch])

  const update = useCallback(
    (fn: (prev: R | undefined) => R | undefined) => {
      pushes.current++
      setState((s) => {
        const data = fn(s.data)
        const syncedAt = Date.now()
        if (data !== undefined && name && personId) void writeSnapshot(personId, name, data, syncedAt)
        return { ...s, data, syncedAt }
      })
    },
    [name, personId],
  )

  return { data: state.data, syncedAt: state.syncedAt, error: state.error, loading: state.loading, refetch, update }
}

/** A subscription over the socket; `onConnected` runs on every (re)connection, to refetch. */
export function useSubscription<R, V>(doc: TypedDocumentNode<R, V> | null, variables: V, onData: (data: R) => void, onConnected?: () => void) {
  const { ws, status } = useApp()
  const [live, setLive] = useState(false)
  const handler = useRef(onData)
  handler.current = onData
  const connected = useRef(onConnected)
  connected.current = onConnected
  const varsKey = JSON.stringify(variables)

  useEffect(() => {
    if (!doc || status !== 'signedIn') return
    let first = true
    const offConnected = ws.on('connected', () => {
      setLive(true)
      if (!first) connected.current?.()
      first = false
    })
    const offClosed = ws.on('closed', () => setLive(false))
    const unsubscribe = ws.subscribe<R>(
      { query: printDocument(doc), variables: JSON.parse(varsKey) },
      {
        next: (msg) => {
          if (msg.data) handler.current(msg.data)
        },
        error: () => setLive(false),
        complete: () => undefined,
      },
    )
    return () => {
      offConnected()
      offClosed()
      unsubscribe()
    }
  }, [doc, varsKey, ws, status])

  return { live }
}
