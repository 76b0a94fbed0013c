#!/usr/bin/env node
// `npm run export[:dark|:png|:pptx|:notes|:handout]`: runs the real `slidev export` with the browser that
// scripts/browser.mjs finds, writing into exports/. Extra arguments go straight to slidev, e.g.
//   npm run export -- --with-clicks        npm run export -- --range 13-16
// --notes exports the speaker notes (presenter print view) to a PDF with the same browser; --handout
// the handout (scripts/handout.mjs: two slides a page, each above its notes).
// Every PDF then gets bookmarks (sections → slide titles, each at its slide's first page) and document
// metadata (scripts/pdf-outline.mjs).
//
// A broken slide must not ship in an export, so around `slidev export` this
//   1. validates the data modules first (scripts/check-data.mjs) and `--range` (a clear error for
//      `--range 0`, `--range 60-70` on a 50-slide deck, `--range abc`);
//   2. collects what the print page itself finds wrong (setup/print-check.ts: a runtime error, Slidev's
//      error placeholder, an unresolved component), for every format;
//   3. reads a PDF back: the page count (one per slide in the range, without --with-clicks), no blank
//      page and no page showing Slidev's error text; a PNG export: one file per slide in the range;
//   4. outlines the PDF. Which page each slide starts on: one page per slide in the range, or, with
//      --with-clicks, the print page's own list of printed pages (its `.print-slide-container` ids,
//      <no>-<click>), which it reports with its done line; the count must match the PDF's.
// Blank pages get one more export before the failure (the exporter has printed a page still loading).
// `--lang en` exports the English edition (slides.en.md, issue 15) the same way, into files named after
// its headmatter's exportFilename (pretraining-will-end-en*); `--lang zh` (the default) the Chinese one.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { DECK_EXPORT_REPORT_ENV } from './build-config.mjs'
import { editionOfFlag } from './editions.mjs'
import { checkData } from './check-data.mjs'
import { deckSlides } from './check-slides.mjs'
import { parseRange } from './export-range.mjs'
import { exportHandout, startExportServer } from './handout.mjs'
import { checkPdfPages } from './pdf-check.mjs'
import { firstPages, loadDeckOutline, outlinePdfFile, slidesOfPrintIds } from './pdf-outline.mjs'
import { run } from './run.mjs'

const OUT_DIR = resolve(process.cwd(), 'exports')

const { values, tokens } = parseArgs({
  allowPositionals: true,
  strict: false,
  tokens: true,
  options: {
    'dark': { type: 'boolean' },
    'notes': { type: 'boolean' },
    'handout': { type: 'boolean' },
    'dir': { type: 'string' },
    'lang': { type: 'string' },
    'format': { type: 'string' },
    'output': { type: 'string' },
    'range': { type: 'string' },
    'with-clicks': { type: 'boolean' },
    'c': { type: 'boolean' },
  },
})

/** Options this script reads; all of them but these go on to slidev too. */
const MINE = new Set(['dark', 'notes', 'handout', 'dir', 'format', 'output', 'lang'])

function passthrough() {
  const out = []
  for (const t of tokens) {
    if (t.kind === 'positional')
      out.push(t.value)
    else if (t.kind === 'option' && !MINE.has(t.name))
      out.push(...(t.inlineValue ? [`${t.rawName}=${t.value}`] : [t.rawName, ...(t.value !== undefined ? [t.value] : [])]))
  }
  return out
}

async function exportNotes(browserPath, output) {
  // Same pipeline as `slidev export-notes` (a server in export mode, whose /presenter/print route
  // lists every slide's notes), but with the browser we found (export-notes cannot take one), tagged,
  // and with Chromium's heading outline: each slide's notes start with an <h2> "no/total title", which
  // tells on which page each slide's notes begin (read back, then replaced by the deck's outline).
  const { chromium } = await import('playwright-chromium')
  const server = await startExportServer(edition.entry)
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    const route = server.routerMode === 'hash' ? '#/presenter/print' : 'presenter/print'
    await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle', timeout: 60_000 })
    await page.waitForSelector('#page-root', { timeout: 30_000 })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, format: 'A4', printBackground: true, tagged: true, outline: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } })
    return browser.version()
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/**
 * Which page each slide's notes start on in the notes PDF: Chromium's heading outline (page.pdf's
 * `outline: true`) has each slide's <h2> "no/total title" at its page.
 */
