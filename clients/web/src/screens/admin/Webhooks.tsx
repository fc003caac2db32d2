import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import type { WebhookEndpointsQuery } from '../../gql/graphql'
import { useAction } from '../../api/useAction'
import { CopyButton } from '../../components/CopyButton'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, Form, TextField } from '../../components/Form'
import { PageHeader } from '../../components/Page'
import { Pager, usePager } from '../../components/Pager'
import { MunicipalitySelect } from '../../components/Pickers'
import { Empty, Loading, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'

const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      events
      active
      createdAt
      municipality {
        id
        name
      }
    }
  }
`)

const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($first: Int, $after: String) {
    webhookEndpoints {
      id
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            event
            status
            attempts
            lastStatusCode
            lastError
            nextAttemptAt
            deliveredAt
            createdAt
          }
        }
      }
    }
  }
`)

const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`)
const SetWebhookEndpointActiveDocument = graphql(`
  mutation SetWebhookEndpointActive($id: ID!, $active: Boolean!) {
    setWebhookEndpointActive(id: $id, active: $active) {
      id
      active
    }
  }
`)
const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`)
const ReplayWebhookDeliveryDocument = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      id
    }
  }
`)

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number]
export const WEBHOOK_EVENTS = ['enrollment.created', 'enrollment.updated', 'cohort.updated', 'agenda.changed', 'follow_up.scheduled'] as const
const DELIVERIES_PAGE = 10

export function Webhooks() {
  const { t, i18n } = useTranslation()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WebhookEndpointsDocument })
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null)
  const [deleting, setDeleting] = useState<Endpoint | null>(null)
  const toggle = useAction(SetWebhookEndpointActiveDocument)
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  const endpoints = data?.webhookEndpoints ?? []
  return (
    <>
      <PageHeader title={t('webhooks.title')} lead={t('webhooks.lead')} />
      {created && (
        <div className="notice notice--success secret-panel" role="status">
          <h2>{t('webhooks.createdTitle', { url: created.url })}</h2>
          <p>
            <strong>{t('tokens.onlyOnce')}</strong> {t('webhooks.signatureHint')}
          </p>
          <p className="secret">
            <code>{created.secret}</code>
          </p>
          <div className="card-actions">
            <CopyButton text={created.secret} label={t('webhooks.copySecret')} />
            <button type="button" className="button" onClick={() => setCreated(null)}>
              {t('tokens.stored')}
            </button>
          </div>
        </div>
      )}
      {toggle.error && (
        <p className="notice notice--error" role="alert">
          {toggle.error.message}
        </p>
      )}
      <div className="columns columns--wide">
        <section aria-labelledby="webhooks-list">
          <h2 id="webhooks-list">{t('webhooks.list')}</h2>
          {fetching && !data && <Loading />}
          {error && !data && <QueryError error={error} retry={refresh} />}
          {data && endpoints.length === 0 && <Empty>{t('webhooks.empty')}</Empty>}
          <ul className="plain stack">
            {endpoints.map((e) => (
              <li key={e.id} className="card">
                <h3 className="break">{e.url}</h3>
                <p className="agenda-meta">
                  <span className={`badge ${e.active ? 'badge--running' : ''}`}>{e.active ? t('webhooks.active') : t('webhooks.paused')}</span>
                  <span className="badge">{e.municipality?.name ?? '–'}</span>
                </p>
                <p className="small">{e.events.join(', ')}</p>
                <p className="small muted">{t('webhooks.since', { at: formatDateTime(e.createdAt, i18n.language) })}</p>
                <div className="card-actions">
                  <button type="button" className="button" onClick={async () => (await toggle.run({ id: e.id, active: !e.active }, e.active ? t('webhooks.pausedMessage') : t('webhooks.resumedMessage'))) && refresh()}>
                    {e.active ? t('webhooks.pause') : t('webhooks.resume')}
                    <span className="visually-hidden">: {e.url}</span>
                  </button>
                  <button type="button" className="button button--danger" onClick={() => setDeleting(e)}>
                    {t('common.remove')}
                    <span className="visually-hidden">: {e.url}</span>
                  </button>
                </div>
                <Deliveries endpointId={e.id} />
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="webhook-create">
          <h2 id="webhook-create">{t('webhooks.create')}</h2>
          <CreateEndpoint
            onCreated={(url, secret) => {
              setCreated({ url, secret })
              refresh()
            }}
          />
        </section>
      </div>
      {deleting && (
        <Dialog title={t('webhooks.deleteTitle')} open onClose={() => setDeleting(null)}>
          <DeleteEndpoint
            endpoint={deleting}
            onClose={() => setDeleting(null)}
            onDeleted={() => {
              setDeleting(null)
              refresh()
            }}
          />
        </Dialog>
      )}
    </>
  )
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const pager = usePager()
  const [{ data, error }, reexecute] = useQuery({ query: WebhookDeliveriesDocument, variables: { first: DELIVERIES_PAGE, after: pager.after }, pause: !open })
  const replay = useAction(ReplayWebhookDeliveryDocument)
  const conn = data?.webhookEndpoints.find((e) => e.id === endpointId)?.deliveries
  return (
    <details className="deliveries" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('webhooks.deliveries')}</summary>
      {error && <QueryError error={error} />}
      {replay.error && (
        <p className="field-error" role="alert">
          {replay.error.message}
        </p>
      )}
      {conn && conn.edges.length === 0 && <p className="muted">{t('webhooks.noDeliveries')}</p>}
      {conn && conn.edges.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('webhooks.deliveries')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.when')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhooks.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node: d }) => (
                <tr key={d.id}>
                  <th scope="row">
                    <code>{d.event}</code>
                  </th>
                  <td>
                    {t(`webhooks.statuses.${d.status}`, { defaultValue: d.status })} ({t('webhooks.attempts', { count: d.attempts })}
                    {d.lastStatusCode ? `, HTTP ${d.lastStatusCode}` : ''})
                    {d.lastError && <p className="small field-error">{d.lastError}</p>}
                  </td>
                  <td className="small">{formatDateTime(d.deliveredAt ?? d.createdAt, i18n.language)}</td>
                  <td>
                    <button type="button" className="button" onClick={async () => (await replay.run({ id: d.id }, t('webhooks.replayed'))) && reexecute({ requestPolicy: 'network-only' })}>
                      {t('webhooks.replay')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conn && <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} pageSize={DELIVERIES_PAGE} label={t('webhooks.deliveryPages')} />}
    </details>
  )
}

function CreateEndpoint({ onCreated }: { onCreated(url: string, secret: string): void }) {
  const { t } = useTranslation()
  const [municipalityId, setMunicipalityId] = useState('')
  const [url, setUrl] = useState('')
  const [events, setEvents] = useState<string[]>([...WEBHOOK_EVENTS])
  const { run, busy, error } = useAction(CreateWebhookEndpointDocument)
  const submit = async () => {
    const data = await run({ input: { municipalityId, url: url.trim(), events } }, t('webhooks.createdMessage'))
    if (!data) return
    setUrl('')
    onCreated(data.createWebhookEndpoint.endpoint.url, data.createWebhookEndpoint.secret)
  }
  const f = error?.fields ?? {}
  return (
    <Form onSubmit={submit} busy={busy} submitLabel={t('webhooks.createSubmit')} error={error}>
      <MunicipalitySelect label={t('webhooks.municipality')} value={municipalityId} onChange={setMunicipalityId} optional={false} error={f.municipalityId} />
      <TextField label={t('webhooks.url')} type="url" value={url} onChange={setUrl} required error={f.url} />
      <fieldset className="field">
        <legend>{t('webhooks.events')}</legend>
        {WEBHOOK_EVENTS.map((ev) => (
          <CheckboxField key={ev} label={ev} checked={events.includes(ev)} onChange={(on) => setEvents((l) => (on ? [...l, ev] : l.filter((x) => x !== ev)))} />
        ))}
        {f.events && <p className="field-error">{f.events}</p>}
      </fieldset>
    </Form>
  )
}

function DeleteEndpoint({ endpoint, onClose, onDeleted }: { endpoint: Endpoint; onClose(): void; onDeleted(): void }) {
  const { t } = useTranslation()
  const { run, busy, error } = useAction(DeleteWebhookEndpointDocument)
  return (
    <Form
      onSubmit={async () => {
        if (await run({ id: endpoint.id }, t('webhooks.deleted'))) onDeleted()
      }}
      busy={busy}
      submitLabel={t('common.remove')}
      error={error}
      secondary={
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      }
    >
      <p>{t('webhooks.deleteText', { url: endpoint.url })}</p>
    </Form>
  )
}
