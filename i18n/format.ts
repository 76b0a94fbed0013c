// Number and date formats per edition. d3-format does every number; Intl.DateTimeFormat every date.
// Chinese counts large amounts in 万 (1e4) and 亿 (1e8), English in thousand / million / billion.
import type { RowRule, Series, Source } from '../data/types'
import type { Lang, Localized } from './lang'
import { format } from 'd3-format'
import { checkSeries } from '../data/types'
import { EDITIONS, LANGS, textIn } from './lang'

/** A date as the edition writes it (e.g. zh-CN "2024年6月", en "June 2024"). */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(EDITIONS[lang].locale, { timeZone: 'UTC', ...options })
}

/** A large US-dollar amount: "$10 亿" in Chinese, "$1B" in English (d3-format does the digits). */
export function usdLarge(lang: Lang, usd: number): string {
  if (lang === 'zh-CN')
    return `${format('$,~r')(usd / 1e8)} 亿`
  return format('$.3~s')(usd).replace('G', 'B')
}

/** A data field in one edition: a `Localized` text becomes the edition's string, anything else stays. */
type InEditionField<V> = V extends Localized ? string : V
/** A data row with every `Localized` field read in one edition. */
export type InEdition<Row> = { [K in keyof Row]: InEditionField<Row[K]> }

export function isLocalized(v: unknown): v is Localized {
  return typeof v === 'object' && v !== null && LANGS.every(l => typeof (v as Record<string, unknown>)[l] === 'string')
}

function isSource(v: unknown): v is Source {
  return typeof v === 'object' && v !== null && 'label' in v && 'url' in v && 'certainty' in v
}

function fieldIn(v: unknown, lang: Lang): unknown {
  if (isLocalized(v))
    return v[lang]
  if (isSource(v))
    return { ...v, label: textIn(v.label, lang) }
  return v
}

/**
 * A series as one edition shows it: its label, its source's label and every `Localized` field of its rows
 * (and of a row's own source) read in `lang`; numbers, flags and ids untouched. What a chart hands to the
 * kit's CSV, and what `checkEditions` validates.
 */
export function seriesIn<Row extends object>(series: Series<Row>, lang: Lang): Series<InEdition<Row>> {
  return {
    ...series,
    label: textIn(series.label, lang),
    source: { ...series.source, label: textIn(series.source.label, lang) },
    rows: series.rows.map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fieldIn(v, lang)])) as InEdition<Row>),
  }
}

/**
 * `checkSeries` for rows with `Localized` fields: the `text` rule holds in every edition (each text filled in
 * both languages). Returns the series unchanged, like checkSeries; a bad row fails naming series and row.
 */
export function checkEditions<Row extends object>(series: Series<Row>, rule: RowRule<InEdition<Row>>): Series<Row> {
  for (const lang of LANGS)
    checkSeries(seriesIn(series, lang), rule)
  return series
}
