import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Form } from '../../components/Form'
import { PersonPicker, type PickedPerson } from '../../components/Pickers'
import { CohortForm, parseCapacity, type CohortValues } from './CohortForm'
import { useCohort } from './CohortPage'

const UpdateCohortDocument = graphql(`
  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {
    updateCohort(id: $id, input: $input) {
      id
      title
      description
      status
      startsOn
      endsOn
      location
      capacity
      municipalities {
        id
        name
      }
    }
  }
`)

const AssignFacilitatorDocument = graphql(`
  mutation AssignFacilitator($cohortId: ID!, $personId: ID!) {
    assignFacilitator(cohortId: $cohortId, personId: $personId) {
      id
      facilitators {
        id
        displayName
        pronouns
      }
    }
  }
`)

export function CohortSettings() {
  const { t } = useTranslation()
  const me = useMe()
  const { cohort, canManage } = useCohort()
  const update = useAction(UpdateCohortDocument)
  if (!canManage) return <p>{t('common.forbidden')}</p>
  const initial: CohortValues = {
    title: cohort.title,
    programme: cohort.programme,
    description: cohort.description ?? '',
    status: cohort.status,
    startsOn: cohort.startsOn ?? '',
    endsOn: cohort.endsOn ?? '',
    location: cohort.location ?? '',
    capacity: cohort.capacity?.toString() ?? '',
    municipalities: cohort.municipalities,
  }
  const submit = (v: CohortValues) =>
    update.run(
      {
        id: cohort.id,
        input: {
          title: v.title.trim(),
          description: v.description.trim(),
          status: v.status,
          startsOn: v.startsOn || null,
          endsOn: v.endsOn || null,
          location: v.location.trim(),
          capacity: parseCapacity(v.capacity),
          municipalityIds: v.municipalities.map((m) => m.id),
        },
      },
      t('common.savedMessage'),
    )
  return (
    <div className="columns">
      <section className="card" aria-labelledby="settings-details">
        <h2 id="settings-details">{t('settings.details')}</h2>
        <CohortForm initial={initial} mode="update" busy={update.busy} error={update.error} onSubmit={submit} />
      </section>
      {me.role === 'ADMIN' && (
        <section className="card" aria-labelledby="settings-facilitators">
          <h2 id="settings-facilitators">{t('settings.facilitators')}</h2>
          <ul>
            {cohort.facilitators.map((f) => (
              <li key={f.id}>{f.displayName}</li>
            ))}
          </ul>
          <AssignFacilitator cohortId={cohort.id} />
        </section>
      )}
    </div>
  )
}

function AssignFacilitator({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation()
  const [person, setPerson] = useState<PickedPerson | null>(null)
  const { run, busy, error } = useAction(AssignFacilitatorDocument)
  const submit = async () => {
    if (!person) return
    if (await run({ cohortId, personId: person.id }, t('settings.assigned', { name: person.displayName }))) setPerson(null)
  }
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('settings.assign')} error={error}>
      <PersonPicker label={t('settings.addFacilitator')} value={person} onChange={setPerson} roles={['FACILITATOR', 'ADMIN']} error={error?.fields.personId} />
    </Form>
  )
}
