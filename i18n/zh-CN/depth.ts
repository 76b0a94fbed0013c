// Strings of the depth part (DepthDecade), Chinese edition. The English twin is i18n/en/depth.ts.
export const depth = {
  title: '十年间的深度与规模',
  description: (from: string, to: string) =>
    `${from} 到 ${to} 年里程碑模型的层数（纵轴，对数刻度）与参数量（点的大小，对数刻度；混合专家模型按总参数）。`
    + '2014 年的假设是“10 层”，那是当年会训练的深度，seq2seq 本身只有 4 层 LSTM；ResNet-152 有 152 层，GPT-3 有 96 层，Llama 3.1 405B 有 126 层，'
    + 'Qwen3-235B 有 94 层，DeepSeek-V4-Pro 有 61 层。',
  mark: (model: string, year: string, layers: string, params: string) => `${model}，${year} 年，${layers} 层，参数 ${params}`,
  tip: {
    yearFamily: (year: string, family: string) => `${year} 年 · ${family}`,
    layers: (layers: string) => `层数：${layers}`,
    params: (params: string) => `参数：${params}`,
    source: (source: string) => `来源：${source}`,
  },
  /** a row's source with its certainty tag */
  sourceTagged: (label: string, certainty: string) => `${label}（${certainty}）`,
  table: ['模型', '年份', '层数', '参数', '类别', '来源'],
  axisLayers: '层数（对数刻度）',
  axisYear: '发布年份',
  hypothesis: (layers: string) => `${layers} 层`,
  hypothesisNote: (layers: string) => `2014 年的“${layers} 层”：当年会训练的深度`,
  seq2seqNote: (layers: string) => `seq2seq 本身只有 ${layers} 层 LSTM`,
  sizeLegend: '参数量',
} as const
