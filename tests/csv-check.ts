import type { Lang } from '../i18n/lang'
import type { Series } from '../data/types'
import { parseCsv, SOURCE_COLUMNS } from '../components/kit/csv'
import * as brainBody from '../data/brainBody'
import * as compute from '../data/compute'
import * as dataStock from '../data/dataStock'
import * as depth from '../data/depth'
import * as neurons from '../data/neurons'
import * as repetition from '../data/repetition'
import * as ssi from '../data/ssi'
import * as testTime from '../data/testTime'
import { LANGS, textIn } from '../i18n/lang'

// What a chart's CSV download must be (issue 11): parsed back, the rows of the data modules' series,
// in order, every row, each field as the module has it, with the row's source and certainty. A series
// that is in no data module is allowed only when every one of its rows says it is computed (C).

type AnySeries = Series<Record<string, unknown>>
const isSeries = (v: unknown): v is AnySeries =>
  typeof v === 'object' && v !== null && 'id' in v && 'rows' in v && 'source' in v && Array.isArray((v as AnySeries).rows)

/** every series the data modules export, by id (also those inside exported arrays) */
export const DATA_SERIES = new Map<string, AnySeries>()
for (const mod of [brainBody, compute, dataStock, depth, neurons, repetition, ssi, testTime]) {
  for (const value of Object.values(mod)) {
    for (const s of (Array.isArray(value) ? value : [value]).filter(isSeries)) {
      const known = DATA_SERIES.get(s.id)
      if (known && known !== s)
        throw new Error(`two data series share the id "${s.id}"`)
      DATA_SERIES.set(s.id, s)
    }
  }
}

/** a field as the edition's file carries it: a per-edition text (`localized(zh, en)`) in that edition */
function cell(v: unknown, lang: Lang): string {
  if (typeof v === 'object' && v !== null && LANGS.every(l => typeof (v as Record<string, unknown>)[l] === 'string'))
    return (v as Record<Lang, string>)[lang]
  return v === undefined || v === null ? '' : String(v)
}

/**
 * What is wrong with a chart's CSV text, one line each (empty: it is the data modules, row for row), for a
 * file downloaded from the `lang` edition (per-edition fields in that edition's text).
 */
export function csvProblems(text: string, lang: Lang = 'zh-CN'): string[] {
  const problems: string[] = []
  if (text.charCodeAt(0) !== 0xFEFF)
    problems.push('no BOM (Excel would not show the Chinese)')
  const [head, ...lines] = parseCsv(text)
  if (!head || head[0] !== 'series' || head.slice(-SOURCE_COLUMNS.length).join() !== SOURCE_COLUMNS.join())
    return [...problems, `header is not series, <fields>, ${SOURCE_COLUMNS.join(', ')}: ${head?.join(',')}`]
  const fields = head.slice(1, -SOURCE_COLUMNS.length)
  if (new Set(head).size !== head.length)
    problems.push(`a column appears twice: ${head.join(',')}`)
  const seen = new Map<string, number>()
  for (const [n, line] of lines.entries()) {
    const at = `line ${n + 2}`
    const s = DATA_SERIES.get(line[0]!)
    if (!s) {
      if (line.at(-2) !== 'C')
        problems.push(`${at}: series "${line[0]}" is in no data module and is not marked computed (C)`)
      continue
    }
    const i = seen.get(s.id) ?? 0
    seen.set(s.id, i + 1)
    const row = s.rows[i]
    if (!row) {
      problems.push(`${at}: ${s.id} has only ${s.rows.length} rows`)
      continue
    }
    fields.forEach((f, c) => {
      const want = cell(row[f], lang)
      if (line[c + 1] !== want)
        problems.push(`${at} (${s.id} row ${i}) ${f}: "${line[c + 1]}", the module has "${want}"`)
    })
    const src = (isSource(row.source) ? row.source : s.source)
    const certainty = typeof row.certainty === 'string' ? row.certainty : src.certainty
    const got = line.slice(-SOURCE_COLUMNS.length)
    const label = textIn(src.label, lang)
    if (got[0] !== label || got[1] !== src.url || got[2] !== certainty)
      problems.push(`${at} (${s.id} row ${i}) source: ${got.slice(0, 3).join(' | ')}, the module has ${label} | ${src.url} | ${certainty}`)
    if (!/^\d{4}-\d{2}/.test(got[3] ?? ''))
      problems.push(`${at}: as_of "${got[3]}" is not a date`)
  }
  for (const [id, count] of seen) {
    if (count !== DATA_SERIES.get(id)!.rows.length)
      problems.push(`${id}: ${count} of its ${DATA_SERIES.get(id)!.rows.length} rows are in the file`)
  }
  if (seen.size === 0)
    problems.push('the file holds no data module series')
  return problems
}

function isSource(v: unknown): v is Series<object>['source'] {
  return typeof v === 'object' && v !== null && 'label' in v && 'url' in v && 'certainty' in v
}
