import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ComputeDataRunway from '../../components/charts/ComputeDataRunway.vue'
import { trainingCompute } from '../../data/compute'
import { datasetSizes } from '../../data/dataStock'
import { englishDocument, everythingShown, expectNoCjk } from './kit/english'

/** the marks of a series that a reader can see (a hidden series' group is display: none) */
const marks = (w: ReturnType<typeof mount>, series: string) => w.findAll(`circle.mark[data-series="${series}"]`)
  .filter(m => !m.element.closest('[data-marks]') || (m.element.closest('[data-marks]') as SVGGElement).style.display !== 'none')

describe('ComputeDataRunway', () => {
  it('renders the final step outside Slidev: every point, the trend, the stock and the crossing', async () => {
    const w = mount(ComputeDataRunway)
    expect(marks(w, 'compute')).toHaveLength(trainingCompute.rows.length)
    expect(marks(w, 'tokens')).toHaveLength(datasetSizes.rows.length)
    expect(w.find('g[data-series="trend"] path').exists()).toBe(true)
    expect(w.find('g[data-series="stock"] rect').exists()).toBe(true)
    expect(marks(w, 'crossing')).toHaveLength(1)
    await nextTick()
    expect(w.find('figure').attributes('data-ready')).toBe('true')
    expect(w.find('svg').attributes('role')).toBe('graphics-document')
  })

  it('labels the FLOP axis in powers of ten (10²⁴), never 1e24, and the tooltip likewise', async () => {
    const w = mount(ComputeDataRunway, { attachTo: document.body })
    const ticks = w.findAll('g.axis-left')[0]!.findAll('.tick text').map(t => t.text())
    expect(ticks).toEqual(['10¹⁵', '10¹⁸', '10²¹', '10²⁴', '10²⁷'])
    expect(w.find('svg').text()).not.toMatch(/\de[+-]?\d/)
    await w.find('circle.mark[data-series="compute"][data-model="Grok 4"]').trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('5×10²⁶ FLOP')
    expect(w.find('.chart-tip').text()).toContain('估计（E）')
    w.unmount()
  })

  it('toggling a series hides its marks', async () => {
    const w = mount(ComputeDataRunway)
    await w.find('.chart-toggle[data-series="compute"]').trigger('click')
    expect(marks(w, 'compute')).toHaveLength(0)
    expect(marks(w, 'tokens')).toHaveLength(22)
    await w.find('.chart-toggle[data-series="stock"]').trigger('click')
    expect(w.find('g[data-series="stock"]').exists()).toBe(false)
    expect(marks(w, 'crossing')).toHaveLength(0)
    await w.find('.chart-toggle[data-series="compute"]').trigger('click')
    expect(marks(w, 'compute')).toHaveLength(37)
  })

  it('hover and focus show the model in the tooltip; Escape clears it', async () => {
    const w = mount(ComputeDataRunway, { attachTo: document.body })
    const gpt3 = w.find('circle.mark[data-series="tokens"][data-model="GPT-3"]')
    await gpt3.trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('GPT-3')
    expect(w.find('.chart-tip').text()).toContain('300B tokens')
    await w.find('svg').trigger('pointerleave') // the pointer leaves the plot
    expect(w.find('.chart-tip').exists()).toBe(false)

    // one Tab stop per series (roving tabindex): the first point until another one is focused
    const stops = () => w.findAll('circle.mark[tabindex="0"]').map(m => `${m.attributes('data-series')}:${m.attributes('data-model') ?? ''}`)
    expect(stops()).toEqual([`compute:${trainingCompute.rows[0]!.model}`, `tokens:${datasetSizes.rows[0]!.model}`, 'crossing:'])
    const llama = w.find('circle.mark[data-series="compute"][data-model="Llama 3.1-405B"]')
    expect(llama.attributes('tabindex')).toBe('-1')
    await llama.trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('Llama 3.1-405B')
    expect(w.find('.chart-tip').text()).toContain('3.8×10²⁵ FLOP')
    expect(llama.attributes('tabindex')).toBe('0')
    await w.find('figure').trigger('keydown', { key: 'Escape' })
    expect(w.find('.chart-tip').exists()).toBe(false)
    w.unmount()
  })

  it('the growth slider moves the crossing year computed by the snippet', async () => {
    const w = mount(ComputeDataRunway)
    const readout = () => w.find('[data-readout="crossing"]').text()
    expect(readout()).toContain('2027.5')
    await w.find('input[data-control="growth"]').setValue('2.5')
    expect(readout()).toContain('2028.1')
    await w.find('input[data-control="growth"]').setValue('4')
    expect(readout()).toContain('2026.8')
    expect(w.find('.crossing-label').text()).toContain('2026.8')
  })

  it('opens at the initial props: initialGrowth and initialOvertrain are the controls\' opening values', async () => {
    const w = mount(ComputeDataRunway, { props: { initialGrowth: 2.5, initialOvertrain: 5 } })
    expect((w.find('input[data-control="growth"]').element as HTMLInputElement).value).toBe('2.5')
    expect((w.find('input[data-control="overtrain"]').element as HTMLInputElement).value).toBe('2')
    expect(w.find('input[data-control="overtrain"]').element.closest('label')?.textContent).toContain('×5')
    expect(w.find('input[data-control="growth"]').element.closest('label')?.textContent).toContain('×2.5')
    const atDefaults = mount(ComputeDataRunway).find('[data-readout="crossing"]').text()
    expect(w.find('[data-readout="crossing"]').text()).not.toBe(atDefaults)
    await w.find('input[data-control="overtrain"]').setValue('0')
    expect(w.find('[data-readout="crossing"]').text()).toContain('2028.1')
  })

  it('the overtraining slider brings the crossing earlier', async () => {
    const w = mount(ComputeDataRunway)
    await w.find('input[data-control="overtrain"]').setValue('2') // steps [1, 2, 5, …] → 5×
    expect(w.find('input[data-control="overtrain"]').element.closest('label')?.textContent).toContain('×5')
    expect(w.find('[data-readout="crossing"]').text()).toContain('2026.7')
  })

  it('the 数据 toggle shows one table row per datum (plus the stock)', async () => {
    const w = mount(ComputeDataRunway)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(37 + 22 + 1)
    expect(rows[0]!.text()).toContain('AlexNet')
    expect(w.find('svg').attributes('style')).toContain('display: none')
  })
})

