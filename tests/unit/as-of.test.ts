import type { Component } from 'vue'
import { readdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { asOf, latestAsOf } from '../../data/types'
import { CHARTS, ROOT } from '../deck'

// Every figure says how current it is: each data module exports AS_OF, and each chart shows
// “数据截至 <the latest of its modules>”.
const modules = readdirSync(resolve(ROOT, 'data')).filter(f => f.endsWith('.ts') && f !== 'types.ts')
const TODAY = new Date().toISOString().slice(0, 10)

describe('as-of dates', () => {
  it.each(modules)('data/%s exports a valid AS_OF that is not in the future', async (file) => {
    const mod = await import(resolve(ROOT, 'data', file)) as { AS_OF?: unknown }
    expect(typeof mod.AS_OF, `data/${file} has no AS_OF export`).toBe('string')
    expect(mod.AS_OF as string).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
    expect((mod.AS_OF as string) <= TODAY, `data/${file}: AS_OF ${String(mod.AS_OF)} is after today`).toBe(true)
  })

  it('rejects a malformed as-of date naming the module', () => {
    expect(() => asOf('demo', '2026-13' as never)).toThrow(/\[demo\] AS_OF/)
    expect(latestAsOf('2024-06', '2026-11', '2025-03')).toBe('2026-11')
  })

  it.each(CHARTS.map(c => c.tag))('%s shows “数据截至” with the latest date of the data it imports', async (tag) => {
    const file = resolve(ROOT, 'components/charts', `${tag}.vue`)
    const { default: chart } = await import(file) as { default: Component }
    const text = mount(chart).find('figcaption').text()
    const shown = text.match(/数据截至\s*(\d{4}-\d{2}(?:-\d{2})?)/)?.[1]
    expect(shown, `${tag}'s source line has no 数据截至: “${text}”`).toBeDefined()
    // the chart and the pieces of its own it imports (./runway/geometry, ./testtime/TestTimeAimePanel.vue, …)
    const { existsSync, readFileSync } = await import('node:fs')
    const chartSource = readFileSync(file, 'utf8')
    const pieces = [...chartSource.matchAll(/from '\.\/([\w/]+?)(\.vue|\.ts)?'/g)]
      .map(m => resolve(dirname(file), m[1]! + (m[2] ?? '.ts'))).filter(p => existsSync(p))
    const source = [chartSource, ...pieces.map(p => readFileSync(p, 'utf8'))].join('\n')
    const dates = await Promise.all([...new Set([...source.matchAll(/from '(?:\.\.\/)+data\/(\w+)'/g)].map(m => m[1]!))]
      .filter(m => m !== 'types')
      .map(async m => ((await import(resolve(ROOT, 'data', `${m}.ts`))) as { AS_OF: string }).AS_OF))
    expect(shown).toBe([...dates].sort().at(-1))
  })
})
