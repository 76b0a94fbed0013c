// Both editions' dictionaries, without Vue or Slidev: what components read through useI18n, and what the
// tests read to know what the deck says in each language.
import type { Lang } from './lang'
import type { Messages } from './messages'
import { en } from './en'
import { zhCN } from './zh-CN'

export const DICTIONARIES: Readonly<Record<Lang, Messages>> = { 'zh-CN': zhCN, en }