describe('ComputeDataRunway click steps', () => {
  it('step 0 shows compute and model points only; step 3 adds trend, stock and crossing', async () => {
    const { injectionClicksContext } = await import('@slidev/client/constants.ts')
    const { ref } = await import('vue')
    const clicks = ref({ current: 0 })
    const w = mount(ComputeDataRunway, { global: { provide: { [injectionClicksContext as symbol]: clicks } } })
    expect(marks(w, 'compute')).toHaveLength(37)
    expect(marks(w, 'tokens')).toHaveLength(22)
    expect(w.find('g[data-series="trend"]').exists()).toBe(false)
    expect(w.find('g[data-series="stock"]').exists()).toBe(false)
    expect(w.find('[data-readout="crossing"]').exists()).toBe(false)
    clicks.value = { current: 1 }
    await nextTick()
    expect(w.find('g[data-series="trend"]').exists()).toBe(true)
    expect(w.find('g[data-series="stock"]').exists()).toBe(false)
    clicks.value = { current: 2 }
    await nextTick()
    expect(w.find('g[data-series="stock"]').exists()).toBe(true)
    expect(marks(w, 'crossing')).toHaveLength(0)
    clicks.value = { current: 3 }
    await nextTick()
    expect(marks(w, 'crossing')).toHaveLength(1)
  })
})

describe('ComputeDataRunway in the English edition', () => {
  let restore = () => {}
  beforeEach(() => {
    restore = englishDocument()
  })
  afterEach(() => restore())

  it('shows no Chinese anywhere a reader looks: drawing, names, tooltips, table, CSV', async () => {
    const w = mount(ComputeDataRunway, { attachTo: document.body })
    expect(w.findAll('.axis-label').map(a => a.text())).toEqual(['Year', 'Training FLOP (log)', 'Year', 'Training tokens (log)'])
    expect(w.find('.chart-table-toggle').text()).toBe('Data')
    expect(w.find('.chart-source').text()).toContain('Data as of Apr 2026')
    expectNoCjk(await everythingShown(w))
    w.unmount()
  })
})
