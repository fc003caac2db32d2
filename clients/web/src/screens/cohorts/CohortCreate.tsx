import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAction } from '../../api/useAction'
import { PageHeader } from '../../components/Page'
import { CohortForm, emptyCohort, parseCapacity, type CohortValues } from './CohortForm'

const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      title
    }
  }
`)

export function CohortCreate() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { run, busy, error } = useAction(CreateCohortDocument)
  const submit = async (v: CohortValues) => {
    const data = await run(
      {
        input: {
          title: v.title.trim(),
          programme: v.programme.trim() || null,
          description: v.description.trim() || null,
          startsOn: v.startsOn || null,
          endsOn: v.endsOn || null,
          location: v.location.trim() || null,
          capacity: parseCapacity(v.capacity),
          municipalityIds: v.municipalities.map((m) => m.id),
        },
      },
      t('cohorts.created'),
    )
    if (data) navigate(`/cohorts/${data.createCohort.id}/settings`)
  }
  return (
    <>
      <PageHeader title={t('cohorts.createTitle')} lead={t('cohorts.createLead')} />
      <div className="card narrow">
        <CohortForm initial={emptyCohort} mode="create" busy={busy} error={error} onSubmit={submit} />
      </div>
    </>
  )
}
