import { injectionClicksContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ref } from 'vue'
import DepthDecade from '../../components/charts/DepthDecade.vue'
import { depthSeries } from '../../data/depth'
import { englishDocument, everythingShown, expectNoCjk } from './kit/english'

const visibleMarks = (w: ReturnType<typeof mount>) =>
  w.findAll('circle.mark').filter(m => (m.element.parentElement as HTMLElement).style.display !== 'none')

describe('DepthDecade', () => {
  it('draws one point per model and, in its final state, the 10-layer line', () => {
    const w = mount(DepthDecade)
    expect(w.findAll('circle.mark')).toHaveLength(depthSeries.rows.length)
    expect(w.findAll('circle.mark')).toHaveLength(21)
    expect(w.findAll('circle.mark[data-series="cnn"]')).toHaveLength(4)
    expect(w.findAll('circle.mark[data-series="rnn"]')).toHaveLength(1)
    expect(w.find('.hypothesis-line').exists()).toBe(true)
    expect(w.find('.hypothesis').text()).toContain('10 层')
    // the note says where the 10 came from, not that it was derived
    expect(w.find('.hypothesis-note').text()).toContain('当年会训练的深度')
    expect(w.find('.hypothesis-note').text()).toContain('4 层 LSTM')
  })

  it('shows the points without the line at click 0', () => {
    const w = mount(DepthDecade, { global: { provide: { [injectionClicksContext as symbol]: ref({ current: 0 }) } } })
    expect(w.findAll('circle.mark')).toHaveLength(21)
    expect(w.find('.hypothesis-line').exists()).toBe(false)
  })

  it('sizes points by log parameters: Llama 3.1 405B is bigger than GPT-2, which is bigger than GoogLeNet', () => {
    const w = mount(DepthDecade)
    const r = (id: string) => Number(w.find(`circle.mark[data-id="${id}"]`).attributes('r'))
    expect(r('llama31-405b')).toBeGreaterThan(r('gpt2'))
    expect(r('gpt2')).toBeGreaterThan(r('googlenet'))
  })

  it('hides a family with its toggle', async () => {
    const w = mount(DepthDecade)
    await w.find('.chart-toggle[data-series="transformer"]').trigger('click')
    expect(visibleMarks(w)).toHaveLength(5)
    expect(w.find('.chart-toggle[data-series="transformer"]').attributes('aria-pressed')).toBe('false')
    await w.find('.chart-toggle[data-series="transformer"]').trigger('click')
    expect(visibleMarks(w)).toHaveLength(21)
  })

  it('labels only the named models and keeps every model in the tooltip', async () => {
    const w = mount(DepthDecade)
    const labels = w.findAll('.point-label').map(t => t.text())
    expect(labels).toEqual(expect.arrayContaining(['seq2seq LSTM', 'GPT-2', 'GPT-3', 'ResNet-152', 'Qwen3', 'DeepSeek-V4']))
    expect(labels.length).toBeLessThan(depthSeries.rows.length)
    await w.find('circle.mark[data-id="gpt-oss-120b"]').trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('gpt-oss-120b')
    expect(w.find('.chart-tip').text()).toContain('层数：36')
  })

  it('runs its 数据截至 to the newest model (DeepSeek-V4-Pro, 2026-04)', () => {
    expect(mount(DepthDecade).find('figcaption').text()).toContain('数据截至 2026-04')
  })

  it('shows model, year, layers, parameters and source on hover and focus; Escape clears', async () => {
    const w = mount(DepthDecade)
    const gpt2 = w.find('circle.mark[data-id="gpt2"]')
    await gpt2.trigger('mouseenter')
    const tip = w.find('.chart-tip').text()
    expect(tip).toContain('GPT-2')
    expect(tip).toContain('2019')
    expect(tip).toContain('层数：48')
    expect(tip).toContain('参数：1.5B')
    expect(tip).toContain('来源：')
    await w.find('circle.mark[data-id="deepseek-v4-pro"]').trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('参数：1.6T')
    await w.find('svg').trigger('pointerleave') // the pointer leaves the plot
    expect(w.find('.chart-tip').exists()).toBe(false)
    const s2s = w.find('circle.mark[data-id="seq2seq"]')
    expect(s2s.attributes('tabindex')).toBe('0')
    await s2s.trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('seq2seq LSTM')
    expect(w.find('.chart-tip').text()).toContain('参数：384M')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })) // ChartFrame listens on the window
    await w.vm.$nextTick()
    expect(w.find('.chart-tip').exists()).toBe(false)
  })

  it('lists every model in the 数据 table', async () => {
    const w = mount(DepthDecade)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(depthSeries.rows.length)
    expect(rows.map(r => r.text()).join('\n')).toContain('GPT-3')
    expect(rows.map(r => r.text()).join('\n')).toContain('175B')
  })
})

describe('DepthDecade in the English edition', () => {
  let restore = () => {}
  beforeEach(() => {
    restore = englishDocument()
  })
  afterEach(() => restore())

  it('shows no Chinese anywhere a reader looks: drawing, names, tooltips, table, CSV', async () => {
    const w = mount(DepthDecade, { attachTo: document.body })
    expect(w.findAll('.axis-label').map(a => a.text())).toEqual(['Layers (log scale)', 'Year published'])
    expect(w.find('.hypothesis').text()).toContain('10 layers')
    expect(w.findAll('.chart-toggle').map(b => b.text())).toEqual(['CNN', 'RNN (LSTM)', 'Transformer'])
    expectNoCjk(await everythingShown(w))
    w.unmount()
  })
})
