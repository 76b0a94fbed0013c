import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import EpochRepetition from '../../components/charts/EpochRepetition.vue'
import { englishDocument, everythingShown, expectNoCjk } from './kit/english'

/** the marks of a series that a reader can see (a hidden series' group is display: none) */
const marks = (w: ReturnType<typeof mount>, series: string) => w.findAll(`circle.mark[data-series="${series}"]`)
  .filter(m => !m.element.closest('[data-marks]') || (m.element.closest('[data-marks]') as SVGGElement).style.display !== 'none')

describe('EpochRepetition', () => {
  it('renders the final step: both lines with 7 points each, and the 4 / 16 markers', async () => {
    const w = mount(EpochRepetition)
    expect(marks(w, 'ideal')).toHaveLength(7)
    expect(marks(w, 'repeat')).toHaveLength(7)
    expect(w.find('path.repeat-line').exists()).toBe(true)
    const notes = w.findAll('.note-mark')
    expect(notes.map(n => n.attributes('data-epochs'))).toEqual(['4', '16'])
    expect(notes[0]!.text()).toContain('3.7')
    expect(notes[1]!.text()).toContain('10.6')
    await nextTick()
    expect(w.find('figure').attributes('data-ready')).toBe('true')
  })

  it('toggling the repetition series hides its curve, points and markers', async () => {
    const w = mount(EpochRepetition)
    await w.find('.chart-toggle[data-series="repeat"]').trigger('click')
    expect(marks(w, 'repeat')).toHaveLength(0)
    expect(w.find('path.repeat-line').exists()).toBe(false)
    expect(w.findAll('.note-mark')).toHaveLength(0)
    expect(marks(w, 'ideal')).toHaveLength(7)
  })

  it('hover and focus show the epoch in the tooltip; Escape clears it', async () => {
    const w = mount(EpochRepetition, { attachTo: document.body })
    const p16 = w.find('circle.mark[data-series="repeat"][data-epochs="16"]')
    await p16.trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('16 轮')
    expect(w.find('.chart-tip').text()).toContain('10.58')
    await w.find('svg').trigger('pointerleave') // the pointer leaves the plot
    expect(w.find('.chart-tip').exists()).toBe(false)
    // one Tab stop per series (roving tabindex): the first point until another one is focused
    const stops = () => w.findAll('circle.mark[tabindex="0"]').map(m => `${m.attributes('data-series')}-${m.attributes('data-epochs')}`)
    expect(stops()).toEqual(['ideal-1', 'repeat-1'])
    const p4 = w.find('circle.mark[data-series="repeat"][data-epochs="4"]')
    expect(p4.attributes('tabindex')).toBe('-1')
    await p4.trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('3.73')
    expect(stops()).toEqual(['ideal-1', 'repeat-4'])
    await w.find('figure').trigger('keydown', { key: 'Escape' })
    expect(w.find('.chart-tip').exists()).toBe(false)
    w.unmount()
  })

  it('the epochs slider moves the marker and the text', async () => {
    const w = mount(EpochRepetition)
    const dot = () => Number(w.find('.slider-dot').attributes('cx'))
    expect(w.find('[data-readout="epochs"]').text()).toBe('8 轮 ≈ 6.6 份新数据的价值')
    const before = dot()
    await w.find('input[data-control="epochs"]').setValue('4')
    expect(w.find('[data-readout="epochs"]').text()).toBe('4 轮 ≈ 3.7 份新数据的价值')
    expect(dot()).toBeLessThan(before)
    await w.find('input[data-control="epochs"]').setValue('64')
    expect(w.find('[data-readout="epochs"]').text()).toBe('64 轮 ≈ 16.1 份新数据的价值')
  })

  it('opens at initialEpochs: the prop is the slider\'s opening value', async () => {
    const w = mount(EpochRepetition, { props: { initialEpochs: 16 } })
    expect((w.find('input[data-control="epochs"]').element as HTMLInputElement).value).toBe('16')
    expect(w.find('[data-readout="epochs"]').text()).toBe('16 轮 ≈ 10.6 份新数据的价值')
  })

  it('the 数据 toggle shows one row per sampled epoch count', async () => {
    const w = mount(EpochRepetition)
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(7)
    expect(rows[2]!.text()).toContain('3.73')
  })
})

describe('EpochRepetition click steps', () => {
  it('0 = ideal line, 1 = repetition curve, 2 = 4/16 markers', async () => {
    const { injectionClicksContext } = await import('@slidev/client/constants.ts')
    const { ref } = await import('vue')
    const clicks = ref({ current: 0 })
    const w = mount(EpochRepetition, { global: { provide: { [injectionClicksContext as symbol]: clicks } } })
    expect(marks(w, 'ideal')).toHaveLength(7)
    expect(marks(w, 'repeat')).toHaveLength(0)
    clicks.value = { current: 1 }
    await nextTick()
    expect(marks(w, 'repeat')).toHaveLength(7)
    expect(w.findAll('.note-mark')).toHaveLength(0)
    clicks.value = { current: 2 }
    await nextTick()
    expect(w.findAll('.note-mark')).toHaveLength(2)
  })
})

describe('EpochRepetition in the English edition', () => {
  let restore = () => {}
  beforeEach(() => {
    restore = englishDocument()
  })
  afterEach(() => restore())

  it('shows no Chinese anywhere a reader looks: drawing, names, tooltips, table, CSV', async () => {
    const w = mount(EpochRepetition, { attachTo: document.body })
    expect(w.findAll('.axis-label').map(a => a.text())).toEqual(['Epochs (log)', 'Effective data (units, log)'])
    expect(w.findAll('.note-label').map(n => n.text())).toEqual(['≤4 epochs: almost as good as new data', '≈16 epochs: clearly diminishing returns'])
    expect(w.find('[data-readout="epochs"]').text()).toBe('8 epochs ≈ 6.6 units of new data')
    expectNoCjk(await everythingShown(w))
    w.unmount()
  })
})
