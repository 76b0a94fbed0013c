import type { Source } from '../../data/types'
import type { Lang } from '../../i18n/lang'
import type { Messages } from '../../i18n/messages'
import { dateFormat } from '../../i18n/format'
import { textIn } from '../../i18n/lang'

/**
 * The kit's text that depends on the edition beyond its dictionary: the as-of date and the source
 * lines of a downloaded file.
 */

/**
 * A data module's as-of date as the edition writes it: Chinese keeps the ISO form ("2026-04"),
 * English reads it through Intl ("Apr 2026", "Apr 24, 2026").
 */
export function asOfDate(lang: Lang, iso: string): string {
  if (lang === 'zh-CN')
    return iso
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1))
  return dateFormat(lang, d ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short' }).format(date)
}

/** what a continued source line starts with: a full-width indent in Chinese, spaces in English */
export function sourceIndent(lang: Lang): string {
  return lang === 'zh-CN' ? '\u3000\u3000\u3000' : '    '
}

/** a source's label in the edition */
export const sourceLabel = (source: Source, lang: Lang) => textIn(source.label, lang)

/** the as-of line under a chart */
export const asOfLine = (t: Messages, lang: Lang, iso: string) => t.kit.asOf(asOfDate(lang, iso))
