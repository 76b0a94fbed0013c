import { injectionClicksContext } from '@slidev/client/constants.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { ref } from 'vue'
import TestTimeCompute from '../../components/charts/TestTimeCompute.vue'
import { CJK, ROOT } from '../deck'

const atClick = (current: number) => ({ global: { provide: { [injectionClicksContext as symbol]: ref({ current }) } } })
const shownSeries = (w: ReturnType<typeof mount>) =>
  w.findAll('g.series').filter(g => (g.element as SVGGElement).style.display !== 'none').map(g => g.attributes('data-series'))
const cx = (w: ReturnType<typeof mount>, key: string) => Number(w.find(`circle.mark[data-key="${key}"]`).attributes('cx'))
const cy = (w: ReturnType<typeof mount>, key: string) => Number(w.find(`circle.mark[data-key="${key}"]`).attributes('cy'))

describe('TestTimeCompute', () => {
  it('draws all fourteen points in the final state', () => {
    const w = mount(TestTimeCompute)
    expect(w.findAll('circle.mark')).toHaveLength(14)
    expect(w.findAll('circle.mark').map(c => c.attributes('data-key')).filter(k => /^o1-\d+$/.test(k ?? ''))).toEqual(['o1-1', 'o1-64', 'o1-1000'])
    expect(shownSeries(w)).toEqual(['gpt-4o', 'o1-preview', 'o1', 'o3-aime', 'o3-preview-arc1', 'o3-arc1', 'o3-arc2'])
  })

  it('reveals GPT-4o and o1-preview, then o1, then o3 on both panels', () => {
    expect(shownSeries(mount(TestTimeCompute, atClick(0)))).toEqual(['gpt-4o', 'o1-preview'])
    expect(shownSeries(mount(TestTimeCompute, atClick(1)))).toEqual(['gpt-4o', 'o1-preview', 'o1'])
    expect(shownSeries(mount(TestTimeCompute, atClick(2)))).toHaveLength(7)
  })

  it('puts AIME samples on a log axis: 1 → 64 → 1000 spaced by their logarithms', () => {
    const w = mount(TestTimeCompute)
    const perDecade = (cx(w, 'o1-64') - cx(w, 'o1-1')) / Math.log10(64)
    expect(cx(w, 'o1-1000') - cx(w, 'o1-64')).toBeCloseTo(perDecade * Math.log10(1000 / 64), 6)
    // same y scale on both panels: 87.5% sits above 75.7%, and o3's 91.6% above o1's single-sample 74%
    expect(cy(w, 'o3-preview-arc1-preview-high')).toBeLessThan(cy(w, 'o3-preview-arc1-preview-low'))
    expect(cy(w, 'o3-aime-1')).toBeLessThan(cy(w, 'o1-1'))
    expect(cx(w, 'o3-aime-1')).toBeCloseTo(cx(w, 'o1-1'), 6)
  })

  it('labels the ARC panel as a different benchmark and says what o3-preview was', () => {
    const w = mount(TestTimeCompute)
    const text = w.text()
    expect(text).toContain('ARC-AGI（另一基准，半私有集）')
    expect(text).toContain('纵轴不可与左图直接比较')
    expect(text).toContain('调过公开训练集')
    expect(text).toContain('超出成本上限')
    expect(text).toContain('87.5%*')
    expect(text).toContain('ARC-AGI-2：1.99% / 2.98%')
    expect(w.findAll('.arc-tick').map(t => t.text())).toEqual(['低算力', '高算力', 'low', 'medium'])
    // the preview is drawn hollow, the released model filled
    expect(w.find('circle.mark[data-key="o3-preview-arc1-preview-low"]').attributes('fill')).toBe('var(--chart-bg)')
    expect(w.find('circle.mark[data-key="o3-arc1-release-low"]').attributes('fill')).not.toBe('var(--chart-bg)')
  })

  it('uses no hard-coded colours and keeps SVG text at 14 px (tick labels 12 px) or more', () => {
    const w = mount(TestTimeCompute)
    for (const el of w.findAll('[stroke], [fill]')) {
      for (const attr of ['stroke', 'fill']) {
        const v = el.attributes(attr)
        if (v)
          expect(v, `${attr}="${v}"`).toMatch(/^(none|transparent|var\(--[\w-]+\))$/)
      }
    }
    // the component's own source (the chart and its panels in testtime/): colours only through theme
    // variables, no text under 12 px
    const dir = resolve(ROOT, 'components/charts/testtime')
    const files = [resolve(ROOT, 'components/charts/TestTimeCompute.vue'), ...readdirSync(dir).map(f => resolve(dir, f))]
    expect(files.length).toBeGreaterThanOrEqual(4)
    const sources = files.map(f => readFileSync(f, 'utf8'))
    for (const [i, source] of sources.entries())
      expect(source, files[i]).not.toMatch(/#[0-9a-f]{3,8}\b(?![\w-])/i)
    const css = sources.filter(s => s.includes('<style>')).map(s => s.slice(s.indexOf('<style>'))).join('\n')
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(m => ({ selector: m[1]!.trim(), body: m[2]! }))
    const sized = rules.flatMap(r => [...r.body.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)].map(m => ({ selector: r.selector, px: Number(m[1]) })))
    expect(sized.length).toBeGreaterThan(0)
    for (const { selector, px } of sized)
      expect(px, selector).toBeGreaterThanOrEqual(/\.tick\b/.test(selector) ? 12 : 14)
    // no inline font size under 14 px in the templates either
    for (const source of sources) {
      for (const m of source.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(12)
    }
  })

  it('hides a series with its toggle; one toggle hides o3 on both benchmarks', async () => {
    const w = mount(TestTimeCompute)
    await w.find('.chart-toggle[data-series="o1-preview"]').trigger('click')
    expect(shownSeries(w)).not.toContain('o1-preview')
    await w.find('.chart-toggle[data-series="o3"]').trigger('click')
    expect(shownSeries(w)).toEqual(['gpt-4o', 'o1', 'o3-preview-arc1'])
  })

  it('shows model, method and score on hover and focus; Escape clears', async () => {
    const w = mount(TestTimeCompute)
    await w.find('circle.mark[data-key="o1-1000"]').trigger('mouseenter')
    const tip = w.find('.chart-tip').text()
    expect(tip).toContain('o1')
    expect(tip).toContain('AIME 2024')
    expect(tip).toContain('re-ranking 1000 samples')
    expect(tip).toContain('准确率：93%')
    await w.find('svg').trigger('pointerleave') // the pointer leaves the plot
    expect(w.find('.chart-tip').exists()).toBe(false)
    // roving tabindex: one tab stop per legend group (o3 spans three series), on its first point until focus moves
    const tabStops = w.findAll('circle.mark[tabindex="0"]').map(c => c.attributes('data-key'))
    expect(tabStops).toEqual(['gpt-4o-1', 'o1-preview-1', 'o1-1', 'o3-aime-1', 'o3-preview-arc1-preview-low', 'o3-arc1-release-low', 'o3-arc2-release-low'])
    const high = w.find('circle.mark[data-key="o3-preview-arc1-preview-high"]')
    expect(high.attributes('tabindex')).toBe('-1')
    await high.trigger('focus')
    expect(high.attributes('tabindex')).toBe('0')
    expect(w.find('circle.mark[data-key="o3-preview-arc1-preview-low"]').attributes('tabindex')).toBe('-1')
    const arcTip = w.find('.chart-tip').text()
    expect(arcTip).toContain('ARC-AGI-1')
    expect(arcTip).toContain('87.5%')
    expect(arcTip).toContain('超出公开榜成本上限')
    expect(arcTip).toContain('在 ARC-AGI-1 公开训练集上训练过')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })) // ChartFrame listens on the window
    await w.vm.$nextTick()
    expect(w.find('.chart-tip').exists()).toBe(false)
  })

  it('has one 数据 table row per point, with cost where published', async () => {
    const w = mount(TestTimeCompute)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(14)
    expect(rows[0]!.text()).toContain('GPT-4o')
    const high = rows.find(r => r.text().includes('87.5'))!
    expect(high.text()).toContain('未公布')
    expect(high.text()).toContain('超出成本上限')
    expect(rows.find(r => r.text().includes('53.83'))!.text()).toContain('$0.29')
  })

  it('says how current the data is', () => {
    expect(mount(TestTimeCompute).find('figcaption').text()).toContain('数据截至 2025-04')
  })

  it('keeps marks not yet revealed out of reach: no tab stop, hidden from screen readers', () => {
    const w = mount(TestTimeCompute, atClick(1))
    expect(w.find('circle.mark[data-key="o1-1"]').attributes('tabindex')).toBe('0')
    for (const key of ['o3-aime-1', 'o3-preview-arc1-preview-low', 'o3-arc1-release-low']) {
      expect(w.find(`circle.mark[data-key="${key}"]`).attributes('tabindex'), key).toBe('-1')
      expect(w.find(`circle.mark[data-key="${key}"]`).attributes('aria-hidden'), key).toBe('true')
    }
  })
})

