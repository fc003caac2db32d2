// The journeys a facilitator, a participant and programme staff take, in German (the default),
// each in its own browser context; axe runs on every screen they pass.
import assert from 'node:assert/strict'
import { checkA11y, schemaHas, screenshot } from './harness.mjs'

export const DEMO = {
  admin: 'admin@vielfaltsnetz.example',
  facilitator: 'miriam.okafor@vielfaltsnetz.example',
  participant: 'aylin.demir@beispiel-kommune.example',
  cohort: 'Vielfaltsmanager*innen Main-Kinzig – Durchgang 1',
}

async function newPage({ browser, contexts }, viewport = { width: 1280, height: 900 }) {
  // A browser far from Berlin: times on screen must still be Berlin's.
  const ctx = await browser.newContext({ viewport, timezoneId: 'America/New_York', locale: 'de-DE' })
  contexts.push(ctx)
  const page = await ctx.newPage()
  page.setDefaultTimeout(15_000)
  if (process.env.E2E_DEBUG_WS) {
    // Every subscription frame, for when a live update does not arrive.
    const tag = `ctx${contexts.length}`
    page.on('websocket', (ws) => {
      console.log(`[${tag}] ws open ${ws.url()}`)
      ws.on('framesent', (f) => console.log(`[${tag}] → ${String(f.payload).slice(0, 300)}`))
      ws.on('framereceived', (f) => console.log(`[${tag}] ← ${String(f.payload).slice(0, 300)}`))
      ws.on('close', () => console.log(`[${tag}] ws closed`))
    })
  }
  return page
}


async function signIn(env, email, viewport) {
  const page = await newPage(env, viewport)
  await page.goto(`${env.baseURL}/signin`)
  await page.getByLabel('E-Mail-Adresse').fill(email)
  await page.getByLabel('Passwort').fill(env.password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'))
  await page.locator('main h1').first().waitFor()
  return page
}

async function openCohort(page, title = DEMO.cohort) {
  await page.getByRole('link', { name: title }).first().click()
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
}

async function titlesOfDay(page, listName) {
  return page.getByRole('list', { name: listName }).locator(':scope > li h3, :scope > li h4').allTextContents()
}

const journeys = []
const journey = (name, run, pending) => journeys.push({ name, run, ...pending })
/** The operations a journey needs; against a service without them it is skipped with the reason. */
const needs = (...names) => ({ pending: () => !schemaHas(...names), pendingReason: `API pending: ${names.join(', ')} not served` })

journey('sign-in shows the server message and keeps what was typed', async (env) => {
  const page = await newPage(env)
  await page.goto(`${env.baseURL}/`)
  await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
  await checkA11y(page, 'sign-in')
  await screenshot(page, 'sign-in')
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.participant)
  await page.getByLabel('Passwort').fill('falsches-passwort')
  await page.getByRole('button', { name: 'Anmelden' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Das hat nicht geklappt' })
  await alert.waitFor()
  assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), DEMO.participant)
  await checkA11y(page, 'sign-in with error')
})