async function notesPages(output, total) {
  const { PDFDocument } = await import('pdf-lib')
  const { readOutline } = await import('./pdf-outline.mjs')
  const headings = readOutline(await PDFDocument.load(readFileSync(output), { updateMetadata: false }))
  const pageOf = new Map()
  for (const h of headings) {
    const no = Number(h.title.match(/^\s*(\d+)\s*\/\s*(\d+)/)?.[1])
    if (no >= 1 && no <= total && h.page && !pageOf.has(no))
      pageOf.set(no, h.page)
  }
  if (!pageOf.size)
    throw new Error(`✗ notes export: ${output} has no heading outline to place its bookmarks (${headings.length} headings: ${headings.slice(0, 3).map(h => h.title).join(' | ')})`)
  return pageOf
}

/**
 * What the print page reported (setup/print-check.ts → vite.config.ts → this file), one line each. The
 * page also says when it has probed every printed slide: without that, the check did not run, and a
 * broken slide could have passed unseen, so that is a problem too.
 */
function readReport(file, slides) {
  const lines = []
  /** the print page's printed pages (<no>-<click> ids), when setup/print-check.ts sends them */
  let pages
  const entries = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
  if (!entries.some(l => l.includes('"done":true')))
    lines.push('the print page never reported its own check of the slides (setup/print-check.ts did not run or did not finish), so a broken slide could pass unseen')
  for (const line of entries) {
    try {
      const { slide, problem, done, pages: ids } = JSON.parse(line)
      if (done) {
        if (Array.isArray(ids))
          pages = ids
        continue
      }
      const s = slides[slide - 1]
      const text = `${slide ? `slide ${slide} 「${s?.title ?? '?'}」 (${s?.file ?? '?'})` : 'the print page'}: ${problem}`
      if (!lines.includes(text))
        lines.push(text)
    }
    catch {
      lines.push(line)
    }
  }
  return Object.assign(lines, { pages })
}

let edition
try {
  edition = editionOfFlag(values.lang ?? 'zh')
}
catch (error) {
  console.error(error.message)
  process.exit(1)
}
/** the export server Slidev starts in this process reads the entry from here (vite.config.ts: font subsets) */
process.env.DECK_ENTRY = edition.entry
const BASENAME = edition.pdf.replace(/\.pdf$/, '')

