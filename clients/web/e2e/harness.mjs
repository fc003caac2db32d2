// The pieces every journey needs: the real service on a fresh SQLite database, the built app served
// by `vite preview` (proxying /graphql and /graphql/ws to the service), Debian's chromium through
// playwright-core, axe-core on every screen, and screenshots for docs/screenshots/.
import { execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const here = dirname(fileURLToPath(import.meta.url))
export const webRoot = resolve(here, '..')
export const repoRoot = resolve(webRoot, '../..')
export const screenshotDir = join(repoRoot, 'docs/screenshots')
const require = createRequire(import.meta.url)
const axePath = require.resolve('axe-core/axe.min.js')

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

/** Stops every process this run started (their whole process groups), and only those. */
export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
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

export async function startService(bin, webDir) {
  servedSchema = execFileSync(bin, ['schema'], { encoding: 'utf8', timeout: 30_000 })
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'vielfalt-e2e-'))
  const service = start(
    bin,
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
        ...(webDir ? { VIELFALT_WEB_DIR: webDir } : {}),
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
  return { url: `http://127.0.0.1:${port}`, password, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Whether the service serves the built app itself (VIELFALT_WEB_DIR), client-side routes included. */
export async function servesApp(url) {
  try {
    const res = await fetch(`${url}/cohorts/any`)
    return res.ok && (await res.text()).includes('<div id="root">')
  } catch {
    return false
  }
}

export async function build() {
  const child = start(join(webRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: webRoot, env: process.env }, 'vite build')
  const code = await new Promise((r) => child.on('exit', r))
  if (code !== 0) throw new Error(`vite build failed:\n${child.log}`)
}

export async function startPreview(apiUrl) {
  const port = await freePort()
  const preview = start(
    join(webRoot, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: webRoot, env: { ...process.env, VIELFALT_API_URL: apiUrl } },
    'vite preview',
  )
  await waitFor(`http://127.0.0.1:${port}/`, preview, 60)
  return `http://127.0.0.1:${port}`
}

export const chromiumArgs = ['--lang=de-DE', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

let servedSchema = null

/** What the service under test serves (`vielfalt schema`), so journeys whose API has not landed
 * yet say so instead of failing. */
export function schemaHas(...names) {
  if (servedSchema === null) throw new Error('schemaHas before startService')
  return names.every((n) => new RegExp(`\\b${n}\\b`).test(servedSchema))
}

export const axeReport = []

/** axe-core with the WCAG 2.1 A/AA rules; serious or critical violations fail the journey. */
export async function checkA11y(page, screen) {
  await page.waitForLoadState('networkidle').catch(() => {})
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The service's Content-Security-Policy forbids inline scripts (rightly), so axe is not added
    // as a <script> tag; DevTools evaluation is not subject to the page's CSP.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Runtime.evaluate', { expression: readFileSync(axePath, 'utf8') })
    await cdp.detach()
  }
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
  )
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  axeReport.push({ screen, url: page.url(), violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) })
  if (bad.length) {
    const detail = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`).join('\n  ')
    throw new Error(`axe: ${bad.length} serious/critical violation(s) on ${screen}:\n  ${detail}`)
  }
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true, animations: 'disabled' })
}
