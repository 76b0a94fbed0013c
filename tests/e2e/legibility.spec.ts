import type { Page } from '@playwright/test'
import { appendFileSync } from 'node:fs'
import process from 'node:process'
import { EDITION, loadDeck, splitTracks } from '../deck'
import { expect, test } from './fixtures'
import { judge, measureSlide, RULES, summary } from './legibility'

/** what the text budget counts: characters of Chinese, words of English */
const COUNT = EDITION.lang === 'en' ? 'words' : 'chars'

// Legibility of every main-track slide (cover … the Q&A slide, `routeAlias: qa`) on the 980×552 canvas at
// its last click, in light and (through playwright.config.ts) dark. The appendix is exempt (it must only fit
// the canvas, which slides.spec.ts checks). Per slide, all failures at once:
//
// - size: no visible text under 14 px on the canvas, except source lines (`.source-line`, the chart's
//   `figcaption.chart-source`: ≥ 10 px) and chart tick labels (SVG text inside `.tick`: ≥ 12 px). Sizes are
//   what reaches the canvas: SVG text = computed font-size × the SVG's screen scale (getScreenCTM), HTML =
//   computed font-size × any CSS transform/zoom between it and the slide. Other SVG text in a chart (axis
//   titles, annotations) and mermaid text follow the 14-px rule.
// - characters: ≤ 250 visible non-whitespace characters. Not counted: source lines and text inside a
//   chart's SVG (`.chart-svg`: ticks, axis titles, annotations). Counted: everything else on the canvas,
//   including mermaid diagrams, the chart's lead line and its buttons.
// - contrast: WCAG 2 AA for every visible text, in both colour schemes: 4.5:1, or 3:1 for large text
//   (≥ 24 px, or ≥ 18.66 px at weight ≥ 700), against the background behind it (the backgrounds and SVG
//   fills under the line, composited; the slide background under all). Links, chart buttons, SVG text and
//   source lines included; no exceptions (code blocks only appear in the appendix).
// - balance: the content (every visible text and box except the absolutely placed `.source-line`) reaches
//   below 70 % of the canvas height, or the body (the content without a title at the top; all of it on
//   cover, section and Q&A slides) is centred between 40 % and 60 % of the height. So a slide whose text
//   fills only its top 55–63 % fails; a short body centred under the title, or a centred divider, passes.
//
// LEGIBILITY_DUMP=<file> appends one JSON line of measurements per slide (for before/after figures).
const slides = await loadDeck()
const { main, qa } = splitTracks(slides)

test.use({ viewport: { width: 980, height: 552 } })

/**
 * Wait until the slide is as the room sees it: every mermaid diagram drawn into its shadow root (the
 * fixture's check passes before a diagram has started), the finite CSS transitions/animations ended (charts
 * fade their steps in) and two more frames for the layout's refit of the body zoom.
 */
async function settle(page: Page, no: number, diagrams: number) {
  // as many drawn diagrams as the slide's Markdown has mermaid blocks: a diagram whose component has not
  // mounted yet has no shadow root to wait for
  await page.waitForFunction(({ no, diagrams }) => {
    const hosts = [...document.querySelectorAll(`.slidev-page-${no} *`)].filter(el => el.shadowRoot)
    return hosts.length >= diagrams && hosts.every(el => el.shadowRoot!.querySelector('svg'))
  }, { no, diagrams }, { timeout: 20_000 })
  for (let pass = 0; pass < 2; pass++) {
    await page.evaluate(() => {
      const running = document.getAnimations().filter(a => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
      return Promise.race([
        Promise.all(running.map(a => a.finished.catch(() => undefined))),
        new Promise(resolve => setTimeout(resolve, 5000)),
      ]).then(() => undefined)
    })
  }
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

test.describe('legibility of the main track', () => {
  test('the deck has a Q&A slide that ends the main track', () => {
    expect(qa, 'no slide has routeAlias: qa').toBeDefined()
  })

  for (const slide of main) {
    // the title stays out of the test's name: a name that changes between the runner and a restarted worker
    // (slides edited while the suite runs) makes Playwright lose the test
    test(`main-track slide ${slide.no} is legible`, async ({ deck }) => {
      await deck.gotoSlide(slide.no, { clicks: slide.clicks ?? 99 })
      await settle(deck.page, slide.no, (slide.content.match(/^```mermaid/gm) ?? []).length)
      const m = await deck.page.evaluate(measureSlide, slide.no)
      expect([m.width, m.height], 'the canvas is 980×552 at this viewport').toEqual([980, 552])
      if (process.env.LEGIBILITY_DUMP) {
        const scheme = test.info().project.name
        appendFileSync(process.env.LEGIBILITY_DUMP, `${JSON.stringify({ no: slide.no, title: slide.title, file: slide.file, scheme, failures: judge(m, RULES, COUNT), ...m })}\n`)
      }
      test.info().annotations.push({ type: 'figures', description: summary(m) })
      expect(judge(m, RULES, COUNT), `slide ${slide.no} 「${slide.title}」 (${slide.file}): ${summary(m)}`).toEqual([])
    })
  }
})

// The measurement must be able to fail: plant small text, a 3:1 colour, a pile of characters and a slide
// that fills only its top half, and check that each is reported.
test('the legibility check catches planted problems', async ({ deck }) => {
  const no = main.find(s => s.frontmatter.layout === undefined && s.no > 1)?.no ?? 2
  await deck.gotoSlide(no, { clicks: 99 })
  await deck.page.evaluate(({ no, maxChars, maxWords }) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)!
    const planted = document.createElement('div')
    planted.id = 'planted'
    planted.style.cssText = 'position:absolute;left:40px;top:60px;width:600px;background:#ffffff'
    planted.innerHTML = '<p id="small" style="font-size:12px;color:#000">十二像素的字</p>'
      + '<p id="faint" style="font-size:16px;color:#959595">三比一的灰色</p>'
      + `<p id="long" style="font-size:14px;color:#000">${'字'.repeat(maxChars)}</p>`
      + `<p id="wordy" style="font-size:14px;color:#000;white-space:nowrap;overflow:hidden">${'word '.repeat(maxWords + 1)}</p>`
    // everything else hidden: the planted block alone sits in the top third
    for (const c of layout.children)
      (c as HTMLElement).style.visibility = 'hidden'
    layout.append(planted)
  }, { no, maxChars: RULES.maxChars, maxWords: RULES.maxWords })
  const measured = await deck.page.evaluate(measureSlide, no)
  const failures = judge(measured)
  const all = failures.join('\n')
  expect(failures.find(f => f.startsWith('size:') && f.includes('十二像素') && f.includes('12 px < 14 px')), all).toBeTruthy()
  const faint = failures.find(f => f.startsWith('contrast:') && f.includes('三比一'))
  expect(faint, all).toBeTruthy()
  expect(Number(faint!.match(/is ([\d.]+):1/)![1])).toBeCloseTo(3, 1)
  expect(failures.find(f => f.startsWith('characters:')), all).toBeTruthy()
  expect(failures.find(f => f.startsWith('balance:')), all).toBeTruthy()
  // the English budget counts words: the planted ones are one too many
  expect(judge(measured, RULES, 'words').find(f => f.startsWith('words:')), all).toBeTruthy()
})
