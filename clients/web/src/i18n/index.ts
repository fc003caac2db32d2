import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import de from './de.json'
import en from './en.json'

export type Language = 'de' | 'en'
const KEY = 'vielfalt.lang'

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null
  return stored === 'en' ? 'en' : 'de'
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
})

function applyToDocument(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}
applyToDocument(i18n.language)
i18n.on('languageChanged', (lang) => {
  applyToDocument(lang)
  localStorage.setItem(KEY, lang)
})

/** The language requests are made in (sent as Accept-Language). */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'de'
}

export default i18n
