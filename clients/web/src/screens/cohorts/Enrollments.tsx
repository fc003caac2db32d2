import { useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { CohortRole, EnrollmentStatus } from '../../gql/graphql'
import { toAppError } from '../../api/errors'
import { useAction } from '../../api/useAction'
import { useAnnounce } from '../../components/Announcer'
import { CheckboxField, Form, SelectField } from '../../components/Form'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { PersonPicker, type PickedPerson } from '../../components/Pickers'
import { Empty, Loading, QueryError } from '../../components/Status'
import { InviteForm } from '../admin/InviteForm'
import { useCohort } from './CohortPage'
import { COHORT_ROLES, ENROLLMENT_STATUSES, enumOptions } from './labels'

const CohortEnrollmentsDocument = graphql(`
  query CohortEnrollments($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {
    cohort(id: $id) {
      id
      enrollments(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            status
            multiplier
            person {
              id
              displayName
              pronouns
              email
              municipality {
                id
                name
              }
              organisation {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`)

const UpdateEnrollmentDocument = graphql(`
  mutation UpdateEnrollment($id: ID!, $input: UpdateEnrollmentInput!) {
    updateEnrollment(id: $id, input: $input) {
      id
      status
      multiplier
      role
    }
  }
`)

const EnrollDocument = graphql(`
  mutation Enroll($input: EnrollInput!) {
    enroll(input: $input) {
      id
      status
    }
  }
`)

export function Enrollments() {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const { cohort, canManage } = useCohort()
  const [status, setStatus] = useState<EnrollmentStatus | ''>('')
  const pager = usePager(status)
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CohortEnrollmentsDocument,
    variables: { id: cohort.id, first: PAGE_SIZE, after: pager.after, status: status || null },
  })
  const [, update] = useMutation(UpdateEnrollmentDocument)
  const conn = data?.cohort?.enrollments
  const refresh = () => reexecute({ requestPolicy: 'network-only' })

  const change = async (id: string, name: string, input: { status?: EnrollmentStatus; multiplier?: boolean; role?: CohortRole }) => {
    const result = await update({ id, input })
    if (result.error) announce(toAppError(result.error, t('errors.network')).message, true)
    else announce(t('people.updated', { name }))
  }

  return (
    <div className={canManage ? 'columns columns--wide' : ''}>
      <section aria-labelledby="enrollments-title">
        <h2 id="enrollments-title">{t('enrollments.title')}</h2>
        {canManage && (
          <div className="filters">
            <SelectField label={t('enrollments.status')} value={status} onChange={setStatus} options={[{ value: '', label: t('common.all') }, ...enumOptions(t, 'EnrollmentStatus', ENROLLMENT_STATUSES)]} />
          </div>
        )}
        {fetching && !data && <Loading />}
        {error && <QueryError error={error} retry={refresh} />}
        {conn && conn.edges.length === 0 && <Empty>{t('enrollments.empty')}</Empty>}
        {conn && conn.edges.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('enrollments.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.municipalityOrganisation')}</th>
                  <th scope="col">{t('enrollments.role')}</th>
                  <th scope="col">{t('enrollments.status')}</th>
                  <th scope="col">{t('cohort.multiplier')}</th>
                </tr>
              </thead>
              <tbody>
                {conn.edges.map(({ node: e }) => (
                  <tr key={e.id}>
                    <th scope="row">
                      {e.person.displayName}
                      {e.person.pronouns && <span className="muted"> ({e.person.pronouns})</span>}
                      {canManage && e.role === 'PARTICIPANT' && (
                        <>
                          <br />
                          <Link to={`/cohorts/${cohort.id}/influence/${e.person.id}`} className="small">
                            {t('influence.linkOf', { name: e.person.displayName })}
                          </Link>
                        </>
                      )}
                      {e.person.email && (
                        <>
                          <br />
                          <a href={`mailto:${e.person.email}`} className="small">
                            {e.person.email}
                          </a>
                        </>
                      )}
                    </th>
                    <td>{[e.person.municipality?.name, e.person.organisation?.name].filter(Boolean).join(' · ')}</td>
                    <td>
                      {canManage ? (
                        <select aria-label={t('enrollments.roleOf', { name: e.person.displayName })} value={e.role} onChange={(ev) => change(e.id, e.person.displayName, { role: ev.target.value as CohortRole })}>
                          {enumOptions(t, 'CohortRole', COHORT_ROLES).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`enums.CohortRole.${e.role}`)
                      )}
                    </td>
                    <td>
                      {canManage ? (
                        <select aria-label={t('enrollments.statusOf', { name: e.person.displayName })} value={e.status} onChange={(ev) => change(e.id, e.person.displayName, { status: ev.target.value as EnrollmentStatus })}>
                          {enumOptions(t, 'EnrollmentStatus', ENROLLMENT_STATUSES).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`enums.EnrollmentStatus.${e.status}`)
                      )}
                    </td>
                    <td>
                      {canManage ? (
                        <input type="checkbox" aria-label={t('enrollments.multiplierOf', { name: e.person.displayName })} checked={e.multiplier} onChange={(ev) => change(e.id, e.person.displayName, { multiplier: ev.target.checked })} />
                      ) : e.multiplier ? (
                        t('common.yes')
                      ) : (
                        t('common.no')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('enrollments.pages')} />}
      </section>
      {canManage && (
        <div className="stack">
          <section className="card" aria-labelledby="enroll-title">
            <h2 id="enroll-title">{t('enrollments.enrollTitle')}</h2>
            <EnrollForm cohortId={cohort.id} onDone={refresh} />
          </section>
          <section className="card" aria-labelledby="invite-title">
            <h2 id="invite-title">{t('invite.titleCohort')}</h2>
            <InviteForm cohortId={cohort.id} onInvited={refresh} participantsOnly />
          </section>
        </div>
      )}
    </div>
  )
}

function EnrollForm({ cohortId, onDone }: { cohortId: string; onDone(): void }) {
  const { t } = useTranslation()
  const [person, setPerson] = useState<PickedPerson | null>(null)
  const [role, setRole] = useState<CohortRole>('PARTICIPANT')
  const [multiplier, setMultiplier] = useState(false)
  const [missing, setMissing] = useState(false)
  const { run, busy, error } = useAction(EnrollDocument)
  const submit = async () => {
    if (!person) {
      setMissing(true)
      return
    }
    setMissing(false)
    if (await run({ input: { cohortId, personId: person.id, role, multiplier } }, t('enrollments.enrolled', { name: person.displayName }))) {
      setPerson(null)
      onDone()
    }
  }
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('enrollments.enroll')} error={error}>
      <PersonPicker label={t('enrollments.person')} value={person} onChange={setPerson} error={missing ? t('enrollments.personMissing') : error?.fields.personId} />
      <SelectField label={t('enrollments.role')} value={role} onChange={setRole} options={enumOptions(t, 'CohortRole', COHORT_ROLES)} />
      <CheckboxField label={t('cohort.multiplier')} hint={t('enrollments.multiplierHint')} checked={multiplier} onChange={setMultiplier} />
    </Form>
  )
}
