import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { SessionStatus } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { Form, SelectField, TextField } from '../../components/Form'
import { berlinToUtcIso, utcToBerlin } from '../../lib/datetime'
import { useDebounced } from '../../lib/useDebounced'
import type { AgendaSession } from './agendaQuery'
import { SESSION_STATUSES, enumOptions } from './labels'

const UpdateSessionDocument = graphql(`
  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
    updateSession(id: $id, input: $input) {
      id
      title
      startsAt
      endsAt
      status
      notes
    }
  }
`)

const RemoveSessionDocument = graphql(`
  mutation RemoveSession($id: ID!) {
    removeSession(id: $id)
  }
`)

const ScheduleSessionDocument = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      id
      day
      position
    }
  }
`)

const ModuleChoicesDocument = graphql(`
  query ModuleChoices($search: String) {
    modules(first: 50, search: $search) {
      totalCount
      edges {
        node {
          id
          title
          kind
          durationMinutes
        }
      }
    }
  }
`)

/** A Berlin time of day on the session's day, as the API's instant; empty stays unset. */
function instant(day: string, time: string): string | null {
  return time ? berlinToUtcIso(day, time) : null
}

/** "09:15" plus minutes, for a default end time. */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number)
  const total = (h * 60 + m + minutes) % (24 * 60)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

const cancelButton = (onClose: () => void, label: string) => (
  <button type="button" className="button" onClick={onClose}>
    {label}
  </button>
)

export function EditSessionDialog({ session, onClose, onSaved }: { session: AgendaSession; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(session.title)
  const [start, setStart] = useState(session.startsAt ? utcToBerlin(session.startsAt).time : '')
  const [end, setEnd] = useState(session.endsAt ? utcToBerlin(session.endsAt).time : '')
  const [status, setStatus] = useState<SessionStatus>(session.status)
  const [notes, setNotes] = useState(session.notes ?? '')
  const { run, busy, error } = useAction(UpdateSessionDocument)
  const submit = async () => {
    const input = {
      title: title.trim(),
      status,
      notes: notes.trim(),
      ...(start ? { startsAt: instant(session.day, start) } : {}),
      ...(end ? { endsAt: instant(session.day, end) } : {}),
    }
    if (await run({ id: session.id, input }, t('common.savedMessage'))) onSaved()
  }
  const f = error?.fields ?? {}
  return (
    <Dialog title={t('sessionForm.editTitle', { title: session.title })} open onClose={onClose}>
      <Form onSubmit={submit} busy={busy} submitLabel={t('common.save')} error={error} secondary={cancelButton(onClose, t('common.cancel'))}>
        <TextField label={t('sessionForm.title')} value={title} onChange={setTitle} required error={f.title} />
        <div className="field-row">
          <TextField label={t('sessionForm.start')} type="time" value={start} onChange={setStart} error={f.startsAt} hint={t('sessionForm.timeHint')} />
          <TextField label={t('sessionForm.end')} type="time" value={end} onChange={setEnd} error={f.endsAt} />
        </div>
        <SelectField label={t('sessionForm.status')} value={status} onChange={setStatus} options={enumOptions(t, 'SessionStatus', SESSION_STATUSES)} error={f.status} />
        <TextField label={t('sessionForm.notes')} hint={t('sessionForm.notesHint')} value={notes} onChange={setNotes} multiline rows={3} error={f.notes} />
      </Form>
    </Dialog>
  )
}

export function RemoveSessionDialog({ session, onClose, onRemoved }: { session: AgendaSession; onClose(): void; onRemoved(): void }) {
  const { t } = useTranslation()
  const { run, busy, error } = useAction(RemoveSessionDocument)
  const submit = async () => {
    if (await run({ id: session.id }, t('sessionForm.removed', { title: session.title }))) onRemoved()
  }
  return (
    <Dialog title={t('sessionForm.removeTitle', { title: session.title })} open onClose={onClose}>
      <Form onSubmit={submit} busy={busy} submitLabel={t('common.remove')} error={error} secondary={cancelButton(onClose, t('common.cancel'))}>
        <p>{t('sessionForm.removeText')}</p>
      </Form>
    </Dialog>
  )
}

export function ScheduleSessionDialog({ cohortId, day: initialDay, onClose, onScheduled }: { cohortId: string; day: string; onClose(): void; onScheduled(): void }) {
  const { t } = useTranslation()
  const [day, setDay] = useState(initialDay)
  const [search, setSearch] = useState('')
  const debounced = useDebounced(search)
  const [{ data: modules }] = useQuery({ query: ModuleChoicesDocument, variables: { search: debounced || null } })
  const [moduleId, setModuleId] = useState('')
  const [title, setTitle] = useState('')
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const { run, busy, error } = useAction(ScheduleSessionDocument)
  const chosen = modules?.modules.edges.find((e) => e.node.id === moduleId)?.node

  const submit = async () => {
    const endTime = end || (start && chosen?.durationMinutes ? addMinutes(start, chosen.durationMinutes) : '')
    const input = {
      cohortId,
      day,
      moduleId: moduleId || null,
      title: title.trim() || null,
      startsAt: day && start ? instant(day, start) : null,
      endsAt: day && endTime ? instant(day, endTime) : null,
    }
    if (await run({ input }, t('sessionForm.scheduled'))) onScheduled()
  }
  const f = error?.fields ?? {}
  return (
    <Dialog title={initialDay ? t('sessionForm.scheduleTitle') : t('editor.addDay')} open onClose={onClose}>
      <Form onSubmit={submit} busy={busy} submitLabel={t('sessionForm.schedule')} error={error} secondary={cancelButton(onClose, t('common.cancel'))}>
        <TextField label={t('sessionForm.day')} type="date" value={day} onChange={setDay} required error={f.day} />
        <TextField label={t('sessionForm.moduleSearch')} type="search" value={search} onChange={setSearch} />
        <SelectField
          label={t('sessionForm.module')}
          value={moduleId}
          onChange={setModuleId}
          options={[
            { value: '', label: t('sessionForm.noModule') },
            ...(modules?.modules.edges ?? []).map(({ node: m }) => ({
              value: m.id,
              label: `${m.title} (${t(`enums.ModuleKind.${m.kind}`)}${m.durationMinutes ? `, ${t('modules.minutes', { count: m.durationMinutes })}` : ''})`,
            })),
          ]}
          error={f.moduleId}
        />
        <TextField label={t('sessionForm.title')} hint={t('sessionForm.titleHint')} value={title} onChange={setTitle} error={f.title} />
        <div className="field-row">
          <TextField label={t('sessionForm.start')} type="time" value={start} onChange={setStart} error={f.startsAt} hint={t('sessionForm.timeHint')} />
          <TextField label={t('sessionForm.end')} type="time" value={end} onChange={setEnd} error={f.endsAt} hint={chosen?.durationMinutes ? t('sessionForm.endHint') : undefined} />
        </div>
      </Form>
    </Dialog>
  )
}
