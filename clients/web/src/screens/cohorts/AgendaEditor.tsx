import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useAnnounce } from '../../components/Announcer'
import { Empty, Loading, QueryError } from '../../components/Status'
import { groupByDay, locate, moveInAgenda, sameTarget, stepTarget, type AgendaDay, type Step, type Target } from '../../lib/agenda'
import { formatDay } from '../../lib/datetime'
import { useCohort } from './CohortPage'
import type { AgendaSession } from './agendaQuery'
import { useLiveAgenda } from './useLiveAgenda'
import { SessionTime } from './SessionTime'
import { MoveDialog } from './MoveDialog'
import { EditSessionDialog, RemoveSessionDialog, ScheduleSessionDialog } from './SessionDialogs'

type Days = AgendaDay<AgendaSession>[]

const KEY_STEPS: Record<string, Step> = { ArrowUp: 'up', ArrowDown: 'down', PageUp: 'prevDay', PageDown: 'nextDay' }

export function AgendaEditor() {
  const { t, i18n } = useTranslation()
  const announce = useAnnounce()
  const { cohort, canManage } = useCohort()
  // Co-facilitators editing at the same time see each other's moves.
  const { data, fetching, error, reexecute, sessions, moved } = useLiveAgenda(cohort.id)
  const [picked, setPicked] = useState<{ id: string; target: Target } | null>(null)
  const [drag, setDrag] = useState<{ id: string; target: Target | null } | null>(null)
  const [moving, setMoving] = useState<{ session: AgendaSession; target: Target } | null>(null)
  const [editing, setEditing] = useState<AgendaSession | null>(null)
  const [removing, setRemoving] = useState<AgendaSession | null>(null)
  const [scheduling, setScheduling] = useState<{ day: string } | null>(null)
  const handles = useRef(new Map<string, HTMLButtonElement>())

  // A picked-up session moves to another list as it travels; keep the keyboard focus on it.
  useEffect(() => {
    if (picked) handles.current.get(picked.id)?.focus()
  }, [picked])

  if (!canManage) return <p>{t('common.forbidden')}</p>
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />

  const days: Days = groupByDay(sessions)
  const shown: Days = picked ? moveInAgenda(days, picked.id, picked.target) : days
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  const sessionById = (id: string) => days.flatMap((d) => d.sessions).find((s) => s.id === id)
  const dayLabel = (day: string) => formatDay(day, i18n.language)
  const describe = (target: Target) => {
    const day = shown.find((d) => d.day === target.day)
    return t('editor.placeAnnounce', { n: target.position + 1, count: day?.sessions.length ?? 1, day: dayLabel(target.day) })
  }

  const openMove = (id: string, target: Target) => {
    const session = sessionById(id)
    if (!session) return
    if (sameTarget(locate(days, id), target)) {
      announce(t('editor.unchanged'))
      return
    }
    setMoving({ session, target })
  }

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>, s: AgendaSession) => {
    if (!picked || picked.id !== s.id) {
      if (e.key === ' ' || e.key === 'Enter') {
        e.preventDefault()
        const target = locate(days, s.id)
        if (!target) return
        setPicked({ id: s.id, target })
        announce(t('editor.pickedUp', { title: s.title }) + ' ' + describe(target))
      }
      return
    }
    const step = KEY_STEPS[e.key]
    if (step) {
      e.preventDefault()
      const target = stepTarget(days, s.id, picked.target, step)
      setPicked({ id: s.id, target })
      announce(describe(target))
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault()
      setPicked(null)
      openMove(s.id, picked.target)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      setPicked(null)
      announce(t('editor.cancelled'))
    }
  }

  // Mouse and touch-pad: drop before or after the session under the pointer.
  const dropTargetOver = (e: DragEvent, day: string, session: AgendaSession | null) => {
    if (!drag) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'move'
    const list = (days.find((d) => d.day === day)?.sessions ?? []).filter((x) => x.id !== drag.id)
    let position = list.length
    if (session && session.id !== drag.id) {
      const rect = (e.currentTarget as HTMLElement).getBoundingClientRect()
      const index = list.findIndex((x) => x.id === session.id)
      position = index + (e.clientY > rect.top + rect.height / 2 ? 1 : 0)
    } else if (session) {
      return
    }
    if (!sameTarget(drag.target, { day, position })) setDrag({ id: drag.id, target: { day, position } })
  }
  const drop = (e: DragEvent) => {
    e.preventDefault()
    if (drag?.target) openMove(drag.id, drag.target)
    setDrag(null)
  }
  const dropIndex = (day: string) => (drag?.target && drag.target.day === day ? drag.target.position : -1)

  return (
    <section aria-labelledby="editor-title" className="agenda-editor">
      <div className="section-head">
        <h2 id="editor-title">{t('editor.title')}</h2>
        <button type="button" className="button button--primary" onClick={() => setScheduling({ day: '' })}>
          {t('editor.addDay')}
        </button>
      </div>
      <details className="help">
        <summary>{t('editor.helpSummary')}</summary>
        <p id="editor-keys">{t('editor.help')}</p>
      </details>
      {days.length === 0 && <Empty>{t('agenda.emptyEditor')}</Empty>}
      {shown.map((d, dayIndex) => {
        const headingId = `editor-day-${d.day}`
        const withoutDragged = d.sessions.filter((s) => s.id !== drag?.id)
        return (
          <section key={d.day} className="editor-day" aria-labelledby={headingId}>
            <div className="section-head">
              <h3 id={headingId}>
                {t('agenda.dayN', { n: dayIndex + 1 })} · {formatDay(d.day, i18n.language, 'long')}
              </h3>
              <button type="button" className="button" onClick={() => setScheduling({ day: d.day })}>
                {t('editor.addSession')}
                <span className="visually-hidden"> – {dayLabel(d.day)}</span>
              </button>
            </div>
            <ol className={`agenda-list agenda-list--editor${dropIndex(d.day) === withoutDragged.length ? ' drop-end' : ''}`} aria-labelledby={headingId} onDragOver={(e) => dropTargetOver(e, d.day, null)} onDrop={drop}>
              {d.sessions.length === 0 && <li className="agenda-empty">{t('editor.emptyDay')}</li>}
              {d.sessions.map((s) => {
                const isPicked = picked?.id === s.id
                const indexWithout = withoutDragged.findIndex((x) => x.id === s.id)
                return (
                  <li
                    key={s.id}
                    className={`agenda-item agenda-item--${s.status.toLowerCase()}${moved.has(s.id) ? ' agenda-item--moved' : ''}${isPicked ? ' agenda-item--picked' : ''}${drag?.id === s.id ? ' agenda-item--dragging' : ''}${indexWithout >= 0 && dropIndex(d.day) === indexWithout ? ' drop-before' : ''}`}
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', s.id)
                      e.dataTransfer.effectAllowed = 'move'
                      setDrag({ id: s.id, target: null })
                    }}
                    onDragEnd={() => setDrag(null)}
                    onDragOver={(e) => {
                      e.stopPropagation()
                      dropTargetOver(e, d.day, s)
                    }}
                    onDrop={(e) => {
                      e.stopPropagation()
                      drop(e)
                    }}
                    data-session-id={s.id}
                  >
                    <button
                      type="button"
                      className="handle"
                      ref={(el) => {
                        if (el) handles.current.set(s.id, el)
                        else handles.current.delete(s.id)
                      }}
                      aria-label={t('editor.handle', { title: s.title })}
                      aria-describedby="editor-keys"
                      aria-pressed={isPicked}
                      onKeyDown={(e) => onHandleKey(e, s)}
                      onBlur={() => {
                        if (isPicked) {
                          // Leaving the handle puts the session back.
                          window.setTimeout(() => {
                            if (document.activeElement !== handles.current.get(s.id)) setPicked(null)
                          }, 0)
                        }
                      }}
                    >
                      <span aria-hidden="true">⠿</span>
                    </button>
                    <SessionTime startsAt={s.startsAt} endsAt={s.endsAt} />
                    <div className="agenda-body">
                      <h4>{s.title}</h4>
                      <p className="agenda-meta">
                        {s.module && <span className={`kind kind--${s.module.kind.toLowerCase()}`}>{t(`enums.ModuleKind.${s.module.kind}`)}</span>}
                        {s.status !== 'PLANNED' && <span className="badge">{t(`enums.SessionStatus.${s.status}`)}</span>}
                      </p>
                      {s.notes && <p className="agenda-notes">{s.notes}</p>}
                    </div>
                    <div className="agenda-actions">
                      <button type="button" className="button" onClick={() => openMoveDialog(s)}>
                        {t('editor.move')}
                        <span className="visually-hidden">: {s.title}</span>
                      </button>
                      <button type="button" className="button" onClick={() => setEditing(s)}>
                        {t('common.edit')}
                        <span className="visually-hidden">: {s.title}</span>
                      </button>
                      <Link className="button" to={`/cohorts/${cohort.id}/sessions/${s.id}`}>
                        {t('editor.attendance')}
                        <span className="visually-hidden">: {s.title}</span>
                      </Link>
                      <button type="button" className="button button--danger" onClick={() => setRemoving(s)}>
                        {t('common.remove')}
                        <span className="visually-hidden">: {s.title}</span>
                      </button>
                    </div>
                  </li>
                )
              })}
            </ol>
          </section>
        )
      })}
      {moving && (
        <MoveDialog
          session={moving.session}
          initial={moving.target}
          days={days}
          onClose={() => setMoving(null)}
          onMoved={() => {
            setMoving(null)
            refresh()
          }}
        />
      )}
      {editing && <EditSessionDialog session={editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), refresh())} />}
      {removing && <RemoveSessionDialog session={removing} onClose={() => setRemoving(null)} onRemoved={() => (setRemoving(null), refresh())} />}
      {scheduling && <ScheduleSessionDialog cohortId={cohort.id} day={scheduling.day} onClose={() => setScheduling(null)} onScheduled={() => (setScheduling(null), refresh())} />}
    </section>
  )

  function openMoveDialog(s: AgendaSession) {
    const target = locate(days, s.id)
    if (target) setMoving({ session: s, target })
  }
}
