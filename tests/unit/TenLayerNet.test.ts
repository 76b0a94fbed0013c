import { injectionClicksContext, injectionRenderContext, injectionSlidevContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick, reactive, ref } from 'vue'
import TenLayerNet from '../../components/charts/TenLayerNet.vue'
import { englishDocument, everythingShown, expectNoCjk } from './kit/english'

/**
 * What Slidev provides to a slide. On the print page (PDF/PNG export) each slide gets a *fixed* nav
 * (useFixedNav: no `isPrintMode`) and render context 'slide'; only the URL (`?print=true`) says it is print.
 */
function slideContext(opts: { clicks: number, isPrintMode?: boolean }) {
  const nav = opts.isPrintMode === undefined ? {} : { isPrintMode: opts.isPrintMode }
  return {
    global: {
      provide: {
        [injectionClicksContext as symbol]: ref({ current: opts.clicks }),
        [injectionRenderContext as symbol]: ref('slide'),
        [injectionSlidevContext as symbol]: reactive({ nav }),
      },
    },
  }
}
const atUrl = (url: string) => window.history.replaceState(null, '', url)

function layers(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('.mark.layer')
}

describe('TenLayerNet', () => {
  it('draws ten layers of four nodes by default, all inside the 100 ms budget', async () => {
    const w = mount(TenLayerNet)
    await nextTick()
    expect(layers(w)).toHaveLength(10)
    expect(w.findAll('circle.node')).toHaveLength(40)
    expect(w.findAll('.mark.layer[data-fit="true"]')).toHaveLength(10)
    expect(w.find('.steps-text').text()).toContain('0.1 秒内最多串行 10 步')
    expect(w.find('[data-chart="ten-layer-net"]').attributes('data-ready')).toBe('true')
  })

  it('changes the layer count with the layers slider', async () => {
    const w = mount(TenLayerNet)
    await w.find('input[data-control="layers"]').setValue('25')
    expect(layers(w)).toHaveLength(25)
    expect(w.findAll('.time-strip .segment')).toHaveLength(25)
    expect(w.find('.steps-text').text()).toContain('25 层中 10 层来得及')
    expect(w.findAll('.mark.layer[data-fit="false"]')).toHaveLength(15)
  })

  it('recomputes the steps that fit with the delay slider', async () => {
    const w = mount(TenLayerNet)
    await w.find('input[data-control="delay"]').setValue('3')
    expect(w.find('.steps-text').text()).toContain('0.1 秒内最多串行 33 步')
    expect(w.findAll('.mark.layer[data-fit="true"]')).toHaveLength(10)
    await w.find('input[data-control="delay"]').setValue('20')
    expect(w.find('.steps-text').text()).toContain('最多串行 5 步')
    expect(w.findAll('.mark.layer[data-fit="true"]')).toHaveLength(5)
    expect(w.findAll('.mark.layer[data-fit="false"]')).toHaveLength(5)
  })

  it('notes that the 2014 model had 4 LSTM layers', () => {
    const w = mount(TenLayerNet)
    expect(w.find('.seq2seq-bracket').text()).toContain('4 层 LSTM')
    expect(w.find('.seq2seq-bracket path').exists()).toBe(true)
  })

  it('says the 10 layers were the depth trainable in 2014, not the result of the timing argument', () => {
    const w = mount(TenLayerNet)
    const label = w.find('.trainable-bracket').text()
    expect(label).toContain('10 层')
    expect(label).toContain('2014 年会训练的深度')
    expect(label).toContain('不是这笔账算出来的')
    expect(w.find('desc').text()).toContain('0.1 秒只够串行 10–100 步')
    // a shallower network: the text stays, the bracket goes
    const shallow = mount(TenLayerNet, { props: { layers: 3 } })
    expect(shallow.find('.trainable-bracket path').exists()).toBe(false)
    expect(shallow.find('.seq2seq-bracket path').exists()).toBe(false)
    expect(shallow.find('.trainable-bracket').text()).toContain('10 层')
  })

  it('shows the signal path statically outside a live slide, and hides it at click 0', () => {
    const w = mount(TenLayerNet)
    const path = w.find('path.signal')
    expect(path.exists()).toBe(true)
    expect(path.classes()).not.toContain('signal-anim')
    const at0 = mount(TenLayerNet, { global: { provide: { [injectionClicksContext as symbol]: ref({ current: 0 }) } } })
    expect(at0.find('path.signal').exists()).toBe(false)
    expect(at0.findAll('.mark.layer')).toHaveLength(10)
  })

  describe('determinism: print and export draw the final frame, never an animation', () => {
    afterEach(() => atUrl('/'))

    it('animates on a live slide (so the print test below can fail)', () => {
      atUrl('/#/20')
      const w = mount(TenLayerNet, slideContext({ clicks: 1 }))
      expect(w.find('path.signal').classes()).toContain('signal-anim')
      expect(w.findAll('.mark.layer.layer-pulse')).toHaveLength(10)
    })

    it('on the export print page (?print=true, fixed nav without isPrintMode): final frame, no animation', async () => {
      atUrl('/?print=true#print')
      const w = mount(TenLayerNet, slideContext({ clicks: 99 }))
      await nextTick()
      // the final frame: every layer, the whole signal path, the brackets
      expect(w.findAll('.mark.layer')).toHaveLength(10)
      expect(w.findAll('circle.node')).toHaveLength(40)
      const path = w.find('path.signal')
      expect(path.exists()).toBe(true)
      expect(path.attributes('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){9}$/)
      // no animation anywhere: no classes that start one, no pulse on any layer
      expect(path.classes()).not.toContain('signal-anim')
      expect(w.findAll('.layer-pulse')).toHaveLength(0)
      expect(w.find('[data-chart="ten-layer-net"]').attributes('data-ready')).toBe('true')
    })

    it('with print=clicks (export --with-clicks) and with a nav that reports print mode, too', () => {
      atUrl('/?print=clicks#print')
      const a = mount(TenLayerNet, slideContext({ clicks: 1 }))
      expect(a.find('path.signal').classes()).not.toContain('signal-anim')
      expect(a.findAll('.layer-pulse')).toHaveLength(0)
      atUrl('/#/20')
      const b = mount(TenLayerNet, slideContext({ clicks: 1, isPrintMode: true }))
      expect(b.find('path.signal').classes()).not.toContain('signal-anim')
      expect(b.findAll('.layer-pulse')).toHaveLength(0)
    })

    it('renders the same markup in two print renders', () => {
      atUrl('/?print=true#print')
      const one = mount(TenLayerNet, slideContext({ clicks: 99 })).find('svg').html()
      const two = mount(TenLayerNet, slideContext({ clicks: 99 })).find('svg').html()
      const strip = (h: string) => h.replace(/v-\d+|id="[^"]*"|aria-(?:labelledby|describedby)="[^"]*"/g, '')
      expect(strip(one)).toBe(strip(two))
    })
  })

  it('shows a tooltip on hover and on focus, and Escape clears it', async () => {
    const w = mount(TenLayerNet, { props: { layers: 12 } })
    await layers(w)[11]!.trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('第 12 层')
    expect(w.find('.chart-tip').text()).toContain('超出 100 ms 预算 20 ms')
    await w.find('svg').trigger('pointerleave') // the pointer leaves the plot
    expect(w.find('.chart-tip').exists()).toBe(false)
    await layers(w)[2]!.trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('第 3 层')
    expect(w.find('.chart-tip').text()).toContain('在 100 ms 预算之内')
    expect(layers(w)[2]!.attributes('tabindex')).toBe('0')
    // one Tab stop for the series (roving tabindex): the focused layer
    expect(w.findAll('.mark.layer[tabindex="0"]')).toHaveLength(1)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })) // ChartFrame listens on the window
    await w.vm.$nextTick()
    expect(w.find('.chart-tip').exists()).toBe(false)
  })

  it('shows one table row per layer behind the 数据 button', async () => {
    const w = mount(TenLayerNet, { props: { layers: 7 } })
    await w.find('.chart-table-toggle').trigger('click')
    const rows = w.findAll('.chart-table tbody tr')
    expect(rows).toHaveLength(7)
    expect(rows[6]!.text()).toContain('70')
  })
})

describe('TenLayerNet in the English edition', () => {
  let restore = () => {}
  beforeEach(() => {
    restore = englishDocument()
  })
  afterEach(() => restore())

  it('shows no Chinese anywhere a reader looks: drawing, names, tooltips, table, CSV', async () => {
    const w = mount(TenLayerNet, { attachTo: document.body })
    expect(w.find('.axis-label').text()).toBe('Signal arrival time (ms)')
    expect(w.find('.steps-text').text()).toBe('10 ms a step: at most 10 steps in 0.1 s → 10 of 10 layers in time')
    expect(w.find('.seq2seq-bracket').text()).toContain('4 LSTM layers')
    await w.find('input[data-control="layers"]').setValue('25')
    expectNoCjk(await everythingShown(w))
    w.unmount()
  })
})
