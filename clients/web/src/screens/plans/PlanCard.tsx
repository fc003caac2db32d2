import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { PlanCardFragment } from '../../gql/graphql'
import { formatDay } from '../../lib/datetime'

export function PlanCard({ plan, showOwner = false }: { plan: PlanCardFragment; showOwner?: boolean }) {
  const { t, i18n } = useTranslation()
  return (
    <li className={`card plan-card plan-card--${plan.status.toLowerCase()}`}>
      <h3>
        <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
      </h3>
      <p className="agenda-meta">
        <span className={`badge badge--plan-${plan.status.toLowerCase()}`}>{t(`enums.PlanStatus.${plan.status}`)}</span>
        <span className="badge">{t(`enums.PlanScale.${plan.scale}`)}</span>
        <span className="badge">{t(`enums.Visibility.${plan.visibility}`)}</span>
      </p>
      {showOwner && <p className="small">{t('plans.by', { name: plan.owner.displayName })}</p>}
      {plan.description && <p className="plan-description">{plan.description}</p>}
      <p className="small muted">
        {plan.targetDate && t('plans.until', { date: formatDay(plan.targetDate, i18n.language, 'numeric') })}
        {plan.targetDate && plan.cohort && ' · '}
        {plan.cohort?.title}
      </p>
    </li>
  )
}
