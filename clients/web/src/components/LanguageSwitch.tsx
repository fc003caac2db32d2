import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'
import { graphql } from '../gql'
import { useAuth } from '../api/auth'
import { useAnnounce } from './Announcer'

const SetLocaleDocument = graphql(`
  mutation SetLocale($locale: Locale!) {
    updateProfile(input: { locale: $locale }) {
      id
      locale
    }
  }
`)

/** Switches between German and English; a signed-in person's profile keeps the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const { session } = useAuth()
  const [, setLocale] = useMutation(SetLocaleDocument)
  const announce = useAnnounce()
  const other = i18n.language === 'en' ? 'de' : 'en'
  const switchTo = async () => {
    await i18n.changeLanguage(other)
    announce(t('language.changed', { lng: other }))
    if (session) void setLocale({ locale: other === 'en' ? 'EN' : 'DE' })
  }
  return (
    <button type="button" className="button button--quiet" onClick={switchTo} lang={other}>
      <span aria-hidden="true">{other.toUpperCase()} · </span>
      {t('language.switchTo', { lng: other })}
    </button>
  )
}
