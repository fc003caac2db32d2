import { useEffect, useRef, type ReactNode } from 'react'

let firstPage = true

/** The page heading: sets the document title and takes focus after a navigation, so screen
 * readers announce the new page and the tab order starts there. */
export function PageHeader({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} – Vielfaltsnetz`
  }, [title])
  useEffect(() => {
    if (firstPage) {
      firstPage = false
      return
    }
    ref.current?.focus({ preventScroll: false })
  }, [])
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1} ref={ref}>
          {title}
        </h1>
        {lead && <p className="lead">{lead}</p>}
      </div>
      {children && <div className="page-actions">{children}</div>}
    </div>
  )
}
