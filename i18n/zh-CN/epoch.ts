// Strings of the epoch part (EpochRepetition), Chinese edition. The English twin is i18n/en/epoch.ts.
export const epoch = {
  title: '重复训练：同一份数据还值多少',
  description: (rStar: string, ceiling: string, at4: string, at16: string, readout: string) =>
    `横轴为训练轮数（1–64，对数），纵轴为有效数据量（以独有数据为 1 份，对数）。`
    + `全新数据沿 y = x 增长；重复同一份数据时有效数据按 Muennighoff 等（2023）的公式 `
    + `D′ = U + U·R*·(1 − e^(−R/R*))，R* ≈ ${rStar} 增长并趋于上限 ${ceiling} 份。`
    + `4 轮约值 ${at4} 份，16 轮约值 ${at16} 份。当前：${readout}。`,
  legend: { ideal: '全新数据（理想）', repeat: '重复同一份数据' },
  /** the series of the computed curve (its CSV rows) */
  curve: '有效数据（按论文公式计算）',
  readout: (epochs: string, value: string) => `${epochs} 轮 ≈ ${value} 份新数据的价值`,
  readoutFresh: (epochs: string) => `${epochs} 轮全新数据 = ${epochs} 份`,
  slider: { label: '训练轮数（同一份数据重复训练几遍）', text: '训练轮数' },
  ideal: {
    mark: (units: string) => `${units} 份全新数据`,
    effective: (units: string) => `有效数据 = ${units} 份（每个 token 都是新的）`,
    reference: '对照线 y = x',
  },
  repeat: {
    mark: (epochs: string, value: string) => `重复 ${epochs} 轮，有效数据 ${value} 份`,
    head: (epochs: string) => `同一份数据训练 ${epochs} 轮`,
    effective: (value: string, share: string) => `有效数据 ≈ ${value} 份（全新数据的 ${share}）`,
    marginal: (epochs: string, marginal: string) => `第 ${epochs} 轮的边际价值 ≈ ${marginal}`,
    formula: '按 Muennighoff 等（2023）的公式',
  },
  table: ['训练轮数', '全新数据（份）', '重复数据的有效数据（份）', '相当于全新数据', '该轮的边际价值'],
  axisEpochs: '训练轮数（epochs，对数）',
  axisEffective: '有效数据（份，1 份 = 独有数据，对数）',
  idealLine: '全新数据：y = x',
  repeatLine: '重复数据',
  ceiling: (ceiling: string) => `上限 1 + R* ≈ ${ceiling} 份：再多轮也超不过`,
  note: (epochs: string, value: string, share: string, marginal: string) => `${epochs} 轮 ≈ ${value} 份（${share}），该轮边际 ${marginal}`,
} as const
