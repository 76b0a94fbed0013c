import type { Series, Source } from '../../data/types'
import type { Lang, Localized } from '../../i18n/lang'
import { langOf, LANGS, textIn } from '../../i18n/lang'

/**
 * A chart's data as CSV, for the 数据 view's download: one line per data row, the fields as they are
 * in the data module (numbers unformatted, so the file parses back to the module), then where each
 * row comes from and how certain it is (a row's own `certainty` before its source's). UTF-8 with a BOM, so Excel shows the Chinese.
 * A text the data module holds per edition (`localized(zh, en)`: a note, a source label) goes in as the
 * edition's own; the header is the modules' field names in both editions.
 */
export type CsvCell = string | number | boolean | null | undefined
export interface CsvTable {
  columns: string[]
  rows: CsvCell[][]
}

export const CSV_BOM = '\uFEFF'
export const SOURCE_COLUMNS = ['source', 'source_url', 'certainty', 'as_of'] as const

export interface CsvPart {
  series: Series<object>
  fields: readonly string[]
}

/** one series and the fields of its rows that go into the file (checked against the row type) */
export function csvPart<Row extends object>(series: Series<Row>, fields: readonly (keyof Row & string)[]): CsvPart {
  return { series, fields }
}

/** rows of several series under one header: `series`, the union of their fields, then the source columns */
export function csvFromSeries(parts: readonly CsvPart[], asOf: string, lang: Lang = documentLang()): CsvTable {
  const fields = [...new Set(parts.flatMap(p => p.fields))]
  const rows = parts.flatMap(({ series }) => series.rows.map((r) => {
    const row = r as Record<string, unknown>
    const source = (isSource(row.source) ? row.source : series.source)
    return [
      series.id,
      ...fields.map(f => cell(row[f], lang)),
      textIn(source.label, lang),
      source.url,
      typeof row.certainty === 'string' ? row.certainty : source.certainty,
      asOf,
    ]
  }))
  return { columns: ['series', ...fields, ...SOURCE_COLUMNS], rows }
}

function isSource(v: unknown): v is Source {
  return typeof v === 'object' && v !== null && 'label' in v && 'url' in v
}

/** the edition of the page (Slidev sets <html lang> from the deck's headmatter) */
function documentLang(): Lang {
  return langOf(typeof document === 'undefined' ? undefined : document.documentElement.lang)
}

function isLocalized(v: unknown): v is Localized {
  return typeof v === 'object' && v !== null && LANGS.every(l => typeof (v as Record<string, unknown>)[l] === 'string')
}

function cell(v: unknown, lang: Lang): CsvCell {
  if (isLocalized(v))
    return v[lang]
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return v
  throw new TypeError(`a CSV cell must be a string, number or boolean, got ${JSON.stringify(v)}`)
}

function quote(v: CsvCell): string {
  if (v === null || v === undefined)
    return ''
  const s = String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** RFC 4180 text with CRLF line ends and a BOM */
export function toCsv(table: CsvTable): string {
  return CSV_BOM + [table.columns, ...table.rows].map(r => r.map(quote).join(',')).join('\r\n') + '\r\n'
}

/** the inverse of toCsv (quotes, doubled quotes, commas and line breaks inside quotes), for tests and checks */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"'
        i++
      }
      else if (c === '"') {
        quoted = false
      }
      else {
        field += c
      }
    }
    else if (c === '"') {
      quoted = true
    }
    else if (c === ',') {
      row.push(field)
      field = ''
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n')
        i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    }
    else {
      field += c
    }
  }
  if (field !== '' || row.length)
    rows.push([...row, field])
  return rows
}
