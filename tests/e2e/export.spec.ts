import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { CHART_TAG, CHARTS, EDITION, loadDeck, loadHeadmatter, ROOT } from '../deck'
import { outlineProblems, readPdf, readPdfOutline } from './pdf'

// The real `slidev export` output: the light PDF the build put next to index.html (the file the
// hosted deck's download button serves), and a dark one exported here with `npm run export:dark`.
const slides = await loadDeck()
const headmatter = await loadHeadmatter()
const CHART_SLIDES = slides.filter(s => CHART_TAG.test(s.content))
/** a heading in the edition's own script: Chinese characters, or (English) a letter */
const HEADING_TEXT = EDITION.lang === 'zh-CN' ? /[\u4E00-\u9FFF]/ : /[A-Z]/i

function darkPdf(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'deck-export-')), 'dark.pdf')
  const r = spawnSync(process.execPath, ['scripts/export.mjs', '--lang', EDITION.flag, '--dark', '--output', out], { cwd: ROOT, stdio: 'inherit', timeout: 300_000 })
  expect(r.status, 'npm run export:dark failed').toBe(0)
  return out
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the ${scheme} PDF`, () => {
    test.describe.configure({ timeout: 360_000 })
    let info: Awaited<ReturnType<typeof readPdf>>
    let path: string
    test.beforeAll(async () => {
      // the dark PDF is a whole export run inside this hook: give the hook the group's budget, not the default 60 s
      test.setTimeout(360_000)
      path = scheme === 'light' ? resolve(process.env.DECK_DIST!, EDITION.pdf) : darkPdf()
      expect(existsSync(path), `${path} was not written`).toBe(true)
      info = await readPdf(path)
    })

    test('has one page per slide', () => {
      expect(info.pages.length).toBe(slides.length)
    })

    test('has bookmarks (the eight sections, 附录, each slide\'s title at its page) and the document metadata (issue 13)', async () => {
      const problems = await outlineProblems(path, { slides, headmatter, exported: slides.map(s => s.no), pageOf: no => no, pageTexts: info.pages.map(p => p.text) })
      expect(problems).toEqual([])
      const { outline } = await readPdfOutline(path)
      expect(outline).toHaveLength(9)
      expect(outline.reduce((n, s) => n + 1 + s.items.length, 0), 'a bookmark for every slide').toBe(slides.length)
    })

    test('has ink on every page (no blank page)', () => {
      const blank = info.pages.filter(p => p.inkOps < 3 || p.text.trim().length === 0).map(p => `page ${p.no} 「${slides[p.no - 1]?.title}」`)
      expect(blank, 'blank pages').toEqual([])
    })

    test('embeds every font it uses', () => {
      expect(info.fonts.length).toBeGreaterThan(0)
      expect(info.fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
      if (EDITION.lang === 'zh-CN')
        expect(info.fonts.some(f => /NotoSansSC/i.test(f.name)), 'the CJK face is embedded').toBe(true)
    })

    test('keeps the text extractable, slide by slide', () => {
      // each slide's first Markdown heading must come out of its page as text (selectable, searchable)
      const plain = (t: string) => t.replace(/<[^>]+>|\*\*|`/g, '').replace(/\s+/g, '')
        // apostrophes and quotes as Markdown, the typographer and the PDF's text layer write them (' ’ ʼ, " “ ”)
        .replace(/['‘’ʼ]/g, '\'').replace(/["“”]/g, '"')
      const missing = slides.flatMap((s) => {
        const heading = s.content.match(/^#{1,3}\s+(.+)$/m)?.[1]
        if (!heading || !HEADING_TEXT.test(heading))
          return []
        const got = plain(info.pages[s.no - 1]?.text ?? '')
        return got.includes(plain(heading)) ? [] : [`page ${s.no}: 「${plain(heading)}」 not in 「${got.slice(0, 60)}…」`]
      })
      expect(slides.filter(s => HEADING_TEXT.test(s.content.match(/^#{1,3}\s+(.+)$/m)?.[1] ?? '')).length).toBeGreaterThan(20)
      expect(missing, 'headings not found in the page text').toEqual([])
    })

    test('draws every chart on its page', () => {
      expect(CHART_SLIDES.length).toBeGreaterThanOrEqual(CHARTS.length)
      const empty = CHART_SLIDES.filter((s) => {
        const page = info.pages[s.no - 1]
        return !page || page.pathOps < 20 || !page.text.includes(EDITION.sourceWord)
      }).map(s => `page ${s.no} 「${s.title}」: ${info.pages[s.no - 1]?.pathOps ?? 0} path ops`)
      expect(empty, 'chart pages without a drawn chart').toEqual([])
    })
  })
}
