// End-to-end: the app's web export, served by the real service, in Debian's chromium at a phone's
// viewport – a participant's training day, with the facilitator acting through the API.
//
//   VIELFALT_BIN=… npm run e2e          (E2E_SKIP_EXPORT=1 after `npm run export:web`)
//
// Bounded in time (E2E_TIMEOUT_S, default 600); every process it starts is stopped by its id.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { Api, appRoot, axeReport, checkA11y, chromiumArgs, phone, resultsDir, screenshot, startService, stopAll } from './harness.mjs'

const bin = resolve(appRoot, process.env.VIELFALT_BIN ?? '../../target/debug/vielfalt')
const timeoutS = Number(process.env.E2E_TIMEOUT_S ?? 600)
const only = process.env.E2E_ONLY ?? ''

const guard = setTimeout(() => {
  console.error(`e2e: gave up after ${timeoutS}s`)
  stopAll()
  process.exit(1)
}, timeoutS * 1000)
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (stopAll(), process.exit(1)))

if (!existsSync(bin)) {
  console.error(`e2e: no service binary at ${bin} – build it (cargo build) or set VIELFALT_BIN`)
  process.exit(1)
}

const dist = join(appRoot, 'dist')
if (process.env.E2E_SKIP_EXPORT !== '1' || !existsSync(join(dist, 'index.html'))) {
  console.log('e2e: exporting the web build …')
  const r = spawnSync('npx', ['expo', 'export', '--platform', 'web', '--output-dir', 'dist'], { cwd: appRoot, stdio: 'inherit', env: { ...process.env, CI: '1', EXPO_NO_TELEMETRY: '1', EXPO_PUBLIC_API_URL: '' } })
  if (r.status !== 0) process.exit(1)
}

const EMAIL = { participant: 'aylin.demir@beispiel-kommune.example', facilitator: 'miriam.okafor@vielfaltsnetz.example' }

/** Today in Berlin as YYYY-MM-DD, and an instant at a Berlin wall-clock hour today. */
function berlinToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}
function berlinAt(day, hh, mm) {
  // Berlin is UTC+1 or +2; find the offset at that day.
  for (const off of [1, 2]) {
    const d = new Date(`${day}T${String(hh - off).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00Z`)
    const h = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(d))
    if (h === hh) return d.toISOString().replace('.000Z', 'Z')
  }
  throw new Error('no Berlin offset')
}

const results = []
async function journey(name, fn) {
  if (only && !name.includes(only)) return
  const started = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (e) {
    results.push({ name, ok: false, error: e })
    console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 8).join('\n    ')}`)
  }
}

async function until(what, fn, ms = 20_000) {
  const end = Date.now() + ms
  let last
  while (Date.now() < end) {
    try {
      const v = await fn()
      if (v) return v
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out: ${what}${last ? ` (${last.message})` : ''}`)
}

