import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAnnounce } from './Announcer'

/** Copies a text to the clipboard and says so. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
      announce(t('common.copied'))
    } catch {
      announce(t('common.copyFailed'), true)
    }
  }
  return (
    <button type="button" className="button" onClick={copy}>
      {copied ? t('common.copied') : (label ?? t('common.copy'))}
    </button>
  )
}
