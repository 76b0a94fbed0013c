import type { AimeSeries, ArcRow, ArcSeries, SampleRow, ToggleGroup } from '../../../data/testTime'
import type { ToggleItem } from '../../kit/ChartToggles.vue'
import type { ChartMark } from '../../kit/useChart'
import { format } from 'd3-format'
import { scaleLinear, scaleLog, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { aimeSeries, arcSeries, arcSettingLabels, arcSettings, benchmarkLabels } from '../../../data/testTime'

/**
 * TestTimeCompute's layout, scales and marks, shared by its two panels (AIME on the left, ARC-AGI on
 * the right): the panels share the y scale (0–100 %) but never an x axis.
 */
export const W = 800
export const H = 330
export const TOP = 62
export const BOTTOM = H - 56
export const AIME = { x0: 62, x1: 430 }
export const ARC = { x0: 548, x1: 786 }

/** one colour per legend group, from the theme's variables (the theme owns light and dark values) */
export const color: Record<ToggleGroup, string> = {
  'gpt-4o': 'var(--chart-muted)',
  'o1-preview': 'var(--pillar-data)',
  'o1': 'var(--pillar-compute)',
  'o3-preview': 'var(--pillar-algo)',
  'o3': 'var(--pillar-algo)',
}
const toggleLabels: Record<ToggleGroup, string> = {
  'gpt-4o': 'GPT-4o',
  'o1-preview': 'o1-preview',
  'o1': 'o1',
  'o3-preview': 'o3-preview（2024-12）',
  'o3': 'o3 发布版（2025-04）',
}
export const toggleOrder: ToggleGroup[] = ['gpt-4o', 'o1-preview', 'o1', 'o3-preview', 'o3']
export const toggleItems: ToggleItem[] = toggleOrder.map(id => ({ id, label: toggleLabels[id], color: color[id] }))

export const y = scaleLinear().domain([0, 100]).range([BOTTOM, TOP])
export const xAime = scaleLog().domain([0.7, 1600]).range([AIME.x0, AIME.x1])
export const xArc = scalePoint<string>().domain([...arcSettings]).range([ARC.x0, ARC.x1]).padding(0.6)

export const pct = format('.3~r')
export const usd = format('$,.2~f')

/** the line through a series' marks */
export const pathOf = (marks: readonly ChartMark<unknown>[]) => line<ChartMark<unknown>>().x(m => m.x).y(m => m.y)(marks) ?? ''

export function aimeMarks(series: AimeSeries, visible: boolean): ChartMark<SampleRow>[] {
  return series.rows.map(row => ({
    key: `${series.id}-${row.samples}`,
    x: xAime(row.samples),
    y: y(row.accuracy),
    label: `${series.label}，AIME 2024，每题 ${row.samples} 次采样，${row.metric}，${pct(row.accuracy)}%`,
    tip: [
      series.label,
      benchmarkLabels.aime2024,
      `${row.method}（${row.metric}）`,
      `准确率：${pct(row.accuracy)}%`,
      ...(row.note ? [row.note] : []),
      `来源：${series.source.label}`,
    ],
    visible,
    data: row,
  }))
}

export function arcMarks(series: ArcSeries, visible: boolean): ChartMark<ArcRow>[] {
  return series.rows.map(row => ({
    key: `${series.id}-${row.setting}`,
    x: xArc(row.setting) ?? ARC.x0,
    y: y(row.score),
    label: `${series.label}，${arcSettingLabels[row.setting]}，${pct(row.score)}%${row.withinCostLimit ? '' : '，超出成本上限'}`,
    tip: [
      series.label,
      benchmarkLabels[series.benchmark],
      `${arcSettingLabels[row.setting]}（${row.metric}）`,
      `得分：${pct(row.score)}%`,
      row.withinCostLimit ? '在公开榜成本上限内' : '超出公开榜成本上限，不计入公开榜',
      ...(series.tunedOnPublicTraining ? ['在 ARC-AGI-1 公开训练集上训练过'] : []),
      row.note,
      `来源：${series.source.label}`,
    ],
    visible,
    data: row,
  }))
}

/** dashed guides at the three AIME sample counts, named as the source names them */
export const aimeGuides = [
  { samples: 1, text: '1 次 pass@1', anchor: 'start', dx: -8 },
  { samples: 64, text: '64 次 投票', anchor: 'middle', dx: 0 },
  { samples: 1000, text: '1000 次 重排', anchor: 'end', dx: 8 },
].map(g => ({ ...g, x: xAime(g.samples) }))

/** the ARC x axis is categorical: labels come from the point scale's own domain */
export const arcTicks = xArc.domain().map(k => ({ key: k, x: xArc(k) ?? ARC.x0, text: arcSettingLabels[k as keyof typeof arcSettingLabels] }))
const groupCenter = (keys: string[]) => keys.reduce((s, k) => s + (xArc(k) ?? 0), 0) / keys.length
export const arcGroups = [
  { key: 'preview', x: groupCenter(['preview-low', 'preview-high']), lines: ['o3-preview', '2024-12 · 未发布'] },
  { key: 'release', x: groupCenter(['release-low', 'release-medium']), lines: ['o3 发布版', '2025-04'] },
]
/** where the two ARC notes sit: a band no point or label reaches */
export const noteY = y(30)

export const tableColumns = ['模型', '基准', '设置', '分数（%）', '每题成本', '说明']
export function tableRows(): (string | number)[][] {
  return [
    ...aimeSeries.flatMap(s => s.rows.map(r => [
      s.label,
      benchmarkLabels[s.benchmark],
      `每题 ${r.samples} 次（${r.metric}）`,
      r.accuracy,
      '—',
      r.note ?? r.method,
    ])),
    ...arcSeries.flatMap(s => s.rows.map(r => [
      s.label,
      benchmarkLabels[s.benchmark],
      `${arcSettingLabels[r.setting]}（${r.metric}）`,
      r.score,
      r.costPerTaskUsd === undefined ? '未公布' : usd(r.costPerTaskUsd),
      `${r.withinCostLimit ? '' : '超出成本上限；'}${s.tunedOnPublicTraining ? '调过公开训练集；' : ''}${r.note}`,
    ])),
  ]
}

export const sources = [...new Map([...aimeSeries, ...arcSeries].map(s => [s.source.url, s.source])).values()]
export const description = '左：AIME 2024，推理时多花计算能换来准确率。GPT-4o 单次 9.3%、64 次投票 13.4%；o1-preview 44.6%、56.7%；'
  + 'o1 单次 74%、64 次投票 83%、1000 次打分重排 93%；2025 年 4 月发布的 o3 单次作答 91.6%。'
  + '右：另一个基准 ARC-AGI 半私有集。2024 年 12 月的 o3-preview 在 ARC-AGI-1 公开训练集上训练过，低算力 75.7%，'
  + '约 172 倍算力 87.5%（超出公开榜成本上限）；2025 年 4 月发布的 o3：ARC-AGI-1 上 low 41.5%、medium 53.8%，ARC-AGI-2 上 2.0%、3.0%。'
