// Number and date formats per edition. d3-format does every number; Intl.DateTimeFormat every date.
// Chinese counts large amounts in 万 (1e4) and 亿 (1e8), English in thousand / million / billion.
import type { Lang } from './lang'
import { format } from 'd3-format'
import { EDITIONS } from './lang'

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
