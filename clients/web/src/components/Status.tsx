import { useTranslation } from 'react-i18next'
import type { CombinedError } from 'urql'
import { toAppError } from '../api/errors'

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label ?? t('common.loading')}
    </p>
  )
}

/** A failed query: the server's message and a way to try again. */
export function QueryError({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const { t } = useTranslation()
  const e = toAppError(error, t('errors.network'))
  return (
    <div className="notice notice--error" role="alert">
      <p>{e.message}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  )
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>
}
