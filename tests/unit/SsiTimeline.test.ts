import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { injectionClicksContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import SsiTimeline from '../../components/charts/SsiTimeline.vue'
import { ssiEvents } from '../../data/ssi'
import { CJK, ROOT } from '../deck'

const tipText = (w: ReturnType<typeof mount>) => w.find('.chart-tip').exists() ? w.find('.chart-tip').text() : null
const atClick = (current: number) => ({ global: { provide: { [injectionClicksContext as symbol]: ref({ current }) } } })

describe('SsiTimeline', () => {
  it('draws every event and, in the final step, raised and valuation per round', async () => {
    const w = mount(SsiTimeline)
    await nextTick()
    expect(w.findAll('.mark[data-series="events"]')).toHaveLength(ssiEvents.rows.length)
    expect(w.findAll('.mark[data-series="raised"]')).toHaveLength(2)
    expect(w.findAll('.mark[data-series="valuation"]')).toHaveLength(2)
    expect(w.find('figure').attributes('data-ready')).toBe('true')
  })

  it('shows only the events before the click, the money after it', () => {
    const before = mount(SsiTimeline, atClick(0))
    expect(before.findAll('.mark[data-series="events"]')).toHaveLength(ssiEvents.rows.length)
    expect(before.findAll('.ssi-money-mark')).toHaveLength(0)
    expect(mount(SsiTimeline, atClick(1)).findAll('.ssi-money-mark')).toHaveLength(4)
  })

  it('formats money as "$N 亿", says which figures are press reports, and labels the ratio', () => {
    const w = mount(SsiTimeline)
    const labels = w.findAll('.ssi-money-label').map(t => t.text())
    expect(labels).toEqual(['融资 $10 亿', '估值 $50 亿（据报道）', '融资 $20 亿（据报道）', '估值 $320 亿（据报道）'])
    const ticks = w.findAll('.axis-left .tick text').map(t => t.text())
    expect(ticks).toEqual(['$10 亿', '$100 亿'])
    expect(w.find('.ssi-ratio-label').text()).toBe('约 7 个月 ×6.4')
  })

  it('places the money marks on a log scale: distances follow ratios (×5, ×16, ×2)', () => {
    const w = mount(SsiTimeline)
    const cy = (id: string) => Number(w.find(`.mark[data-id="${id}"] circle`).attributes('cy'))
    const perDecade = (cy('round-1-raised') - cy('round-1-valuation')) / Math.log10(5)
    expect(cy('round-2-raised') - cy('round-2-valuation')).toBeCloseTo(perDecade * Math.log10(16), 6)
    expect(cy('round-1-raised') - cy('round-2-raised')).toBeCloseTo(perDecade * Math.log10(2), 6)
  })

  it('labels dates in Chinese, positions events in time order, and keeps labels from running into each other', () => {
    const w = mount(SsiTimeline)
    expect(w.findAll('.ssi-date').map(t => t.text())).toEqual(['2024年5月', '2024年6月19日', '2024年9月4日', '2025年4月', '2025年7月3日', '2025年11月25日'])
    const xs = w.findAll('.ssi-dot').map(c => Number(c.attributes('cx')))
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(w.findAll('.axis-bottom .tick text').map(t => t.text())).toContain('2025年1月')
    // the clean placement (not the alternating fallback): labels on one height never overlap, and the
    // lower labels (y 68) stay clear of the stems of the labels above them
    const labels = w.findAll('.ssi-label').map(t => [Number(t.attributes('y')), t.attributes('text-anchor')])
    expect(labels).toEqual([[30, 'end'], [30, 'start'], [68, 'start'], [30, 'end'], [30, 'start'], [68, 'end']])
  })

  it('uses theme colours only and no chart text under 14 px (tick labels 12 px)', () => {
    // the chart and its parts (components/charts/ssi/): the panel and the layout module
    const files = ['components/charts/SsiTimeline.vue', ...readdirSync(resolve(ROOT, 'components/charts/ssi')).map(f => `components/charts/ssi/${f}`)]
    expect(files).toContain('components/charts/ssi/SsiMoneyPanel.vue')
    const sources = files.map(f => readFileSync(resolve(ROOT, f), 'utf8'))
    for (const [i, source] of sources.entries())
      expect(source, files[i]).not.toMatch(/#[0-9a-f]{3,8}\b(?![\w-])/i)
    const css = sources.filter(s => s.includes('<style>')).map(s => s.slice(s.indexOf('<style>'))).join('\n')
    const sized = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(m =>
      [...m[2]!.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)].map(f => ({ selector: m[1]!.trim(), px: Number(f[1]) })))
    expect(sized.length).toBeGreaterThan(0)
    for (const { selector, px } of sized)
      expect(px, selector).toBeGreaterThanOrEqual(/\.tick\b/.test(selector) ? 12 : 14)
  })

  it('shows the event on hover and focus, and Escape clears it', async () => {
    const w = mount(SsiTimeline, { attachTo: document.body })
    const founded = w.find('.mark[data-id="founded"]')
    // one Tab stop per series (roving tabindex): the first event until another one is focused
    expect(w.findAll('.mark[data-series="events"][tabindex="0"]').map(m => m.attributes('data-id'))).toEqual(['leave-openai'])
    await founded.trigger('mouseenter')
    expect(tipText(w)).toContain('宣布成立 SSI')
    expect(tipText(w)).toContain('Daniel Levy')
    await w.find('svg').trigger('pointerleave') // the pointer leaves the plot
    expect(tipText(w)).toBeNull()
    const val = w.find('.mark[data-id="round-2-valuation"]')
    await val.trigger('focus')
    expect(val.attributes('tabindex')).toBe('0')
    expect(tipText(w)).toContain('估值（据报道）：$320 亿')
    expect(tipText(w)).toContain('SSI 未披露')
    await w.find('figure').trigger('keydown', { key: 'Escape' })
    expect(tipText(w)).toBeNull()
    w.unmount()
  })

  it('hides a money series with its toggle, the ratio with it', async () => {
    const w = mount(SsiTimeline)
    await w.find('.chart-toggle[data-series="valuation"]').trigger('click')
    expect(w.findAll('.mark[data-series="valuation"]')).toHaveLength(0)
    expect(w.findAll('.mark[data-series="raised"]')).toHaveLength(2)
    expect(w.find('.ssi-ratio').exists()).toBe(false)
  })

  it('shows the data table with one row per event', async () => {
    const w = mount(SsiTimeline)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(ssiEvents.rows.length)
    expect(rows[2]!.text()).toContain('$10 亿')
    expect(rows[2]!.text()).toContain('$50 亿')
    expect(rows[3]!.text()).toContain('$320 亿')
    expect(rows[5]!.text()).toContain('age of research')
  })

  it('says how current the data is', () => {
    expect(mount(SsiTimeline).find('figcaption').text()).toContain('数据截至 2025-11')
  })
})

describe('SsiTimeline in the English edition', () => {
  afterEach(() => {
    document.documentElement.lang = 'zh-CN'
  })

  it('draws, labels and tabulates in English: money in B, dates in English, no Chinese', async () => {
    document.documentElement.lang = 'en'
    const w = mount(SsiTimeline, { attachTo: document.body })
    const svg = w.find('svg')
    const labels = svg.findAll('[aria-label]').map(e => e.attributes('aria-label'))
    await w.find('.mark[data-id="round-2-valuation"]').trigger('focus')
    const tip = tipText(w) ?? ''
    await w.find('.chart-table-toggle').trigger('click')
    const table = w.findAll('.chart-table th, .chart-table td').map(c => c.text())
    const legend = w.findAll('.chart-toggle').map(b => b.text())
    for (const text of [svg.text(), ...labels, tip, ...table, ...legend])
      expect(text).not.toMatch(CJK)
    expect(svg.find('.ssi-axis-label').text()).toBe('Raised and valuation (USD, log scale)')
    expect(w.findAll('.ssi-money-label').map(t => t.text())).toEqual(['Raised $1B', 'Valued at $5B (reported)', 'Raised $2B (reported)', 'Valued at $32B (reported)'])
    expect(w.findAll('.axis-left .tick text').map(t => t.text())).toEqual(['$1B', '$10B'])
    expect(w.findAll('.ssi-date').map(t => t.text())).toEqual(['May 2024', 'Jun 19, 2024', 'Sep 4, 2024', 'Apr 2025', 'Jul 3, 2025', 'Nov 25, 2025'])
    expect(w.findAll('.axis-bottom .tick text').map(t => t.text())).toContain('Jan 2025')
    expect(tip).toContain('Valuation (reported): $32B')
    expect(table.slice(0, 6)).toEqual(['Date', 'Event', 'Details', 'Raised', 'Valuation', 'Source (certainty)'])
    w.unmount()
  })
})
