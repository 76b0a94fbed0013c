import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Issue 11: the tree shows the architecture. The kit, the charts and the slide pieces each have a folder;
// no component grows past 300 lines; a chart draws through the kit instead of re-growing its plumbing.
const root = join(__dirname, '../../components')
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f)
  return statSync(p).isDirectory() ? files(p) : [p]
})
const vue = files(root).filter(f => f.endsWith('.vue'))
const rel = (f: string) => relative(root, f)
const MAX_LINES = 300

describe('components', () => {
  it('live in kit/, charts/, slide/, reader/ or presenter/', () => {
    expect(vue.map(rel).filter(f => !/^(?:kit|charts|slide|reader|presenter)\//.test(f))).toEqual([])
  })

  it(`are at most ${MAX_LINES} lines each`, () => {
    const long = vue.map(f => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_LINES)
    expect(long).toEqual([])
  })

  it('have unique file names (Slidev registers each by its name)', () => {
    const names = vue.map(f => f.split('/').pop())
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  })

  it('charts take their state from useChart and their marks from ChartMarks, not their own wiring', () => {
    const charts = vue.filter(f => rel(f).startsWith('charts/'))
    for (const f of charts) {
      const src = readFileSync(f, 'utf8')
      expect(src, `${rel(f)} steps by itself`).not.toMatch(/useChartSteps/)
      expect(src, `${rel(f)} wires its own hover or focus`).not.toMatch(/@(?:mouseenter|mouseleave|focus|blur|focusin|focusout)=/)
      expect(src, `${rel(f)} gives a mark its own role`).not.toMatch(/role="button"/)
      expect(src, `${rel(f)} has its own fade keyframes`).not.toMatch(/@keyframes\s+\w*fade/)
    }
    const top = charts.filter(f => /^charts\/[^/]+\.vue$/.test(rel(f)))
    expect(top).toHaveLength(7)
    for (const f of top)
      expect(readFileSync(f, 'utf8'), `${rel(f)} calls useChart`).toMatch(/useChart\(\{/)
  })
})