describe('TestTimeCompute in the English edition', () => {
  afterEach(() => {
    document.documentElement.lang = 'zh-CN'
  })

  it('draws, labels and tabulates in English: no Chinese in its SVG text, aria labels, legend or table', async () => {
    document.documentElement.lang = 'en'
    const w = mount(TestTimeCompute, { attachTo: document.body })
    const svg = w.find('svg')
    const labels = svg.findAll('[aria-label]').map(e => e.attributes('aria-label'))
    await w.find('circle.mark[data-key="o1-1000"]').trigger('mouseenter')
    const tip = w.find('.chart-tip').text()
    await w.find('.chart-table-toggle').trigger('click')
    const table = w.findAll('.chart-table th, .chart-table td').map(c => c.text())
    const legend = w.findAll('.chart-toggle').map(b => b.text())
    for (const text of [svg.text(), ...labels, tip, ...table, ...legend])
      expect(text).not.toMatch(CJK)
    expect(svg.text()).toContain('Accuracy (%)')
    expect(svg.text()).toContain('Samples per problem')
    expect(svg.text()).toContain('ARC-AGI-2: 1.99% / 2.98%')
    // short setting names: 'low compute' / 'high compute' would run into each other on the 640-px slide
    expect(w.findAll('.arc-tick').map(t => t.text())).toEqual(['low', 'high', 'low', 'medium'])
    expect(tip).toContain('Accuracy: 93%')
    expect(table.slice(0, 6)).toEqual(['Model', 'Benchmark', 'Setting', 'Score (%)', 'Cost per task', 'Notes'])
    expect(legend.join(' ')).toContain('o3 released (2025-04)')
    w.unmount()
  })
})
