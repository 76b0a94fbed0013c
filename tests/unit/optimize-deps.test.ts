import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../deck'

// `slidev export` prints through a dev server. A dependency only the charts import is found late, when a
// chart slide loads, and Vite re-optimizes and reloads the page in the middle of the export (two copies
// of Vue: "Cannot read properties of null (reading 'ce')" on every slide). Every package of the deck's
// own (package.json dependencies other than Slidev, Vue, mermaid and the fonts, which Slidev's config
// already handles) that the deck's code imports must be pre-bundled up front, in optimizeDeps.include.
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f)
  return statSync(p).isDirectory() ? files(p) : [p]
})

describe('vite optimizeDeps', () => {
  it('pre-bundles every package of the deck\'s own (d3, uqr) that the components, composables, setup and snippets import', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const own = Object.keys(pkg.dependencies).filter(d => !/^(?:@slidev\/|@fontsource\/|vue$|mermaid$)/.test(d))
    const sources = ['components', 'composables', 'setup', 'snippets', 'layouts']
      .flatMap(d => files(join(ROOT, d))).filter(f => /\.(?:ts|vue)$/.test(f))
    const used = new Set(sources.flatMap(f => [...readFileSync(f, 'utf8').matchAll(/from '([^'./][^']*)'/g)].map(m => m[1]!))
      .filter(m => own.includes(m)))
    const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8')
    const include = /include:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? ''
    expect(used.size).toBeGreaterThan(4)
    expect([...used].filter(m => !include.includes(`'${m}'`))).toEqual([])
  })
})
