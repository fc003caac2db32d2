import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

function Crash() {
  const { t } = useTranslation()
  return (
    <div className="notice notice--error" role="alert">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.text')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
    </div>
  )
}

/** A screen that fails to render shows a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: unknown }, { failed: boolean; key?: unknown }> {
  state = { failed: false, key: this.props.resetKey }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: { failed: boolean; key?: unknown }) {
    // Navigating elsewhere gives the next screen a fresh start.
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null
  }
  componentDidCatch(error: unknown) {
    console.error(error)
  }
  render() {
    return this.state.failed ? <Crash /> : this.props.children
  }
}
