import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { PostKind } from '../../gql/graphql'
import { isStaff, useMe } from '../../api/auth'
import type { AppError } from '../../api/errors'
import { CheckboxField, Form, SelectField, TextField } from '../../components/Form'
import { enumOptions } from '../cohorts/labels'
import { parseTags } from '../admin/Modules'
import { POST_KINDS } from './communityQueries'

const PostCohortsDocument = graphql(`
  query PostCohorts {
    me {
      id
      enrollments {
        id
        status
        cohort {
          id
          title
        }
      }
    }
  }
`)

export interface PostValues {
  kind: PostKind
  cohortId: string
  title: string
  body: string
  tags: string
  case: string
  question: string
  shareable: boolean
}

export const emptyPost: PostValues = { kind: 'EXPERIENCE', cohortId: '', title: '', body: '', tags: '', case: '', question: '', shareable: false }

export function postInput(v: PostValues) {
  return {
    kind: v.kind,
    cohortId: v.cohortId || null,
    title: v.title.trim(),
    body: v.body.trim(),
    tags: parseTags(v.tags),
    consultation: v.kind === 'CONSULTATION_REQUEST' ? { case: v.case.trim(), question: v.question.trim(), shareable: v.shareable } : null,
  }
}

/** Writing a post; `editing` leaves out what cannot change afterwards (kind, place, consultation). */
export function PostForm({ initial, busy, error, submitLabel, onSubmit, editing = false }: { initial: PostValues; busy: boolean; error: AppError | null; submitLabel: string; onSubmit(v: PostValues): void; editing?: boolean }) {
  const { t } = useTranslation()
  const me = useMe()
  const [v, setV] = useState(initial)
  const set = <K extends keyof PostValues>(k: K) => (value: PostValues[K]) => setV((old) => ({ ...old, [k]: value }))
  const [{ data }] = useQuery({ query: PostCohortsDocument, pause: editing })
  const cohorts = (data?.me?.enrollments ?? []).filter((e) => e.status !== 'WITHDRAWN').map((e) => e.cohort)
  const kinds = POST_KINDS.filter((k) => k !== 'ANNOUNCEMENT' || isStaff(me))
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={() => onSubmit(v)} busy={busy} submitLabel={submitLabel} busyLabel={t('community.publishing')} error={error}>
      {!editing && (
        <div className="field-row">
          <SelectField label={t('community.kind')} value={v.kind} onChange={set('kind')} options={enumOptions(t, 'PostKind', kinds)} error={f.kind} />
          <SelectField
            label={t('community.where')}
            hint={t('community.whereHint')}
            value={v.cohortId}
            onChange={set('cohortId')}
            options={[{ value: '', label: t('community.network') }, ...cohorts.map((c) => ({ value: c.id, label: c.title }))]}
            error={f.cohortId}
          />
        </div>
      )}
      <TextField label={t('community.fieldTitle')} value={v.title} onChange={set('title')} required error={f.title} />
      {!editing && v.kind === 'CONSULTATION_REQUEST' && (
        <fieldset className="field">
          <legend>{t('community.consultation')}</legend>
          <p className="hint">{t('community.consultationHint')}</p>
          <TextField label={t('community.case')} value={v.case} onChange={set('case')} multiline rows={4} required error={f['consultation.case'] ?? f.case} />
          <TextField label={t('community.question')} value={v.question} onChange={set('question')} multiline rows={2} required error={f['consultation.question'] ?? f.question} />
          <CheckboxField label={t('community.shareable')} hint={t('community.shareableHint')} checked={v.shareable} onChange={set('shareable')} />
        </fieldset>
      )}
      <TextField label={t('community.body')} hint={t('community.markdownHint')} value={v.body} onChange={set('body')} multiline rows={8} required error={f.body} />
      <TextField label={t('modules.tags')} hint={t('modules.tagsHint')} value={v.tags} onChange={set('tags')} error={f.tags} />
    </Form>
  )
}
