import { useCallback, useState } from 'react'
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql'
import { useTranslation } from 'react-i18next'
import { toAppError, type AppError } from './errors'
import { useAnnounce } from '../components/Announcer'

/** A mutation with the things every action in the UI needs: busy state, the server's error in the
 * user's language (form values stay untouched), and an announced success message. */
export function useAction<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>) {
  const [{ fetching }, execute] = useMutation(document)
  const [error, setError] = useState<AppError | null>(null)
  const { t } = useTranslation()
  const announce = useAnnounce()
  const run = useCallback(
    async (variables: Variables, success?: string): Promise<Data | null> => {
      setError(null)
      const result = await execute(variables)
      if (result.error || !result.data) {
        const e = result.error ? toAppError(result.error, t('errors.network')) : { message: t('errors.network'), code: null, fields: {} }
        setError(e)
        return null
      }
      if (success) announce(success)
      return result.data
    },
    [execute, t, announce],
  )
  return { run, busy: fetching, error, setError }
}
