import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../deck'

// `slidev export` prints through a dev server. A dependency only the charts import is found late, when a
// chart slide loads, and Vite re-optimizes and reloads the page in the middle of the export (two copies
// of Vue: "Cannot read properties of null (reading 'ce')" on every slide). Every d3 module the deck's
// own code imports must be pre-bundled up front, in vite.config.ts optimizeDeps.include.
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f)
  return statSync(p).isDirectory() ? files(p) : [p]
})

describe('vite optimizeDeps', () => {
  it('pre-bundles every d3 module the components, composables, setup and snippets import', () => {
    const sources = ['components', 'composables', 'setup', 'snippets', 'layouts']
      .flatMap(d => files(join(ROOT, d))).filter(f => /\.(?:ts|vue)$/.test(f))
    const used = new Set(sources.flatMap(f => [...readFileSync(f, 'utf8').matchAll(/from '(d3-[\w-]+)'/g)].map(m => m[1]!)))
    const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8')
    const include = /include:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? ''
    expect(used.size).toBeGreaterThan(3)
    expect([...used].filter(m => !include.includes(`'${m}'`))).toEqual([])
  })
})
