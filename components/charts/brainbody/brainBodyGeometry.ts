import type { BrainBodyGroup, BrainBodyRow, HomininRow, PrimateRow } from '../../../data/brainBody'
import type { ChartMark } from '../../kit/useChart'
import { format } from 'd3-format'
import { scaleLog } from 'd3-scale'
import { line } from 'd3-shape'
import { homininFitRows, hominins, homininsWithoutBodyMass, mammals, primates } from '../../../data/brainBody'
import { powerLawFit, predict } from '../../../snippets/powerLawFit'

/**
 * BrainBodyScaling's scales, fits and marks: static (data and scales never change), so computed once
 * at import, not watched. The component draws them.
 */
export const W = 800
export const H = 310
export const M = { top: 14, right: 28, bottom: 44, left: 66 }
export const xAxisY = H - M.bottom
export const plotW = W - M.left - M.right
export const plotH = H - M.top - M.bottom

export const x = scaleLog().domain([0.001, 10000]).range([M.left, W - M.right])
export const y = scaleLog().domain([0.1, 10000]).range([H - M.bottom, M.top])
export const num = format(',~g')
/** axis labels: d3's own log-tick filter (tickFormat with a small count keeps the powers of ten), printed with `num` */
function logAxisFormat(scale: typeof x) {
  const keep = scale.tickFormat(1)
  return (v: number) => (keep(v) === '' ? '' : num(v))
}
export const xFormat = logAxisFormat(x)
export const yFormat = logAxisFormat(y)
export const slopeFmt = format('.2f')
const kg = format('.0f')
const ratio = format('.1f')

interface GroupDef {
  id: BrainBodyGroup
  label: string
  color: string
  /** step at which the points appear */
  pointsAt: number
  /** step at which the fitted line appears */
  lineAt: number
  rows: readonly BrainBodyRow[]
  fitRows: readonly BrainBodyRow[]
  r: number
}

const groupDefs: GroupDef[] = [
  { id: 'mammals', label: mammals.label, color: 'var(--bb-mammal)', pointsAt: 0, lineAt: 0, rows: mammals.rows, fitRows: mammals.rows, r: 3 },
  { id: 'primates', label: primates.label, color: 'var(--bb-primate)', pointsAt: 1, lineAt: 1, rows: primates.rows, fitRows: primates.rows, r: 3 },
  { id: 'hominins', label: hominins.label, color: 'var(--accent-human)', pointsAt: 2, lineAt: 3, rows: hominins.rows, fitRows: homininFitRows, r: 4.5 },
]

/** what a mark carries: its row and the radius it is drawn with */
export interface PointData {
  row: BrainBodyRow
  r: number
}

function tipLines(g: GroupDef, row: BrainBodyRow): string[] {
  const measured = g.id === 'mammals' ? `脑重 ${num(row.brainG)} g` : `颅容量 ${num(row.brainG)} cm³（≈ g）`
  const lines = [
    row.name,
    row.name === row.sourceName ? g.label : `${row.sourceName} · ${g.label}`,
    `体重 ${num(row.bodyKg)} kg · ${measured}`,
  ]
  if (g.id === 'primates')
    lines.push(`科：${(row as PrimateRow).family}`)
  if (g.id === 'hominins')
    lines.push(`距今约 ${num((row as HomininRow).ageMa)} 百万年`)
  return lines
}

const lineGen = line<[number, number]>()

export const groups = groupDefs.map((g) => {
  const fit = powerLawFit(g.fitRows.map(r => ({ x: r.bodyKg, y: r.brainG })))
  // in order of body mass: the arrow keys walk a group from light to heavy
  const marks: ChartMark<PointData>[] = [...g.rows]
    .sort((a, b) => a.bodyKg - b.bodyKg)
    .map((row, i) => ({
      key: `${g.id}-${i}`,
      x: x(row.bodyKg),
      y: y(row.brainG),
      label: `${row.name}：体重 ${num(row.bodyKg)} kg，脑重 ${num(row.brainG)} g`,
      tip: tipLines(g, row),
      data: { row, r: row.isHuman && g.id === 'hominins' ? g.r + 1.5 : g.r },
    }))
  const [x0, x1] = fit.xExtent
  const path = lineGen([[x(x0), y(predict(fit, x0))], [x(x1), y(predict(fit, x1))]]) ?? ''
  // where the slope is written: mammals under the right end, primates left of the start, hominins above the end
  const slopePos = g.id === 'mammals'
    ? { x: x(x1), y: y(predict(fit, x1)) + 16, anchor: 'end' as const }
    : g.id === 'primates'
      ? { x: x(x0) - 6, y: y(predict(fit, x0)) - 4, anchor: 'end' as const }
      : { x: x(x1) + 4, y: y(predict(fit, x1)) - 14, anchor: 'start' as const }
  return { ...g, fit, marks, path, slopePos, slopeText: `斜率 ${slopeFmt(fit.slope)}` }
})
export type Group = (typeof groups)[number]

export const groupById = Object.fromEntries(groups.map(g => [g.id, g])) as Record<BrainBodyGroup, Group>
export const groupIds = groups.map(g => g.id)

export const toggleItems = groups.map(g => ({
  id: g.id,
  label: `${g.label}（${g.fit.n === g.rows.length ? g.rows.length : `${g.rows.length}，拟合 ${g.fit.n}`}）${g.slopeText}`,
  color: g.color,
}))

/** the two humans: Homo sapiens among the hominins, "Human" among the 62 mammals */
export const sapiens = groupById.hominins.marks.find(m => m.data.row.isHuman)!
export const mammalHuman = groupById.mammals.marks.find(m => m.data.row.isHuman)!

const mammalFit = groupById.mammals.fit
const primateFit = groupById.primates.fit
const homininFit = groupById.hominins.fit

export const description = `对数–对数散点图：${mammals.rows.length} 种陆生哺乳动物、${primates.rows.length} 种非人灵长类和 ${hominins.rows.length} 个人族物种的体重（kg）与脑重（g），`
  + `每组一条 log10 空间的最小二乘拟合线。哺乳动物斜率 ${slopeFmt(mammalFit.slope)}，非人灵长类 ${slopeFmt(primateFit.slope)}，`
  + `人族（阿法南方古猿以后 ${homininFit.n} 种）${slopeFmt(homininFit.slope)}（标准误 ${slopeFmt(homininFit.slopeSE)}），明显更陡；`
  + `但人族样本的体重只在 ${kg(homininFit.xExtent[0])}–${kg(homininFit.xExtent[1])} kg 之间，斜率不能外推到这个范围之外。灵长类与人族的脑重为颅容量（cm³ 视作 g）。`
  + `${homininsWithoutBodyMass.map(r => r.name).join('、')}缺体重数据，未画出。`

/** the step-3 note: where it sits, the hominin slope with its standard error, and the body-mass range the fit rests on (less than 3×) */
export const note = {
  x: x(0.0015),
  y: y(2500),
  slope: `${slopeFmt(homininFit.slope)} ± ${slopeFmt(homininFit.slopeSE)}`,
  others: `哺乳动物 ${slopeFmt(mammalFit.slope)}，非人灵长类 ${slopeFmt(primateFit.slope)}`,
  span: `${kg(homininFit.xExtent[0])}–${kg(homininFit.xExtent[1])} kg（约 ${ratio(homininFit.xExtent[1] / homininFit.xExtent[0])} 倍）`,
}
