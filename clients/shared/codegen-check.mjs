// Fails when a client's checked-in typed operations (src/gql/) are stale against
// ../../docs/schema.graphql or an operation no longer validates against it: generates into a
// temporary folder and compares. Shared by the web and mobile clients; run it from the client's
// folder (`npm run codegen:check`), which supplies @graphql-codegen and codegen.mjs.
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const client = process.cwd()
const fromClient = createRequire(join(client, 'package.json'))
const { generate } = await import(pathToFileURL(fromClient.resolve('@graphql-codegen/cli')).href)
const { default: config } = await import(pathToFileURL(join(client, 'codegen.mjs')).href)

const tmp = mkdtempSync(join(tmpdir(), 'vielfalt-codegen-'))
const checked = 'src/gql/'
try {
  const generates = { [`${tmp}/`]: config.generates[checked] }
  await generate({ ...config, generates, silent: true }, true)
  const stale = []
  for (const file of readdirSync(tmp)) {
    const mine = join(checked, file)
    if (!existsSync(mine) || readFileSync(mine, 'utf8') !== readFileSync(join(tmp, file), 'utf8')) stale.push(mine)
  }
  for (const file of readdirSync(checked)) if (!existsSync(join(tmp, file))) stale.push(`${checked}${file} (no longer generated)`)
  if (stale.length) {
    console.error(`codegen:check: generated types are stale: ${stale.join(', ')}\nRun \`npm run codegen\` and commit the result.`)
    process.exit(1)
  }
  console.log('codegen:check: src/gql/ matches docs/schema.graphql')
} catch (e) {
  console.error('codegen:check: the operations do not validate against docs/schema.graphql')
  console.error(e?.message ?? e)
  process.exit(1)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
