// Fails when the checked-in typed operations (src/gql/) are stale against ../../docs/schema.graphql
// or an operation no longer validates against it: generates into a temporary folder and compares.
import { generate } from '@graphql-codegen/cli'
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import config from '../codegen.mjs'

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
