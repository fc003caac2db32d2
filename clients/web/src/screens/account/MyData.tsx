import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAuth, useMe } from '../../api/auth'
import { useAction } from '../../api/useAction'
import { Dialog } from '../../components/Dialog'
import { CheckboxField, Form } from '../../components/Form'
import { Pager, usePager } from '../../components/Pager'
import { Empty, QueryError } from '../../components/Status'
import { formatDateTime } from '../../lib/datetime'

export const ExportPersonDataDocument = graphql(`
  mutation ExportPersonData($personId: ID!) {
    exportPersonData(personId: $personId)
  }
`)

export const ErasePersonDocument = graphql(`
  mutation ErasePerson($personId: ID!) {
    erasePerson(personId: $personId)
  }
`)

const AccessLogDocument = graphql(`
  query AccessLog($first: Int, $after: String) {
    me {
      id
      accessLog(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            actorName
            action
            createdAt
          }
        }
      }
    }
  }
`)

const LOG_PAGE = 10

/** Hands a JSON text to the browser as a file download. */
export function saveJson(json: string, filename: string) {
  // Pretty-printed so that a person can read their own data.
  let text = json
  try {
    text = JSON.stringify(JSON.parse(json), null, 2)
  } catch {
    /* keep it as it came */
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** DSGVO: one's own data as a file, who has seen it, and erasing one's account. */
export function MyData() {
  const { t } = useTranslation()
  const me = useMe()
  const exporting = useAction(ExportPersonDataDocument)
  const [erasing, setErasing] = useState(false)
  const download = async () => {
    const data = await exporting.run({ personId: me.id }, t('myData.exported'))
    if (data) saveJson(data.exportPersonData, 'meine-daten-vielfaltsnetz.json')
  }
  return (
    <>
      <p className="hint">{t('myData.exportHint')}</p>
      {exporting.error && (
        <p className="notice notice--error" role="alert">
          {exporting.error.message}
        </p>
      )}
      <div className="card-actions">
        <button type="button" className="button button--primary" onClick={download} aria-disabled={exporting.busy || undefined}>
          {exporting.busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> {t('myData.exporting')}
            </>
          ) : (
            t('myData.export')
          )}
        </button>
        <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
          {t('myData.erase')}
        </button>
      </div>
      <h3>{t('myData.accessLog')}</h3>
      <AccessLog />
      {erasing && <EraseMyself onClose={() => setErasing(false)} />}
    </>
  )
}

function AccessLog() {
  const { t, i18n } = useTranslation()
  const pager = usePager()
  const [{ data, error }] = useQuery({ query: AccessLogDocument, variables: { first: LOG_PAGE, after: pager.after } })
  const conn = data?.me?.accessLog
  if (error) return <QueryError error={error} />
  if (!conn) return null
  if (conn.totalCount === 0) return <Empty>{t('myData.accessLogEmpty')}</Empty>
  return (
    <>
      <ul className="plain access-log">
        {conn.edges.map(({ node: e }) => (
          <li key={e.id}>
            <strong>{e.actorName}</strong> – {t(`myData.actions.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
            <span className="small muted"> · {formatDateTime(e.createdAt, i18n.language)}</span>
          </li>
        ))}
      </ul>
      <Pager pager={pager} pageInfo={conn.pageInfo} totalCount={conn.totalCount} shown={conn.edges.length} pageSize={LOG_PAGE} label={t('myData.accessLogPages')} />
    </>
  )
}

function EraseMyself({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const me = useMe()
  const { signOut } = useAuth()
  const navigate = useNavigate()
  const [sure, setSure] = useState(false)
  const [missing, setMissing] = useState(false)
  const { run, busy, error } = useAction(ErasePersonDocument)
  return (
    <Dialog title={t('myData.eraseTitle')} open onClose={onClose}>
      <Form
        onSubmit={async () => {
          if (!sure) return setMissing(true)
          if (await run({ personId: me.id })) {
            await signOut()
            navigate('/signin', { replace: true })
          }
        }}
        busy={busy}
        submitLabel={t('myData.eraseSubmit')}
        error={error ?? (missing ? { message: t('myData.eraseConfirmMissing'), code: null, fields: {} } : null)}
        secondary={
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        }
      >
        <p>{t('myData.eraseText')}</p>
        <CheckboxField label={t('myData.eraseConfirm')} checked={sure} onChange={setSure} />
      </Form>
    </Dialog>
  )
}
