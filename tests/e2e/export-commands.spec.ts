import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { editionOfFlag } from '../../scripts/editions.mjs'
import { parseRange } from '../../scripts/export-range.mjs'
import { SLIDE_ERROR_TEXTS } from '../../scripts/slidev-internals.mjs'
import { EDITION, loadDeck, loadHeadmatter, ROOT } from '../deck'
import { comparePdfRenders } from './pdf-render'
import { outlineProblems, readPdf, readPdfOutline } from './pdf'

// Every export command the README shows, run as written (issue 10: `npm run export -- --range 13-16`
// exported all pages, silently), each checked for what it promises; then two plain exports of this
// commit compared page by page, rendered. A command with `--lang en` exports the English edition
// (issue 15): it is checked against that edition's slides, names and words.
type Edition = typeof EDITION
const DECKS = new Map<Edition['lang'], { slides: Awaited<ReturnType<typeof loadDeck>>, headmatter: Record<string, unknown> }>()
for (const lang of ['zh', 'en']) {
  const e = editionOfFlag(lang)
  DECKS.set(e.lang, { slides: await loadDeck(e.entry), headmatter: await loadHeadmatter(e.entry) })
}
const { slides } = DECKS.get('zh-CN')!
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const EXPORTING = README.split(/^## /m).find(s => s.startsWith('Exporting')) ?? ''
const COMMANDS = [...new Set([...EXPORTING.matchAll(/`(npm run export[^`]*)`/g)].map(m => m[1]!.trim()))]
const EXPORTS = join(ROOT, 'exports')
const scratch = mkdtempSync(join(tmpdir(), 'deck-export-commands-'))
let plainCopy: string | undefined

test.describe.configure({ mode: 'serial', timeout: 420_000 })

function npm(command: string) {
  const args = command.replace(/^npm /, '').split(/\s+/)
  const r = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 400_000 })
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` }
}

/** what a README command means: which script and edition, which slides, one page per click or not */
function meaning(command: string) {
  const [, script = 'export', extra = ''] = command.match(/^npm run (export(?::\w+)?)(?:\s+--\s+(.*))?$/) ?? []
  const range = extra.match(/--range[=\s](\S+)/)?.[1]
  const edition = editionOfFlag(extra.match(/--lang[=\s](\S+)/)?.[1] ?? 'zh')
  const { slides, headmatter } = DECKS.get(edition.lang)!
  const withClicks = /--with-clicks|(?:^|\s)-c(?:\s|$)/.test(extra) || script === 'export:pptx'
  const pages = parseRange(range, slides.length)
  if ('error' in pages)
    throw new Error(`README example ${command}: ${pages.error}`)
  return { script, range, withClicks, slideNos: pages.pages, edition, slides, headmatter, basename: edition.pdf.replace(/\.pdf$/, '') }
}

const plain = (t: string) => t.replace(/<[^>]+>|\*\*|`/g, '').replace(/\s+/g, '')
        // apostrophes and quotes as Markdown, the typographer and the PDF's text layer write them (' ’ ʼ, " “ ”)
        .replace(/['‘’ʼ]/g, '\'').replace(/["“”]/g, '"')
/** letters and digits only, in order: what survives Markdown → HTML → PDF text (links keep their text) */
const letters = (s: string) => s.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}]|ʼ/gu, '')
// (ʼ, U+02BC, is a letter to Unicode: the PDF's text layer writes it for the typographer's apostrophe)

test('the README shows every export command, --range included', () => {
  expect(COMMANDS).toEqual(expect.arrayContaining(['npm run export', 'npm run export:dark', 'npm run export:png', 'npm run export:pptx', 'npm run export:notes', 'npm run export:handout']))
  expect(COMMANDS.some(c => /--range/.test(c))).toBe(true)
  expect(COMMANDS.some(c => /--with-clicks/.test(c))).toBe(true)
})

for (const command of COMMANDS) {
  test(`README: ${command}`, async () => {
    const { script, range, withClicks, slideNos, edition, slides, headmatter, basename: BASENAME } = meaning(command)
    const heading = (no: number) => slides[no - 1]!.content.match(/^#{1,3}\s+(.+)$/m)?.[1]
    /** a heading in the edition's own script, as the PDF's text must carry it */
    const ownScript = edition.lang === 'zh-CN' ? /[\u4E00-\u9FFF]/ : /[A-Z]/i
    const started = Date.now()
    const r = npm(command)
    expect(r.status, `${command} failed:\n${r.output.slice(-3000)}`).toBe(0)
    const fresh = (f: string) => existsSync(f) && statSync(f).mtimeMs >= started - 1000

    if (script === 'export:png') {
      const dir = join(EXPORTS, edition.subPath ? `png-${edition.flag}` : 'png')
      const files = readdirSync(dir).filter(f => f.endsWith('.png')).sort((a, b) => Number.parseInt(a) - Number.parseInt(b))
      expect(files, `${command}: one PNG per slide${range ? ` of ${range}` : ''}`).toEqual(slideNos.map(no => `${no}.png`))
      expect(files.every(f => fresh(join(dir, f)))).toBe(true)
      return
    }
    if (script === 'export:pptx') {
      const file = join(EXPORTS, `${BASENAME}.pptx`)
      expect(fresh(file), `${file} written`).toBe(true)
      // file names stand uncompressed in a zip's directory
      const pptSlides = new Set(readFileSync(file).toString('latin1').match(/ppt\/slides\/slide\d+\.xml/g))
      expect(pptSlides.size, 'a PowerPoint slide per click step').toBeGreaterThan(slides.length)
      return
    }
    if (script === 'export:notes') {
      const file = join(EXPORTS, `${BASENAME}-notes.pdf`)
      expect(fresh(file), `${file} written`).toBe(true)
      const notes = await readPdf(file)
      const text = plain(notes.pages.map(p => p.text).join(''))
      for (const s of slides.filter(s => s.note).slice(0, 5)) {
        const line = plain(s.note.replace(/\[click(?::\d+)?\]/g, '')).slice(0, 10)
        expect(text, `slide ${s.no}'s notes`).toContain(line)
      }
      // bookmarks at the page where each slide's notes begin (it shows "no/total title")
      const problems = await outlineProblems(file, { slides, headmatter, exported: slides.filter(s => s.note).map(s => s.no), pageTexts: notes.pages.map(p => p.text), kind: edition.notesKind, edition })
      expect(problems).toEqual([])
      expect((await readPdfOutline(file)).tagged, 'the notes PDF is tagged').toBe(true)
      return
    }
    if (script === 'export:handout') {
      // issue 13: two slides an A4 page, each above its notes; fonts embedded, text selectable
      const file = join(EXPORTS, `${BASENAME}-handout.pdf`)
      expect(fresh(file), `${file} written`).toBe(true)
      const handout = await readPdf(file)
      expect(handout.pages.length, 'two slides a page').toBe(Math.ceil(slides.length / 2))
      const pageOf = (no: number) => Math.ceil(no / 2)
      const missing = slides.filter(s => s.note && !letters(handout.pages[pageOf(s.no) - 1]?.text ?? '').includes(letters(s.note.replace(/\[click(?::\d+)?\]/g, ''))))
        .map(s => `slide ${s.no} 「${s.title}」: notes not on page ${pageOf(s.no)}`)
      expect(missing, 'every slide\'s notes, whole, on its page').toEqual([])
      const empty = handout.pages.filter(p => p.inkOps < 3 || !p.text.trim() || SLIDE_ERROR_TEXTS.some(t => p.text.includes(t))).map(p => p.no)
      expect(empty, 'blank pages or pages with an error placeholder').toEqual([])
      expect(handout.fonts.filter(f => !f.embedded).map(f => f.name), 'fonts not embedded').toEqual([])
      if (edition.lang === 'zh-CN')
        expect(handout.fonts.some(f => /NotoSansSC/i.test(f.name)), 'the CJK face is embedded').toBe(true)
      const problems = await outlineProblems(file, { slides, headmatter, exported: slides.map(s => s.no), pageOf, pageTexts: handout.pages.map(p => p.text), kind: edition.handoutKind, edition })
      expect(problems).toEqual([])
      expect((await readPdfOutline(file)).tagged, 'the handout is tagged').toBe(true)
      return
    }
    const file = join(EXPORTS, `${BASENAME}${script === 'export:dark' ? '-dark' : ''}.pdf`)
    expect(fresh(file), `${file} written`).toBe(true)
    const info = await readPdf(file)
    if (withClicks) {
      expect(info.pages.length, 'one page per click step: more pages than slides').toBeGreaterThan(slideNos.length)
    }
    else {
      expect(info.pages.length, `one page per slide${range ? ` of --range ${range}` : ''}`).toBe(slideNos.length)
      // and the right slides: each page carries its slide's heading
      const wrong = slideNos.flatMap((no, i) => {
        const h = heading(no)
        return h && ownScript.test(h) && !plain(info.pages[i]!.text).includes(plain(h)) ? [`page ${i + 1} should be slide ${no} 「${plain(h)}」`] : []
      })
      expect(wrong).toEqual([])
    }
    // bookmarks: sections → titles, each at its slide's first page (with clicks: a chart slide fills its clicks + 1 pages)
    const problems = await outlineProblems(file, {
      slides,
      headmatter,
      exported: slideNos,
      pageOf: withClicks ? undefined : no => slideNos.indexOf(no) + 1,
      pageTexts: info.pages.map(p => p.text),
      spans: withClicks ? new Map(slides.filter(s => s.clicks !== undefined).map(s => [s.no, s.clicks! + 1])) : undefined,
      edition,
    })
    expect(problems).toEqual([])
    const odd = info.pages.filter(p => [...SLIDE_ERROR_TEXTS, 'Caching for offline', 'Ready offline'].some(t => p.text.includes(t))).map(p => p.no)
    expect(odd, 'pages with an error placeholder or an offline badge').toEqual([])
    if (command === 'npm run export') {
      plainCopy = join(scratch, 'plain.pdf')
      copyFileSync(file, plainCopy)
    }
  })
}

