import type { Text } from '../i18n/lang'
/**
 * Shared shapes for every data module in `data/`.
 *
 * Certainty tags follow the research notes the figures were copied from:
 * - `Q`  quoted: the number is printed in the source, which was read
 * - `Q*` quoted from the primary paper but recalled, to be re-checked
 * - `E`  an estimate made by the source itself (e.g. Epoch AI "speculative")
 * - `C`  computed by us from the cited data (a fit, a ratio)
 * - `P`  paraphrased from the source (facts, not numbers)
 * - `I`  our own inference
 */
export type Certainty = 'Q' | 'Q*' | 'E' | 'C' | 'P' | 'I'

export interface Source {
  /**
   * Short citation shown on the slide, e.g. "Epoch AI (2024), Will we run out of data?": one string when it
   * reads the same in both editions, else `localized(zh, en)` (read with `textIn(label, lang)`)
   */
  label: Text
  url: string
  certainty: Certainty
  note?: string
}

export interface Series<Row> {
  id: string
  /** label used in legends, per edition (`localized(zh, en)`) or one string for both */
  label: Text
  source: Source
  rows: readonly Row[]
}

/** Thrown by the row checks; the message always names the series and the row. */
export class DataRowError extends Error {
  constructor(series: string, index: number, row: unknown, problem: string) {
    super(`[${series}] row ${index} ${JSON.stringify(row)}: ${problem}`)
    this.name = 'DataRowError'
  }
}

type NumericKeys<Row> = { [K in keyof Row]: Row[K] extends number ? K : never }[keyof Row]

export interface RowRule<Row> {
  /** fields that must be finite numbers */
  finite?: readonly NumericKeys<Row>[]
  /** fields that must be finite and > 0 (anything drawn on a log axis) */
  positive?: readonly NumericKeys<Row>[]
  /** fields that must be non-empty strings */
  text?: readonly (keyof Row)[]
}

/**
 * Checks every row of a series against a rule and returns the series unchanged,
 * so a data module can export `checkSeries(...)` and a bad row fails at import time
 * with the row named.
 */
export function checkSeries<Row extends object>(series: Series<Row>, rule: RowRule<Row>): Series<Row> {
  if (!series.source?.label || !series.source?.url)
    throw new Error(`[${series.id}] has no source (label and url are required)`)
  if (series.rows.length === 0)
    throw new Error(`[${series.id}] has no rows`)
  series.rows.forEach((row, i) => {
    for (const key of rule.finite ?? []) {
      const v = row[key] as unknown
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new DataRowError(series.id, i, row, `${String(key)} must be a finite number, got ${String(v)}`)
    }
    for (const key of rule.positive ?? []) {
      const v = row[key] as unknown
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
        throw new DataRowError(series.id, i, row, `${String(key)} must be a positive number, got ${String(v)}`)
    }
    for (const key of rule.text ?? []) {
      const v = row[key] as unknown
      if (typeof v !== 'string' || v.trim() === '')
        throw new DataRowError(series.id, i, row, `${String(key)} must be a non-empty string`)
    }
  })
  return series
}

/**
 * The month (or day) a data module's figures run to, as `YYYY-MM` or `YYYY-MM-DD`. Every data module
 * exports one as `AS_OF`; the chart that draws it shows “数据截至 …” with the latest of its modules.
 */
export type AsOf = `${number}-${number}` | `${number}-${number}-${number}`

const AS_OF_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/

/** Checks an as-of date at import time, so a typo fails naming the module. */
export function asOf(module: string, value: AsOf): AsOf {
  if (!AS_OF_PATTERN.test(value))
    throw new Error(`[${module}] AS_OF must be YYYY-MM or YYYY-MM-DD, got "${value}"`)
  return value
}

/** The latest of several as-of dates (ISO strings sort by time). */
export function latestAsOf(...values: readonly AsOf[]): AsOf {
  if (values.length === 0)
    throw new Error('latestAsOf needs at least one date')
  return [...values].sort().at(-1)!
}