let server
let browser
try {
  server = await startService(bin, dist)
  console.log(`e2e: service ${server.url}`)
  const facilitator = await new Api(server.url).login(EMAIL.facilitator, server.password)
  const checker = await new Api(server.url).login(EMAIL.participant, server.password)
  const cohorts = await facilitator.q('{cohorts(first:20){edges{node{id title status}}}}')
  const cohort = cohorts.cohorts.edges.map((e) => e.node).find((c) => c.status === 'RUNNING')
  if (!cohort) throw new Error('no running cohort in the demo data')

  // A training day today: three sessions in the morning.
  const today = berlinToday()
  const titles = ['Ankommen im Raum', 'Input: Vielfalt in der Verwaltung', 'Übung: Perspektivwechsel']
  const sessions = []
  for (const [i, title] of titles.entries()) {
    const d = await facilitator.q('mutation($i:ScheduleSessionInput!){scheduleSession(input:$i){id title}}', {
      i: { cohortId: cohort.id, title, day: today, startsAt: berlinAt(today, 9 + i, 0), endsAt: berlinAt(today, 9 + i, 50), position: i },
    })
    sessions.push(d.scheduleSession)
  }

  // A follow-up a month from now (the demo data's own one lies at a fixed date).
  const followUpTitle = 'Nachtreffen: Was ist aus den Vorhaben geworden?'
  await facilitator.q('mutation($i:ScheduleFollowUpInput!){scheduleFollowUp(input:$i){id}}', {
    i: {
      cohortId: cohort.id,
      title: followUpTitle,
      scheduledAt: new Date(Date.now() + 30 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      durationMinutes: 90,
      format: 'ONLINE',
      meetingUrl: 'https://konferenz.beispiel-kommune.example/nachtreffen',
      agenda: 'Blitzlicht, Check-ins, kollegiale Beratung',
    },
  })

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  const context = await browser.newContext(phone)
  const page = await context.newPage()
  const pageErrors = []
  page.on('pageerror', (e) => pageErrors.push(e.message))

  const tab = (name) => page.getByRole('tab', { name: new RegExp(`^${name}`) }).click()

  await journey('sign in: the server’s message on a wrong password, then today’s agenda', async () => {
    await page.goto(server.url)
    await page.getByLabel('E-Mail-Adresse').fill(EMAIL.participant)
    await page.getByLabel('Passwort', { exact: true }).fill('falsch-falsch')
    await screenshot(page, 'sign-in')
    await checkA11y(page, 'sign-in')
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.getByRole('alert').filter({ hasText: /E-Mail|Passwort/ }).first().waitFor({ timeout: 10_000 })
    if ((await page.getByLabel('E-Mail-Adresse').inputValue()) !== EMAIL.participant) throw new Error('the email was not kept')
    await page.getByLabel('Passwort', { exact: true }).fill(server.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.getByText(/^Heute, /).waitFor({ timeout: 15_000 })
    for (const t of titles) await page.getByText(t, { exact: true }).waitFor()
    await page.getByText(/^Live/).waitFor({ timeout: 15_000 })
    await screenshot(page, 'today')
    await checkA11y(page, 'today')
  })

  await journey('a session the facilitator moves arrives live', async () => {
    const last = sessions[2]
    await facilitator.q('mutation($i:MoveSessionInput!){moveSession(input:$i){id}}', { i: { sessionId: last.id, day: today, position: 0, reason: 'Die Gruppe braucht zuerst Bewegung.' } })
    const cards = page.getByRole('list', { name: /^Sitzungen am/ }).getByRole('listitem')
    await until('the moved session on top', async () => (await cards.first().innerText()).includes(last.title))
    const first = await cards.first().innerText()
    if (!first.includes('verschoben')) throw new Error(`moved session not marked: ${first}`)
    // Only the session that moved is marked, not the ones it passed.
    if ((await cards.nth(1).innerText()).includes('verschoben')) throw new Error('a passed session is marked as moved')
    await screenshot(page, 'today-moved')
  })

  let roundId
  await journey('answer an anonymous feedback round in two taps', async () => {
    const d = await facilitator.q('mutation($i:OpenFeedbackRoundInput!){openFeedbackRound(input:$i){id}}', {
      i: { cohortId: cohort.id, sessionId: sessions[0].id, question: 'Wie gut konnten Sie dem letzten Block folgen?', kind: 'RATING', anonymous: true },
    })
    roundId = d.openFeedbackRound.id
    await tab('Feedback')
    await page.getByRole('heading', { name: 'Wie gut konnten Sie dem letzten Block folgen?' }).waitFor({ timeout: 20_000 })
    await page.getByText(/^Anonym: Ihr Name wird nicht gespeichert/).waitFor()
    await page.getByRole('radio', { name: '4 von 5: eher ja' }).click() // tap 1
    await screenshot(page, 'feedback-answer')
    await page.getByRole('button', { name: /^Antwort senden/ }).click() // tap 2
    await page.getByText(/^Danke! Ihre Antwort: 4 von 5/).waitFor({ timeout: 15_000 })
    const s = await until('the answer on the service', async () => {
      const r = await facilitator.q('query($id:ID!){feedbackRound(id:$id){summary{count}}}', { id: roundId })
      return r.feedbackRound.summary.count === 1 && r
    })
    if (!s) throw new Error('no answer')
    await screenshot(page, 'feedback')
    await checkA11y(page, 'feedback')
  })

  await journey('a round the facilitator opens arrives live; answered offline, it arrives when the connection returns', async () => {
    const question = 'Brauchen Sie gerade eine Pause?'
    const d = await facilitator.q('mutation($i:OpenFeedbackRoundInput!){openFeedbackRound(input:$i){id}}', {
      i: { cohortId: cohort.id, question, kind: 'RATING_AND_TEXT', anonymous: false },
    })
    // Still on the feedback tab, nothing asks the service again: the round comes through
    // `feedbackRoundOpened` (while the socket is up, the list is polled only once a minute).
    await page.getByRole('heading', { name: question }).waitFor({ timeout: 15_000 })
    await page.getByText(/^Mit Namen: Die Moderation sieht/).waitFor()
    await context.setOffline(true)
    try {
      await page.getByRole('radio', { name: '2 von 5: eher nicht' }).click()
      await page.getByLabel('Möchten Sie etwas dazu schreiben? (freiwillig)').fill('Zehn Minuten an der frischen Luft wären gut.')
      await page.getByRole('button', { name: `Antwort senden: ${question}` }).click()
      await page.getByText(/^Keine Verbindung – Ihre Antwort ist gespeichert/).waitFor()
      await screenshot(page, 'feedback-offline')
      await new Promise((r) => setTimeout(r, 1000))
      const before = await facilitator.q('query($id:ID!){feedbackRound(id:$id){summary{count}}}', { id: d.openFeedbackRound.id })
      if (before.feedbackRound.summary.count !== 0) throw new Error('sent while offline')
    } finally {
      await context.setOffline(false)
    }
    await page.getByText(/^Danke! Ihre Antwort: 2 von 5/).waitFor({ timeout: 30_000 })
    const after = await facilitator.q('query($id:ID!){feedbackRound(id:$id){summary{count} responses{edges{node{rating text}}}}}', { id: d.openFeedbackRound.id })
    if (after.feedbackRound.summary.count !== 1) throw new Error(`expected one answer, found ${after.feedbackRound.summary.count}`)
    if (after.feedbackRound.responses.edges[0].node.text !== 'Zehn Minuten an der frischen Luft wären gut.') throw new Error('the text was lost')
  })

  await journey('check in with the typed code', async () => {
    const d = await facilitator.q('mutation($s:ID!){openSelfCheckIn(sessionId:$s,validMinutes:30){code}}', { s: sessions[0].id })
    await tab('Heute')
    await page.getByRole('button', { name: /^Einchecken/ }).first().click()
    await page.getByLabel('Code', { exact: true }).fill(d.openSelfCheckIn.code.toLowerCase())
    await page.getByRole('button', { name: 'Einchecken', exact: true }).click()
    // The service's answer names the session (`Attendance.session`).
    await page.getByText(`Sie sind für „${sessions[0].title}“ eingecheckt und als anwesend eingetragen.`).waitFor({ timeout: 15_000 })
    const a = await facilitator.q('query($id:ID!){session(id:$id){attendance{present person{id}}}}', { id: sessions[0].id })
    if (!a.session.attendance.some((x) => x.person.id === checker.personId && x.present)) throw new Error('not marked present')
    await screenshot(page, 'check-in')
    await checkA11y(page, 'check-in')
    await page.getByRole('button', { name: 'Zurück' }).click()
  })

  await journey('my plans: create one and record a step', async () => {
    await tab('Vorhaben')
    await page.getByRole('button', { name: /^Neues Vorhaben/ }).click()
    await page.getByLabel('Was haben Sie vor?').fill('Mehrsprachige Wegweiser im Rathaus')
    await page.getByRole('radio', { name: 'groß' }).click()
    await page.getByRole('button', { name: 'Vorhaben anlegen' }).click()
    await page.getByRole('button', { name: /^Mehrsprachige Wegweiser im Rathaus.*Idee/ }).waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: /^Mehrsprachige Wegweiser im Rathaus/ }).click()
    await page.getByRole('radio', { name: 'in Arbeit' }).click()
    await page.getByLabel('Was ist passiert?').fill('Mit dem Hausdienst die Stellen festgelegt.')
    await page.getByRole('button', { name: 'Schritt speichern' }).click()
    await page.getByText('Mit dem Hausdienst die Stellen festgelegt.').waitFor()
    await until('the step on the service', async () => {
      const r = await checker.q('{me{plans(first:50){edges{node{title status updates{note}}}}}}')
      const p = r.me.plans.edges.map((e) => e.node).find((n) => n.title === 'Mehrsprachige Wegweiser im Rathaus')
      return p && p.status === 'IN_PROGRESS' && p.updates.length === 1
    })
    await page.getByRole('button', { name: 'Zurück' }).click()
    await page.getByRole('button', { name: /^Mehrsprachige Wegweiser im Rathaus.*in Arbeit/ }).waitFor()
    await screenshot(page, 'plans')
    await checkA11y(page, 'plans')
  })

  await journey('follow-up check-in', async () => {
    await page.getByRole('button', { name: new RegExp(`^${followUpTitle}`) }).click()
    await page.getByLabel('Was ist seit den Trainingstagen passiert?').fill('Wir haben im Bürgerbüro eine Sprechstunde in drei Sprachen eingeführt.')
    await page.getByRole('switch', { name: /kollegiale Beratung/ }).click()
    await screenshot(page, 'follow-up')
    await checkA11y(page, 'follow-up')
    await page.getByRole('button', { name: 'Check-in senden' }).click()
    await page.getByText(/^Sie haben am .* eingecheckt/).waitFor({ timeout: 15_000 })
    const r = await checker.q('{me{enrollments{cohort{followUps{title myCheckIn{needsConsultation whatHappened}}}}}}')
    const mine = r.me.enrollments.flatMap((e) => e.cohort.followUps).find((f) => f.title === followUpTitle)?.myCheckIn
    if (!mine?.needsConsultation) throw new Error('check-in not stored')
    await page.getByRole('button', { name: 'Zurück' }).click()
  })

  const countPosts = async (title) => {
    const r = await facilitator.q('query($c:ID){feed(first:100,cohortId:$c){edges{node{title author{id}}}}}', { c: cohort.id })
    return r.feed.edges.filter((e) => e.node.title === title && e.node.author.id === checker.personId).length
  }

  await journey('a post written offline is sent once when the connection returns', async () => {
    await tab('Austausch')
    await page.getByRole('button', { name: /^Neuer Beitrag/ }).waitFor()
    const title = 'Offline geschrieben: Wegweiser in leichter Sprache'
    await context.setOffline(true)
    try {
    await page.getByRole('button', { name: /^Neuer Beitrag/ }).click()
    await page.getByText(/^Sie sind offline\. Schreiben Sie trotzdem/).waitFor({ timeout: 10_000 })
    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByLabel('Text', { exact: true }).fill('Im Seminarraum war das WLAN weg – dieser Beitrag wartete auf dem Telefon.')
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    await page.getByTestId('queued-post').getByText('wartet auf Verbindung').waitFor()
    await page.getByText('1 Eintrag wartet auf Verbindung').waitFor()
    await screenshot(page, 'offline-queue')
    await checkA11y(page, 'offline-queue')
    await new Promise((r) => setTimeout(r, 1500))
    if ((await countPosts(title)) !== 0) throw new Error('sent while offline')
    } finally {
      await context.setOffline(false)
    }
    await page.getByTestId('queued-post').waitFor({ state: 'detached', timeout: 30_000 })
    await page.getByRole('button', { name: new RegExp(`^${title}`) }).waitFor({ timeout: 15_000 })
    await new Promise((r) => setTimeout(r, 3000))
    const n = await countPosts(title)
    if (n !== 1) throw new Error(`expected the post once, found ${n}`)
    await screenshot(page, 'community')
    await checkA11y(page, 'community')
  })

  await journey('a post whose answer is lost on the way is not posted twice', async () => {
    const title = 'Antwort verloren: trotzdem nur einmal'
    let dropped = 0
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? ''
      if (dropped === 0 && body.includes('"operationName":"CreatePost"')) {
        dropped++
        await route.fetch() // the service creates the post …
        return route.abort('connectionreset') // … and the phone never hears of it
      }
      return route.continue()
    })
    await page.getByRole('button', { name: /^Neuer Beitrag/ }).click()
    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByLabel('Text', { exact: true }).fill('Der Server hat den Beitrag angelegt, die Antwort ging unterwegs verloren.')
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    try {
      await until('the request dropped', async () => dropped === 1)
      await page.getByTestId('queued-post').waitFor({ state: 'detached', timeout: 40_000 })
      await new Promise((r) => setTimeout(r, 3000))
    } finally {
      await page.unroute('**/graphql')
    }
    const n = await countPosts(title)
    if (n !== 1) throw new Error(`expected the post once, found ${n}`)
    await page.getByTestId('outbox-bar').waitFor({ state: 'detached' })
    // The outbox shows what arrived.
    await tab('Profil')
    await page.getByRole('button', { name: /Warteschlange/ }).click()
    await page.getByText(`Beitrag: „${title}“`).waitFor()
    await screenshot(page, 'outbox')
    await checkA11y(page, 'outbox')
  })

  await journey('comment and react on a post', async () => {
    await tab('Austausch')
    await page.getByRole('button', { name: /^Leitfaden gendergerechte Sprache/ }).click()
    await page.getByRole('button', { name: /Danke 0/ }).click()
    await page.getByRole('button', { name: /Danke 1/ }).waitFor({ timeout: 10_000 })
    await page.getByLabel('Ihr Kommentar').fill('Danke – den nehmen wir in Hanau auch.')
    await page.getByRole('button', { name: 'Kommentieren' }).click()
    await page.getByText('Danke – den nehmen wir in Hanau auch.').first().waitFor()
    await until('the comment on the service', async () => {
      const r = await checker.q('{feed(first:50){edges{node{title commentCount}}}}')
      return r.feed.edges.find((e) => e.node.title === 'Leitfaden gendergerechte Sprache')?.node.commentCount === 1
    })
    await page.getByText('Aylin Demir', { exact: false }).last().waitFor()
    await screenshot(page, 'post')
    await checkA11y(page, 'post')
    await page.getByRole('button', { name: 'Zurück' }).click()
  })

  await journey('the agenda and plans stay readable without the service, after a restart', async () => {
    // The app's files still load; every request to the API fails.
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'))
    await page.routeWebSocket('**/graphql/ws', (ws) => ws.close({ code: 4500 }).catch(() => {}))
    try {
    await page.reload()
    await page.getByText(/^Heute, /).waitFor({ timeout: 20_000 })
    await page.getByText(/^Offline – Stand von/).waitFor({ timeout: 20_000 })
    for (const t of titles) await page.getByText(t, { exact: true }).waitFor()
    await screenshot(page, 'offline-agenda')
    await tab('Vorhaben')
    await page.getByRole('button', { name: /^Mehrsprachige Wegweiser im Rathaus/ }).waitFor()
    await page.getByText(/^Offline – Stand von/).waitFor()
    } finally {
      await page.unroute('**/graphql')
      await page.unrouteAll?.({ behavior: 'ignoreErrors' }).catch(() => {})
    }
    await page.reload()
    await page.getByText(/^Aktualisiert|^Live/).first().waitFor({ timeout: 20_000 })
  })

  await journey('profile and language: English, then German again', async () => {
    await tab('Profil')
    await page.getByRole('radio', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'My profile' }).waitFor()
    await page.getByRole('tab', { name: /^Today/ }).waitFor()
    await screenshot(page, 'profile-en')
    await checkA11y(page, 'profile-en')
    const me = await checker.q('{me{locale}}')
    if (me.me.locale !== 'EN') throw new Error('locale not stored in the profile')
    await page.getByRole('radio', { name: 'Deutsch' }).click()
    await page.getByRole('heading', { name: 'Mein Profil' }).waitFor()
    await screenshot(page, 'profile')
  })

  if (pageErrors.length) {
    results.push({ name: 'no script errors in the page', ok: false, error: new Error(pageErrors.join('\n')) })
    console.log(`  ✗ script errors in the page:\n    ${pageErrors.join('\n    ')}`)
  }
} catch (e) {
  results.push({ name: 'setup', ok: false, error: e })
  console.error(e)
} finally {
  clearTimeout(guard)
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, 'axe.json'), JSON.stringify(axeReport, null, 2))
  await browser?.close().catch(() => {})
  stopAll()
  server?.cleanup()
}

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed || results.length === 0 ? 1 : 0)
