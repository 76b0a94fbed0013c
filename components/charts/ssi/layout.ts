import type { SsiEvent, SsiRound } from '../../../data/ssi'
import type { Lang } from '../../../i18n/lang'
import type { Messages } from '../../../i18n/messages'
import type { AxisScale } from '../../kit/ChartAxis.vue'
import { format } from 'd3-format'
import { scaleLog, scaleUtc } from 'd3-scale'
import { ssiEvents, ssiMonthsBetweenRounds, ssiRounds, ssiValuationRatio } from '../../../data/ssi'
import { dateFormat, usdLarge } from '../../../i18n/format'
import { textIn } from '../../../i18n/lang'

/**
 * SsiTimeline's layout: scales, number and date formats, where each event label sits and where each
 * money mark sits. Pure: the scales once at import, what depends on the edition (texts, and so where
 * the event labels fit) once per language in `ssiLayout(lang, t)`, t = useI18n().t.ssi.
 */

/** the chart's strings in the edition it is drawn in */
type Strings = Messages['ssi']
export const W = 800
export const H = 300
export const M = { left: 78, right: 30 }
export const SPINE = 112
export const MONEY_TOP = 168
export const MONEY_BOTTOM = 282

export const times = format('.2~r')

export const scale = scaleUtc()
  .domain([new Date('2024-04-01'), new Date('2026-01-01')])
  .range([M.left, W - M.right])

export const y = scaleLog().domain([5e8, 5e10]).range([MONEY_BOTTOM, MONEY_TOP])
// d3's log-tick filter with a small count keeps the powers of ten; we print those as "$10 亿" / "$10B"
const yLabels = y.tickFormat(1)

export const roundByEvent = new Map(ssiRounds.rows.map(r => [r.eventId, r]))

export type MoneyKind = 'raised' | 'valuation'
export interface Kind { id: MoneyKind, label: string, color: string }
export interface EventView { e: SsiEvent, x: number, label: string, date: string, detail: string, ly: number, anchor: Anchor }
export interface MoneyView { key: string, r: SsiRound, round: string, kind: Kind, x: number, y: number, value: number, certainty: string }
type Anchor = 'start' | 'end'
interface Placed { level: number, anchor: Anchor, from: number, to: number }

// Event labels sit on two heights, hanging right of their stem or (near the right edge) left of it.
// A placement is kept when labels on one height do not overlap, stay inside the chart, and no lower
// label covers the stem of an event labelled above it (that stem would cut through the text). The
// first such placement in preference order is found by a small depth-first search (6 events: ≤ 4⁶ tries).
// Label widths are estimated from the text (CJK ≈ 1 em, Latin ≈ 0.6 em).
const LEVELS = [30, 68]
const emWidth = (text: string, px: number) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2E80 ? px : px * 0.6), 0)
const CANDIDATES: { level: number, anchor: Anchor }[] = [
  { level: 0, anchor: 'start' },
  { level: 1, anchor: 'start' },
  { level: 0, anchor: 'end' },
  { level: 1, anchor: 'end' },
]
const GAP = 6

/** labels of width `widths` at stems `xs`: the first clean placement, else alternating heights hanging right */
function placeLabels(xs: readonly number[], widths: readonly number[]): Placed[] {
  function fits(i: number, c: Placed, placed: Placed[]) {
    if (c.from < 0 || c.to > W)
      return false
    return placed.every((p, j) => {
      if (p.level === c.level && !(c.to + GAP < p.from || c.from > p.to + GAP))
        return false
      const covers = (box: Placed, x: number) => x > box.from - GAP && x < box.to + GAP
      if (c.level > p.level && covers(c, xs[j]!))
        return false
      if (p.level > c.level && covers(p, xs[i]!))
        return false
      return true
    })
  }
  function place(i: number, placed: Placed[]): Placed[] | null {
    if (i === xs.length)
      return placed
    const x = xs[i]!
    const width = widths[i]!
    for (const c of CANDIDATES) {
      const box: Placed = { ...c, from: c.anchor === 'start' ? x : x - width, to: c.anchor === 'start' ? x + width : x }
      if (fits(i, box, placed)) {
        const done = place(i + 1, [...placed, box])
        if (done)
          return done
      }
    }
    return null
  }
  return place(0, []) ?? xs.map((x, i) => ({ level: i % 2, anchor: 'start' as Anchor, from: x, to: x + widths[i]! }))
}

