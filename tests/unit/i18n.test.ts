// The two editions' dictionaries hold the same keys, every string is filled, the English one holds no
// Chinese, and a component reads the edition from the deck's headmatter.
import { injectionSlidevContext } from '@slidev/client/constants.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { dateFormat, usdLarge } from '../../i18n/format'
import { langOf } from '../../i18n/lang'
import { DICTIONARIES, useI18n } from '../../i18n/useI18n'
import { CJK } from '../deck'

/** Every leaf of a dictionary as [dotted key path, value]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
  if (Array.isArray(value))
    return value.flatMap((v, i) => leaves(v, `${path}[${i}]`))
  return [[path, value]]
}

/** A leaf's text: a function is called with sample arguments. */
function text(value: unknown): string {
  if (typeof value === 'function')
    return String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => `x${i}`)))
  return String(value)
}

describe('the dictionaries', () => {
  const zh = new Map(leaves(DICTIONARIES['zh-CN']))
  const en = new Map(leaves(DICTIONARIES.en))

  it('hold the same keys in both languages', () => {
    const onlyZh = [...zh.keys()].filter(k => !en.has(k))
    const onlyEn = [...en.keys()].filter(k => !zh.has(k))
    expect(onlyZh, 'keys missing from i18n/en').toEqual([])
    expect(onlyEn, 'keys missing from i18n/zh-CN').toEqual([])
  })

  it('give each key the same kind of value (text, or a function of the same arguments)', () => {
    const mismatched = [...zh].filter(([k, v]) => {
      const other = en.get(k)
      return typeof other !== typeof v || (typeof v === 'function' && (v as () => string).length !== (other as () => string).length)
    }).map(([k]) => k)
    expect(mismatched).toEqual([])
  })

  it('leave no string empty', () => {
    const empty = [...zh, ...en].filter(([, v]) => !text(v).trim()).map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('hold no Chinese in the English edition', () => {
    const chinese = [...en].filter(([, v]) => CJK.test(text(v))).map(([k, v]) => `${k}: ${text(v)}`)
    expect(chinese).toEqual([])
  })
})

describe('the edition a component is in', () => {
  const Probe = defineComponent({
    setup() {
      const { lang } = useI18n()
      return () => h('p', lang)
    },
  })

  it('comes from the headmatter Slidev provides (htmlAttrs.lang)', () => {
    const on = (lang: string) => mount(Probe, { global: { provide: { [injectionSlidevContext as symbol]: { configs: { htmlAttrs: { lang } } } } } }).text()
    expect(on('en')).toBe('en')
    expect(on('en-GB')).toBe('en')
    expect(on('zh-CN')).toBe('zh-CN')
  })

  it('falls back to <html lang> outside Slidev', () => {
    document.documentElement.lang = 'en'
    expect(mount(Probe).text()).toBe('en')
    document.documentElement.lang = 'zh-CN'
    expect(mount(Probe).text()).toBe('zh-CN')
  })

  it('reads tags the way BCP 47 writes them', () => {
    expect(langOf('EN-us')).toBe('en')
    expect(langOf('zh-Hans')).toBe('zh-CN')
    expect(langOf('eng')).toBe('zh-CN')
    expect(langOf(undefined)).toBe('zh-CN')
  })
})

describe('formats per edition', () => {
  it('count a billion dollars in 亿 for Chinese and B for English', () => {
    expect(usdLarge('zh-CN', 1e9)).toBe('$10 亿')
    expect(usdLarge('en', 1e9)).toBe('$1B')
    expect(usdLarge('en', 3.2e10)).toBe('$32B')
  })

  it('write a month the way each language does', () => {
    const d = new Date(Date.UTC(2024, 5, 19))
    expect(dateFormat('zh-CN', { year: 'numeric', month: 'long' }).format(d)).toBe('2024年6月')
    expect(dateFormat('en', { year: 'numeric', month: 'long' }).format(d)).toBe('June 2024')
  })
})
