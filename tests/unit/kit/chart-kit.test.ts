import { injectionClicksContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { parseCsv } from '../../../components/kit/csv'
import DemoChart from './DemoChart.vue'

const marks = (w: ReturnType<typeof mount>) => w.findAll('.mark')

describe('chart kit: frame, marks, toggles, slider over one chart state', () => {
  it('gives slidev export a data-waitfor selector that matches inside the figure once the chart is ready', async () => {
    const w = mount(DemoChart)
    const figure = w.find('figure').element
    const selector = figure.getAttribute('data-waitfor')!
    await w.vm.$nextTick()
    expect(figure.querySelector(selector)).not.toBeNull()
  })

  it('labels the drawing as a graphics document with its title and description; marks are graphics symbols in named groups', () => {
    const w = mount(DemoChart)
    const svg = w.find('svg[role="graphics-document"]')
    expect(w.find(`#${svg.attributes('aria-labelledby')}`).text()).toBe('示例图')
    expect(w.find(`#${svg.attributes('aria-describedby')}`).text()).toBe('一张用来测试的图')
    expect(marks(w)).toHaveLength(4)
    expect(marks(w).every(m => m.attributes('role') === 'graphics-symbol' && !!m.attributes('aria-label'))).toBe(true)
    expect(w.findAll('g[role="group"]').map(g => g.attributes('aria-label'))).toEqual(['甲组', '乙组'])
  })

  it('has one Tab stop per series, and arrow keys, Home and End move inside it without reaching the window', async () => {
    const w = mount(DemoChart, { attachTo: document.body })
    const stops = () => marks(w).filter(m => m.attributes('tabindex') === '0').map(m => m.attributes('data-key'))
    expect(stops()).toEqual(['a-0', 'b-0'])
    const onWindow = vi.fn()
    window.addEventListener('keydown', onWindow)
    ;(marks(w)[0]!.element as SVGElement).focus()
    await w.vm.$nextTick()
    expect(w.find('.chart-tip').text()).toContain('数值：1')
    await marks(w)[0]!.trigger('keydown', { key: 'ArrowRight' })
    expect(document.activeElement?.getAttribute('data-key')).toBe('a-1')
    expect(w.find('.chart-tip').text()).toContain('数值：2.5')
    await marks(w)[1]!.trigger('keydown', { key: 'End' })
    expect(document.activeElement?.getAttribute('data-key')).toBe('a-2')
    await marks(w)[2]!.trigger('keydown', { key: 'ArrowRight' })
    expect(document.activeElement?.getAttribute('data-key'), 'stays at the end of its series').toBe('a-2')
    expect(stops()).toEqual(['a-2', 'b-0'])
    expect(onWindow).not.toHaveBeenCalled()
    window.removeEventListener('keydown', onWindow)
    w.unmount()
  })

  it('clears the tooltip and the table with Escape pressed anywhere', async () => {
    const w = mount(DemoChart, { attachTo: document.body })
    await marks(w)[3]!.trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('四')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await w.vm.$nextTick()
    expect(w.find('.chart-tip').exists()).toBe(false)
    await w.find('.chart-table-toggle').trigger('click')
    expect(w.findAll('tbody tr')).toHaveLength(4)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await w.vm.$nextTick()
    expect(w.find('table').exists()).toBe(false)
    w.unmount()
  })

  it('places the tooltip at the mark, origin included, in viewBox percentages', async () => {
    const w = mount(DemoChart)
    await marks(w)[0]!.trigger('mouseenter') // (100, 100) drawn inside translate(10, 20)
    const style = w.find('.chart-tip').attributes('style')
    expect(style).toContain(`left: ${(110 / 800) * 100}%`)
    expect(style).toContain(`top: ${(120 / 400) * 100}%`)
  })

  it('hides a series from the legend: its marks leave the pointer and the Tab order', async () => {
    const w = mount(DemoChart)
    await w.find('.chart-toggle[data-series="a"]').trigger('click')
    const a = w.find('g[data-marks][data-series="a"]').element as SVGGElement
    expect(a.style.display).toBe('none')
    expect(marks(w).filter(m => m.attributes('tabindex') === '0').map(m => m.attributes('data-key'))).toEqual(['b-0'])
    const chart = (w.vm as unknown as { chart: { nearest: (x: number, y: number) => string | null, hidden: { value: string[] } } }).chart
    expect(chart.nearest(110, 120)).toBeNull()
    expect(chart.nearest(115, 315)).toBe('b-0')
    expect(chart.hidden.value).toEqual(['a'])
  })

  it('points at the nearest mark within reach, and at nothing far from every mark', () => {
    const chart = (mount(DemoChart).vm as unknown as { chart: { nearest: (x: number, y: number) => string | null } }).chart
    expect(chart.nearest(300, 135)).toBe('a-1') // 10 px off (310, 120)... within the radius
    expect(chart.nearest(400, 220)).toBeNull()
  })

  it('moves a control with its slider, on the control grid', async () => {
    const w = mount(DemoChart)
    const input = w.find('input[data-control="scale"]')
    expect((input.element as HTMLInputElement).value).toBe('2')
    await input.setValue('2.5')
    expect(w.find('.chart-slider').text()).toContain('比例 ×2.5')
  })

  it('follows the slide clicks', () => {
    const w = mount(DemoChart, { global: { provide: { [injectionClicksContext as symbol]: ref({ current: 0 }) } } })
    expect(w.find('[data-step]').attributes('data-step')).toBe('0')
  })

  it('downloads its data as CSV from the 数据 view: BOM, header, one line per data row', async () => {
    const blobs: Blob[] = []
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob)
      return 'blob:x'
    })
    const w = mount(DemoChart, { attachTo: document.body })
    await w.find('.chart-table-toggle').trigger('click')
    await w.find('[data-download="csv"]').trigger('click')
    const text = await blobs[0]!.text()
    expect(text.charCodeAt(0)).toBe(0xFEFF)
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['series', 'name', 'value', 'note', 'source', 'source_url', 'certainty', 'as_of'])
    expect(rows.slice(1).map(r => r[2])).toEqual(['1', '2.5', '4', '3'])
    create.mockRestore()
    w.unmount()
  })
})
