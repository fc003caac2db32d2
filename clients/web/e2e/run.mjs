// End-to-end journeys against the real service: `npm run e2e` (VIELFALT_BIN names the service
// binary, default ../../target/debug/vielfalt). Starts everything it needs on free ports, bounded in
// time, and stops only what it started.
import { chromium } from 'playwright-core'
import { existsSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { axeReport, build, chromiumArgs, servesApp, startPreview, startService, stopAll, webRoot } from './harness.mjs'
import { journeys } from './journeys.mjs'

const bin = resolve(webRoot, process.env.VIELFALT_BIN ?? '../../target/debug/vielfalt')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const totalSeconds = Number(process.env.E2E_TIMEOUT_S ?? 900)
const journeySeconds = Number(process.env.E2E_JOURNEY_TIMEOUT_S ?? 240)
const only = process.env.E2E_ONLY

const watchdog = setTimeout(() => {
  console.error(`e2e: gave up after ${totalSeconds}s`)
  stopAll()
  process.exit(1)
}, totalSeconds * 1000)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(1)
  })
}

function withTimeout(promise, seconds, what) {
  let timer
  return Promise.race([promise, new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: timed out after ${seconds}s`)), seconds * 1000)))]).finally(() =>
    clearTimeout(timer),
  )
}

let passed = 0
let failed = 0
let skipped = 0
let browser
let service
try {
  if (!existsSync(bin)) throw new Error(`no service binary at ${bin} (set VIELFALT_BIN)`)
  if (!existsSync(chromiumPath)) throw new Error(`no chromium at ${chromiumPath} (apt-get install -y chromium)`)
  if (process.env.E2E_SKIP_BUILD !== '1') {
    console.log('e2e: building the app')
    await build()
  }
  console.log(`e2e: service ${bin}`)
  service = await startService(bin, join(webRoot, 'dist'))
  // As in production: the service serves the built app at / (VIELFALT_WEB_DIR). A service without
  // that (or E2E_VIA=preview) gets `vite preview` in front, proxying the API.
  const viaService = process.env.E2E_VIA !== 'preview' && (await servesApp(service.url))
  const baseURL = viaService ? service.url : await startPreview(service.url)
  console.log(`e2e: app on ${baseURL} (${viaService ? 'served by the service' : 'vite preview'}), API on ${service.url}`)
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  const env = { browser, baseURL, apiURL: service.url, password: service.password }
  for (const journey of journeys) {
    if (only && !journey.name.includes(only)) continue
    if (journey.pending?.()) {
      skipped++
      console.log(`- SKIP ${journey.name}: ${journey.pendingReason}`)
      continue
    }
    const started = Date.now()
    const contexts = []
    try {
      await withTimeout(journey.run({ ...env, contexts }), journeySeconds, journey.name)
      passed++
      console.log(`✔ ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
    } catch (e) {
      failed++
      console.log(`✘ ${journey.name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 12).join('\n  ')}`)
      for (const [i, ctx] of contexts.entries()) {
        for (const [j, page] of ctx.pages().entries()) {
          const dir = join(webRoot, 'e2e-results')
          mkdirSync(dir, { recursive: true })
          await page.screenshot({ path: join(dir, `${journey.name.replace(/\W+/g, '-')}-${i}-${j}.png`), fullPage: true }).catch(() => {})
        }
      }
    } finally {
      for (const ctx of contexts) await ctx.close().catch(() => {})
    }
  }
} catch (e) {
  failed++
  console.error(`e2e: ${e?.stack ?? e}`)
} finally {
  await browser?.close().catch(() => {})
  stopAll()
  service?.cleanup()
  clearTimeout(watchdog)
  mkdirSync(join(webRoot, 'e2e-results'), { recursive: true })
  writeFileSync(join(webRoot, 'e2e-results/axe.json'), JSON.stringify(axeReport, null, 2))
  const screens = axeReport.length
  console.log(`axe: ${screens} screens checked, ${axeReport.reduce((n, r) => n + r.violations.length, 0)} minor or moderate findings (details in e2e-results/axe.json)`)
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  console.log(`${passed} passed, ${failed} failed`)
}
process.exit(failed ? 1 : 0)
