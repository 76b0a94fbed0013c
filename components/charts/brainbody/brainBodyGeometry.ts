import type { BrainBodyGroup, BrainBodyRow, HomininRow, PrimateRow } from '../../../data/brainBody'
import type { Text } from '../../../i18n/lang'
import type { Lang } from '../../../i18n/lang'
import type { Messages } from '../../../i18n/messages'
import type { ChartMark } from '../../kit/useChart'
import { format } from 'd3-format'
import { scaleLog } from 'd3-scale'
import { line } from 'd3-shape'
import { homininFitRows, hominins, homininsWithoutBodyMass, mammals, primates } from '../../../data/brainBody'
import { textIn } from '../../../i18n/lang'
import { powerLawFit, predict } from '../../../snippets/powerLawFit'

/**
 * BrainBodyScaling's scales, fits and marks: static (data and scales never change), so computed once
 * at import, not watched. What the chart writes (labels, tooltips, legend, note, description) comes from
 * `brainBodyText(lang, t)`, with t = useI18n().t.brainBody. The component draws them.
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

/** the chart's strings in the edition it is drawn in */
type Strings = Messages['brainBody']

interface GroupDef {
  id: BrainBodyGroup
  label: Text
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

const lineGen = line<[number, number]>()

/** each group's fit, line and points (positions only), in order of body mass: the arrow keys walk a group from light to heavy */
const placed = groupDefs.map((g) => {
  const fit = powerLawFit(g.fitRows.map(r => ({ x: r.bodyKg, y: r.brainG })))
  const points = [...g.rows]
    .sort((a, b) => a.bodyKg - b.bodyKg)
    .map((row, i) => ({ key: `${g.id}-${i}`, x: x(row.bodyKg), y: y(row.brainG), data: { row, r: row.isHuman && g.id === 'hominins' ? g.r + 1.5 : g.r } }))
  const [x0, x1] = fit.xExtent
  const path = lineGen([[x(x0), y(predict(fit, x0))], [x(x1), y(predict(fit, x1))]]) ?? ''
  // where the slope is written: mammals under the right end, primates left of the start, hominins above the end
  const slopePos = g.id === 'mammals'
    ? { x: x(x1), y: y(predict(fit, x1)) + 16, anchor: 'end' as const }
    : g.id === 'primates'
      ? { x: x(x0) - 6, y: y(predict(fit, x0)) - 4, anchor: 'end' as const }
      : { x: x(x1) + 4, y: y(predict(fit, x1)) - 14, anchor: 'start' as const }
  return { ...g, fit, points, path, slopePos }
})
const placedById = Object.fromEntries(placed.map(g => [g.id, g])) as Record<BrainBodyGroup, (typeof placed)[number]>
export const groupIds = placed.map(g => g.id)

/** the two humans: Homo sapiens among the hominins, "Human" among the 62 mammals */
export const sapiens = placedById.hominins.points.find(p => p.data.row.isHuman)!
export const mammalHuman = placedById.mammals.points.find(p => p.data.row.isHuman)!

const mammalFit = placedById.mammals.fit
const primateFit = placedById.primates.fit
const homininFit = placedById.hominins.fit

/** where the step-3 note sits */
export const notePos = { x: x(0.0015), y: y(2500) }

function tipLines(g: GroupDef, row: BrainBodyRow, groupLabel: string, lang: Lang, t: Strings): string[] {
  const name = textIn(row.name, lang)
  const measured = g.id === 'mammals' ? t.tip.brain(num(row.brainG)) : t.tip.ecv(num(row.brainG))
  const lines = [
    name,
    name === row.sourceName ? groupLabel : `${row.sourceName} · ${groupLabel}`,
    t.tip.masses(num(row.bodyKg), measured),
  ]
  if (g.id === 'primates')
    lines.push(t.tip.family((row as PrimateRow).family))
  if (g.id === 'hominins')
    lines.push(t.tip.age(num((row as HomininRow).ageMa)))
  return lines
}

/** everything the chart writes, in one edition: groups with their labelled marks, legend, note, description */
export function brainBodyText(lang: Lang, t: Strings) {
  const groups = placed.map((g) => {
    const label = textIn(g.label, lang)
    const marks: ChartMark<PointData>[] = g.points.map(p => ({
      ...p,
      label: t.point(textIn(p.data.row.name, lang), num(p.data.row.bodyKg), num(p.data.row.brainG)),
      tip: tipLines(g, p.data.row, label, lang, t),
    }))
    return { ...g, label, marks, slopeText: t.slope(slopeFmt(g.fit.slope)) }
  })
  const groupById = Object.fromEntries(groups.map(g => [g.id, g])) as Record<BrainBodyGroup, (typeof groups)[number]>
  const toggleItems = groups.map(g => ({
    id: g.id,
    label: g.fit.n === g.rows.length
      ? t.toggle(g.label, String(g.rows.length), g.slopeText)
      : t.toggleFit(g.label, String(g.rows.length), String(g.fit.n), g.slopeText),
    color: g.color,
  }))
  const description = t.description(
    String(mammals.rows.length),
    String(primates.rows.length),
    String(hominins.rows.length),
    slopeFmt(mammalFit.slope),
    slopeFmt(primateFit.slope),
    String(homininFit.n),
    slopeFmt(homininFit.slope),
    slopeFmt(homininFit.slopeSE),
    kg(homininFit.xExtent[0]),
    kg(homininFit.xExtent[1]),
    homininsWithoutBodyMass.map(r => textIn(r.name, lang)).join(t.listSep),
  )
  /** the step-3 note: the hominin slope with its standard error, and the body-mass range the fit rests on (less than 3×) */
  const note = [
    t.note.head(`${slopeFmt(homininFit.slope)} ± ${slopeFmt(homininFit.slopeSE)}`),
    t.note.others(slopeFmt(mammalFit.slope), slopeFmt(primateFit.slope)),
    t.note.span(kg(homininFit.xExtent[0]), kg(homininFit.xExtent[1]), ratio(homininFit.xExtent[1] / homininFit.xExtent[0])),
    t.note.limit,
  ]
  return { groups, groupById, toggleItems, description, note }
}
export type Group = ReturnType<typeof brainBodyText>['groups'][number]
