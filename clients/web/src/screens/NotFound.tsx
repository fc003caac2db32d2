import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../components/Page'

export function NotFound() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  )
}
