// The catalogues: this app's keys in both languages, every key the code names present, and a
// label for every value of each enumeration the screens show – a new enum value in the schema
// fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { resources } from './index'

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
}

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false
    node = node[part]
  }
  if (node !== undefined) return true
  // Plurals: key_one / key_other
  const last = key.split('.').pop()!
  const parent = key.split('.').slice(0, -1)
  let p: string | Tree | undefined = tree
  for (const part of parent) p = typeof p === 'object' ? p[part] : undefined
  return typeof p === 'object' && typeof p[`${last}_other`] === 'string'
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return f === 'gql' ? [] : sources(p)
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : []
  })
}

const de = resources.de.translation as unknown as Tree
const en = resources.en.translation as unknown as Tree

describe('catalogues', () => {
  it('have the same mobile keys in German and English', () => {
    const mobileDe = keys(de.mobile as Tree).sort()
    const mobileEn = keys(en.mobile as Tree).sort()
    expect(mobileEn).toEqual(mobileDe)
  })

  it('hold every key the code names', () => {
    const root = join(__dirname, '..', '..')
    const files = [...sources(join(root, 'src')), join(root, 'App.tsx')]
    const missing: string[] = []
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        for (const [lang, tree] of [['de', de], ['en', en]] as const) if (!has(tree, m[1])) missing.push(`${lang}: ${m[1]} (${f})`)
      }
    }
    expect(missing).toEqual([])
  })

  it('label every value of the enumerations the screens show', () => {
    const schema = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'schema.graphql'), 'utf8').replace(/"""[\s\S]*?"""/g, '')
    const shown = ['PlanStatus', 'PlanScale', 'Visibility', 'PostKind', 'ReactionKind', 'ModuleKind', 'SessionStatus', 'FollowUpFormat', 'FollowUpStatus', 'Role']
    const missing: string[] = []
    for (const name of shown) {
      const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1]
      expect(body).toBeDefined()
      const values = body!.split(/\s+/).filter(Boolean)
      for (const v of values) for (const [lang, tree] of [['de', de], ['en', en]] as const) if (!has(tree, `enums.${name}.${v}`)) missing.push(`${lang}: enums.${name}.${v}`)
    }
    expect(missing).toEqual([])
  })

  it('speak German gender-inclusively', () => {
    const text = JSON.stringify(resources.de.translation.mobile)
    expect(text).toMatch(/Vielfaltsmanager\*innen/)
    expect(text).not.toMatch(/\bTeilnehmer\b|\bModeratoren\b/)
  })
})
