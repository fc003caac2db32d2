// A new post, in the cohort or the whole network; a consultation request asks the group for
// advice on a case. Written offline, it waits in the queue and is published once.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PostKind } from '../gql/graphql'
import { useNav } from '../navigation'
import { useApp } from '../state/AppContext'
import { Button, Choice, Field, Muted, Notice, SwitchRow } from '../ui/components'
import { Screen, Section } from '../ui/Screen'

const KINDS: readonly PostKind[] = ['EXPERIENCE', 'QUESTION', 'CONSULTATION_REQUEST', 'IDEA', 'EVENT', 'RESOURCE']

export function NewPost() {
  const { t } = useTranslation()
  const { enqueue, cohortId, online, announce } = useApp()
  const { back } = useNav()
  const [kind, setKind] = useState<PostKind>('EXPERIENCE')
  const [where, setWhere] = useState<'cohort' | 'network'>(cohortId ? 'cohort' : 'network')
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [tags, setTags] = useState('')
  const [caseText, setCase] = useState('')
  const [question, setQuestion] = useState('')
  const [shareable, setShareable] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const consultation = kind === 'CONSULTATION_REQUEST'

  const submit = async () => {
    const e: Record<string, string> = {}
    if (!title.trim()) e.title = t('form.required')
    if (!body.trim()) e.body = t('form.required')
    if (consultation && !caseText.trim()) e.case = t('form.required')
    if (consultation && !question.trim()) e.question = t('form.required')
    setErrors(e)
    if (Object.keys(e).length) return
    await enqueue('createPost', {
      input: {
        cohortId: where === 'cohort' ? cohortId : null,
        kind,
        title: title.trim(),
        body: body.trim(),
        tags: tags
          .split(',')
          .map((s) => s.trim().replace(/^#/, ''))
          .filter(Boolean),
        consultation: consultation ? { case: caseText.trim(), question: question.trim(), shareable } : null,
      },
    })
    announce(online ? t('mobile.community.sending') : t('mobile.community.queued'))
    back()
  }

  return (
    <Screen title={t('community.newPost')}>
      <Muted>{t('community.newLead')}</Muted>
      {!online ? <Notice tone="warning">{t('mobile.community.offlineHint')}</Notice> : null}
      <Choice label={t('community.kind')} options={KINDS} value={kind} onChange={setKind} labelOf={(k) => t(`enums.PostKind.${k}`)} />
      {cohortId ? (
        <Choice
          label={t('community.where')}
          options={['cohort', 'network'] as const}
          value={where}
          onChange={setWhere}
          labelOf={(w) => (w === 'cohort' ? t('mobile.community.myCohort') : t('community.network'))}
        />
      ) : null}
      <Muted>{t('community.whereHint')}</Muted>
      <Field label={t('community.fieldTitle')} value={title} onChangeText={setTitle} error={errors.title} maxLength={200} testID="post-title" />
      <Field label={t('community.body')} hint={t('community.markdownHint')} value={body} onChangeText={setBody} multiline error={errors.body} maxLength={20000} testID="post-body" />
      <Field label={t('mobile.community.tags')} hint={t('mobile.community.tagsHint')} value={tags} onChangeText={setTags} autoCapitalize="none" optional={t('mobile.optional')} />
      {consultation ? (
        <Section title={t('community.consultation')}>
          <Muted>{t('community.consultationHint')}</Muted>
          <Field label={t('community.case')} value={caseText} onChangeText={setCase} multiline error={errors.case} maxLength={4000} />
          <Field label={t('community.question')} value={question} onChangeText={setQuestion} multiline error={errors.question} maxLength={2000} />
          <SwitchRow label={t('community.shareable')} hint={t('community.shareableHint')} value={shareable} onChange={setShareable} />
        </Section>
      ) : null}
      <Button label={t('community.publish')} onPress={() => void submit()} testID="publish" />
    </Screen>
  )
}
