import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { OrganisationKind } from '../../gql/graphql'
import { useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Form, SelectField, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { MunicipalitySelect } from '../../components/Pickers'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useDebounced } from '../../lib/useDebounced'
import { ORGANISATION_KINDS, enumOptions } from '../cohorts/labels'

const OrganisationsDocument = graphql(`
  query Organisations($first: Int, $after: String, $search: String, $municipalityId: ID) {
    organisations(first: $first, after: $after, search: $search, municipalityId: $municipalityId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          municipality {
            id
            name
          }
        }
      }
    }
  }
`)

const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`)

export function Organisations() {
  const { t } = useTranslation()
  const me = useMe()
  const [search, setSearch] = useState('')
  const [municipalityId, setMunicipalityId] = useState('')
  const debounced = useDebounced(search)
  const pager = usePager(`${debounced}|${municipalityId}`)
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganisationsDocument,
    variables: { first: PAGE_SIZE, after: pager.after, search: debounced || null, municipalityId: municipalityId || null },
  })
  const conn = data?.organisations
  return (
    <>
      <PageHeader title={t('organisations.title')} lead={t('organisations.lead')} />
      <div className={me.role === 'ADMIN' ? 'columns columns--wide' : ''}>
        <section aria-labelledby="organisations-list">
          <h2 id="organisations-list" className="visually-hidden">
            {t('organisations.list')}
          </h2>
          <div className="filters" role="search" aria-label={t('organisations.filter')}>
            <TextField label={t('organisations.search')} type="search" value={search} onChange={setSearch} />
            <MunicipalitySelect label={t('organisations.municipality')} value={municipalityId} onChange={setMunicipalityId} />
          </div>
          {fetching && !data && <Loading />}
          {error && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
          {conn && conn.edges.length === 0 && <Empty>{t('organisations.empty')}</Empty>}
          {conn && conn.edges.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('organisations.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organisations.name')}</th>
                    <th scope="col">{t('organisations.kind')}</th>
                    <th scope="col">{t('organisations.municipality')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conn.edges.map(({ node: o }) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      <td>{t(`enums.OrganisationKind.${o.kind}`)}</td>
                      <td>{o.municipality?.name ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('organisations.pages')} />}
        </section>
        {me.role === 'ADMIN' && (
          <section className="card" aria-labelledby="organisation-create">
            <h2 id="organisation-create">{t('organisations.create')}</h2>
            <CreateOrganisation onCreated={() => reexecute({ requestPolicy: 'network-only' })} />
          </section>
        )}
      </div>
    </>
  )
}

function CreateOrganisation({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<OrganisationKind>('ADMINISTRATION')
  const [municipalityId, setMunicipalityId] = useState('')
  const { run, busy, error } = useAction(CreateOrganisationDocument)
  const submit = async () => {
    const data = await run({ input: { name: name.trim(), kind, municipalityId: municipalityId || null } }, t('organisations.created', { name: name.trim() }))
    if (!data) return
    setName('')
    onCreated()
  }
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('organisations.create')} error={error}>
      <TextField label={t('organisations.name')} value={name} onChange={setName} required error={f.name} />
      <SelectField label={t('organisations.kind')} value={kind} onChange={setKind} options={enumOptions(t, 'OrganisationKind', ORGANISATION_KINDS)} error={f.kind} />
      <MunicipalitySelect label={t('organisations.municipality')} value={municipalityId} onChange={setMunicipalityId} error={f.municipalityId} />
    </Form>
  )
}
