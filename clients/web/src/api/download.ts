import type { ApiClient } from './client'

/** Fetches a file the API serves to signed-in callers (e.g. a CSV report) and hands it to the
 * browser as a download. Throws the server's problem detail (RFC 9457) in the request's language. */
export async function downloadFile(api: ApiClient, path: string, filename: string, language: string, fallbackMessage: string): Promise<void> {
  const session = await api.validSession()
  let res: Response
  try {
    res = await fetch(path, { headers: { Authorization: session ? `Bearer ${session.accessToken}` : '', 'Accept-Language': language } })
  } catch {
    throw new Error(fallbackMessage)
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as { detail?: string; title?: string } | null
    throw new Error(problem?.detail ?? problem?.title ?? fallbackMessage)
  }
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
