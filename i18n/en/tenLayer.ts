// Strings of the tenLayer part, English edition: the keys of i18n/zh-CN/tenLayer.ts.
import type { Shape } from '../shape'
import type { tenLayer as zh } from '../zh-CN/tenLayer'

const layersOf = (n: string) => `${n} ${n === '1' ? 'layer' : 'layers'}`
const stepsOf = (n: string) => `${n} ${n === '1' ? 'step' : 'steps'}`

export const tenLayer: Shape<typeof zh> = {
  title: 'Slow neurons: how many steps fit in 0.1 s',
  description: {
    net: (layers: string, delay: string, budget: string, fitSteps: string, fitCount: string) =>
      `A feed-forward network of ${layersOf(layers)}. Each layer of neurons takes ${delay} ms, so ${budget} ms (0.1 s) allows at most ${stepsOf(fitSteps)} in series: `
      + `the first ${layersOf(fitCount)} make it, the rest run over budget. `,
    range: (min: string, max: string, steps: string) => `At ${min}–${max} ms a step, 0.1 s allows only ${steps} serial steps: very few. `,
    ten: (trainable: string, seq2seq: string) => `The “${trainable} layers” do not follow from this: they were the depth that could be trained in 2014; the 2014 seq2seq model itself used ${seq2seq} LSTM layers.`,
  },
  table: { columns: ['Layer', 'Signal arrives (ms)', 'Within 0.1 s?'], yes: 'yes', no: 'no' },
  trainable: (layers: string) => `${layers} layers: the depth trainable in 2014, not what this math gives`,
  seq2seq: (layers: string) => `The 2014 seq2seq itself: ${layers} LSTM layers`,
  summary: (delay: string, fitSteps: string, layers: string, fitCount: string) =>
    `${delay} ms a step: at most ${stepsOf(fitSteps)} in 0.1 s → ${fitCount} of ${layersOf(layers)} in time`,
  slider: {
    layersLabel: 'Network layers',
    layersText: (layers: string) => `${layersOf(layers)}`,
    layersValue: (layers: string) => layersOf(layers),
    delayLabel: 'Neuron delay per layer (ms)',
    delayText: (ms: string) => `${ms} ms per layer`,
    delayValue: (ms: string) => `${ms} milliseconds`,
  },
  legend: { fit: 'In 0.1 s', over: 'Over budget' },
  rowNet: 'Network',
  rowTime: 'Time',
  budget: (ms: string) => `0.1 s budget (${ms} ms)`,
  axisTime: 'Signal arrival time (ms)',
  layers: 'Network layers',
  layer: {
    mark: (layer: string, arrival: string, status: string) => `Layer ${layer}, signal arrives at ${arrival} ms, ${status}`,
    inBudget: 'within budget',
    overBudget: 'over budget',
    head: (layer: string) => `Layer ${layer}`,
    arrival: (arrival: string, delay: string) => `signal arrives: ${arrival} ms (${delay} ms per layer)`,
    within: (budget: string) => `within the ${budget} ms budget`,
    over: (budget: string, by: string) => `${by} ms over the ${budget} ms budget`,
  },
}
