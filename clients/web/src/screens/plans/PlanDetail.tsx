import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { PlanStatus } from '../../gql/graphql'
import { useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { Form, SelectField, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Loading, QueryError } from '../../components/Status'
import { formatDateTime, formatDay } from '../../lib/datetime'
import { NotFound } from '../NotFound'
import { PLAN_STATUSES, enumOptions } from '../cohorts/labels'
import { PlanForm, type PlanValues } from './PlanForm'

const PlanDetailDocument = graphql(`
  query PlanDetail($id: ID!) {
    plan(id: $id) {
      ...PlanCard
      createdAt
      updates {
        id
        status
        note
        createdAt
        author {
          id
          displayName
        }
        followUp {
          id
          title
        }
      }
    }
  }
`)

const AddPlanUpdateDocument = graphql(`
  mutation AddPlanUpdate($input: PlanUpdateInput!) {
    addPlanUpdate(input: $input) {
      id
      status
      plan {
        id
        status
      }
    }
  }
`)

const UpdatePlanDocument = graphql(`
  mutation UpdatePlan($id: ID!, $input: UpdatePlanInput!) {
    updatePlan(id: $id, input: $input) {
      ...PlanCard
    }
  }
`)

export function PlanDetail() {
  const { planId = '' } = useParams()
  const { t, i18n } = useTranslation()
  const me = useMe()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlanDetailDocument, variables: { id: planId } })
  const [editing, setEditing] = useState(false)
  const update = useAction(UpdatePlanDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  if (fetching && !data) return <Loading />
  if (error && !data?.plan) {
    if (error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotFound />
    return <QueryError error={error} retry={refresh} />
  }
  const plan = data?.plan
  if (!plan) return <NotFound />
  const mine = plan.owner.id === me.id

  const save = async (v: PlanValues) => {
    const ok = await update.run(
      { id: plan.id, input: { title: v.title.trim(), description: v.description.trim(), scale: v.scale, visibility: v.visibility, targetDate: v.targetDate || null } },
      t('common.savedMessage'),
    )
    if (ok) setEditing(false)
  }

  return (
    <>
      <p className="breadcrumb">{mine ? <Link to="/plans">{t('plans.title')}</Link> : plan.cohort && <Link to={`/cohorts/${plan.cohort.id}/plans`}>{plan.cohort.title}</Link>}</p>
      <PageHeader
        title={plan.title}
        lead={
          <>
            <span className={`badge badge--plan-${plan.status.toLowerCase()}`}>{t(`enums.PlanStatus.${plan.status}`)}</span> {t(`enums.PlanScale.${plan.scale}`)} ·{' '}
            {t(`enums.Visibility.${plan.visibility}`)}
            {plan.targetDate && ` · ${t('plans.until', { date: formatDay(plan.targetDate, i18n.language, 'numeric') })}`}
          </>
        }
      >
        {mine && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        )}
      </PageHeader>
      <div className="columns">
        <section className="card" aria-labelledby="plan-about">
          <h2 id="plan-about">{t('plans.about')}</h2>
          {!mine && <p>{t('plans.by', { name: plan.owner.displayName })}</p>}
          {plan.description ? <p className="pre">{plan.description}</p> : <p className="muted">{t('plans.noDescription')}</p>}
          {plan.cohort && <p className="small muted">{plan.cohort.title}</p>}
          <h3>{t('plans.history')}</h3>
          <ol className="timeline">
            {plan.updates.map((u) => (
              <li key={u.id}>
                <p>
                  <strong>{t(`enums.PlanStatus.${u.status}`)}</strong>
                  {u.followUp && <span className="muted"> · {u.followUp.title}</span>}
                </p>
                {u.note && <p>{u.note}</p>}
                <p className="small muted">
                  {u.author.displayName} · {formatDateTime(u.createdAt, i18n.language)}
                </p>
              </li>
            ))}
          </ol>
        </section>
        {mine && (
          <section className="card" aria-labelledby="plan-step">
            <h2 id="plan-step">{t('plans.recordStep')}</h2>
            <StepForm planId={plan.id} status={plan.status} onSaved={refresh} />
          </section>
        )}
      </div>
      {editing && (
        <Dialog title={t('plans.editTitle')} open onClose={() => setEditing(false)}>
          <PlanForm
            initial={{ title: plan.title, description: plan.description ?? '', scale: plan.scale, visibility: plan.visibility, targetDate: plan.targetDate ?? '', cohortId: plan.cohort?.id ?? '' }}
            busy={update.busy}
            error={update.error}
            submitLabel={t('common.save')}
            onSubmit={save}
            withCohort={false}
          />
        </Dialog>
      )}
    </>
  )
}

function StepForm({ planId, status: current, onSaved }: { planId: string; status: PlanStatus; onSaved(): void }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<PlanStatus>(current === 'IDEA' ? 'IN_PROGRESS' : current)
  const [note, setNote] = useState('')
  const { run, busy, error } = useAction(AddPlanUpdateDocument)
  const submit = async () => {
    if (await run({ input: { planId, status, note: note.trim() || null } }, t('plans.stepRecorded'))) {
      setNote('')
      onSaved()
    }
  }
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('plans.stepSubmit')} error={error}>
      <SelectField label={t('plans.status')} value={status} onChange={setStatus} options={enumOptions(t, 'PlanStatus', PLAN_STATUSES)} error={error?.fields.status} />
      <TextField label={t('plans.note')} hint={t('plans.noteHint')} value={note} onChange={setNote} multiline rows={3} error={error?.fields.note} />
    </Form>
  )
}
