// What the journeys need: the real service (VIELFALT_BIN) on a free port with a fresh SQLite
// database, serving the app's web export itself (VIELFALT_WEB_DIR, same origin as the API);
// Debian's chromium through playwright-core at a phone's viewport; a GraphQL helper for the
// facilitator's side; axe-core on every screen; screenshots for docs/screenshots/.
import { spawn, execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import { copyFileSync, chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const here = dirname(fileURLToPath(import.meta.url))
export const appRoot = resolve(here, '..')
export const repoRoot = resolve(appRoot, '../..')
export const screenshotDir = join(repoRoot, 'docs/screenshots')
export const resultsDir = join(appRoot, 'e2e-results')
const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

const children = new Set()

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => ok(port))
    })
  })
}

function start(cmd, args, options, label) {
  const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  children.add(child)
  child.on('exit', () => children.delete(child))
  child.label = label
  child.log = ''
  const keep = (chunk) => {
    child.log += chunk.toString()
    if (child.log.length > 200_000) child.log = child.log.slice(-100_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return child
}

/** Stops the processes this run started (by their process groups), and only those. */
export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* gone */
    }
  }
}

async function waitFor(url, child, seconds) {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${child.label} exited (${child.exitCode}):\n${child.log.slice(-3000)}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${child.label} did not answer ${url} within ${seconds}s:\n${child.log.slice(-3000)}`)
}

/** The service on a fresh database, with demo data, serving `webDir` at `/`. */
export async function startService(bin, webDir) {
  const dir = mkdtempSync(join(tmpdir(), 'vielfalt-mobile-e2e-'))
  // A copy, so a rebuild of the binary during the run cannot pull it away.
  const own = join(dir, 'vielfalt')
  copyFileSync(bin, own)
  chmodSync(own, 0o755)
  const schema = execFileSync(own, ['schema'], { encoding: 'utf8', timeout: 30_000 })
  const port = await freePort()
  const service = start(
    own,
    ['serve'],
    {
      cwd: dir,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite://${dir}/e2e.db?mode=rwc`,
        VIELFALT_BIND: `127.0.0.1:${port}`,
        VIELFALT_DEMO: '1',
        VIELFALT_ENV: 'development',
        VIELFALT_LOG_FORMAT: 'json',
        VIELFALT_WEB_DIR: webDir,
        RUST_LOG: 'warn',
      },
    },
    'service',
  )
  await waitFor(`http://127.0.0.1:${port}/healthz`, service, 60)
  const until = Date.now() + 10_000
  let password
  while (!password && Date.now() < until) {
    password = /Passwor[dt]:\s+(\S+)/.exec(service.log)?.[1]
    if (!password) await new Promise((r) => setTimeout(r, 100))
  }
  if (!password) throw new Error(`no demo password printed:\n${service.log.slice(0, 2000)}`)
  return { url: `http://127.0.0.1:${port}`, password, schema, service, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A small GraphQL client for the other side of the room (the facilitator) and for checks. */
export class Api {
  constructor(url) {
    this.url = url
    this.token = null
  }
  async q(query, variables = {}) {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    const body = await res.json()
    if (body.errors?.length) throw new Error(`${body.errors[0].message} (${body.errors[0].extensions?.code}) in ${query.slice(0, 80)}`)
    return body.data
  }
  async login(email, password) {
    const d = await this.q('mutation($e:String!,$p:String!){login(email:$e,password:$p){accessToken person{id}}}', { e: email, p: password })
    this.token = d.login.accessToken
    this.personId = d.login.person.id
    return this
  }
}

export const chromiumArgs = ['--lang=de-DE', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** A phone: 390×844 CSS pixels, touch, German, in Berlin. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'de-DE', timezoneId: 'Europe/Berlin' }

export const axeReport = []

/** axe-core with the WCAG 2.1 A/AA rules; serious or critical violations fail the journey. */
export async function checkA11y(page, screen) {
  // Evaluated through the DevTools protocol: the service's Content-Security-Policy (rightly) refuses
  // inline script tags, and the app runs under it as in production.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
  )
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  axeReport.push({ screen, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) })
  if (bad.length) {
    const detail = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`).join('\n  ')
    throw new Error(`axe: ${bad.length} serious/critical violation(s) on ${screen}:\n  ${detail}`)
  }
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `mobile-${name}.png`), animations: 'disabled' })
}