async function main() {
  let browser
  try {
    browser = findBrowser()
  }
  catch (error) {
    console.error(error.message)
    process.exit(1)
  }
  const data = await checkData()
  if (data.problems.length)
    throw new Error(`✗ export stopped: ${data.problems.length} data module(s) reject their own rows:\n  ${data.problems.join('\n  ')}`)
  const slides = await deckSlides(edition.entry)
  const range = parseRange(values.range, slides.length)
  if (range.error)
    throw new Error(`✗ ${range.error}`)

  const format = values.format ?? 'pdf'
  const suffix = values.dark ? '-dark' : ''
  const deck = await loadDeckOutline(edition.entry)
  if (values.notes) {
    const output = resolve(values.output ?? resolve(OUT_DIR, `${BASENAME}-notes.pdf`))
    const chromium = await exportNotes(browser.path, output)
    const pageOf = await notesPages(output, slides.length)
    const outlined = await outlinePdfFile(output, { deck, pageOf, kind: edition.notesKind, chromium, slidev: false })
    console.log(`[export] outline: ${outlined.entries} bookmarks; ${outlined.tagged ? 'tagged' : 'NOT tagged'}`)
    console.log(`notes exported to ${output}`)
    return
  }
  if (values.handout) {
    const output = resolve(values.output ?? resolve(OUT_DIR, `${BASENAME}-handout.pdf`))
    const started = Date.now()
    const { chromium, pageOf, pages } = await exportHandout({ browserPath: browser.path, output, slides, dir: values.dir, entry: edition.entry, untitled: edition.untitled })
    const check = await checkPdfPages(output)
    const problems = [
      ...check.errors.map(e => `page ${e.page} shows Slidev's error placeholder: "${e.text}"`),
      ...check.blank.map(p => `page ${p} is blank`),
    ]
    if (check.pages !== pages)
      problems.push(`it has ${check.pages} pages, expected ${pages} (two slides a page)`)
    if (problems.length)
      throw new Error(`✗ handout export failed: ${output}:\n  - ${problems.join('\n  - ')}`)
    const outlined = await outlinePdfFile(output, { deck, pageOf, kind: edition.handoutKind, chromium, slidev: false })
    console.log(`[export] checked: ${check.pages} pages, none blank, no error placeholder; outline: ${outlined.entries} bookmarks; ${outlined.tagged ? 'tagged' : 'NOT tagged'} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    console.log(`handout exported to ${output}`)
    return
  }
  const output = resolve(values.output ?? (format === 'png'
    ? resolve(OUT_DIR, `png${edition.subPath ? `-${edition.flag}` : ''}${suffix}`)
    : resolve(OUT_DIR, `${BASENAME}${suffix}.${format}`)))
  const withClicks = values['with-clicks'] || values.c || format.startsWith('pptx')
  const args = [
    'slidev',
    'export',
    edition.entry,
    '--format',
    format,
    '--output',
    output,
    '--executable-path',
    browser.path,
    ...(values.dark ? ['--dark'] : []),
    ...passthrough(),
  ]
  const scratch = mkdtempSync(join(tmpdir(), 'deck-export-report-'))
  const report = join(scratch, 'problems.jsonl')
  process.env[DECK_EXPORT_REPORT_ENV] = report // the export server (vite.config.ts) writes here
  const what = `${edition.entry}: ${format}${values.dark ? ' (dark)' : ''}${values.range ? `, slides ${values.range}` : ''}${withClicks ? ', one page per click' : ''}`
  console.log(`[export] ${what} with ${browser.path} (${browser.via}) → ${output}`)
  const exportOnce = async () => {
    rmSync(report, { force: true })
    try {
      await run('npx', args)
    }
    catch (error) {
      // e.g. slidev export gave up waiting (30 s) for the print page's own check: say what it had found
      const found = readReport(report, slides)
      throw new Error(`✗ export failed: ${error.message}${found.length ? `\n  what the print page reported:\n  - ${found.join('\n  - ')}` : ''}`, { cause: error })
    }
    const problems = readReport(report, slides)
    if (problems.length)
      throw new Error(`✗ export failed: the exported slides are broken, so ${output} must not be used:\n  - ${problems.join('\n  - ')}`)
    printIds = problems.pages
  }
  /** the print page's pages, <no>-<click> each, as its report brought them */
  let printIds
  try {
    await exportOnce()
    if (format === 'png') {
      const files = readdirSync(output).filter(f => f.endsWith('.png'))
      if (!withClicks && files.length !== range.pages.length)
        throw new Error(`✗ ${output}: ${files.length} PNG files, expected ${range.pages.length} (one per slide${values.range ? ` of --range ${values.range}` : ''})`)
      console.log(`[export] checked: ${files.length} PNG files`)
    }
    if (format !== 'pdf')
      return
    // A PDF that exists is no proof: Slidev's exporter has printed blank pages when the page was still
    // (re)loading, and prints Slidev's error placeholder like any other text. Check every page.
    let check = await checkPdfPages(output)
    if (check.blank.length && !check.errors.length) {
      console.warn(`[export] pages ${check.blank.join(', ')} of ${check.pages} came out blank; exporting again`)
      await exportOnce()
      check = await checkPdfPages(output)
    }
    const title = p => (withClicks ? '' : ` 「${slides[range.pages[p - 1] - 1]?.title ?? '?'}」`)
    const problems = [
      ...check.errors.map(e => `page ${e.page}${title(e.page)} shows Slidev's error placeholder: "${e.text}"`),
      ...check.blank.map(p => `page ${p}${title(p)} is blank`),
    ]
    if (!withClicks && check.pages !== range.pages.length)
      problems.push(`it has ${check.pages} pages, expected ${range.pages.length} (one per slide${values.range ? ` of --range ${values.range}` : ''})`)
    if (problems.length)
      throw new Error(`✗ export failed: ${output}:\n  - ${problems.join('\n  - ')}`)
    console.log(`[export] checked: ${check.pages} pages, none blank, no error placeholder`)

    // bookmarks at each slide's first page: one page per slide, or the print page's own pages
    let printed = range.pages
    if (withClicks) {
      if (!printIds)
        throw new Error(`✗ export failed: the print page's report named no printed pages (setup/print-check.ts sends them with its done line), so ${output}'s bookmarks cannot be placed`)
      printed = slidesOfPrintIds(printIds)
      if (printed.length !== check.pages)
        throw new Error(`✗ export failed: ${output} has ${check.pages} pages, but the print page printed ${printed.length} (${printIds.slice(0, 6).join(', ')}…): its bookmarks cannot be placed`)
    }
    const outlined = await outlinePdfFile(output, { deck, pageOf: firstPages(printed) })
    console.log(`[export] outline: ${outlined.entries} bookmarks (sections → slides${withClicks ? ', page↔slide from the print page' : ''}); metadata set; ${outlined.tagged ? 'tagged' : 'not tagged (slidev export prints without tagged: true)'}`)
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
