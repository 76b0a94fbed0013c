// Strings of the runway part (ComputeDataRunway), Chinese edition. The English twin is i18n/en/runway.ts.
export const runway = {
  title: '算力与数据的跑道',
  description: (computeGrowth: string, growth: string, crossing: string, growthFor2028: string) =>
    `左：2012–2026 年重要模型的训练算力（FLOP，对数轴），趋势约每年 ×${computeGrowth}。`
    + `右：代表性模型的训练数据量（tokens，对数轴）、从 Llama 3.1 起每年 ×${growth} 的外推、`
    + `Epoch 估计的人类公开文本存量约 300T（90% 区间 100T–1000T，每年增长约 7%），`
    + `简化模型的交汇年份为${crossing}（要在 2028 年交汇需每年 ×${growthFor2028}）；`
    + `Epoch 的中位数为 2028 年（2026–2032），来自对多个模型的拟合与模拟。`,
  /** where the simple model's dataset meets the stock: "约 2028.5 年", or past the axis */
  crossingAbout: (year: string) => `约 ${year} 年`,
  crossingAfter: (year: string) => `${year} 年后`,
  readout: (crossing: string) => `交汇：${crossing}`,
  legend: { compute: '训练算力', tokens: '模型数据量', trend: '数据趋势', stock: '文本存量' },
  slider: {
    growthLabel: '训练数据集每年增长倍数',
    growthText: (growth: string) => `数据集每年 ×${growth}`,
    overtrainLabel: '过度训练倍数',
    overtrainText: (factor: string) => `过度训练 ×${factor}`,
    overtrainValue: (factor: string) => `${factor} 倍`,
  },
  table: {
    columns: ['系列', '模型', '日期', '数值', '单位', '确定性', '来源'],
    compute: '训练算力',
    tokens: '训练数据量',
    stock: '人类文本存量',
    stockModel: (low: string, high: string) => `Epoch 估计（90% 区间 ${low}–${high}）`,
  },
  /** a training-set size's unit: words (early models) or tokens; in the tooltip words are flagged */
  unitWords: '词',
  unitTokens: 'tokens',
  unitWordsTip: '词（非 token）',
  certaintyE: '估计（E）',
  certaintyQ: '原文数字（Q）',
  /** the gap before a row's note in the tooltip */
  noteSep: '；',
  source: (ref: string) => `来源：${ref}`,
  tokenMark: (model: string, year: string, tokens: string, unit: string) => `${model}，${year} 年，${tokens} ${unit}`,
  computeMark: (model: string, year: string, flop: string) => `${model}，${year} 年，${flop} FLOP`,
  crossing: (crossing: string) => `简化模型交汇：${crossing}`,
  crossingTokens: (tokens: string) => `此时数据集 ≈ 存量 ≈ ${tokens} tokens`,
  crossingEpoch: (median: string, from: string, to: string) => `Epoch 中位数 ${median} 年（${from}–${to}）`,
  crossingNeeds: (median: string, growth: string) => `此简化模型要在 ${median} 年交汇，需每年 ×${growth}`,
  marksTokens: '模型训练数据量',
  marksCrossing: '简化模型交汇',
  marksCompute: '训练算力',
  computeTitle: (growth: string) => `训练算力：每年约 ×${growth}`,
  dataTitle: '训练数据 vs 人类文本存量（tokens）',
  axisYear: '年份',
  axisCompute: '训练算力（FLOP，对数）',
  axisTokens: '训练数据量（tokens，对数）',
  band: (from: string, to: string) => `Epoch：${from}–${to} 年追上存量`,
  median: (year: string) => `中位数 ${year}`,
  stock: '人类公开文本存量 ≈300T',
  stockRange: '90% 区间 100T–1000T，每年 +7%',
  trend: (growth: string) => `外推：数据集每年 ×${growth}`,
  hollow: '空心 = 估计值',
} as const
