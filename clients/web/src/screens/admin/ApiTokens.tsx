import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { ApiTokensQuery, Scope } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { CopyButton } from '../../components/CopyButton'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, Form, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, PAGE_SIZE, usePager } from '../../components/Pager'
import { MunicipalitySelect } from '../../components/Pickers'
import { Empty, Loading, QueryError } from '../../components/Status'
import { berlinToUtcIso, formatDateTime } from '../../lib/datetime'

const ApiTokensDocument = graphql(`
  query ApiTokens($first: Int, $after: String, $includeRevoked: Boolean) {
    apiTokens(first: $first, after: $after, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
          municipality {
            id
            name
          }
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`)

const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
      }
    }
  }
`)

const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`)

type Token = ApiTokensQuery['apiTokens']['edges'][number]['node']
export const SCOPES = ['COHORTS_READ', 'ENROLLMENTS_READ', 'ENROLLMENTS_WRITE', 'PEOPLE_READ', 'COMMUNITY_READ', 'REPORTS_READ'] as const

/** Where a token stands at `now`. */
export function tokenState(token: { revokedAt?: string | null; expiresAt?: string | null }, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked'
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired'
  return 'active'
}

export function ApiTokens() {
  const { t, i18n } = useTranslation()
  const [includeRevoked, setIncludeRevoked] = useState(false)
  const pager = usePager(includeRevoked)
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiTokensDocument, variables: { first: PAGE_SIZE, after: pager.after, includeRevoked } })
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null)
  const [revoking, setRevoking] = useState<Token | null>(null)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  const conn = data?.apiTokens
  const now = Date.now()
  return (
    <>
      <PageHeader title={t('tokens.title')} lead={t('tokens.lead')} />
      {created && (
        <div className="notice notice--success secret-panel" role="status">
          <h2>{t('tokens.createdTitle', { name: created.name })}</h2>
          <p>
            <strong>{t('tokens.onlyOnce')}</strong>
          </p>
          <p className="secret">
            <code data-testid="token-secret">{created.secret}</code>
          </p>
          <div className="card-actions">
            <CopyButton text={created.secret} label={t('tokens.copy')} />
            <button type="button" className="button" onClick={() => setCreated(null)}>
              {t('tokens.stored')}
            </button>
          </div>
        </div>
      )}
      <div className="columns columns--wide">
        <section aria-labelledby="tokens-list">
          <h2 id="tokens-list">{t('tokens.list')}</h2>
          <div className="filters">
            <CheckboxField label={t('tokens.includeRevoked')} checked={includeRevoked} onChange={setIncludeRevoked} />
          </div>
          {fetching && !data && <Loading />}
          {error && !data && <QueryError error={error} retry={refresh} />}
          {conn && conn.edges.length === 0 && <Empty>{t('tokens.empty')}</Empty>}
          {conn && conn.edges.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('tokens.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tokens.name')}</th>
                    <th scope="col">{t('tokens.scopes')}</th>
                    <th scope="col">{t('tokens.usage')}</th>
                    <th scope="col">{t('tokens.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conn.edges.map(({ node: tk }) => {
                    const state = tokenState(tk, now)
                    return (
                      <tr key={tk.id}>
                        <th scope="row">
                          {tk.name}
                          <br />
                          <code className="small">vn_{tk.prefix}_…</code>
                          <p className="small muted">
                            {tk.municipality ? tk.municipality.name : t('tokens.programmeWide')} · {t('tokens.by', { name: tk.createdBy.displayName, at: formatDateTime(tk.createdAt, i18n.language) })}
                          </p>
                        </th>
                        <td>
                          <ul className="plain small">
                            {tk.scopes.map((s) => (
                              <li key={s}>{t(`enums.Scope.${s}`)}</li>
                            ))}
                          </ul>
                        </td>
                        <td className="small">
                          {tk.lastUsedAt ? t('tokens.lastUsed', { at: formatDateTime(tk.lastUsedAt, i18n.language) }) : t('tokens.neverUsed')}
                          <br />
                          {tk.expiresAt && t('tokens.expires', { at: formatDateTime(tk.expiresAt, i18n.language) })}
                        </td>
                        <td>
                          <span className={`badge badge--token-${state}`}>{t(`tokens.states.${state}`)}</span>
                          {tk.revokedAt && <p className="small muted">{formatDateTime(tk.revokedAt, i18n.language)}</p>}
                          {state === 'active' && (
                            <p>
                              <button type="button" className="button button--danger" onClick={() => setRevoking(tk)}>
                                {t('tokens.revoke')}
                                <span className="visually-hidden">: {tk.name}</span>
                              </button>
                            </p>
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} label={t('tokens.pages')} />}
        </section>
        <section className="card" aria-labelledby="token-create">
          <h2 id="token-create">{t('tokens.create')}</h2>
          <CreateToken
            onCreated={(name, secret) => {
              setCreated({ name, secret })
              refresh()
            }}
          />
        </section>
      </div>
      {revoking && (
        <RevokeDialog
          token={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoking(null)
            refresh()
          }}
        />
      )}
    </>
  )
}

function CreateToken({ onCreated }: { onCreated(name: string, secret: string): void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<Scope[]>(['COHORTS_READ'])
  const [municipalityId, setMunicipalityId] = useState('')
  const [expiresOn, setExpiresOn] = useState('')
  const { run, busy, error } = useAction(CreateApiTokenDocument)
  const toggle = (s: Scope, on: boolean) => setScopes((list) => (on ? [...list, s] : list.filter((x) => x !== s)))
  const submit = async () => {
    const data = await run(
      { input: { name: name.trim(), scopes, municipalityId: municipalityId || null, expiresAt: expiresOn ? berlinToUtcIso(expiresOn, '23:59') : null } },
      t('tokens.createdMessage'),
    )
    if (!data) return
    setName('')
    onCreated(data.createApiToken.token.name, data.createApiToken.secret)
  }
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('tokens.createSubmit')} error={error}>
      <TextField label={t('tokens.name')} hint={t('tokens.nameHint')} value={name} onChange={setName} required error={f.name} />
      <fieldset className={`field${f.scopes ? ' field--invalid' : ''}`}>
        <legend>{t('tokens.scopes')}</legend>
        {SCOPES.map((s) => (
          <CheckboxField key={s} label={t(`enums.Scope.${s}`)} checked={scopes.includes(s)} onChange={(on) => toggle(s, on)} />
        ))}
        {f.scopes && <p className="field-error">{f.scopes}</p>}
      </fieldset>
      <MunicipalitySelect label={t('tokens.municipality')} value={municipalityId} onChange={setMunicipalityId} error={f.municipalityId} />
      <p className="hint">{t('tokens.municipalityHint')}</p>
      <TextField label={t('tokens.expiresOn')} hint={t('tokens.expiresHint')} type="date" value={expiresOn} onChange={setExpiresOn} error={f.expiresAt} />
    </Form>
  )
}

function RevokeDialog({ token, onClose, onRevoked }: { token: Token; onClose(): void; onRevoked(): void }) {
  const { t } = useTranslation()
  const { run, busy, error } = useAction(RevokeApiTokenDocument)
  return (
    <Dialog title={t('tokens.revokeTitle', { name: token.name })} open onClose={onClose}>
      <Form
        onSubmit={async () => {
          if (await run({ id: token.id }, t('tokens.revoked', { name: token.name }))) onRevoked()
        }}
        busy={busy}
        submitLabel={t('tokens.revoke')}
        error={error}
        secondary={
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        }
      >
        <p>{t('tokens.revokeText')}</p>
      </Form>
    </Dialog>
  )
}
