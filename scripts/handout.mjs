// The handout (`npm run export:handout`, issue 13) and the export server the notes and handout print from.
//
// The handout is the reading view (`#/reader`, components/reader/: every slide at its last click, its
// speaker notes beneath it as prose) in its print mode `#/reader?handout` (styles/handout.css): A4
// portrait, two slides a page, each slide above its notes, no bar, masthead, contents or section heads.
// It is printed by Chromium from the built deck (`--dir dist` to use a build; otherwise `slidev build`
// into a scratch folder first, ≈20 s: the dev server takes over a minute to draw the reading view and
// reloads it while optimizing its dependencies), served on loopback like a static host, with
// `tagged: true` (an accessible, tagged PDF) and `outline: true`: Chromium's outline of the
// page's headings says on which page each slide's title stands, the real page↔slide mapping the deck's
// own bookmarks are then placed with (scripts/pdf-outline.mjs replaces Chromium's outline).
// Before printing: every slide drawn (charts marked ready, mermaid done), no Slidev error placeholder or
// unknown component, every glyph's font subset loaded, and every slide's notes fit its half page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { CHROMIUM_ARGS } from './browser.mjs'
import { freePort } from './free-port.mjs'
import { plainTitle, readOutline } from './pdf-outline.mjs'
import { run } from './run.mjs'
import { DECK_FACES, glyphsLoaded, probeSlide, slidesDrawn } from './slide-probe.mjs'
import { MERMAID_CONTAINER_ID, SLIDE_ERROR_TEXTS, SLIDE_LAYOUT_CLASS, SLIDE_LOADING_CLASS } from './slidev-internals.mjs'
import { startStaticServer } from './static-server.mjs'

/** two slides on each A4 page */
export const SLIDES_PER_PAGE = 2
export const handoutPages = slides => Math.ceil(slides / SLIDES_PER_PAGE)
/** the print margins; styles/handout.css sizes each slide+notes block to half of what is left */
export const HANDOUT_MARGIN = { top: '10mm', bottom: '10mm', left: '12mm', right: '12mm' }
/** A4 at 96 px/in: the screen layout is the print layout (the slides are scaled to the column in JS) */
const A4_VIEWPORT = { width: 794, height: 1123 }

