import { Suspense, useEffect, useState } from 'react'
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useAuth, useMe } from '../api/auth'
import { LanguageSwitch } from './LanguageSwitch'
import { ErrorBoundary } from './ErrorBoundary'
import { Loading } from './Status'
import { NotificationsLink } from '../screens/community/NotificationsLink'

interface NavItem {
  to: string
  label: string
  end?: boolean
}

export function Layout() {
  const { t } = useTranslation()
  const me = useMe()
  const { signOut } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const [menuOpen, setMenuOpen] = useState(false)
  useEffect(() => setMenuOpen(false), [location.pathname])

  const items: NavItem[] = []
  if (me.role === 'ADMIN') {
    // Programme staff start with every cohort; the index route shows that list.
    items.push(
      { to: '/', label: t('nav.cohorts'), end: true },
      { to: '/community', label: t('nav.community') },
      { to: '/people', label: t('nav.people') },
      { to: '/admin/municipalities', label: t('nav.municipalities') },
      { to: '/admin/organisations', label: t('nav.organisations') },
      { to: '/modules', label: t('nav.modules') },
      { to: '/admin/outbox', label: t('nav.outbox') },
      { to: '/admin/tokens', label: t('nav.tokens') },
      { to: '/admin/webhooks', label: t('nav.webhooks') },
      { to: '/admin/audit', label: t('nav.audit') },
    )
  } else if (me.role === 'FACILITATOR') {
    items.push({ to: '/', label: t('nav.myCohorts'), end: true }, { to: '/cohorts', label: t('nav.cohorts'), end: true }, { to: '/community', label: t('nav.community') }, { to: '/people', label: t('nav.people') }, { to: '/modules', label: t('nav.modules') })
  } else {
    items.push(
      { to: '/', label: t('nav.myCohorts'), end: true },
      { to: '/community', label: t('nav.community') },
      { to: '/plans', label: t('nav.plans') },
      { to: '/checkin', label: t('nav.checkIn') },
      { to: '/people', label: t('nav.directory') },
    )
  }

  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Vielfaltsnetz
          </NavLink>
          <button type="button" className="button nav-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((o) => !o)}>
            {t('nav.menu')}
          </button>
          <div id="main-nav" className={`nav-panel${menuOpen ? ' nav-panel--open' : ''}`}>
            <nav aria-label={t('nav.main')}>
              <ul className="nav-list">
                {items.map((i) => (
                  <li key={i.to}>
                    <NavLink to={i.to} end={i.end}>
                      {i.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="account">
              <LanguageSwitch />
              <NotificationsLink />
              <NavLink to="/profile" className="account-name">
                {me.displayName}
                <span className="visually-hidden"> – {t('nav.profile')}</span>
              </NavLink>
              <button
                type="button"
                className="button button--quiet"
                onClick={async () => {
                  await signOut()
                  navigate('/signin')
                }}
              >
                {t('nav.signOut')}
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  )
}
