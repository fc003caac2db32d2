// Messages: the web client's catalogues (clients/web/src/i18n), shared as they are, plus this
// app's own (`mobile.*`, in ./de.json and ./en.json). German first; English on request.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import AsyncStorage from '@react-native-async-storage/async-storage'
import webDe from '../../../web/src/i18n/de.json'
import webEn from '../../../web/src/i18n/en.json'
import mobileDe from './de.json'
import mobileEn from './en.json'

export type Language = 'de' | 'en'
const KEY = 'vielfalt.lang'

export const resources = {
  de: { translation: { ...webDe, ...mobileDe } },
  en: { translation: { ...webEn, ...mobileEn } },
}

void i18n.use(initReactI18next).init({
  resources,
  lng: 'de',
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** The language requests are made in (sent as Accept-Language). */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'de'
}

/** The language chosen on this device before, if any. */
export async function restoreLanguage(): Promise<void> {
  try {
    const stored = await AsyncStorage.getItem(KEY)
    if (stored === 'en' || stored === 'de') await i18n.changeLanguage(stored)
  } catch {
    /* German, then */
  }
}

export async function setLanguage(lang: Language): Promise<void> {
  await i18n.changeLanguage(lang)
  try {
    await AsyncStorage.setItem(KEY, lang)
  } catch {
    /* kept for this run */
  }
}

i18n.on('languageChanged', (lang) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lang
})

export default i18n
