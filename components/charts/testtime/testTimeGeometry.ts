import type { AimeSeries, ArcRow, ArcSeries, SampleRow, ToggleGroup } from '../../../data/testTime'
import type { ToggleItem } from '../../kit/ChartToggles.vue'
import type { Lang } from '../../../i18n/lang'
import type { Messages } from '../../../i18n/messages'
import type { ChartMark } from '../../kit/useChart'
import { format } from 'd3-format'
import { scaleLinear, scaleLog, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { aimeSeries, arcSeries, arcSettingLabels, arcSettings, benchmarkLabels } from '../../../data/testTime'
import { textIn } from '../../../i18n/lang'

/** the chart's strings in the edition it is drawn in (useI18n().t.testTime) */
type Strings = Messages['testTime']

/**
 * TestTimeCompute's layout, scales and marks, shared by its two panels (AIME on the left, ARC-AGI on
 * the right): the panels share the y scale (0–100 %) but never an x axis. What they write comes from the
 * edition's dictionary and data labels, passed in as `lang` and `t` (= useI18n().t.testTime).
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
export const toggleOrder: ToggleGroup[] = ['gpt-4o', 'o1-preview', 'o1', 'o3-preview', 'o3']
export const toggleItems = (t: Strings): ToggleItem[] => toggleOrder.map(id => ({ id, label: t.toggles[id], color: color[id] }))

export const y = scaleLinear().domain([0, 100]).range([BOTTOM, TOP])
export const xAime = scaleLog().domain([0.7, 1600]).range([AIME.x0, AIME.x1])
export const xArc = scalePoint<string>().domain([...arcSettings]).range([ARC.x0, ARC.x1]).padding(0.6)

export const pct = format('.3~r')
export const usd = format('$,.2~f')

/** the line through a series' marks */
export const pathOf = (marks: readonly ChartMark<unknown>[]) => line<ChartMark<unknown>>().x(m => m.x).y(m => m.y)(marks) ?? ''

export function aimeMarks(series: AimeSeries, visible: boolean, lang: Lang, t: Strings): ChartMark<SampleRow>[] {
  const model = textIn(series.label, lang)
  return series.rows.map(row => ({
    key: `${series.id}-${row.samples}`,
    x: xAime(row.samples),
    y: y(row.accuracy),
    label: t.aime.point(model, String(row.samples), row.metric, pct(row.accuracy)),
    tip: [
      model,
      benchmarkLabels.aime2024[lang],
      t.setting(row.method[lang], row.metric),
      t.aime.accuracy(pct(row.accuracy)),
      ...(row.note ? [row.note[lang]] : []),
      t.source(textIn(series.source.label, lang)),
    ],
    visible,
    data: row,
  }))
}

export function arcMarks(series: ArcSeries, visible: boolean, lang: Lang, t: Strings): ChartMark<ArcRow>[] {
  const model = textIn(series.label, lang)
  return series.rows.map(row => ({
    key: `${series.id}-${row.setting}`,
    x: xArc(row.setting) ?? ARC.x0,
    y: y(row.score),
    label: t.arc.point(model, arcSettingLabels[row.setting][lang], pct(row.score)) + (row.withinCostLimit ? '' : t.arc.pointOverLimit),
    tip: [
      model,
      benchmarkLabels[series.benchmark][lang],
      t.setting(arcSettingLabels[row.setting][lang], row.metric),
      t.arc.score(pct(row.score)),
      row.withinCostLimit ? t.arc.withinLimit : t.arc.overLimit,
      ...(series.tunedOnPublicTraining ? [t.arc.tuned] : []),
      row.note[lang],
      t.source(textIn(series.source.label, lang)),
    ],
    visible,
    data: row,
  }))
}

/** dashed guides at the three AIME sample counts, named as the source names them */
export const aimeGuides = (t: Strings) => [
  { samples: 1, text: t.aime.guides.pass1, anchor: 'start', dx: -8 },
  { samples: 64, text: t.aime.guides.vote, anchor: 'middle', dx: 0 },
  { samples: 1000, text: t.aime.guides.rerank, anchor: 'end', dx: 8 },
].map(g => ({ ...g, x: xAime(g.samples) }))

/** the ARC x axis is categorical: labels come from the point scale's own domain */
export const arcTicks = (lang: Lang) => xArc.domain().map(k => ({ key: k, x: xArc(k) ?? ARC.x0, text: arcSettingLabels[k as keyof typeof arcSettingLabels][lang] }))
const groupCenter = (keys: string[]) => keys.reduce((s, k) => s + (xArc(k) ?? 0), 0) / keys.length
export const arcGroups = (t: Strings) => [
  { key: 'preview', x: groupCenter(['preview-low', 'preview-high']), lines: t.arc.groups.preview },
  { key: 'release', x: groupCenter(['release-low', 'release-medium']), lines: t.arc.groups.release },
]
/** where the two ARC notes sit: a band no point or label reaches */
export const noteY = y(30)

export const tableColumns = (t: Strings) => [...t.table.columns]
export function tableRows(lang: Lang, t: Strings): (string | number)[][] {
  return [
    ...aimeSeries.flatMap(s => s.rows.map(r => [
      textIn(s.label, lang),
      benchmarkLabels[s.benchmark][lang],
      t.table.samples(String(r.samples), r.metric),
      r.accuracy,
      '—',
      (r.note ?? r.method)[lang],
    ])),
    ...arcSeries.flatMap(s => s.rows.map(r => [
      textIn(s.label, lang),
      benchmarkLabels[s.benchmark][lang],
      t.setting(arcSettingLabels[r.setting][lang], r.metric),
      r.score,
      r.costPerTaskUsd === undefined ? t.table.unpublished : usd(r.costPerTaskUsd),
      `${r.withinCostLimit ? '' : t.table.overLimit}${s.tunedOnPublicTraining ? t.table.tuned : ''}${r.note[lang]}`,
    ])),
  ]
}

/** each source once, its label in the edition */
export const sources = (lang: Lang) => [...new Map([...aimeSeries, ...arcSeries].map(s => [s.source.url, { ...s.source, label: textIn(s.source.label, lang) }])).values()]
