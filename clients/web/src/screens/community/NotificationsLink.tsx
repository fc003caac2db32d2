import { useCallback } from 'react'
import { NavLink } from 'react-router'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { usePolling } from '../../lib/usePolling'

const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`)

const countContext = { additionalTypenames: ['Notification'] }

/** The link in the header, with the number of unread notifications. */
export function NotificationsLink() {
  const { t } = useTranslation()
  const [{ data }, reexecute] = useQuery({ query: UnreadCountDocument, context: countContext })
  usePolling(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]), 60_000)
  const unread = data?.unreadNotificationCount ?? 0
  return (
    <NavLink to="/notifications" className="account-name notifications-link">
      {t('notifications.title')}
      {unread > 0 && (
        <span className="count-badge">
          {unread}
          <span className="visually-hidden"> {t('notifications.unread')}</span>
        </span>
      )}
    </NavLink>
  )
}
