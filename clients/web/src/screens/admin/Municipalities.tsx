import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Form, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { Empty, Loading, QueryError } from '../../components/Status'
import { useDebounced } from '../../lib/useDebounced'

const MunicipalitiesDocument = graphql(`
  query Municipalities($first: Int, $after: String, $search: String) {
    municipalities(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          ags
          state
          organisations {
            id
          }
          cohorts(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`)

const CreateMunicipalityDocument = graphql(`
  mutation CreateMunicipality($input: CreateMunicipalityInput!) {
    createMunicipality(input: $input) {
      id
      name
      ags
    }
  }
`)

export function Municipalities() {
  const { t } = useTranslation()
  const me = useMe()
  const [search, setSearch] = useState('')
  const debounced = useDebounced(search)
  const pager = usePager(debounced)
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MunicipalitiesDocument, variables: { first: PAGE_SIZE, after: pager.after, search: debounced || null } })
  const conn = data?.municipalities
  return (
    <>
      <PageHeader title={t('municipalities.title')} lead={t('municipalities.lead')} />
      <div className={me.role === 'ADMIN' ? 'columns columns--wide' : ''}>
        <section aria-labelledby="municipalities-list">
          <h2 id="municipalities-list" className="visually-hidden">
            {t('municipalities.list')}
          </h2>
          <div className="filters" role="search" aria-label={t('municipalities.filter')}>
            <TextField label={t('municipalities.search')} type="search" value={search} onChange={setSearch} />
          </div>
          {fetching && !data && <Loading />}
          {error && <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
          {conn && conn.edges.length === 0 && <Empty>{t('municipalities.empty')}</Empty>}
          {conn && conn.edges.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('municipalities.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('municipalities.name')}</th>
                    <th scope="col">{t('municipalities.ags')}</th>
                    <th scope="col">{t('municipalities.state')}</th>
                    <th scope="col" className="num">
                      {t('municipalities.organisations')}
                    </th>
                    <th scope="col" className="num">
                      {t('municipalities.cohorts')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {conn.edges.map(({ node: m }) => (
                    <tr key={m.id}>
                      <th scope="row">{m.name}</th>
                      <td>
                        <code>{m.ags}</code>
                      </td>
                      <td>{m.state}</td>
                      <td className="num">{m.organisations.length}</td>
                      <td className="num">{m.cohorts.totalCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('municipalities.pages')} />}
        </section>
        {me.role === 'ADMIN' && (
          <section className="card" aria-labelledby="municipality-create">
            <h2 id="municipality-create">{t('municipalities.create')}</h2>
            <CreateMunicipality onCreated={() => reexecute({ requestPolicy: 'network-only' })} />
          </section>
        )}
      </div>
    </>
  )
}

function CreateMunicipality({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [ags, setAgs] = useState('')
  const [state, setState] = useState('Hessen')
  const { run, busy, error } = useAction(CreateMunicipalityDocument)
  const submit = async () => {
    const data = await run({ input: { name: name.trim(), ags: ags.trim(), state: state.trim() || null } }, t('municipalities.created', { name: name.trim() }))
    if (!data) return
    setName('')
    setAgs('')
    onCreated()
  }
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('municipalities.create')} error={error}>
      <TextField label={t('municipalities.name')} value={name} onChange={setName} required error={f.name} />
      <TextField label={t('municipalities.ags')} hint={t('municipalities.agsHint')} value={ags} onChange={setAgs} required inputMode="numeric" error={f.ags} />
      <TextField label={t('municipalities.state')} value={state} onChange={setState} error={f.state} />
    </Form>
  )
}
