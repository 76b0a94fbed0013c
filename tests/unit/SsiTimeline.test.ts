import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import SsiTimeline from '../../components/SsiTimeline.vue'
import { ssiEvents } from '../../data/ssi'

const tipText = (w: ReturnType<typeof mount>) => w.find('.chart-tip').exists() ? w.find('.chart-tip').text() : null

describe('SsiTimeline', () => {
  it('draws every event and, in the final step, raised and valuation per round', async () => {
    const w = mount(SsiTimeline)
    await nextTick()
    expect(w.findAll('.mark[data-series="events"]')).toHaveLength(ssiEvents.rows.length)
    expect(w.findAll('.mark[data-series="raised"]')).toHaveLength(2)
    expect(w.findAll('.mark[data-series="valuation"]')).toHaveLength(2)
    expect(w.find('figure').attributes('data-ready')).toBe('true')
  })

  it('formats money as "$N 亿" on marks and on the log axis', () => {
    const w = mount(SsiTimeline)
    const labels = w.findAll('.ssi-money-label').map(t => t.text())
    expect(labels).toEqual(['融资 $10 亿', '估值 $50 亿（未披露，路透社报道）', '融资 $20 亿', '估值 $320 亿'])
    const ticks = w.findAll('.axis-left .tick text').map(t => t.text())
    expect(ticks).toEqual(['$10 亿', '$100 亿'])
  })

  it('places the money marks on a log scale: distances follow ratios (×5, ×16, ×2)', () => {
    const w = mount(SsiTimeline)
    const cy = (id: string) => Number(w.find(`.mark[data-id="${id}"] circle`).attributes('cy'))
    const perDecade = (cy('round-1-raised') - cy('round-1-valuation')) / Math.log10(5)
    expect(cy('round-2-raised') - cy('round-2-valuation')).toBeCloseTo(perDecade * Math.log10(16), 6)
    expect(cy('round-1-raised') - cy('round-2-raised')).toBeCloseTo(perDecade * Math.log10(2), 6)
  })

  it('labels dates in Chinese and positions events in time order', () => {
    const w = mount(SsiTimeline)
    expect(w.findAll('.ssi-date').map(t => t.text())).toEqual(['2024年5月', '2024年6月19日', '2024年9月4日', '2025年4月', '2025年6月29日'])
    const xs = w.findAll('.ssi-dot').map(c => Number(c.attributes('cx')))
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(w.findAll('.axis-bottom .tick text').map(t => t.text())).toContain('2025年1月')
  })

  it('shows the event on hover and focus, and Escape clears it', async () => {
    const w = mount(SsiTimeline, { attachTo: document.body })
    const founded = w.find('.mark[data-id="founded"]')
    expect(founded.attributes('tabindex')).toBe('0')
    await founded.trigger('mouseenter')
    expect(tipText(w)).toContain('宣布成立 SSI')
    expect(tipText(w)).toContain('Daniel Levy')
    await founded.trigger('mouseleave')
    expect(tipText(w)).toBeNull()
    const val = w.find('.mark[data-id="round-2-valuation"]')
    await val.trigger('focus')
    expect(tipText(w)).toContain('估值：$320 亿')
    await w.find('figure').trigger('keydown', { key: 'Escape' })
    expect(tipText(w)).toBeNull()
    w.unmount()
  })

  it('hides a money series with its toggle', async () => {
    const w = mount(SsiTimeline)
    await w.find('.chart-toggle[data-series="valuation"]').trigger('click')
    expect(w.findAll('.mark[data-series="valuation"]')).toHaveLength(0)
    expect(w.findAll('.mark[data-series="raised"]')).toHaveLength(2)
  })

  it('shows the data table with one row per event', async () => {
    const w = mount(SsiTimeline)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(ssiEvents.rows.length)
    expect(rows[2]!.text()).toContain('$10 亿')
    expect(rows[2]!.text()).toContain('$50 亿')
    expect(rows[3]!.text()).toContain('$320 亿')
  })
})
