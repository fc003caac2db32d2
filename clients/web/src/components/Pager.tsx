import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

export const PAGE_SIZE = 20

/** Cursor paging: a stack of `after` cursors, so going back needs no backward cursor. */
export function usePager(resetKey: unknown = null) {
  const [state, setState] = useState<{ key: unknown; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] })
  // A change of filter starts again at the first page.
  const cursors = state.key === resetKey ? state.cursors : [null]
  if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] })
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setState((s) => ({ ...s, cursors: [...s.cursors, endCursor] }))
  }, [])
  const prev = useCallback(() => setState((s) => ({ ...s, cursors: s.cursors.length > 1 ? s.cursors.slice(0, -1) : s.cursors })), [])
  return { after: cursors[cursors.length - 1], page: cursors.length, next, prev }
}

interface PagerProps {
  pager: ReturnType<typeof usePager>
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  totalCount: number
  shown: number
  pageSize?: number
  label: string
  /** Say nothing when everything fits on one page (when the count would mislead, e.g. a filtered list). */
  quietOnOnePage?: boolean
}

export function Pager({ pager, pageInfo, totalCount, shown, pageSize = PAGE_SIZE, label, quietOnOnePage = false }: PagerProps) {
  const { t } = useTranslation()
  const from = totalCount === 0 ? 0 : (pager.page - 1) * pageSize + 1
  const to = (pager.page - 1) * pageSize + shown
  const pages = Math.max(1, Math.ceil(totalCount / pageSize))
  if (pages <= 1 && pager.page === 1) {
    if (quietOnOnePage) return null
    return <p className="pager-summary">{t('pager.count', { count: totalCount })}</p>
  }
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" onClick={pager.prev} disabled={pager.page <= 1}>
        {t('pager.previous')}
      </button>
      <p className="pager-summary">{t('pager.range', { from, to, total: totalCount, page: pager.page, pages })}</p>
      <button type="button" className="button" onClick={() => pager.next(pageInfo.endCursor)} disabled={!pageInfo.hasNextPage}>
        {t('pager.next')}
      </button>
    </nav>
  )
}