journey('a facilitator moves a session and the participant’s open agenda changes', async (env) => {
  const participant = await signIn(env, DEMO.participant)
  await openCohort(participant)
  await participant.getByRole('link', { name: /Tag 1/ }).click()
  const dayList = /Donnerstag, 17\. September 2026/
  await participant.getByRole('heading', { level: 2, name: dayList }).waitFor()
  const before = await titlesOfDay(participant, dayList)
  assert.equal(before[0], 'Ankommen und Kennenlernen')
  assert.ok(await participant.getByText('09:00 – 09:45').isVisible(), 'times are shown in Berlin time')
  await checkA11y(participant, 'participant agenda')
  await screenshot(participant, 'participant-agenda')

  const facilitator = await signIn(env, DEMO.facilitator)
  await openCohort(facilitator)
  await facilitator.getByRole('link', { name: 'Agenda bearbeiten' }).click()
  await facilitator.getByRole('heading', { name: 'Agenda bearbeiten', level: 2 }).waitFor()
  await checkA11y(facilitator, 'agenda editor')
  await screenshot(facilitator, 'agenda-editor')

  // Keyboard: pick up, two places down, drop, give a reason.
  const handle = facilitator.getByRole('button', { name: '„Ankommen und Kennenlernen“ verschieben' })
  await handle.focus()
  await facilitator.keyboard.press('Space')
  await facilitator.keyboard.press('ArrowDown')
  await facilitator.keyboard.press('ArrowDown')
  await assertFocused(facilitator, '„Ankommen und Kennenlernen“ verschieben')
  await facilitator.keyboard.press('Enter')
  const dialog = facilitator.getByRole('dialog', { name: '„Ankommen und Kennenlernen“ verschieben' })
  await dialog.waitFor()
  await dialog.getByLabel('Grund').fill('Rückmeldung: erst ins Thema, dann Kennenlernen')
  await checkA11y(facilitator, 'move dialog')
  await screenshot(facilitator, 'agenda-move-dialog')
  await dialog.getByRole('button', { name: 'Verschieben', exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
  const editorDay = /Tag 1 · Donnerstag, 17\. September 2026/
  await waitForTitles(facilitator, editorDay, (t) => t[2] === 'Ankommen und Kennenlernen')

  // The participant's open agenda follows: live once the API pushes agenda changes, else on reload.
  if (schemaHas('agendaChanged')) {
    await waitForTitles(participant, dayList, (t) => t[2] === 'Ankommen und Kennenlernen', 10_000)
  } else {
    await participant.reload()
    await waitForTitles(participant, dayList, (t) => t[2] === 'Ankommen und Kennenlernen')
  }

  // Across days with the dialog: the last session of day 1 to the start of day 2.
  await facilitator.getByRole('button', { name: /^Verschieben.*Feedback zum Tag$/ }).click()
  const dialog2 = facilitator.getByRole('dialog', { name: '„Feedback zum Tag“ verschieben' })
  await dialog2.getByLabel('Tag').selectOption({ label: 'Freitag, 18. September 2026' })
  await dialog2.getByLabel('Platz').selectOption({ index: 0 })
  await dialog2.getByRole('button', { name: 'Verschieben', exact: true }).click()
  await dialog2.waitFor({ state: 'detached' })
  await waitForTitles(facilitator, /Tag 2 · Freitag, 18\. September 2026/, (t) => t[0] === 'Feedback zum Tag')

  await participant.getByRole('link', { name: 'Änderungen' }).click()
  await participant.getByText('„Rückmeldung: erst ins Thema, dann Kennenlernen“').waitFor()
  await checkA11y(participant, 'agenda history')
  await screenshot(participant, 'agenda-history')

  // Attendance of a session.
  await facilitator.getByRole('link', { name: /^Anwesenheit.*Vielfaltsdimensionen$/ }).click()
  await facilitator.getByRole('heading', { level: 1, name: 'Vielfaltsdimensionen' }).waitFor()
  const status = facilitator.getByText(/von \d+ anwesend/)
  await status.waitFor()
  const count = async () => Number((await status.textContent()).match(/^(\d+)/)[1])
  const first = facilitator.getByRole('group', { name: 'Anwesend' }).getByRole('checkbox').first()
  const was = await first.isChecked()
  const n = await count()
  await first.setChecked(!was)
  await facilitator.waitForFunction(([expected]) => document.body.innerText.includes(`${expected} von`), [was ? n - 1 : n + 1])
  await checkA11y(facilitator, 'attendance')

  // Self check-in: a code on the projector, typed on the participant's phone.
  await facilitator.getByRole('button', { name: 'Check-in öffnen' }).click()
  const code = (await facilitator.getByTestId('checkin-code').textContent()).trim()
  assert.match(code, /^[A-Z0-9]{6}$/)
  await facilitator.getByRole('img', { name: `QR-Code zum Einchecken mit dem Code ${code}` }).waitFor()
  await checkA11y(facilitator, 'session with check-in code')
  await screenshot(facilitator, 'session-check-in-and-attendance')
  await participant.getByRole('link', { name: 'Einchecken' }).click()
  await participant.getByLabel('Code').fill(code.toLowerCase())
  await participant.getByRole('button', { name: 'Einchecken' }).click()
  await participant.getByText('Sie sind eingecheckt und als anwesend eingetragen.').first().waitFor()
  await checkA11y(participant, 'check-in')
})

journey('programme staff manage municipalities, organisations, people, cohorts and modules', async (env) => {
  const admin = await signIn(env, DEMO.admin)
  await admin.getByRole('heading', { level: 1, name: 'Alle Durchgänge' }).waitFor()
  await checkA11y(admin, 'cohorts')
  await screenshot(admin, 'admin-cohorts')

  // A municipality: the server's message for a bad key, the form keeps the name.
  await admin.getByRole('link', { name: 'Kommunen' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Kommunen' }).waitFor()
  const form = admin.getByRole('form').or(admin.locator('form')).last()
  await form.getByLabel('Name').fill('Erlensee')
  await form.getByLabel('AGS').fill('123')
  await form.getByRole('button', { name: 'Kommune hinzufügen' }).click()
  await form.getByRole('alert').waitFor()
  assert.equal(await form.getByLabel('Name').inputValue(), 'Erlensee')
  const germanMessage = await form.getByRole('alert').textContent()
  await checkA11y(admin, 'municipalities with an error')
  const ags = `0643${String(Math.floor(Math.random() * 9000) + 1000)}`
  await form.getByLabel('AGS').fill(ags)
  await form.getByRole('button', { name: 'Kommune hinzufügen' }).click()
  await admin.getByRole('row', { name: new RegExp(`Erlensee.*${ags}`) }).waitFor()
  await screenshot(admin, 'admin-municipalities')

  // The same mistake in English: the server answers in English.
  await admin.getByRole('button', { name: 'English' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Municipalities' }).waitFor()
  await form.getByLabel('Name').fill('Rodenbach')
  await form.getByLabel('AGS').fill('12')
  await form.getByRole('button', { name: 'Add a municipality' }).click()
  await form.getByRole('alert').waitFor()
  const englishMessage = await form.getByRole('alert').textContent()
  assert.notEqual(englishMessage, germanMessage, 'the error follows the chosen language')
  await admin.getByRole('button', { name: 'Deutsch' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Kommunen' }).waitFor()

  await admin.getByRole('link', { name: 'Organisationen' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Organisationen' }).waitFor()
  const orgForm = admin.locator('form').last()
  await orgForm.getByLabel('Name').fill('Lokale Agenda Erlensee e. V.')
  await orgForm.getByLabel('Art').selectOption('CIVIL_SOCIETY')
  await orgForm.getByRole('button', { name: 'Organisation hinzufügen' }).click()
  await admin.getByRole('row', { name: /Lokale Agenda Erlensee/ }).waitFor()
  await checkA11y(admin, 'organisations')
  await screenshot(admin, 'admin-organisations')

  // Invite a person; the invitation link works in another browser.
  await admin.getByRole('link', { name: 'Personen' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Personen' }).waitFor()
  await checkA11y(admin, 'people')
  await screenshot(admin, 'admin-people')
  await admin.getByRole('button', { name: 'Person einladen' }).click()
  const invite = admin.getByRole('dialog', { name: 'Person einladen' })
  const email = `neu.${Date.now()}@beispiel-kommune.example`
  await invite.getByLabel('Name').fill('Noah Neumann')
  await invite.getByLabel('E-Mail-Adresse').fill(email)
  await invite.getByRole('button', { name: 'Einladen' }).click()
  const link = await invite.locator('.secret code').textContent()
  assert.match(link, /\/invitation#token=/)
  await checkA11y(admin, 'invite dialog')
  await screenshot(admin, 'admin-invite')
  await invite.getByRole('button', { name: 'Schließen' }).click()

  const invited = await newPage(env)
  await invited.goto(link)
  await invited.getByRole('heading', { name: 'Einladung annehmen' }).waitFor()
  await checkA11y(invited, 'accept invitation')
  await screenshot(invited, 'accept-invitation')
  await invited.getByLabel('Neues Passwort').fill('ein-gutes-passwort')
  await invited.getByLabel('Passwort wiederholen').fill('ein-gutes-passwort')
  await invited.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click()
  await invited.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor()
  assert.equal(await invited.getByLabel('Angezeigter Name').inputValue(), 'Noah Neumann')

  // A new cohort, then its settings.
  await admin.getByRole('link', { name: 'Alle Durchgänge' }).click()
  await admin.getByRole('link', { name: 'Neuer Durchgang' }).click()
  await admin.getByLabel('Titel').fill('Vielfaltsmanager*innen Wetterau – Durchgang 1')
  await admin.getByLabel('Erster Tag').fill('2027-03-11')
  await admin.getByLabel('Letzter Tag').fill('2027-07-01')
  await admin.getByLabel('Ort').fill('Friedberg')
  await checkA11y(admin, 'new cohort')
  await admin.getByRole('button', { name: 'Neuer Durchgang' }).click()
  await admin.getByRole('heading', { level: 2, name: 'Angaben zum Durchgang' }).waitFor()
  await checkA11y(admin, 'cohort settings')
  await screenshot(admin, 'admin-cohort-settings')

  await admin.getByRole('link', { name: 'Modulbibliothek' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Modulbibliothek' }).waitFor()
  await admin.getByRole('button', { name: 'Neues Modul' }).click()
  const moduleDialog = admin.getByRole('dialog', { name: 'Neues Modul' })
  await moduleDialog.getByLabel('Titel').fill('Rassismuskritische Perspektiven')
  await moduleDialog.getByLabel('Dauer in Minuten').fill('90')
  await moduleDialog.getByLabel('Lernziele').fill('Begriffe klären\nEigene Position reflektieren')
  await checkA11y(admin, 'module dialog')
  await moduleDialog.getByRole('button', { name: 'Speichern' }).click()
  await moduleDialog.waitFor({ state: 'detached' })
  await admin.getByRole('heading', { level: 2, name: 'Rassismuskritische Perspektiven' }).waitFor()
  await checkA11y(admin, 'modules')
  await screenshot(admin, 'modules')
})

journey('a participant keeps a profile and uses the client on a phone', async (env) => {
  const page = await signIn(env, DEMO.participant, { width: 390, height: 844 })
  await page.getByRole('heading', { level: 1, name: 'Meine Durchgänge' }).waitFor()
  await checkA11y(page, 'my cohorts (phone)')
  await screenshot(page, 'phone-my-cohorts')
  await page.getByRole('button', { name: 'Menü' }).click()
  await page.getByRole('link', { name: /Aylin Demir/ }).click()
  await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor()
  await page.getByLabel('Pronomen').fill('sie/ihr')
  await page.getByRole('button', { name: 'Speichern' }).click()
  await page.getByText('Profil gespeichert.').first().waitFor()
  await checkA11y(page, 'profile (phone)')
  await screenshot(page, 'phone-profile')

  // My data (DSGVO): everything stored about me as a file.
  if (schemaHas('exportPersonData')) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Meine Daten herunterladen' }).click()])
    assert.equal(download.suggestedFilename(), 'meine-daten-vielfaltsnetz.json')
    const text = await download.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')))
    assert.match(text, /sie\/ihr/, 'the export holds what I entered')
    JSON.parse(text)
    await page.getByRole('heading', { name: 'Wer hat meine Daten gesehen?' }).waitFor()
  }
  await page.getByRole('button', { name: 'Menü' }).click()
  await page.getByRole('link', { name: 'Netzwerk' }).click()
  await page.getByRole('heading', { level: 1, name: 'Netzwerk' }).waitFor()
  await checkA11y(page, 'network directory (phone)')

  // The sphere of influence: an area, the map drawn by the service, shared with the facilitators.
  await page.getByRole('button', { name: 'Menü' }).click()
  await page.getByRole('link', { name: 'Meine Durchgänge' }).click()
  await openCohort(page)
  await page.getByRole('link', { name: 'Meine Einflusssphäre' }).click()
  await page.getByRole('heading', { level: 2, name: 'Bereich hinzufügen' }).waitFor()
  await page.getByRole('radio', { name: /^Einfluss/ }).check()
  await page.getByLabel('Wo?').selectOption('ORGANISATION')
  await page.getByRole('textbox', { name: /^Bereich/ }).fill('Stellenausschreibungen in meinem Fachbereich gendergerecht formulieren')
  await page.getByLabel('Wer ist noch beteiligt?').fill('Personalrat, Gleichstellungsbeauftragte')
  await page.getByRole('button', { name: 'Hinzufügen' }).click()
  await page.getByText('Stellenausschreibungen in meinem Fachbereich gendergerecht formulieren').first().waitFor()
  await page.getByRole('img', { name: /Karte der Einflusssphäre/ }).waitFor()
  await page.getByLabel('Mit der Moderation teilen').check()
  await page.getByRole('status').filter({ hasText: 'Ihre Karte ist jetzt für die Moderation sichtbar.' }).waitFor()
  await checkA11y(page, 'influence map (phone)')
  await screenshot(page, 'phone-influence-map')
})

journey('after the training: a plan, the follow-up check-in, the facilitators’ overview and the report', async (env) => {
  const participant = await signIn(env, DEMO.participant)
  await participant.getByRole('link', { name: 'Meine Vorhaben' }).click()
  await participant.getByRole('heading', { level: 1, name: 'Meine Vorhaben' }).waitFor()
  await participant.getByRole('button', { name: 'Neues Vorhaben' }).click()
  const dialog = participant.getByRole('dialog', { name: 'Neues Vorhaben' })
  await dialog.getByLabel('Was haben Sie vor?').fill('Vielfalts-Check für Vereinsförderung einführen')
  await dialog.getByLabel('Umfang').selectOption('LARGE')
  await dialog.getByLabel('Aus welchem Durchgang?').selectOption({ label: DEMO.cohort })
  await dialog.getByLabel('Wer darf es sehen?').selectOption('FACILITATORS')
  await checkA11y(participant, 'new plan dialog')
  await dialog.getByRole('button', { name: 'Vorhaben anlegen' }).click()
  await participant.getByRole('heading', { level: 1, name: 'Vielfalts-Check für Vereinsförderung einführen' }).waitFor()
  await participant.getByLabel('Was ist passiert?').fill('Erstes Gespräch mit dem Kulturamt geführt.')
  await participant.getByRole('button', { name: 'Schritt speichern' }).click()
  await participant.getByText('Erstes Gespräch mit dem Kulturamt geführt.').waitFor()
  await checkA11y(participant, 'plan')
  await screenshot(participant, 'plan')

  await participant.getByRole('link', { name: 'Meine Durchgänge' }).click()
  await openCohort(participant)
  await participant.getByRole('link', { name: 'Nachtreffen' }).click()
  const followUp = participant.getByRole('article', { name: 'Digitales Nachtreffen: Was ist seitdem passiert?' })
  await followUp.waitFor()
  await followUp.getByLabel('Was ist seit den Trainingstagen passiert?').fill('Wir haben im Bürgerbüro die Formulare überarbeitet.')
  await followUp.getByLabel('Ich wünsche mir kollegiale Beratung').check()
  const planStatus = followUp.getByLabel('Neuer Stand').first()
  await planStatus.selectOption('DONE')
  await checkA11y(participant, 'follow-up check-in form')
  await screenshot(participant, 'follow-up-check-in')
  await followUp.getByRole('button', { name: 'Check-in senden' }).click()
  await followUp.getByText(/Sie haben am .* eingecheckt/).waitFor()

  const facilitator = await signIn(env, DEMO.facilitator)
  await openCohort(facilitator)
  await facilitator.getByRole('link', { name: 'Nachtreffen' }).click()
  await facilitator.getByText('Wir haben im Bürgerbüro die Formulare überarbeitet.').waitFor()
  await facilitator.getByText(/wünscht sich Beratung|wünschen sich Beratung/).first().waitFor()
  await checkA11y(facilitator, 'follow-ups and check-ins')
  await screenshot(facilitator, 'follow-ups-overview')
  await facilitator.getByRole('link', { name: 'Vorhaben', exact: true }).click()
  await facilitator.getByRole('link', { name: 'Vielfalts-Check für Vereinsförderung einführen' }).waitFor()
  await checkA11y(facilitator, 'cohort plans')
  await facilitator.getByRole('link', { name: 'Bericht' }).click()
  await facilitator.getByRole('heading', { level: 2, name: 'Bericht für die Förderung' }).waitFor()
  await facilitator.getByRole('heading', { level: 2, name: 'Bericht für die Förderung' }).waitFor()
  await facilitator.getByRole('table', { name: 'Teilnehmende nach Kommune' }).waitFor()
  await checkA11y(facilitator, 'cohort report')
  await screenshot(facilitator, 'cohort-report')

  // The CSV, as programme staff download it for the funders.
  const admin = await signIn(env, DEMO.admin)
  await openCohort(admin)
  await admin.getByRole('link', { name: 'Bericht' }).click()
  await admin.getByRole('heading', { level: 2, name: 'Bericht für die Förderung' }).waitFor()
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'CSV herunterladen' }).click()])
  assert.match(download.suggestedFilename(), /^bericht-.*\.csv$/)
  const csv = await download.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')))
  assert.ok(csv.length > 20, 'the CSV has content')
}, needs('createPlan', 'submitCheckIn'))

journey('a facilitator opens a feedback round and sees a participant’s answer arrive live', async (env) => {
  const facilitator = await signIn(env, DEMO.facilitator)
  await openCohort(facilitator)
  await facilitator.getByRole('link', { name: 'Feedback', exact: true }).click()
  await facilitator.getByRole('heading', { level: 2, name: 'Neue Feedbackrunde' }).waitFor()
  const question = "Wie gut konnten Sie dem letzten Block folgen?"
  await facilitator.getByLabel('Frage an die Gruppe').fill(question)
  await facilitator.getByLabel('Art der Antwort').selectOption('RATING_AND_TEXT')
  await facilitator.getByLabel('Anonym').setChecked(false)
  await facilitator.getByRole('button', { name: 'Runde öffnen' }).click()
  const round = facilitator.getByRole('article', { name: question })
  await round.waitFor()
  assert.equal(await round.getByTestId('answer-count').textContent(), '0')
  await checkA11y(facilitator, 'feedback control')

  const participant = await signIn(env, DEMO.participant, { width: 390, height: 844 })
  await openCohort(participant)
  // The agenda points to the waiting round; two taps answer it.
  await participant.getByRole('link', { name: 'Jetzt antworten' }).click()
  const card = participant.getByRole('article', { name: question })
  await card.waitFor()
  await checkA11y(participant, 'feedback answer (phone)')
  await screenshot(participant, 'phone-feedback-answer')
  await card.getByText('eher ja').click()
  await card.getByLabel(/Möchten Sie etwas dazu schreiben/).fill('Gut, aber bitte mehr Beispiele aus der Verwaltung.')
  await card.getByRole('button', { name: 'Antwort senden' }).click()
  await card.getByText(/Danke! Ihre Antwort: 4 von 5/).waitFor()

  // No reload on the facilitator's side: the subscription brings the answer.
  await round.getByTestId('answer-count').filter({ hasText: '1' }).waitFor({ timeout: 10_000 })
  await round.getByRole('row', { name: /4 – eher ja.*1/ }).waitFor()
  await round.getByText('„Gut, aber bitte mehr Beispiele aus der Verwaltung.“').waitFor()
  await checkA11y(facilitator, 'feedback live results')
  await screenshot(facilitator, 'feedback-live-results')

  await round.getByText('Der Gruppe antworten').click()
  await round.getByLabel('Wie reagieren Sie auf die Rückmeldungen?').fill('Danke! Nach der Pause bringen wir zwei Fälle aus Hanau mit.')
  await round.getByRole('button', { name: 'Antwort veröffentlichen' }).click()
  await facilitator.getByRole('status').filter({ hasText: 'Antwort veröffentlicht.' }).waitFor()
  await round.getByRole('button', { name: 'Runde schließen' }).click()
  await facilitator.getByRole('heading', { level: 2, name: 'Abgeschlossene Runden' }).waitFor()
}, needs('openFeedbackRound', 'feedbackReceived'))

journey('an admin creates an API token and revokes it', async (env) => {
  const admin = await signIn(env, DEMO.admin)
  await admin.getByRole('link', { name: 'API-Tokens' }).click()
  await admin.getByRole('heading', { level: 1, name: 'API-Tokens' }).waitFor()
  await checkA11y(admin, 'api tokens')
  const form = admin.locator('form').last()
  await form.getByLabel('Name').fill('Hanau – Personalverwaltung')
  await form.getByLabel('Personen lesen').check()
  await form.getByRole('button', { name: 'Token ausstellen' }).click()
  const secret = (await admin.getByTestId('token-secret').textContent()).trim()
  assert.match(secret, /^vn_/)
  await admin.getByRole('button', { name: 'Token kopieren' }).waitFor()
  await checkA11y(admin, 'api token secret shown once')
  await screenshot(admin, 'admin-api-token-created')

  // The secret works against the API as a municipal system would use it …
  const ask = () =>
    fetch(`${env.apiURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query: '{ cohorts(first: 1) { totalCount } }' }) })
  const before = await ask()
  assert.equal(before.status, 200)
  assert.ok((await before.json()).data.cohorts.totalCount >= 1)

  // … until it is revoked.
  await admin.getByRole('button', { name: 'Ich habe es sicher gespeichert' }).click()
  const row = admin.getByRole('row', { name: /Hanau – Personalverwaltung/ })
  await row.getByRole('button', { name: /^Widerrufen/ }).click()
  const dialog = admin.getByRole('dialog', { name: '„Hanau – Personalverwaltung“ widerrufen?' })
  await checkA11y(admin, 'revoke dialog')
  await dialog.getByRole('button', { name: 'Widerrufen' }).click()
  await dialog.waitFor({ state: 'detached' })
  await admin.getByLabel('Widerrufene zeigen').check()
  await admin.getByRole('row', { name: /Hanau – Personalverwaltung.*widerrufen/ }).waitFor()
  await screenshot(admin, 'admin-api-tokens')
  const after = await ask()
  assert.equal(after.status, 401, 'a revoked token is refused')

  await admin.getByRole('link', { name: 'Audit-Log' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Audit-Log' }).waitFor()
  await admin.getByRole('row').nth(1).waitFor()
  await checkA11y(admin, 'audit log')
  await screenshot(admin, 'admin-audit-log')
  await admin.getByRole('link', { name: 'Webhooks' }).click()
  await admin.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor()
  await checkA11y(admin, 'webhooks')
}, needs('createApiToken', 'revokeApiToken'))

journey('a participant writes a post and a comment', async (env) => {
  const participant = await signIn(env, DEMO.participant)
  const facilitator = await signIn(env, DEMO.facilitator)
  await facilitator.getByRole('link', { name: 'Austausch' }).click()
  await facilitator.getByRole('heading', { level: 1, name: 'Austausch' }).waitFor()
  await checkA11y(facilitator, 'community feed')

  await participant.getByRole('link', { name: 'Austausch' }).click()
  await participant.getByRole('link', { name: 'Neuer Beitrag' }).click()
  await participant.getByRole('heading', { level: 1, name: 'Neuer Beitrag' }).waitFor()
  await participant.getByLabel('Art').selectOption('QUESTION')
  await participant.getByLabel('Titel').fill('Wie erreicht ihr migrantische Vereine?')
  await participant.getByLabel('Text').fill('Wir laden seit Monaten ein, aber es kommt **niemand**. Was hat bei euch funktioniert?')
  await participant.getByLabel('Schlagwörter').fill('Ehrenamt, Vereine')
  await checkA11y(participant, 'new post')
  await participant.getByRole('button', { name: 'Veröffentlichen' }).click()
  await participant.getByRole('heading', { level: 1, name: 'Wie erreicht ihr migrantische Vereine?' }).waitFor()
  await participant.locator('.markdown strong', { hasText: 'niemand' }).waitFor()

  // The open feed elsewhere learns of the new post.
  if (schemaHas('postAdded')) await facilitator.getByText('1 neuer Beitrag').waitFor({ timeout: 10_000 })

  await participant.getByLabel('Ihr Kommentar').fill('Ich fange selbst an: Wir gehen inzwischen zu ihren Treffen statt umgekehrt.')
  await participant.getByRole('button', { name: 'Kommentieren' }).click()
  await participant.getByRole('article', { name: 'Kommentar von Aylin Demir' }).waitFor()

  await facilitator.getByRole('button', { name: 'Anzeigen' }).click()
  await facilitator.getByRole('link', { name: 'Wie erreicht ihr migrantische Vereine?' }).click()
  await facilitator.getByRole('button', { name: /Danke/ }).first().click()
  await facilitator.getByRole('button', { name: /Danke/, pressed: true }).first().waitFor()
  await facilitator.getByRole('button', { name: /^Antworten/ }).first().click()
  await facilitator.getByLabel('Antwort an Aylin Demir').fill('Gute Idee – bringen Sie das beim Nachtreffen ein?')
  await facilitator.getByRole('button', { name: 'Antwort senden' }).click()
  await facilitator.getByRole('article', { name: 'Kommentar von Dr. Miriam Okafor' }).waitFor()
  await checkA11y(facilitator, 'post with comments')
  await screenshot(facilitator, 'community-post')

  // Search finds it, umlauts and all.
  await participant.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Austausch' }).click()
  await participant.getByLabel('Suche').fill('Vereine')
  await participant.getByRole('link', { name: 'Wie erreicht ihr migrantische Vereine?' }).waitFor()
  await screenshot(participant, 'community-feed')

  await facilitator.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Austausch' }).click()
  await facilitator.getByRole('link', { name: 'Moderation' }).click()
  await facilitator.getByRole('heading', { level: 1, name: 'Moderation: Meldungen' }).waitFor()
  await checkA11y(facilitator, 'moderation queue')

  await participant.getByRole('link', { name: /^Benachrichtigungen/ }).click()
  await participant.getByText(/Dr\. Miriam Okafor hat (geantwortet|reagiert)/).first().waitFor()
  await checkA11y(participant, 'notifications')
}, needs('createPost', 'createComment'))

async function assertFocused(page, name) {
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  assert.equal(label, name, 'keyboard focus stays on the picked-up session')
}

async function waitForTitles(page, listName, predicate, timeout = 15_000) {
  const until = Date.now() + timeout
  let titles = []
  while (Date.now() < until) {
    titles = await titlesOfDay(page, listName)
    if (predicate(titles)) return titles
    await page.waitForTimeout(200)
  }
  throw new Error(`agenda did not change as expected; it reads: ${titles.join(' | ')}`)
}

export { journeys }
