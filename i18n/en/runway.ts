// Strings of the runway part, English edition: the keys of i18n/zh-CN/runway.ts.
import type { Shape } from '../shape'
import type { runway as zh } from '../zh-CN/runway'

export const runway: Shape<typeof zh> = {
  title: 'Compute and data: the runway',
  description: (computeGrowth: string, growth: string, crossing: string, growthFor2028: string) =>
    `Left: training compute of notable models, 2012–2026 (FLOP, log scale), a trend of about ×${computeGrowth} a year. `
    + `Right: training-set sizes of representative models (tokens, log scale), a projection from Llama 3.1 at ×${growth} a year, `
    + `and Epoch's estimate of the stock of public human text, about 300T (90% CI 100T–1000T, growing about 7% a year). `
    + `In this simple model they meet ${crossing} (meeting in 2028 takes ×${growthFor2028} a year); `
    + `Epoch's median is 2028 (2026–2032), from fits and simulations over several models.`,
  crossingAbout: (year: string) => `around ${year}`,
  crossingAfter: (year: string) => `after ${year}`,
  readout: (crossing: string) => `Meet: ${crossing}`,
  legend: { compute: 'Compute', tokens: 'Datasets', trend: 'Data trend', stock: 'Text stock' },
  slider: {
    growthLabel: 'Training-set growth per year',
    growthText: (growth: string) => `Data ×${growth}/yr`,
    overtrainLabel: 'Overtraining factor',
    overtrainText: (factor: string) => `Overtrain ×${factor}`,
    overtrainValue: (factor: string) => `${factor} times`,
  },
  table: {
    columns: ['Series', 'Model', 'Date', 'Value', 'Unit', 'Certainty', 'Source'],
    compute: 'Training compute',
    tokens: 'Training data',
    stock: 'Human text stock',
    stockModel: (low: string, high: string) => `Epoch estimate (90% CI ${low}–${high})`,
  },
  unitWords: 'words',
  unitTokens: 'tokens',
  unitWordsTip: 'words (not tokens)',
  certaintyE: 'estimate (E)',
  certaintyQ: 'quoted figure (Q)',
  noteSep: '; ',
  source: (ref: string) => `Source: ${ref}`,
  tokenMark: (model: string, year: string, tokens: string, unit: string) => `${model}, ${year}, ${tokens} ${unit}`,
  computeMark: (model: string, year: string, flop: string) => `${model}, ${year}, ${flop} FLOP`,
  crossing: (crossing: string) => `Simple model meets the stock ${crossing}`,
  crossingTokens: (tokens: string) => `dataset ≈ stock ≈ ${tokens} tokens`,
  crossingEpoch: (median: string, from: string, to: string) => `Epoch median ${median} (${from}–${to})`,
  crossingNeeds: (median: string, growth: string) => `to meet in ${median}, this model needs ×${growth} a year`,
  marksTokens: 'Training-set sizes',
  marksCrossing: 'Simple model: crossing',
  marksCompute: 'Training compute',
  computeTitle: (growth: string) => `Compute: about ×${growth} a year`,
  dataTitle: 'Training data vs human text stock (tokens)',
  axisYear: 'Year',
  axisCompute: 'Training FLOP (log)',
  axisTokens: 'Training tokens (log)',
  band: (from: string, to: string) => `Epoch: runs out ${from}–${to.slice(-2)}`,
  median: (year: string) => `median ${year}`,
  stock: 'Public human text ≈300T',
  stockRange: '90% CI 100T–1000T, +7% a year',
  trend: (growth: string) => `Projection: data ×${growth} a year`,
  hollow: 'hollow = estimate',
}
