import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { Form, SelectField, TextField } from '../../components/Form'
import { locate, sameTarget, type AgendaDay, type Target } from '../../lib/agenda'
import { formatDay } from '../../lib/datetime'
import type { AgendaSession } from './agendaQuery'

const MoveSessionDocument = graphql(`
  mutation MoveSession($input: MoveSessionInput!) {
    moveSession(input: $input) {
      id
      day
      position
      startsAt
      endsAt
    }
  }
`)

const OTHER_DAY = 'other'

interface Props {
  session: AgendaSession
  initial: Target
  days: AgendaDay<AgendaSession>[]
  onClose(): void
  onMoved(): void
}

/** Where to, and why: every move of a session goes through here, whether it started with the
 * keyboard, a drag or the "Move…" button. */
export function MoveDialog({ session, initial, days, onClose, onMoved }: Props) {
  const { t, i18n } = useTranslation()
  const knownDays = days.map((d) => d.day)
  const [daySelect, setDaySelect] = useState(knownDays.includes(initial.day) ? initial.day : OTHER_DAY)
  const [otherDay, setOtherDay] = useState(knownDays.includes(initial.day) ? '' : initial.day)
  const [position, setPosition] = useState(String(initial.position))
  const [reason, setReason] = useState('')
  const [localError, setLocalError] = useState<string | null>(null)
  const { run, busy, error } = useAction(MoveSessionDocument)

  const day = daySelect === OTHER_DAY ? otherDay : daySelect
  const others = (days.find((d) => d.day === day)?.sessions ?? []).filter((s) => s.id !== session.id)
  const positionOptions = [
    ...others.map((s, i) => ({ value: String(i), label: t('move.before', { n: i + 1, title: s.title }) })),
    { value: String(others.length), label: others.length ? t('move.atEnd', { n: others.length + 1 }) : t('move.only') },
  ]
  const current = locate(days, session.id)

  const submit = async () => {
    if (!day) {
      setLocalError(t('move.dayMissing'))
      return
    }
    const target = { day, position: Math.min(Number(position), others.length) }
    if (sameTarget(current, target)) {
      setLocalError(t('move.samePlace'))
      return
    }
    setLocalError(null)
    const data = await run({ input: { sessionId: session.id, day: target.day, position: target.position, reason: reason.trim() || null } }, t('move.done', { title: session.title, day: formatDay(target.day, i18n.language), n: target.position + 1 }))
    if (data) onMoved()
  }

  return (
    <Dialog title={t('move.title', { title: session.title })} open onClose={onClose}>
      {current && <p className="muted">{t('move.from', { day: formatDay(current.day, i18n.language), n: current.position + 1 })}</p>}
      <Form
        onSubmit={submit}
        busy={busy}
        submitLabel={t('move.submit')}
        busyLabel={t('move.busy')}
        error={error ?? (localError ? { message: localError, code: null, fields: {} } : null)}
        secondary={
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        }
      >
        <SelectField
          label={t('move.day')}
          value={daySelect}
          onChange={(v) => {
            setDaySelect(v)
            setPosition('0')
          }}
          options={[...knownDays.map((d) => ({ value: d, label: formatDay(d, i18n.language, 'long') })), { value: OTHER_DAY, label: t('move.otherDay') }]}
          error={error?.fields.day}
        />
        {daySelect === OTHER_DAY && <TextField label={t('move.date')} type="date" value={otherDay} onChange={setOtherDay} required error={error?.fields.day} />}
        <SelectField label={t('move.position')} value={String(Math.min(Number(position), others.length))} onChange={setPosition} options={positionOptions} error={error?.fields.position} />
        <TextField label={t('move.reason')} hint={t('move.reasonHint')} value={reason} onChange={setReason} multiline rows={3} error={error?.fields.reason} />
      </Form>
    </Dialog>
  )
}
