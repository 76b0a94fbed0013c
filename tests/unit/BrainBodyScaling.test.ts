import { injectionClicksContext, injectionRenderContext, injectionSlidevContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick, reactive, ref } from 'vue'
import BrainBodyScaling from '../../components/charts/BrainBodyScaling.vue'
import { hominins, mammals, primates } from '../../data/brainBody'
import { textIn } from '../../i18n/lang'
import { CJK } from '../deck'

const tipText = (w: ReturnType<typeof mount>) => w.find('.chart-tip').exists() ? w.find('.chart-tip').text() : null
/** marks in a series the legend has not hidden (ChartMarks hides a hidden series' group with v-show) */
const shownMarks = (w: ReturnType<typeof mount>, series: string) =>
  w.findAll(`circle.mark[data-series="${series}"]`).filter(m => (m.element.closest('[data-marks]') as SVGGElement).style.display !== 'none')

describe('BrainBodyScaling', () => {
  it('draws one mark per row in each group (final state outside Slidev)', async () => {
    const w = mount(BrainBodyScaling)
    await nextTick()
    expect(w.findAll('circle.mark[data-series="mammals"]')).toHaveLength(62)
    expect(w.findAll('circle.mark[data-series="primates"]')).toHaveLength(224)
    expect(w.findAll('circle.mark[data-series="hominins"]')).toHaveLength(18)
    expect(w.find('figure').attributes('data-ready')).toBe('true')
  })

  it('draws a fit line per group with its slope', () => {
    const w = mount(BrainBodyScaling)
    const slopes = w.findAll('.bb-fit').map(g => [g.attributes('data-series'), g.find('text').text()])
    expect(slopes).toEqual([['mammals', '斜率 0.75'], ['primates', '斜率 0.80'], ['hominins', '斜率 1.29']])
    expect(w.find('.bb-note').text()).toContain('斜率 1.29 ± 0.12')
  })

  it('states what the hominin sample supports: the slope, its standard error and the < 3× body-mass span, no extrapolation', () => {
    const note = mount(BrainBodyScaling).find('.bb-note').text()
    expect(note).toContain('26–72 kg（约 2.8 倍）')
    expect(note).toContain('不能外推')
    // the old extrapolation ("体重每增 10 倍，人族脑重约增 19 倍") is gone
    expect(note).not.toMatch(/10 倍|19 倍/)
    expect(mount(BrainBodyScaling).find('desc').text()).toContain('标准误 0.12')
  })

  it('uses one word for hominins: 人族', () => {
    const w = mount(BrainBodyScaling)
    const text = [w.find('.chart-toggles').text(), w.find('desc').text(), w.find('.bb-note').text()].join(' ')
    expect(text).toContain('人族')
    expect(text).not.toMatch(/原人|古人类|人科/)
  })

  it('does not fade in on the export print page (?print=true), even with a fixed nav and render context slide', () => {
    const provide = (clicks: number) => ({
      global: {
        provide: {
          [injectionClicksContext as symbol]: ref({ current: clicks }),
          [injectionRenderContext as symbol]: ref('slide'),
          [injectionSlidevContext as symbol]: reactive({ nav: {} }),
        },
      },
    })
    window.history.replaceState(null, '', '/#/33')
    expect(mount(BrainBodyScaling, provide(3)).find('.bb-plot').classes()).toContain('chart-animate')
    window.history.replaceState(null, '', '/?print=true#print')
    const printed = mount(BrainBodyScaling, provide(99))
    expect(printed.find('.bb-plot').classes()).not.toContain('chart-animate')
    expect(printed.find('.bb-note').exists()).toBe(true)
    window.history.replaceState(null, '', '/')
  })

  it('labels Homo sapiens', () => {
    const w = mount(BrainBodyScaling)
    expect(w.find('.bb-human-label').text()).toBe('智人')
    expect(w.findAll('circle.mark[data-human]').map(c => c.attributes('data-series'))).toEqual(['mammals', 'hominins'])
  })

  it('hides a group with its toggle and shows it again', async () => {
    const w = mount(BrainBodyScaling)
    const btn = w.find('.chart-toggle[data-series="primates"]')
    expect(btn.attributes('aria-pressed')).toBe('true')
    await btn.trigger('click')
    expect(btn.attributes('aria-pressed')).toBe('false')
    expect(shownMarks(w, 'primates')).toHaveLength(0)
    expect(w.find('.bb-fit[data-series="primates"]').exists()).toBe(false)
    expect(shownMarks(w, 'mammals')).toHaveLength(62)
    await btn.trigger('click')
    expect(shownMarks(w, 'primates')).toHaveLength(224)
  })

  it('names the hovered species with body and brain mass, and Escape clears it', async () => {
    const w = mount(BrainBodyScaling, { attachTo: document.body })
    const elephant = w.findAll('circle.mark[data-series="mammals"]').at(-1)!
    await elephant.trigger('mouseenter')
    expect(tipText(w)).toContain('非洲象')
    expect(tipText(w)).toContain('African elephant')
    expect(tipText(w)).toContain('体重 6,654 kg')
    expect(tipText(w)).toContain('脑重 5,712 g')
    await w.find('figure').trigger('keydown', { key: 'Escape' })
    expect(tipText(w)).toBeNull()
    w.unmount()
  })

  it('shows the same tooltip on keyboard focus, one tab stop per group, arrows walk the points', async () => {
    const w = mount(BrainBodyScaling, { attachTo: document.body })
    const tabbable = w.findAll('circle.mark[tabindex="0"]')
    expect(tabbable.map(c => c.attributes('data-series'))).toEqual(['mammals', 'primates', 'hominins'])
    // the kit's roving tabindex: a group's tab stop starts on its first (lightest) point, then follows focus
    expect(w.find('circle.mark[data-series="hominins"][tabindex="0"]').attributes('data-i')).toBe('0')
    const sapiens = w.find('circle.mark[data-series="hominins"][data-human]')
    await sapiens.trigger('focus')
    expect(tipText(w)).toContain('智人（现代人）')
    expect(tipText(w)).toContain('颅容量 1,349 cm³')
    expect(sapiens.attributes('tabindex')).toBe('0')
    expect(w.findAll('circle.mark[data-series="hominins"][tabindex="0"]')).toHaveLength(1)
    // ArrowLeft moves to the next lighter hominin (points run by body mass), and the slide does not step
    const sorted = [...hominins.rows].sort((a, b) => a.bodyKg - b.bodyKg)
    const idx = sorted.findIndex(r => r.isHuman)
    expect(sapiens.attributes('data-i')).toBe(String(idx))
    const key = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true })
    sapiens.element.dispatchEvent(key)
    await nextTick()
    expect(key.defaultPrevented).toBe(true)
    expect(tipText(w)).toContain(textIn(sorted[idx - 1]!.name, 'zh-CN'))
    expect(w.find('circle.mark[data-series="hominins"][tabindex="0"]').attributes('data-i')).toBe(String(idx - 1))
    expect(document.activeElement?.getAttribute('data-i')).toBe(String(idx - 1))
    w.unmount()
  })

  it('shows the data table with one row per plotted datum', async () => {
    const w = mount(BrainBodyScaling)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(mammals.rows.length + primates.rows.length + hominins.rows.length)
    expect(rows).toHaveLength(304)
    expect(w.findAll('.chart-table thead th').map(th => th.text())).toEqual(['类群', '名称', '原名', '体重 (kg)', '脑重 (g)'])
    expect(rows.some(r => r.text().includes('Homo sapiens') && r.text().includes('1349'))).toBe(true)
  })

  it('describes the chart and cites every group', () => {
    const w = mount(BrainBodyScaling)
    expect(w.find('desc').text()).toContain('62 种陆生哺乳动物')
    expect(w.find('desc').text()).toContain('惊奇南方古猿')
    const src = w.find('.chart-source').text()
    expect(src).toContain('Allison & Cicchetti')
    expect(src).toContain('Powell, Isler & Barton')
    expect(src).toContain('Monson, Weitz & Brasil')
  })
})

