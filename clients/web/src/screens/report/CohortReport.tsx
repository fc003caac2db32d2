import { useState } from 'react'
import { useQuery } from 'urql'
import { useTranslation } from 'react-i18next'
import { graphql } from '../../gql'
import { useAuth } from '../../api/auth'
import { downloadFile } from '../../api/download'
import { useAnnounce } from '../../components/Announcer'
import { BarChart } from '../../components/BarChart'
import { Loading, QueryError } from '../../components/Status'
import { currentLanguage } from '../../i18n'
import { useCohort } from '../cohorts/CohortPage'

const CohortReportDocument = graphql(`
  query CohortReport($id: ID!) {
    cohort(id: $id) {
      id
      report {
        participants
        completed
        withdrawn
        byMunicipality {
          key
          count
        }
        byOrganisationKind {
          key
          count
        }
        sessionsHeld
        averageAttendance
        averageFeedbackRating
        plans
        plansDone
        plansInProgress
        multiplierActivities
        peopleReached
        checkInRate
      }
    }
  }
`)

/** Figures for programme reporting to funders, with charts and the CSV the funders get. */
export function CohortReport() {
  const { t, i18n } = useTranslation()
  const { cohort, canManage } = useCohort()
  const { api } = useAuth()
  const announce = useAnnounce()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CohortReportDocument, variables: { id: cohort.id }, pause: !canManage, requestPolicy: 'cache-and-network' })
  const [downloading, setDownloading] = useState(false)
  const [downloadError, setDownloadError] = useState<string | null>(null)
  if (!canManage) return <p>{t('common.forbidden')}</p>
  if (fetching && !data) return <Loading />
  if (error && !data) return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
  const r = data?.cohort?.report
  if (!r) return null
  const percent = (v: number | null | undefined) => (v == null ? '–' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(v))
  const decimal = (v: number | null | undefined) => (v == null ? '–' : v.toLocaleString(i18n.language, { maximumFractionDigits: 1 }))
  const kindLabel = (key: string) => (key === 'NONE' ? t('report.noOrganisation') : t(`enums.OrganisationKind.${key}`, { defaultValue: key }))
  const otherPlans = r.plans - r.plansDone - r.plansInProgress

  const download = async () => {
    if (downloading) return
    setDownloading(true)
    setDownloadError(null)
    try {
      await downloadFile(api, `/api/v1/reports/cohorts/${cohort.id}.csv`, `bericht-${cohort.title.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.csv`, currentLanguage(), t('errors.network'))
      announce(t('report.downloaded'))
    } catch (e) {
      setDownloadError((e as Error).message)
    } finally {
      setDownloading(false)
    }
  }

  const tiles: [string, string][] = [
    [t('report.participants'), String(r.participants)],
    [t('report.completed'), String(r.completed)],
    [t('report.withdrawn'), String(r.withdrawn)],
    [t('report.sessionsHeld'), String(r.sessionsHeld)],
    [t('report.attendance'), percent(r.averageAttendance)],
    [t('report.feedback'), decimal(r.averageFeedbackRating)],
    [t('report.checkInRate'), percent(r.checkInRate)],
    [t('report.multiplierActivities'), String(r.multiplierActivities)],
    [t('report.peopleReached'), String(r.peopleReached)],
  ]

  return (
    <section aria-labelledby="report-title">
      <div className="section-head">
        <h2 id="report-title">{t('report.title')}</h2>
        <button type="button" className="button button--primary" onClick={download} aria-disabled={downloading || undefined}>
          {downloading ? (
            <>
              <span className="spinner" aria-hidden="true" /> {t('report.downloading')}
            </>
          ) : (
            t('report.csv')
          )}
        </button>
      </div>
      {downloadError && (
        <p className="notice notice--error" role="alert">
          {downloadError}
        </p>
      )}
      <p className="lead">{t('report.lead')}</p>
      <dl className="tiles">
        {tiles.map(([label, value]) => (
          <div key={label} className="tile">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="columns">
        <div className="card">
          <BarChart caption={t('report.byMunicipality')} bars={r.byMunicipality.map((c) => ({ label: c.key, value: c.count }))} />
        </div>
        <div className="card">
          <BarChart caption={t('report.byOrganisationKind')} bars={r.byOrganisationKind.map((c) => ({ label: kindLabel(c.key), value: c.count }))} />
        </div>
        <div className="card">
          <BarChart
            caption={t('report.plansChart', { count: r.plans })}
            bars={[
              { label: t('enums.PlanStatus.DONE'), value: r.plansDone },
              { label: t('enums.PlanStatus.IN_PROGRESS'), value: r.plansInProgress },
              { label: t('report.plansOther'), value: Math.max(0, otherPlans) },
            ]}
          />
        </div>
      </div>
    </section>
  )
}
