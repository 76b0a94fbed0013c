// The English edition (slides.en.md, issue 15) is the Chinese deck slide for slide: same order, frontmatter,
// clicks, charts and diagrams, its own notes; in English, with Chinese only where it is quoted on purpose.
import { describe, expect, it } from 'vitest'
import { EDITIONS as SCRIPT_EDITIONS } from '../../scripts/editions.mjs'
import { EDITIONS, LANGS } from '../../i18n/lang'
import { CHART_TAG, type DeckSlide, EN_MAIN_TRACK_WORD_BUDGET, EN_SPEAKING_PACE, loadDeck, loadHeadmatter, splitTracks, spokenWords, strayCjk } from '../deck'

const zh = await loadDeck('slides.md')
const en = await loadDeck('slides.en.md')
const name = (s: DeckSlide) => `#${s.no} 「${s.title}」 (${s.file})`

/** The count of each thing a slide's Markdown places that the two editions must share. */
function skeleton(s: DeckSlide) {
  const count = (re: RegExp) => (s.content.match(re) ?? []).length
  return {
    vClicks: count(/\bv-click(?:s)?\b/g),
    mermaid: count(/```mermaid/g),
    charts: (s.content.match(new RegExp(CHART_TAG.source, 'g')) ?? []).join(','),
    links: (s.content.match(/<Link\s+to="[^"]+"/g) ?? []).join(','),
    code: count(/^<<< @\//gm),
    clickMarkers: count(/\[click(?::\d+)?\]/g),
  }
}

const FRONTMATTER_KEYS = ['layout', 'clicks', 'timing', 'routeAlias', 'hide', 'class', 'transition'] as const

describe('the English edition', () => {
  it('has the Chinese deck\'s slides, in the same order, from the mirrored files', () => {
    expect(en.length).toBe(zh.length)
    const files = en.map(s => s.file.replace(/^pages\/en\//, 'pages/').replace('slides.en.md', 'slides.md'))
    expect(files).toEqual(zh.map(s => s.file))
  })

  it('keeps each slide\'s frontmatter (layout, clicks, timing, alias)', () => {
    const differ = zh.flatMap((z, i) => {
      const e = en[i]!
      return FRONTMATTER_KEYS.filter(k => JSON.stringify(z.frontmatter[k]) !== JSON.stringify(e.frontmatter[k]))
        .map(k => `${name(e)}: ${k} ${JSON.stringify(e.frontmatter[k])}, Chinese ${JSON.stringify(z.frontmatter[k])}`)
    })
    expect(differ).toEqual([])
  })

  it('places the same clicks, charts, diagrams, appendix links and code on every slide, with one [click] in the notes per click', () => {
    const differ = zh.flatMap((z, i) => {
      const a = skeleton(z)
      const b = skeleton(en[i]!)
      return (Object.keys(a) as (keyof typeof a)[]).filter(k => a[k] !== b[k]).map(k => `${name(en[i]!)}: ${k} ${JSON.stringify(b[k])}, Chinese ${JSON.stringify(a[k])}`)
    })
    expect(differ).toEqual([])
  })

  it('has a title and speaker notes on every slide', () => {
    expect(en.filter(s => !s.title.trim() || !s.note.trim()).map(name)).toEqual([])
  })

  it('shows and says no Chinese but the names it quotes on purpose (text and notes)', () => {
    const stray = en.flatMap((s) => {
      const found = strayCjk(`${s.title}\n${s.content}\n${s.note}`)
      return found ? [`${name(s)}: ${found}`] : []
    })
    expect(stray).toEqual([])
  })

  it('keeps the cover free of Chinese (no CJK font before the first slide)', () => {
    expect(/[\u3000-\u9FFF\uFF00-\uFFEF]/u.test(`${en[0]!.content}`)).toBe(false)
  })

  it(`fits the main track's notes into 25 minutes at ${EN_SPEAKING_PACE} words a minute (${EN_MAIN_TRACK_WORD_BUDGET} words)`, () => {
    const { main } = splitTracks(en)
    const words = main.map(s => ({ s, n: spokenWords(s.note) }))
    const total = words.reduce((n, w) => n + w.n, 0)
    const longest = [...words].sort((a, b) => b.n - a.n).slice(0, 5).map(w => `${w.n} words: ${name(w.s)}`)
    expect(total, `main-track notes: ${total} words; longest:\n${longest.join('\n')}`).toBeLessThanOrEqual(EN_MAIN_TRACK_WORD_BUDGET)
  })

  it('keeps its own headmatter: lang, title, PDF and export names', async () => {
    const head = await loadHeadmatter('slides.en.md') as { htmlAttrs?: { lang?: string }, download?: string, exportFilename?: string, title?: string }
    const zhHead = await loadHeadmatter('slides.md') as typeof head
    expect(head.htmlAttrs?.lang).toBe('en')
    expect(zhHead.htmlAttrs?.lang).toBe('zh-CN')
    expect(head.download).toBe(SCRIPT_EDITIONS.en.pdf)
    expect(zhHead.download).toBe(SCRIPT_EDITIONS['zh-CN'].pdf)
    expect(head.exportFilename).not.toBe(zhHead.exportFilename)
    expect(strayCjk(String(head.title))).toBe('')
  })
})

describe('the editions, as the build and the components see them', () => {
  it('agree on each edition\'s entry and sub-path', () => {
    for (const lang of LANGS) {
      expect(SCRIPT_EDITIONS[lang].entry, lang).toBe(EDITIONS[lang].entry)
      expect(SCRIPT_EDITIONS[lang].subPath, lang).toBe(EDITIONS[lang].subPath)
      expect(SCRIPT_EDITIONS[lang].lang, lang).toBe(lang)
    }
  })
})
