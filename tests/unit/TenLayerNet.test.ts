import { injectionClicksContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import TenLayerNet from '../../components/TenLayerNet.vue'

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

  it('shows a tooltip on hover and on focus, and Escape clears it', async () => {
    const w = mount(TenLayerNet, { props: { layers: 12 } })
    await layers(w)[11]!.trigger('mouseenter')
    expect(w.find('.chart-tip').text()).toContain('第 12 层')
    expect(w.find('.chart-tip').text()).toContain('超出 100 ms 预算 20 ms')
    await layers(w)[11]!.trigger('mouseleave')
    expect(w.find('.chart-tip').exists()).toBe(false)
    await layers(w)[2]!.trigger('focus')
    expect(w.find('.chart-tip').text()).toContain('第 3 层')
    expect(w.find('.chart-tip').text()).toContain('在 100 ms 预算之内')
    expect(layers(w)[2]!.attributes('tabindex')).toBe('0')
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