describe('BrainBodyScaling in the English edition', () => {
  afterEach(() => {
    document.documentElement.lang = 'zh-CN'
  })

  it('draws, labels and tabulates in English: no Chinese in its SVG text, aria labels, legend, tooltips or table', async () => {
    document.documentElement.lang = 'en'
    const w = mount(BrainBodyScaling, { attachTo: document.body })
    const svg = w.find('svg')
    const labels = svg.findAll('[aria-label]').map(e => e.attributes('aria-label'))
    await w.findAll('circle.mark[data-series="mammals"]').at(-1)!.trigger('mouseenter')
    const tip = tipText(w) ?? ''
    await w.find('.chart-table-toggle').trigger('click')
    const table = w.findAll('.chart-table th, .chart-table td').map(c => c.text())
    const legend = w.findAll('.chart-toggle').map(b => b.text())
    for (const text of [svg.text(), ...labels, tip, ...table, ...legend])
      expect(text).not.toMatch(CJK)
    expect(svg.text()).toContain('Body mass (kg, log scale)')
    expect(svg.text()).toContain('Brain mass (g, log scale)')
    expect(w.find('.bb-note').text()).toContain('slope 1.29 ± 0.12')
    expect(w.find('.bb-human-label').text()).toBe('Homo sapiens')
    expect(tip).toContain('African elephant')
    expect(tip).toContain('Body 6,654 kg')
    expect(legend.join(' ')).toContain('Hominids (18, 16 fitted), slope 1.29')
    expect(table.slice(0, 5)).toEqual(['Group', 'Name', 'Source name', 'Body (kg)', 'Brain (g)'])
    expect(table).toContain('Vervet')
    w.unmount()
  })
})
