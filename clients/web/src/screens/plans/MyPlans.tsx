import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { Form, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDay, todayInBerlin } from '../../lib/datetime'
import { PlanCard } from './PlanCard'
import { PlanForm, type PlanValues } from './PlanForm'

const MyPlansDocument = graphql(`
  query MyPlans($first: Int, $after: String) {
    me {
      id
      plans(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PlanCard
          }
        }
      }
      multiplierActivities {
        id
        title
        happenedOn
        peopleReached
        notes
        cohort {
          id
          title
        }
      }
    }
  }
`)

const CreatePlanDocument = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
    }
  }
`)

const RecordMultiplierActivityDocument = graphql(`
  mutation RecordMultiplierActivity($input: MultiplierActivityInput!) {
    recordMultiplierActivity(input: $input) {
      id
    }
  }
`)

const newPlan: PlanValues = { title: '', description: '', scale: 'SMALL', visibility: 'COHORT', targetDate: '', cohortId: '' }

export function MyPlans() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const pager = usePager()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyPlansDocument, variables: { first: PAGE_SIZE, after: pager.after } })
  const [creating, setCreating] = useState(false)
  const create = useAction(CreatePlanDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  const conn = data?.me?.plans
  const activities = data?.me?.multiplierActivities ?? []
  const reached = activities.reduce((n, a) => n + a.peopleReached, 0)

  const submit = async (v: PlanValues) => {
    const result = await create.run(
      {
        input: {
          title: v.title.trim(),
          description: v.description.trim() || null,
          scale: v.scale,
          visibility: v.visibility,
          targetDate: v.targetDate || null,
          cohortId: v.cohortId || null,
        },
      },
      t('plans.created'),
    )
    if (result) navigate(`/plans/${result.createPlan.id}`)
  }

  return (
    <>
      <PageHeader title={t('plans.title')} lead={t('plans.lead')}>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('plans.create')}
        </button>
      </PageHeader>
      {fetching && !data && <Loading />}
      {error && !data && <QueryError error={error} retry={refresh} />}
      {conn && conn.edges.length === 0 && <Empty>{t('plans.empty')}</Empty>}
      <ul className="card-grid">
        {conn?.edges.map(({ node }) => (
          <PlanCard key={node.id} plan={node} />
        ))}
      </ul>
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('plans.pages')} />}

      <section aria-labelledby="multiplier-title" className="columns columns--wide">
        <div>
          <h2 id="multiplier-title">{t('multiplier.title')}</h2>
          <p className="lead">{t('multiplier.summary', { count: activities.length, reached })}</p>
          {activities.length === 0 ? (
            <Empty>{t('multiplier.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('multiplier.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('multiplier.what')}</th>
                    <th scope="col">{t('multiplier.when')}</th>
                    <th scope="col" className="num">
                      {t('multiplier.reached')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {activities.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        {a.title}
                        {a.notes && <p className="small muted">{a.notes}</p>}
                      </th>
                      <td>{formatDay(a.happenedOn, i18n.language, 'numeric')}</td>
                      <td className="num">{a.peopleReached}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <div className="card">
          <h3>{t('multiplier.record')}</h3>
          <MultiplierForm onSaved={refresh} />
        </div>
      </section>

      <Dialog title={t('plans.create')} open={creating} onClose={() => setCreating(false)}>
        <PlanForm initial={newPlan} busy={create.busy} error={create.error} submitLabel={t('plans.createSubmit')} onSubmit={submit} withCohort />
      </Dialog>
    </>
  )
}

function MultiplierForm({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [happenedOn, setHappenedOn] = useState(todayInBerlin())
  const [peopleReached, setPeopleReached] = useState('')
  const [notes, setNotes] = useState('')
  const { run, busy, error } = useAction(RecordMultiplierActivityDocument)
  const submit = async () => {
    const ok = await run(
      { input: { title: title.trim(), happenedOn, peopleReached: Number(peopleReached || 0), notes: notes.trim() || null } },
      t('multiplier.recorded'),
    )
    if (!ok) return
    setTitle('')
    setPeopleReached('')
    setNotes('')
    onSaved()
  }
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('multiplier.submit')} error={error}>
      <TextField label={t('multiplier.what')} hint={t('multiplier.whatHint')} value={title} onChange={setTitle} required error={f.title} />
      <div className="field-row">
        <TextField label={t('multiplier.when')} type="date" value={happenedOn} onChange={setHappenedOn} required error={f.happenedOn} />
        <TextField label={t('multiplier.reached')} type="number" inputMode="numeric" min={0} value={peopleReached} onChange={setPeopleReached} required error={f.peopleReached} />
      </div>
      <TextField label={t('multiplier.notes')} value={notes} onChange={setNotes} multiline rows={2} error={f.notes} />
    </Form>
  )
}
