// Strings of the depth part, English edition: the keys of i18n/zh-CN/depth.ts.
import type { Shape } from '../shape'
import type { depth as zh } from '../zh-CN/depth'

export const depth: Shape<typeof zh> = {
  title: 'A decade of depth and scale',
  description: (from: string, to: string) =>
    `Layers (y axis, log scale) and parameters (point size, log scale; mixture-of-experts models by total parameters) of landmark models, ${from} to ${to}. `
    + 'The 2014 hypothesis said “10 layers”: the depth that could be trained then; seq2seq itself had only 4 LSTM layers. ResNet-152 has 152 layers, GPT-3 96, Llama 3.1 405B 126, '
    + 'Qwen3-235B 94, DeepSeek-V4-Pro 61.',
  mark: (model: string, year: string, layers: string, params: string) => `${model}, ${year}, ${layers} layers, ${params} parameters`,
  tip: {
    yearFamily: (year: string, family: string) => `${year} · ${family}`,
    layers: (layers: string) => `layers: ${layers}`,
    params: (params: string) => `parameters: ${params}`,
    source: (source: string) => `Source: ${source}`,
  },
  sourceTagged: (label: string, certainty: string) => `${label} (${certainty})`,
  table: ['Model', 'Year', 'Layers', 'Parameters', 'Family', 'Source'],
  axisLayers: 'Layers (log scale)',
  axisYear: 'Year published',
  hypothesis: (layers: string) => `${layers} layers`,
  hypothesisNote: (layers: string) => `2014’s “${layers} layers”: trainable then`,
  seq2seqNote: (layers: string) => `seq2seq itself: ${layers} LSTM layers`,
  sizeLegend: 'Parameters',
}
