import { useState } from 'react'
import { useMutation, useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { Role } from '../../gql/graphql'
import { useMe } from '../../api/auth'
import { toAppError } from '../../api/errors'
import { useAnnounce } from '../../components/Announcer'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { MunicipalitySelect } from '../../components/Pickers'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useDebounced } from '../../lib/useDebounced'
import { ROLES, enumOptions } from '../cohorts/labels'
import { InviteForm } from './InviteForm'
import { CheckboxField, Form } from '../../components/Form'
import { useAction } from '../../api/useAction'
import { ErasePersonDocument, ExportPersonDataDocument, saveJson } from '../account/MyData'

const PeopleDocument = graphql(`
  query People($first: Int, $after: String, $search: String, $municipalityId: ID) {
    people(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          pronouns
          email
          role
          bio
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
`)

const SetRoleDocument = graphql(`
  mutation SetRole($personId: ID!, $role: Role!) {
    setRole(personId: $personId, role: $role) {
      id
      role
    }
  }
`)

export function People() {
  const { t } = useTranslation()
  const me = useMe()
  const announce = useAnnounce()
  const [search, setSearch] = useState('')
  const [municipalityId, setMunicipalityId] = useState('')
  const debounced = useDebounced(search)
  const pager = usePager(`${debounced}|${municipalityId}`)
  const [inviting, setInviting] = useState(false)
  const [privacy, setPrivacy] = useState<{ id: string; displayName: string } | null>(null)
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PeopleDocument,
    variables: { first: PAGE_SIZE, after: pager.after, search: debounced || null, municipalityId: municipalityId || null },
  })
  const [, setRole] = useMutation(SetRoleDocument)
  const conn = data?.people
  const isAdmin = me.role === 'ADMIN'

  const changeRole = async (personId: string, name: string, role: Role) => {
    const result = await setRole({ personId, role })
    if (result.error) announce(toAppError(result.error, t('errors.network')).message, true)
    else announce(t('people.roleChanged', { name, role: t(`enums.Role.${role}`) }))
  }

  return (
    <>
      <PageHeader title={me.role === 'PARTICIPANT' ? t('people.directoryTitle') : t('people.title')} lead={me.role === 'PARTICIPANT' ? t('people.directoryLead') : t('people.lead')}>
        {isAdmin && (
          <button type="button" className="button button--primary" onClick={() => setInviting(true)}>
            {t('invite.title')}
          </button>
        )}
      </PageHeader>
      <div className="filters" role="search" aria-label={t('people.filter')}>
        <TextField label={t('people.search')} type="search" value={search} onChange={setSearch} />
        <MunicipalitySelect label={t('people.municipality')} value={municipalityId} onChange={setMunicipalityId} />
      </div>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {conn && conn.edges.length === 0 && <Empty>{t('people.empty')}</Empty>}
      {conn && conn.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('people.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.municipalityOrganisation')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.role')}</th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: p }) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.displayName}
                    {p.pronouns && <span className="muted"> ({p.pronouns})</span>}
                    {p.bio && <p className="small muted">{p.bio}</p>}
                  </th>
                  <td>{[p.municipality?.name, p.organisation?.name].filter(Boolean).join(' · ')}</td>
                  <td>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : <span className="muted">–</span>}</td>
                  <td>
                    {isAdmin && p.id !== me.id ? (
                      <select aria-label={t('people.roleOf', { name: p.displayName })} value={p.role} onChange={(e) => changeRole(p.id, p.displayName, e.target.value as Role)}>
                        {enumOptions(t, 'Role', ROLES).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`enums.Role.${p.role}`)
                    )}
                    {isAdmin && p.id !== me.id && (
                      <p>
                        <button type="button" className="button button--quiet" onClick={() => setPrivacy({ id: p.id, displayName: p.displayName })}>
                          {t('people.privacy')}
                          <span className="visually-hidden">: {p.displayName}</span>
                        </button>
                      </p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('people.pages')} />}
      {privacy && (
        <PrivacyDialog
          person={privacy}
          onClose={() => setPrivacy(null)}
          onErased={() => {
            setPrivacy(null)
            reexecute({ requestPolicy: 'network-only' })
          }}
        />
      )}
      <Dialog title={t('invite.title')} open={inviting} onClose={() => setInviting(false)}>
        <InviteForm onInvited={() => reexecute({ requestPolicy: 'network-only' })} />
      </Dialog>
    </>
  )
}

/** For admins, at a person's request: their data as a file, or their erasure. */
function PrivacyDialog({ person, onClose, onErased }: { person: { id: string; displayName: string }; onClose(): void; onErased(): void }) {
  const { t } = useTranslation()
  const exporting = useAction(ExportPersonDataDocument)
  const erase = useAction(ErasePersonDocument)
  const [sure, setSure] = useState(false)
  const [missing, setMissing] = useState(false)
  const slug = person.displayName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')
  return (
    <Dialog title={t('myData.adminTitle', { name: person.displayName })} open onClose={onClose}>
      <p className="hint">{t('myData.adminExportHint')}</p>
      {exporting.error && (
        <p className="notice notice--error" role="alert">
          {exporting.error.message}
        </p>
      )}
      <p>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={exporting.busy || undefined}
          onClick={async () => {
            const data = await exporting.run({ personId: person.id }, t('myData.exported'))
            if (data) saveJson(data.exportPersonData, `daten-${slug}.json`)
          }}
        >
          {exporting.busy ? t('myData.exporting') : t('myData.export')}
        </button>
      </p>
      <h3>{t('myData.adminErase')}</h3>
      <Form
        onSubmit={async () => {
          if (!sure) return setMissing(true)
          if (await erase.run({ personId: person.id }, t('myData.erased', { name: person.displayName }))) onErased()
        }}
        busy={erase.busy}
        submitLabel={t('myData.eraseSubmit')}
        error={erase.error ?? (missing ? { message: t('myData.eraseConfirmMissing'), code: null, fields: {} } : null)}
      >
        <p className="small">{t('myData.eraseText')}</p>
        <CheckboxField label={t('myData.adminEraseConfirm')} checked={sure} onChange={setSure} />
      </Form>
    </Dialog>
  )
}
