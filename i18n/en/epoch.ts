// Strings of the epoch part, English edition: the keys of i18n/zh-CN/epoch.ts.
import type { Shape } from '../shape'
import type { epoch as zh } from '../zh-CN/epoch'

const epochs = (n: string) => `${n} ${n === '1' ? 'epoch' : 'epochs'}`

export const epoch: Shape<typeof zh> = {
  title: 'Repeating data: what is the same data still worth?',
  description: (rStar: string, ceiling: string, at4: string, at16: string, readout: string) =>
    `The x axis is the number of epochs (1–64, log scale), the y axis effective data in units of the unique data (log scale). `
    + `New data grows along y = x; repeated data grows by the formula of Muennighoff et al. (2023), `
    + `D′ = U + U·R*·(1 − e^(−R/R*)) with R* ≈ ${rStar}, and levels off at ${ceiling} units. `
    + `4 epochs are worth about ${at4} units, 16 epochs about ${at16}. Now: ${readout}.`,
  legend: { ideal: 'New data (ideal)', repeat: 'Same data repeated' },
  curve: 'Effective data (computed from the paper\'s formula)',
  readout: (n: string, value: string) => `${epochs(n)} ≈ ${value} units of new data`,
  readoutFresh: (n: string) => `${epochs(n)} of new data = ${n} units`,
  slider: { label: 'Epochs (passes over the same data)', text: 'Epochs' },
  ideal: {
    mark: (units: string) => `${units} units of new data`,
    effective: (units: string) => `effective data = ${units} units (every token new)`,
    reference: 'reference line y = x',
  },
  repeat: {
    mark: (n: string, value: string) => `${epochs(n)} repeated, effective data ${value} units`,
    head: (n: string) => `${epochs(n)} on the same data`,
    effective: (value: string, share: string) => `effective data ≈ ${value} units (${share} of new data)`,
    marginal: (n: string, marginal: string) => `epoch ${n} is worth ≈ ${marginal} of new data`,
    formula: 'per the formula of Muennighoff et al. (2023)',
  },
  table: ['Epochs', 'New data (units)', 'Repeated data, effective (units)', 'Share of new data', 'Marginal value of the epoch'],
  axisEpochs: 'Epochs (log)',
  axisEffective: 'Effective data (units, log)',
  idealLine: 'New data: y = x',
  repeatLine: 'Repeated',
  ceiling: (ceiling: string) => `Ceiling 1 + R* ≈ ${ceiling} units: more epochs never pass it`,
  note: (n: string, value: string, share: string, marginal: string) => `${epochs(n)} ≈ ${value} units (${share}), marginal ${marginal}`,
}
