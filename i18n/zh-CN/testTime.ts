// Strings of the testTime part, Chinese edition. The English twin is i18n/en/testTime.ts (same keys).
export const testTime = {
  title: '推理时计算：AIME 与 ARC-AGI',
  description: '左：AIME 2024，推理时多花计算能换来准确率。GPT-4o 单次 9.3%、64 次投票 13.4%；o1-preview 44.6%、56.7%；'
    + 'o1 单次 74%、64 次投票 83%、1000 次打分重排 93%；2025 年 4 月发布的 o3 单次作答 91.6%。'
    + '右：另一个基准 ARC-AGI 半私有集。2024 年 12 月的 o3-preview 在 ARC-AGI-1 公开训练集上训练过，低算力 75.7%，'
    + '约 172 倍算力 87.5%（超出公开榜成本上限）；2025 年 4 月发布的 o3：ARC-AGI-1 上 low 41.5%、medium 53.8%，ARC-AGI-2 上 2.0%、3.0%。',
  /** the legend, one button per group (o3 on both benchmarks shares one) */
  toggles: {
    'gpt-4o': 'GPT-4o',
    'o1-preview': 'o1-preview',
    'o1': 'o1',
    'o3-preview': 'o3-preview（2024-12）',
    'o3': 'o3 发布版（2025-04）',
  },
  aime: {
    sub: '横轴：每题采样次数（对数刻度）',
    axisY: '准确率（%）',
    axisX: '每题采样次数',
    /** the dashed guides at 1, 64 and 1000 samples */
    guides: { pass1: '1 次 pass@1', vote: '64 次 投票', rerank: '1000 次 重排' },
    /** a line's marks, for a screen reader */
    series: (model: string) => `${model}，AIME 2024`,
    point: (model: string, samples: string, metric: string, pct: string) => `${model}，AIME 2024，每题 ${samples} 次采样，${metric}，${pct}%`,
    accuracy: (pct: string) => `准确率：${pct}%`,
  },
  arc: {
    title: 'ARC-AGI（另一基准，半私有集）',
    sub: '纵轴不可与左图直接比较',
    point: (model: string, setting: string, pct: string) => `${model}，${setting}，${pct}%`,
    pointOverLimit: '，超出成本上限',
    score: (pct: string) => `得分：${pct}%`,
    withinLimit: '在公开榜成本上限内',
    overLimit: '超出公开榜成本上限，不计入公开榜',
    tuned: '在 ARC-AGI-1 公开训练集上训练过',
    /** the ARC-AGI-2 line's label: its scores joined by " / " */
    arc2: (scores: string) => `ARC-AGI-2：${scores}`,
    noteTuned: 'o3-preview：调过公开训练集',
    noteCompute: '* 约 172× 算力，超出成本上限',
    /** the two groups under the categorical x axis */
    groups: {
      preview: { head: 'o3-preview', sub: '2024-12 · 未发布' },
      release: { head: 'o3 发布版', sub: '2025-04' },
    },
  },
  /** a setting and the source's name for it, in tooltips and the table */
  setting: (setting: string, metric: string) => `${setting}（${metric}）`,
  source: (label: string) => `来源：${label}`,
  table: {
    columns: ['模型', '基准', '设置', '分数（%）', '每题成本', '说明'],
    samples: (n: string, metric: string) => `每题 ${n} 次（${metric}）`,
    unpublished: '未公布',
    overLimit: '超出成本上限；',
    tuned: '调过公开训练集；',
  },
} as const
