import { useCallback, useEffect, useRef, useState } from 'react'
import { useQuery, useSubscription } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAnnounce } from '../../components/Announcer'
import { useRefetchOnLiveConnect } from '../../api/auth'
import { CohortAgendaDocument, type AgendaSession } from './agendaQuery'

const AgendaChangedDocument = graphql(`
  subscription AgendaChanged($cohortId: ID!) {
    agendaChanged(cohortId: $cohortId) {
      ...AgendaSession
    }
  }
`)

/** Sessions whose day or place differs between two versions of the agenda. */
export function movedSessions(before: readonly AgendaSession[], after: readonly AgendaSession[]): Set<string> {
  const was = new Map(before.map((s) => [s.id, `${s.day}/${s.position}`]))
  return new Set(after.filter((s) => was.get(s.id) !== `${s.day}/${s.position}`).map((s) => s.id))
}

/** A cohort's agenda that follows every change the service pushes (`agendaChanged` returns the
 * whole ordered agenda), with the sessions that just moved, for a moment, to highlight. */
export function useLiveAgenda(cohortId: string) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const [result, reexecute] = useQuery({ query: CohortAgendaDocument, variables: { id: cohortId } })
  const [pushed, setPushed] = useState<readonly AgendaSession[] | null>(null)
  const [moved, setMoved] = useState<Set<string>>(new Set())
  const current = useRef<readonly AgendaSession[]>([])
  const queried = result.data?.cohort?.sessions
  useRefetchOnLiveConnect(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]))

  // A fresh query result is at least as new as what was pushed before it.
  useEffect(() => setPushed(null), [queried])

  const [live] = useSubscription({ query: AgendaChangedDocument, variables: { cohortId } }, (_, event) => {
    const next = event.agendaChanged
    setMoved(movedSessions(current.current, next))
    setPushed(next)
    announce(t('agenda.changedLive'))
    return event
  })

  useEffect(() => {
    if (moved.size === 0) return
    const id = window.setTimeout(() => setMoved(new Set()), 6000)
    return () => window.clearTimeout(id)
  }, [moved])

  const sessions = pushed ?? queried ?? []
  current.current = sessions
  return { ...result, sessions, moved, live: !live.error, reexecute }
}
