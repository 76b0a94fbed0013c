import type { TokenRow } from '../../../data/dataStock'
import type { Messages } from '../../../i18n/messages'
import type { DatasetTrend, StockTrend } from '../../../snippets/exhaustion'
import { range } from 'd3-array'
import { format, formatPrefix } from 'd3-format'
import { scaleLinear, scaleLog } from 'd3-scale'
import { line } from 'd3-shape'
import { powerOfTen } from '../../../composables/powerOfTen'
import { computeTrend, computeTrendAt } from '../../../data/compute'
import { growthRates, humanTextStock, projectionStart } from '../../../data/dataStock'
import { datasetTokens, stockTokens } from '../../../snippets/exhaustion'

/**
 * Layout, scales, formats and the fixed paths of 算力与数据的跑道 (ComputeDataRunway): everything that
 * does not depend on the chart's state. Left panel: training compute; right panel: dataset tokens.
 */
export const W = 800
export const H = 304
export const PLOT_TOP = 34
export const PLOT_BOTTOM = 258
export const END_YEAR = 2034

export const C_LEFT = 68
export const C_RIGHT = 262
export const D_LEFT = 352
export const D_RIGHT = 784

// left panel: training compute
export const xC = scaleLinear().domain([2012, 2026.5]).range([C_LEFT, C_RIGHT])
export const yC = scaleLog().domain([1e15, 1e27]).range([PLOT_BOTTOM, PLOT_TOP])
// right panel: dataset tokens
export const xD = scaleLinear().domain([2014, END_YEAR]).range([D_LEFT, D_RIGHT])
export const yD = scaleLog().domain([1e8, 3e16]).range([PLOT_BOTTOM, PLOT_TOP])

// token counts: SI prefixes, with B (billion) instead of G, and thousands of T instead of P
export const fmtTokens = (v: number) => (v >= 1e15 ? formatPrefix(',.0', 1e12)(v) : format('.3~s')(v).replace('G', 'B'))
export const fmtExp = (v: number) => powerOfTen(v, 2)
export const fmtYear = format('.1f')
export const fmtGrowth = format('.1f')
export const fmtGrowth2 = format('.2f')
// a label every third power of ten (10¹⁵, 10¹⁸, …): twelve decades on 224 px would crowd the axis
export function expTick(v: number) {
  const e = Math.log10(v)
  return Math.abs(e - Math.round(e)) < 1e-9 && Math.round(e) % 3 === 0 ? powerOfTen(v) : ''
}
export const yearTick = format('d')

export const COLORS = {
  compute: 'var(--pillar-compute)',
  tokens: 'var(--pillar-data)',
  trend: 'var(--pillar-data)',
  stock: 'var(--accent-human)',
} as const

type RunwayText = Messages['runway']

/** every series a reader can hide, in the legend's order */
export const SERIES = ['compute', 'tokens', 'trend', 'stock'] as const
/** the legend in the edition's words */
export const toggleItems = (t: RunwayText) => SERIES.map(id => ({ id, label: t.legend[id], color: COLORS[id] }))

/** the overtraining slider's stops: the control is the index into these */
export const OVERTRAIN_STEPS = [1, 2, 5, 10, 20, 50, 100] as const
export const overtrainAt = (i: number) => OVERTRAIN_STEPS[i] ?? 1
/** the index of an overtraining factor (the first stop when it is not one of them) */
export const overtrainIndex = (k: number) => Math.max(0, OVERTRAIN_STEPS.findIndex(s => s === k))

export const stockTrend: StockTrend = {
  stockYear: humanTextStock.year,
  stockTokens: humanTextStock.median,
  stockGrowth: growthRates.stock.perYear,
}
export function datasetTrend(growth: number, overtrain: number): DatasetTrend {
  return { startYear: projectionStart.year, startTokens: projectionStart.tokens, growth, overtrain }
}

// height of the trend's legend: below the stock labels, above the 2014–2020 points
export const TREND_LEGEND_TOKENS = 5e12

export const certaintyText = (c: string, t: RunwayText) => (c === 'E' ? t.certaintyE : c === 'Q' ? t.certaintyQ : c)

export const computeTrendPath = line<number>(y => xC(y), y => yC(computeTrendAt(y)))([computeTrend.from, computeTrend.to]) ?? ''

// sample the projection evenly in pixels, so the curve is smooth on any scale
const projYears = range(xD(projectionStart.year), xD(END_YEAR) + 0.5, 6).map(px => xD.invert(px))
export function trendPath(d: DatasetTrend): string {
  return line<number>(y => xD(y), y => yD(datasetTokens(y, d)))
    .defined(y => datasetTokens(y, d) <= yD.domain()[1]!)(projYears) ?? ''
}
const stockYears = range(xD(humanTextStock.year), xD(END_YEAR) + 0.5, 6).map(px => xD.invert(px))
export const stockPath = line<number>(y => xD(y), y => yD(stockTokens(y, stockTrend)))(stockYears) ?? ''
export const stockBand = {
  x: xD(humanTextStock.year),
  width: xD(END_YEAR) - xD(humanTextStock.year),
  y: yD(humanTextStock.high),
  height: yD(humanTextStock.low) - yD(humanTextStock.high),
}
export const exhaustionBand = {
  x: xD(humanTextStock.exhaustion.from),
  width: xD(humanTextStock.exhaustion.to) - xD(humanTextStock.exhaustion.from),
}
export const medianX = xD(humanTextStock.exhaustion.median)

/** the label of a training-set size's unit */
export const unitText = (row: TokenRow, t: RunwayText) => (row.unit === 'words' ? t.unitWords : t.unitTokens)

/**
 * A series for the CSV whose rows carry their own certainty (the data modules tag each row Q or E,
 * while the series' source has one tag for all): each row gets the series' source with its own tag.
 */
