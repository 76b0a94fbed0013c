import type { SsiEvent, SsiRound } from '../../../data/ssi'
import type { AxisScale } from '../../kit/ChartAxis.vue'
import { format } from 'd3-format'
import { scaleLog, scaleUtc } from 'd3-scale'
import { ssiEvents, ssiMonthsBetweenRounds, ssiRounds, ssiValuationRatio } from '../../../data/ssi'

/**
 * SsiTimeline's layout: scales, number and date formats, where each event label sits and where each
 * money mark sits. Pure, computed once at import (the chart has no controls).
 */
export const W = 800
export const H = 300
export const M = { left: 78, right: 30 }
export const SPINE = 112
export const MONEY_TOP = 168
export const MONEY_BOTTOM = 282

const dayFmt = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
export const monthFmt = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' })
export const dateText = (d: { date: string, precision: 'day' | 'month' }) =>
  (d.precision === 'day' ? dayFmt : monthFmt).format(new Date(d.date))

/** "$10 亿": d3-format does the number, 亿 (1e8) is the unit */
const yi = format('$,~r')
export function money(usd: number) {
  return `${yi(usd / 1e8)} 亿`
}
export const times = format('.2~r')

export const t = scaleUtc()
  .domain([new Date('2024-04-01'), new Date('2026-01-01')])
  .range([M.left, W - M.right])

/** ChartAxis takes numeric scales; adapt the time scale (positions from scaleUtc().ticks()). */
export const timeAxis: AxisScale = Object.assign((v: number) => t(new Date(v)), {
  ticks: (count?: number) => t.ticks(count ?? 6).map(d => +d),
  tickFormat: () => (v: number) => monthFmt.format(new Date(v)),
  range: () => t.range(),
})

export const y = scaleLog().domain([5e8, 5e10]).range([MONEY_BOTTOM, MONEY_TOP])
// d3's log-tick filter with a small count keeps the powers of ten; we print those as "$10 亿"
const yLabels = y.tickFormat(1)
export const yAxisFormat = (v: number) => (yLabels(v) === '' ? '' : money(v))

export const roundByEvent = new Map(ssiRounds.rows.map(r => [r.eventId, r]))

// Event labels sit on two heights, hanging right of their stem or (near the right edge) left of it.
// A placement is kept when labels on one height do not overlap, stay inside the chart, and no lower
// label covers the stem of an event labelled above it (that stem would cut through the text). The
// first such placement in preference order is found by a small depth-first search (6 events: ≤ 4⁶ tries).
// Label widths are estimated from the text (CJK ≈ 1 em, Latin ≈ 0.6 em).
const LEVELS = [30, 68]
const emWidth = (text: string, px: number) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2E80 ? px : px * 0.6), 0)
type Anchor = 'start' | 'end'
interface Placed { level: number, anchor: Anchor, from: number, to: number }
const raw = ssiEvents.rows.map((e) => {
  const round = roundByEvent.get(e.id)
  const label = round ? `${e.label} ${money(round.raisedUsd)}` : e.label
  const date = dateText(e)
  return { e, x: t(new Date(e.date)), label, date, width: Math.max(emWidth(label, 15), emWidth(date, 14)) + 4 }
})
const CANDIDATES: { level: number, anchor: Anchor }[] = [
  { level: 0, anchor: 'start' },
  { level: 1, anchor: 'start' },
  { level: 0, anchor: 'end' },
  { level: 1, anchor: 'end' },
]
const GAP = 6
function fits(i: number, c: Placed, placed: Placed[]) {
  if (c.from < 0 || c.to > W)
    return false
  return placed.every((p, j) => {
    if (p.level === c.level && !(c.to + GAP < p.from || c.from > p.to + GAP))
      return false
    const covers = (box: Placed, x: number) => x > box.from - GAP && x < box.to + GAP
    if (c.level > p.level && covers(c, raw[j]!.x))
      return false
    if (p.level > c.level && covers(p, raw[i]!.x))
      return false
    return true
  })
}
function place(i: number, placed: Placed[]): Placed[] | null {
  if (i === raw.length)
    return placed
  const r = raw[i]!
  for (const c of CANDIDATES) {
    const box: Placed = { ...c, from: c.anchor === 'start' ? r.x : r.x - r.width, to: c.anchor === 'start' ? r.x + r.width : r.x }
    if (fits(i, box, placed)) {
      const done = place(i + 1, [...placed, box])
      if (done)
        return done
    }
  }
  return null
}
// no clean placement: fall back to alternating heights, all hanging right
const placement = place(0, []) ?? raw.map((r, i) => ({ level: i % 2, anchor: 'start' as Anchor, from: r.x, to: r.x + r.width }))

export interface EventView { e: SsiEvent, x: number, label: string, date: string, ly: number, anchor: Anchor }
export const events: EventView[] = raw.map((r, i) => ({ e: r.e, x: r.x, label: r.label, date: r.date, ly: LEVELS[placement[i]!.level]!, anchor: placement[i]!.anchor }))

export type MoneyKind = 'raised' | 'valuation'
export interface Kind { id: MoneyKind, label: string, color: string }
export const kinds: Kind[] = [
  { id: 'raised', label: '融资额', color: 'var(--pillar-data)' },
  { id: 'valuation', label: '估值（据报道）', color: 'var(--pillar-algo)' },
]

export interface MoneyView { key: string, r: SsiRound, kind: Kind, x: number, y: number, value: number, certainty: string }
export const moneyViews: MoneyView[] = ssiRounds.rows.flatMap(r => kinds.map(k => ({
  key: `${r.id}-${k.id}`,
  r,
  kind: k,
  x: t(new Date(r.date)),
  y: y(k.id === 'raised' ? r.raisedUsd : r.valuationUsd),
  value: k.id === 'raised' ? r.raisedUsd : r.valuationUsd,
  certainty: k.id === 'raised' ? r.raisedCertainty : r.valuationCertainty,
})))

/** the two reported valuations joined, labelled with their ratio and the months between them */
export const valuationLink = (() => {
  const [a, b] = moneyViews.filter(m => m.kind.id === 'valuation')
  return {
    x1: a!.x, y1: a!.y, x2: b!.x, y2: b!.y,
    label: `约 ${ssiMonthsBetweenRounds} 个月 ×${times(ssiValuationRatio)}`,
  }
})()

/** "（据报道）" on every figure SSI did not announce itself */
export function moneyQualifier(m: { kind: { id: MoneyKind }, r: SsiRound }) {
  const disclosed = m.kind.id === 'raised' ? m.r.raisedDisclosed : m.r.valuationDisclosed
  return disclosed ? '' : '（据报道）'
}

/** the tooltip of a money mark: first line bold */
export function moneyTip(m: MoneyView): string[] {
  const note = m.kind.id === 'valuation' ? m.r.valuationNote : `${m.r.label}融资${m.r.raisedDisclosed ? '（SSI 公布）' : '（据报道）'}`
  return [`${m.r.label} · ${m.kind.label}：${money(m.value)}`, dateText(m.r), note, `来源：${m.r.source.label}（${m.certainty}）`]
}
