import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChartFrame from '../../components/kit/ChartFrame.vue'

const props = {
  chartId: 'demo',
  title: '示例图',
  description: '一张用来测试的图',
  sources: [{ label: '测试来源', url: 'https://example.org/a', certainty: 'Q' as const }],
  asOf: '2026-11',
  table: { columns: ['名称', '数值'], rows: [['甲', 1], ['乙', 2]] },
}

describe('ChartFrame', () => {
  it('gives slidev export a data-waitfor selector that matches inside the figure once the chart is ready', () => {
    // `slidev export` runs figure.locator(data-waitfor): the selector must match a *descendant*.
    const notReady = mount(ChartFrame, { props: { ...props, ready: false } })
    const selector = notReady.find('figure').attributes('data-waitfor')!
    expect(notReady.find('figure').element.querySelector(selector)).toBeNull()
    const ready = mount(ChartFrame, { props: { ...props, ready: true } })
    expect(ready.find('figure').element.querySelector(selector)).not.toBeNull()
  })

  it('labels the drawing for screen readers with its title and description', () => {
    const w = mount(ChartFrame, { props })
    const svg = w.find('svg[role="img"]')
    const title = w.find(`#${svg.attributes('aria-labelledby')}`)
    const desc = w.find(`#${svg.attributes('aria-describedby')}`)
    expect(title.text()).toBe('示例图')
    expect(desc.text()).toBe('一张用来测试的图')
  })

  it('swaps the drawing for its data table with the 数据 button, and back with Escape', async () => {
    const w = mount(ChartFrame, { props, attachTo: document.body })
    await w.find('.chart-table-toggle').trigger('click')
    expect(w.findAll('tbody tr')).toHaveLength(2)
    expect(w.find('svg').isVisible()).toBe(false)
    await w.find('figure').trigger('keydown', { key: 'Escape' })
    expect(w.find('table').exists()).toBe(false)
    expect(w.emitted('escape')).toHaveLength(1)
    w.unmount()
  })

  it('cites every source with a link', () => {
    const w = mount(ChartFrame, { props })
    const link = w.find('figcaption a')
    expect(link.text()).toBe('测试来源')
    expect(link.attributes('href')).toBe('https://example.org/a')
  })

  it('places the tooltip at its anchor in viewBox percentages', () => {
    const w = mount(ChartFrame, { props: { ...props, width: 800, height: 400, tip: { x: 200, y: 100, lines: ['甲', '1'] } } })
    const tip = w.find('.chart-tip')
    expect(tip.attributes('style')).toContain('left: 25%')
    expect(tip.attributes('style')).toContain('top: 25%')
    expect(tip.text()).toContain('甲')
  })
})
