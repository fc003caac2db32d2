// Shared logic with the web client (clients/web/src/lib/datetime.ts), copied: the two apps are
// bundled by different tools (Vite, Metro), and this file is small and stable.
// Dates and times are shown and entered in Europe/Berlin, whatever the browser's own zone is.
// The API speaks UTC (`DateTime`) and calendar days (`Date`, YYYY-MM-DD).

export const TIME_ZONE = 'Europe/Berlin'

function locale(lang: string): string {
  return lang.startsWith('en') ? 'en-GB' : 'de-DE'
}

/** Parts of an instant as a Berlin wall clock. */
function berlinParts(ms: number): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms))
  const out: Record<string, number> = {}
  for (const p of parts) if (p.type !== 'literal') out[p.type] = Number(p.value)
  return out
}

/** Minutes Berlin is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(ms: number): number {
  const p = berlinParts(ms)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000)
}

/** A Berlin day and wall-clock time ("2026-09-17", "09:15") as an RFC 3339 UTC instant. */
export function berlinToUtcIso(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  // Two passes settle the offset around the DST switches.
  let utc = wall - berlinOffsetMinutes(wall) * 60000
  utc = wall - berlinOffsetMinutes(utc) * 60000
  return new Date(utc).toISOString().replace('.000Z', 'Z')
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The Berlin day ("YYYY-MM-DD") and time ("HH:MM") of an instant, for form inputs. */
export function utcToBerlin(iso: string): { day: string; time: string } {
  const p = berlinParts(Date.parse(iso))
  return { day: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` }
}

/** Today in Berlin as YYYY-MM-DD. */
export function todayInBerlin(now: number = Date.now()): string {
  return utcToBerlin(new Date(now).toISOString()).day
}

/** A calendar day, e.g. "Do., 17. Sept. 2026" (style long: "Donnerstag, 17. September 2026"). */
export function formatDay(day: string, lang: string, style: 'short' | 'long' | 'numeric' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number)
  const opts: Intl.DateTimeFormatOptions =
    style === 'numeric'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
  return new Intl.DateTimeFormat(locale(lang), { ...opts, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)))
}

/** A time of day in Berlin, e.g. "09:15". */
export function formatTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))
}

/** Date and time in Berlin, e.g. "17.09.2026, 09:15". */
export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))
}

/** A range of days, e.g. "17.09.2026 – 21.01.2027"; open ends are left out. */
export function formatDayRange(from: string | null | undefined, to: string | null | undefined, lang: string): string {
  if (from && to) return `${formatDay(from, lang, 'numeric')} – ${formatDay(to, lang, 'numeric')}`
  if (from) return formatDay(from, lang, 'numeric')
  if (to) return formatDay(to, lang, 'numeric')
  return ''
}

/** Adds days to a calendar day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}