/** Slidev's server in export mode (what `slidev export` prints from), on a free loopback port. */
export async function startExportServer(entry = 'slides.md') {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry }, 'export')
  const port = await freePort()
  const server = await createServer(options, { server: { port, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
  await server.listen(port)
  return { url: `http://127.0.0.1:${port}/`, routerMode: options.data.config.routerMode, close: () => server.close() }
}

/**
 * Slide number → page, from Chromium's heading outline of the handout: each slide's <h3> caption, in
 * deck order (the slide's title, or 第 n 页).
 * @param {{ title: string, page?: number }[]} headings
 * @param {{ no: number, title: string }[]} slides
 */
export function handoutPageOf(headings, slides, untitled = no => `第 ${no} 页`) {
  const squash = s => plainTitle(s).replace(/\s+/g, '')
  const pageOf = new Map()
  let i = 0
  for (const s of slides) {
    const want = squash(s.title || untitled(s.no))
    while (i < headings.length && squash(headings[i].title) !== want)
      i++
    if (i >= headings.length || !headings[i].page)
      throw new Error(`the handout's heading outline has no 「${want}」 for slide ${s.no}: its bookmarks cannot be placed`)
    pageOf.set(s.no, headings[i].page)
    i++
  }
  return pageOf
}

/**
 * Print the handout to `output`.
 * @param {{ browserPath: string, output: string, slides: { no: number, title: string }[], dir?: string }} opts
 *   `dir`: a built deck to print from (any base); without it the deck is built first
 * @returns {Promise<{ chromium: string, pageOf: Map<number, number>, pages: number }>}
 */
export async function exportHandout({ browserPath, output, slides, dir, entry = 'slides.md', untitled }) {
  const scratch = dir ? undefined : mkdtempSync(join(tmpdir(), 'deck-handout-'))
  try {
    if (scratch)
      await run('npx', ['slidev', 'build', entry, '--base', '/', '--out', scratch])
    else if (!existsSync(resolve(dir, 'index.html')))
      throw new Error(`✗ --dir ${dir}: no built deck there (run npm run build first, or leave --dir out)`)
    return await printHandout({ browserPath, output, slides, dir: scratch ?? dir, untitled })
  }
  finally {
    if (scratch)
      rmSync(scratch, { recursive: true, force: true })
  }
}

async function printHandout({ browserPath, output, slides, dir, untitled }) {
  const { chromium } = await import('playwright-chromium')
  const server = await startStaticServer({ dir })
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  const errors = []
  try {
    const context = await browser.newContext({ viewport: A4_VIEWPORT, colorScheme: 'light', reducedMotion: 'reduce', serviceWorkers: 'block' })
    const page = await context.newPage()
    page.on('pageerror', e => errors.push(`uncaught error: ${e.message}`))
    await page.goto(`${server.url}#/reader?handout`, { waitUntil: 'load', timeout: 60_000 })
    await page.locator('html.reader-handout .reader-slide').first().waitFor({ timeout: 30_000 })
    const args = { selector: '.reader-slide-frame', errorTexts: SLIDE_ERROR_TEXTS, loadingClass: SLIDE_LOADING_CLASS, layoutClass: SLIDE_LAYOUT_CLASS, mermaidId: MERMAID_CONTAINER_ID }
    const drawn = await page.waitForFunction(({ args, n }) => {
      const frames = document.querySelectorAll(args.selector)
      return frames.length === n && [...frames].every(f => f.children.length > 0)
    }, { args, n: slides.length }, { timeout: 30_000, polling: 200 })
      .then(() => page.waitForFunction(slidesDrawn, args, { timeout: 60_000, polling: 200 }))
      .then(() => true, () => false)
    const problems = [...errors]
    const count = await page.locator('.reader-slide').count()
    if (count !== slides.length)
      problems.push(`the reading view shows ${count} slides, the deck has ${slides.length}`)
    if (!drawn) {
      const waiting = await page.evaluate(() => [...document.querySelectorAll('.reader-slide')].filter(s => s.querySelector('.slidev-slide-loading, [data-chart]:not([data-ready])') || !s.querySelector('.reader-slide-frame')?.children.length).map(s => s.id))
      problems.push(`slides not drawn after 60 s: ${waiting.join(', ') || '(mermaid still rendering?)'}`)
    }
    for (const s of slides) {
      for (const p of await page.evaluate(probeSlide, { selector: `#slide-${s.no} .reader-slide-frame`, errorTexts: SLIDE_ERROR_TEXTS }))
        problems.push(`slide ${s.no} 「${s.title}」: ${p}`)
    }
    // every glyph's font subset in (a late unicode-range subset left a line in a fallback face once)
    await page.evaluate(glyphsLoaded, DECK_FACES)
    // a slide's notes must fit its half page: the block's height is fixed, so overflow would be cut off
    const overflowing = await page.evaluate(() => [...document.querySelectorAll('.reader-slide')].flatMap((s) => {
      const over = Math.ceil(s.scrollHeight - s.clientHeight)
      return over > 1 ? [`${s.id}: its notes are ${over} px too long for half a page`] : []
    }))
    problems.push(...overflowing)
    if (problems.length)
      throw new Error(`✗ handout export failed:\n  - ${problems.join('\n  - ')}`)
    await page.pdf({ path: output, format: 'A4', margin: HANDOUT_MARGIN, printBackground: true, tagged: true, outline: true })
    const headings = readOutline(await PDFDocument.load(readFileSync(output), { updateMetadata: false }))
    return { chromium: browser.version(), pageOf: handoutPageOf(headings, slides, untitled), pages: handoutPages(slides.length) }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