test('two exports of the same commit give the same pages (npm run export twice, rendered and compared)', async ({ page }) => {
  expect(plainCopy, 'the README\'s `npm run export` ran above').toBeTruthy()
  const second = join(scratch, 'second.pdf')
  const r = spawnSync(process.execPath, ['scripts/export.mjs', '--output', second], { cwd: ROOT, encoding: 'utf8', timeout: 400_000 })
  expect(r.status, r.stderr).toBe(0)
  const diffs = await comparePdfRenders(page, plainCopy!, second)
  expect(diffs.length).toBe(slides.length)
  const differ = diffs.filter(d => d.differing > 0).map(d => `page ${d.page} 「${slides[d.page - 1]?.title}」: ${d.differing} of ${d.pixels} pixels differ`)
  expect(differ, 'pages that came out differently').toEqual([])
})

test('a bad --range gets a clear error and exports nothing', () => {
  for (const [range, message] of [[`${slides.length + 1}-${slides.length + 9}`, `goes past the last slide, ${slides.length}`], ['abc', '"abc" is not a slide number'], ['0', 'numbered from 1']] as const) {
    const r = npm(`npm run export -- --range ${range}`)
    expect(r.status, r.output).not.toBe(0)
    expect(r.output).toContain(`✗ --range "${range}"`)
    expect(r.output).toContain(message)
    expect(r.output, 'stopped before exporting').not.toContain('exported to')
  }
})
