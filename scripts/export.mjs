#!/usr/bin/env node
// `npm run export[:dark|:png|:pptx|:notes]`: runs the real `slidev export` with the browser that
// scripts/browser.mjs finds, writing into exports/. Extra arguments go straight to slidev, e.g.
//   npm run export -- --with-clicks        npm run export -- --range 13-16
// --notes exports the speaker notes (presenter print view) to a PDF with the same browser.
//
// A broken slide must not ship in an export, so around `slidev export` this
//   1. validates the data modules first (scripts/check-data.mjs) and `--range` (a clear error for
//      `--range 0`, `--range 60-70` on a 50-slide deck, `--range abc`);
//   2. collects what the print page itself finds wrong (setup/print-check.ts: a runtime error, Slidev's
//      error placeholder, an unresolved component), for every format;
//   3. reads a PDF back: the page count (one per slide in the range, without --with-clicks), no blank
//      page and no page showing Slidev's error text; a PNG export: one file per slide in the range.
// Blank pages get one more export before the failure (the exporter has printed a page still loading).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { DECK_EXPORT_REPORT_ENV } from './build-config.mjs'
import { checkData } from './check-data.mjs'
import { deckSlides } from './check-slides.mjs'
import { parseRange } from './export-range.mjs'
import { freePort } from './free-port.mjs'
import { checkPdfPages } from './pdf-check.mjs'
import { run } from './run.mjs'

const BASENAME = 'pretraining-will-end'
const OUT_DIR = resolve(process.cwd(), 'exports')

const { values, tokens } = parseArgs({
  allowPositionals: true,
  strict: false,
  tokens: true,
  options: {
    'dark': { type: 'boolean' },
    'notes': { type: 'boolean' },
    'format': { type: 'string' },
    'output': { type: 'string' },
    'range': { type: 'string' },
    'with-clicks': { type: 'boolean' },
    'c': { type: 'boolean' },
  },
})

/** Options this script reads; all of them but the first four go on to slidev too. */
const MINE = new Set(['dark', 'notes', 'format', 'output'])

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
  // lists every slide's notes), but with the browser we found: export-notes cannot take one.
  const { chromium } = await import('playwright-chromium')
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: 'slides.md' }, 'export')
  const port = await freePort()
  const server = await createServer(options, { server: { port, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
  await server.listen(port)
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    const route = options.data.config.routerMode === 'hash' ? '#/presenter/print' : 'presenter/print'
    await page.goto(`http://127.0.0.1:${port}/${route}`, { waitUntil: 'networkidle', timeout: 60_000 })
    await page.waitForSelector('#page-root', { timeout: 30_000 })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, format: 'A4', printBackground: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/**
 * What the print page reported (setup/print-check.ts → vite.config.ts → this file), one line each. The
 * page also says when it has probed every printed slide: without that, the check did not run, and a
 * broken slide could have passed unseen, so that is a problem too.
 */
function readReport(file, slides) {
  const lines = []
  const entries = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
  if (!entries.some(l => l.includes('"done":true')))
    lines.push('the print page never reported its own check of the slides (setup/print-check.ts did not run or did not finish), so a broken slide could pass unseen')
  for (const line of entries) {
    try {
      const { slide, problem, done } = JSON.parse(line)
      if (done)
        continue
      const s = slides[slide - 1]
      const text = `${slide ? `slide ${slide} 「${s?.title ?? '?'}」 (${s?.file ?? '?'})` : 'the print page'}: ${problem}`
      if (!lines.includes(text))
        lines.push(text)
    }
    catch {
      lines.push(line)
    }
  }
  return lines
}

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
  const slides = await deckSlides()
  const range = parseRange(values.range, slides.length)
  if (range.error)
    throw new Error(`✗ ${range.error}`)

  const format = values.format ?? 'pdf'
  const suffix = values.dark ? '-dark' : ''
  if (values.notes) {
    const output = values.output ?? resolve(OUT_DIR, `${BASENAME}-notes.pdf`)
    await exportNotes(browser.path, output)
    console.log(`notes exported to ${output}`)
    return
  }
  const output = resolve(values.output ?? (format === 'png'
    ? resolve(OUT_DIR, `png${suffix}`)
    : resolve(OUT_DIR, `${BASENAME}${suffix}.${format}`)))
  const withClicks = values['with-clicks'] || values.c || format.startsWith('pptx')
  const args = [
    'slidev',
    'export',
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
  const what = `${format}${values.dark ? ' (dark)' : ''}${values.range ? `, slides ${values.range}` : ''}${withClicks ? ', one page per click' : ''}`
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
  }
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
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