function layoutIn(lang: Lang, t: Strings) {
  const dayFmt = dateFormat(lang, { year: 'numeric', month: lang === 'zh-CN' ? 'long' : 'short', day: 'numeric' })
  const monthFmt = dateFormat(lang, { year: 'numeric', month: lang === 'zh-CN' ? 'long' : 'short' })
  const dateText = (d: { date: string, precision: 'day' | 'month' }) =>
    (d.precision === 'day' ? dayFmt : monthFmt).format(new Date(d.date))
  /** "$10 亿" / "$1B": d3-format does the number (usdLarge) */
  const money = (usd: number) => usdLarge(lang, usd)

  /** ChartAxis takes numeric scales; adapt the time scale (positions from scaleUtc().ticks()). */
  const timeAxis: AxisScale = Object.assign((v: number) => scale(new Date(v)), {
    ticks: (count?: number) => scale.ticks(count ?? 6).map(d => +d),
    tickFormat: () => (v: number) => monthFmt.format(new Date(v)),
    range: () => scale.range(),
  })
  const yAxisFormat = (v: number) => (yLabels(v) === '' ? '' : money(v))

  const raw = ssiEvents.rows.map((e) => {
    const round = roundByEvent.get(e.id)
    const label = round ? t.eventWithMoney(e.label[lang], money(round.raisedUsd)) : e.label[lang]
    const date = dateText(e)
    return { e, x: scale(new Date(e.date)), label, date, width: Math.max(emWidth(label, 15), emWidth(date, 14)) + 4 }
  })
  const placement = placeLabels(raw.map(r => r.x), raw.map(r => r.width))
  const events: EventView[] = raw.map((r, i) => ({ e: r.e, x: r.x, label: r.label, date: r.date, detail: r.e.detail[lang], ly: LEVELS[placement[i]!.level]!, anchor: placement[i]!.anchor }))

  const kinds: Kind[] = [
    { id: 'raised', label: t.kinds.raised, color: 'var(--pillar-data)' },
    { id: 'valuation', label: t.kinds.valuation, color: 'var(--pillar-algo)' },
  ]
  const moneyViews: MoneyView[] = ssiRounds.rows.flatMap(r => kinds.map(k => ({
    key: `${r.id}-${k.id}`,
    r,
    round: r.label[lang],
    kind: k,
    x: scale(new Date(r.date)),
    y: y(k.id === 'raised' ? r.raisedUsd : r.valuationUsd),
    value: k.id === 'raised' ? r.raisedUsd : r.valuationUsd,
    certainty: k.id === 'raised' ? r.raisedCertainty : r.valuationCertainty,
  })))

  /** the two reported valuations joined, labelled with their ratio and the months between them */
  const valuationLink = (() => {
    const [a, b] = moneyViews.filter(m => m.kind.id === 'valuation')
    return {
      x1: a!.x, y1: a!.y, x2: b!.x, y2: b!.y,
      label: t.ratio(String(ssiMonthsBetweenRounds), times(ssiValuationRatio)),
    }
  })()

  /** "（据报道）" / " (reported)" on every figure SSI did not announce itself */
  function moneyQualifier(m: { kind: { id: MoneyKind }, r: SsiRound }) {
    const disclosed = m.kind.id === 'raised' ? m.r.raisedDisclosed : m.r.valuationDisclosed
    return disclosed ? '' : t.reported
  }

  /** the tooltip of a money mark: first line bold */
  function moneyTip(m: MoneyView): string[] {
    const note = m.kind.id === 'valuation' ? m.r.valuationNote[lang] : m.r.raisedDisclosed ? t.tip.announced(m.round) : t.tip.reported(m.round)
    return [t.tip.head(m.round, m.kind.label, money(m.value)), dateText(m.r), note, t.source(textIn(m.r.source.label, lang), m.certainty)]
  }

  return { dateText, money, timeAxis, yAxisFormat, events, kinds, moneyViews, valuationLink, moneyQualifier, moneyTip }
}

const layouts = new Map<Lang, ReturnType<typeof layoutIn>>()
/** the chart's layout and texts in one edition (computed once per language) */
export function ssiLayout(lang: Lang, t: Strings): ReturnType<typeof layoutIn> {
  let layout = layouts.get(lang)
  if (!layout) {
    layout = layoutIn(lang, t)
    layouts.set(lang, layout)
  }
  return layout
}
