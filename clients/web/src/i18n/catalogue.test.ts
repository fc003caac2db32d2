import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema, isEnumType } from 'graphql'
import { describe, expect, it } from 'vitest'
import de from './de.json'
import en from './en.json'

type Tree = { [k: string]: string | Tree }
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}
const base = (k: string) => k.replace(/_(one|other|zero|two|few|many)$/, '')
const deKeys = new Set(keys(de as Tree).map(base))
const enKeys = new Set(keys(en as Tree).map(base))

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return f === 'gql' ? [] : sources(p)
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : []
  })
}

describe('catalogues', () => {
  it('have the same keys in German and English', () => {
    expect([...deKeys].filter((k) => !enKeys.has(k))).toEqual([])
    expect([...enKeys].filter((k) => !deKeys.has(k))).toEqual([])
  })

  it('have every key the code asks for', () => {
    const used = new Set<string>()
    for (const file of sources(join(__dirname, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`]([a-zA-Z0-9_.]+)['`]/g)) used.add(m[1])
    }
    expect([...used].filter((k) => !deKeys.has(k))).toEqual([])
  })

  it('name every value of the enumerations the screens show, in both languages', () => {
    const schema = buildSchema(readFileSync(process.env.VIELFALT_SCHEMA ?? join(__dirname, '../../../../docs/schema.graphql'), 'utf8'))
    const missing: string[] = []
    for (const [typeName, labels] of Object.entries((de as Tree).enums as Tree)) {
      const type = schema.getType(typeName)
      if (!type || !isEnumType(type)) {
        missing.push(`${typeName} (not in the schema)`)
        continue
      }
      for (const v of type.getValues()) {
        if (!(v.name in (labels as Tree))) missing.push(`de ${typeName}.${v.name}`)
        if (!(v.name in (((en as Tree).enums as Tree)[typeName] as Tree))) missing.push(`en ${typeName}.${v.name}`)
      }
    }
    expect(missing).toEqual([])
  })
})
