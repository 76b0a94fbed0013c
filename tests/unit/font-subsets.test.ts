import { describe, expect, it } from 'vitest'
import { codePoints, editionOfFile, formatUnicodeRange, isCjk, parseUnicodeRange, pointsInRanges, scanDeckText, trimFontFaces } from '../../vite-plugins/font-subsets.ts'
import { EN_CJK_ALLOWED } from '../deck'
import { ROOT } from '../deck'

const face = (n: number, range: string) => `/* f-${n} */
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 400;
  src: url(./files/f-${n}.woff2) format('woff2'), url(./files/f-${n}.woff) format('woff');
  unicode-range: ${range};
}
`

describe('unicode-range helpers', () => {
  it('parses single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0131, U+4e00-4e0f,U+4??')).toEqual([[0x131, 0x131], [0x4E00, 0x4E0F], [0x400, 0x4FF]])
  })
  it('finds the used points inside ranges and formats runs', () => {
    const used = codePoints('预训练 abc')
    expect(pointsInRanges([[0x61, 0x62]], used)).toEqual([0x61, 0x62])
    expect(pointsInRanges([[0x4E00, 0x4E01]], used)).toEqual([])
    expect(formatUnicodeRange([0x61, 0x62, 0x63, 0x9884])).toBe('U+61-63,U+9884')
  })
  it('ignores control characters', () => {
    expect(codePoints('a\nb\t')).toEqual([0x61, 0x62])
  })
})

describe('trimFontFaces', () => {
  const css = face(1, 'U+9884,U+8bad') + face(2, 'U+4e00-4e0f') + face(3, 'U+0000-00ff,U+2212')
  const { css: out, kept, dropped } = trimFontFaces(css, codePoints('预训练'))

  it('drops faces whose range meets no used character, keeps the others', () => {
    expect([kept, dropped]).toEqual([2, 1])
    expect(out).toContain('f-1.woff2')
    expect(out).not.toContain('f-2.woff2')
    // Latin is always kept (numbers and the minus sign are formatted at runtime)
    expect(out).toContain('f-3.woff2')
  })
  it('narrows the kept ranges to the used characters and drops the woff fallback', () => {
    expect(out).toMatch(/unicode-range: U\+8bad,U\+9884;/)
    expect(out).not.toMatch(/\.woff\)/)
  })
})

describe('scanDeckText', () => {
  it('reads the deck sources, including chart components and data', () => {
    const used = new Set(scanDeckText(ROOT))
    for (const ch of '预训练的终结') // cover title
      expect(used.has(ch.codePointAt(0)!)).toBe(true)
  })

  it('gives the English edition only the CJK its own files quote on purpose (issue 15)', () => {
    const cjk = scanDeckText(ROOT, 'en').filter(isCjk)
    const allowed = new Set([...EN_CJK_ALLOWED.join('')].map(ch => ch.codePointAt(0)!))
    expect(cjk.filter(cp => !allowed.has(cp)).map(cp => String.fromCodePoint(cp)).join('')).toBe('')
    // and the Chinese edition still has all of its own
    expect(scanDeckText(ROOT, 'zh-CN').filter(isCjk).length).toBeGreaterThan(cjk.length + 500)
  })

  it('tells each edition\'s files apart from the shared ones', () => {
    expect(editionOfFile('slides.en.md')).toBe('en')
    expect(editionOfFile('pages/en/appendix/a9-sources.md')).toBe('en')
    expect(editionOfFile('i18n/en/kit.ts')).toBe('en')
    expect(editionOfFile('slides.md')).toBe('zh-CN')
    expect(editionOfFile('pages/appendix/a9-sources.md')).toBe('zh-CN')
    expect(editionOfFile('i18n/zh-CN/kit.ts')).toBe('zh-CN')
    expect(editionOfFile('components/kit/ChartFrame.vue')).toBe(null)
    expect(editionOfFile('data/brainBody.ts')).toBe(null)
  })
})

describe('the cover font', () => {
  it('takes the CJK characters of the first slide only, not the headmatter or later slides', async () => {
    const { coverCjk } = await import('../../vite-plugins/font-subsets.ts')
    const md = '---\ntitle: 标题不算\n---\n\n# 封面\n\n<!-- 备注不算 -->\n\n---\n\n# 第二页\n'
    expect(String.fromCodePoint(...coverCjk(md))).toBe('封面')
  })
  it('cuts a small woff2 per weight from the full face and declares it for exactly those characters', async () => {
    const { coverFontFaces, coverCjk } = await import('../../vite-plugins/font-subsets.ts')
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const css = await coverFontFaces(ROOT, join(ROOT, 'node_modules/@fontsource/noto-sans-sc'), [400])
    const chars = coverCjk(readFileSync(join(ROOT, 'slides.md'), 'utf8'))
    expect(chars.length).toBeGreaterThan(10)
    expect(css).toMatch(/font-family: 'Noto Sans SC';[\s\S]*font-weight: 400;[\s\S]*format\('woff2'\)/)
    const file = join(ROOT, 'node_modules/.cache/deck-fonts/noto-sans-sc-cover-400.woff2')
    const size = readFileSync(file).length
    expect(size).toBeGreaterThan(1000)
    expect(size).toBeLessThan(30_000)
  })
})
