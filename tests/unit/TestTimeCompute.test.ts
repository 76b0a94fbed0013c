import { injectionClicksContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import TestTimeCompute from '../../components/TestTimeCompute.vue'

const atClick = (current: number) => ({ global: { provide: { [injectionClicksContext as symbol]: ref({ current }) } } })
const shownSeries = (w: ReturnType<typeof mount>) =>
  w.findAll('g.series').filter(g => (g.element as SVGGElement).style.display !== 'none').map(g => g.attributes('data-series'))

describe('TestTimeCompute', () => {
  it('draws all nine points in the final state', () => {
    const w = mount(TestTimeCompute)
    expect(w.findAll('circle.mark')).toHaveLength(9)
    expect(w.findAll('circle.mark[data-series="o1"]')).toHaveLength(3)
    expect(shownSeries(w)).toEqual(['gpt-4o', 'o1-preview', 'o1', 'o3-arc'])
  })

  it('reveals GPT-4o and o1-preview, then o1, then o3 on ARC-AGI', () => {
    expect(shownSeries(mount(TestTimeCompute, atClick(0)))).toEqual(['gpt-4o', 'o1-preview'])
    expect(shownSeries(mount(TestTimeCompute, atClick(1)))).toEqual(['gpt-4o', 'o1-preview', 'o1'])
    expect(shownSeries(mount(TestTimeCompute, atClick(2)))).toEqual(['gpt-4o', 'o1-preview', 'o1', 'o3-arc'])
  })

  it('labels the ARC-AGI panel as a different benchmark', () => {
    const w = mount(TestTimeCompute)
    expect(w.text()).toContain('ARC-AGI-1（另一基准）')
    expect(w.text()).toContain('纵轴不可与左图直接比较')
  })

  it('hides a series with its toggle', async () => {
    const w = mount(TestTimeCompute)
    await w.find('.chart-toggle[data-series="o1-preview"]').trigger('click')
    expect(shownSeries(w)).toEqual(['gpt-4o', 'o1', 'o3-arc'])
  })

  it('shows model, method and accuracy on hover and focus; Escape clears', async () => {
    const w = mount(TestTimeCompute)
    await w.find('circle.mark[data-key="o1-1000"]').trigger('mouseenter')
    const tip = w.find('.chart-tip').text()
    expect(tip).toContain('o1')
    expect(tip).toContain('AIME 2024')
    expect(tip).toContain('re-ranking 1000 samples')
    expect(tip).toContain('准确率：93%')
    await w.find('circle.mark[data-key="o1-1000"]').trigger('mouseleave')
    expect(w.find('.chart-tip').exists()).toBe(false)
    const arc = w.find('circle.mark[data-key="o3-arc-1024"]')
    expect(arc.attributes('tabindex')).toBe('0')
    await arc.trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('ARC-AGI-1')
    expect(w.find('.chart-tip').text()).toContain('87.5%')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })) // ChartFrame listens on the window
    await w.vm.$nextTick()
    expect(w.find('.chart-tip').exists()).toBe(false)
  })

  it('has one 数据 table row per point', async () => {
    const w = mount(TestTimeCompute)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(9)
    expect(rows[0]!.text()).toContain('GPT-4o')
    expect(rows[8]!.text()).toContain('87.5')
  })
})
