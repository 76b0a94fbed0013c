import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { CHARTS, EDITION, loadDeck, splitTracks, T } from '../deck'
import { deckUrl, expect, test, waitForOfflineCache, waitForSlide } from './fixtures'

// Issue 12, the reading view (#/reader, components/reader/): every slide in order at its last click with
// its notes as prose, the sections as headings, the appendix last; anchors, the way to and from the
// slide view, the phone banner, and offline after the first visit. Real Chromium on the built deck.
const slides = await loadDeck()
const { appendix } = splitTracks(slides)
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 720 }
const CLICK = /\[click(?::\d+)?\]/g

/** letters and digits only, in order: what must survive Markdown → HTML (links keep their text) */
const letters = (s: string) => s.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}]/gu, '')

async function openReader(page: Page, anchor = '') {
  await page.goto(deckUrl(`#/reader${anchor}`))
  await expect(page.locator('.reader-slide')).toHaveCount(slides.length, { timeout: 20_000 })
  const frames = page.locator('.reader-slide-frame')
  await expect(frames.locator('[data-slidev-no]')).toHaveCount(slides.length, { timeout: 20_000 })
  await expect(frames.locator('.slidev-slide-loading')).toHaveCount(0, { timeout: 20_000 })
  await expect(frames.locator('[data-chart]:not([data-ready])')).toHaveCount(0, { timeout: 20_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** the element's top edge, in viewport pixels */
const topOf = (page: Page, id: string) => page.evaluate(i => document.getElementById(i)!.getBoundingClientRect().top, id)

test.describe('reading view on a 390×844 phone', () => {
  test.use({ viewport: PHONE })

  test('every slide in order with its notes as paragraphs, sections as headings, appendix last, no horizontal scroll', async ({ deck }) => {
    const { page } = deck
    await openReader(page)
    expect(await page.locator('.reader-slide').evaluateAll(els => els.map(e => e.id))).toEqual(slides.map(s => `slide-${s.no}`))

    // the eight sections (the first slide of pages/01-…md to pages/08-…md) and the appendix
    const sectionFiles = [...new Set(slides.map(s => s.file).filter(f => /^pages\/(?:en\/)?0\d-/.test(f)))].sort()
    expect(sectionFiles).toHaveLength(8)
    const sectionTitles = sectionFiles.map(f => slides.find(s => s.file === f)!.title)
    await expect(page.locator('h2.reader-section-title')).toHaveText([...sectionTitles, EDITION.appendix])
    const inAppendix = await page.locator('.reader-section.is-appendix .reader-slide').evaluateAll(els => els.map(e => e.id))
    expect(inAppendix).toEqual(appendix.map(s => `slide-${s.no}`))
    expect(appendix.length).toBeGreaterThan(0)
    for (const f of sectionFiles) {
      const first = slides.find(s => s.file === f)!
      await expect(page.locator(`.reader-section:has(#slide-${first.no}) .reader-slide`).first(), `${f} opens its section`).toHaveId(`slide-${first.no}`)
    }

    // notes: every letter and digit, in order; each [click] starts a paragraph
    for (const s of slides) {
      const notes = page.locator(`#slide-${s.no} .reader-notes`)
      if (!letters(s.note)) {
        await expect(notes, `slide ${s.no} has no notes`).toHaveCount(0)
        continue
      }
      const shown = await notes.evaluate(el => ({ text: el.textContent ?? '', paragraphs: el.querySelectorAll('p').length, markers: el.querySelectorAll('.slidev-note-click-mark').length }))
      expect(letters(shown.text), `slide ${s.no} 「${s.title}」: its notes`).toBe(letters(s.note.replace(CLICK, '')))
      const chunks = s.note.split(CLICK).filter(c => letters(c))
      expect(shown.paragraphs, `slide ${s.no}: one paragraph (at least) per click`).toBeGreaterThanOrEqual(chunks.length)
      expect(shown.markers, `slide ${s.no}: no click marker left`).toBe(0)
    }

    // no horizontal scroll, and nothing sticks out
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widest: Math.max(...[...document.querySelectorAll('.deck-reader *')].filter(e => !e.closest('.reader-slide-frame')).map(e => e.getBoundingClientRect().right)),
      frames: Math.max(...[...document.querySelectorAll('.reader-slide-frame')].map(e => e.getBoundingClientRect().right)),
    }))
    expect(overflow.page, 'horizontal scroll').toBeLessThanOrEqual(0)
    expect(overflow.widest).toBeLessThanOrEqual(PHONE.width)
    expect(overflow.frames, 'each slide is scaled to the width').toBeLessThanOrEqual(PHONE.width)
    // notes are read at a reading size
    const size = await page.locator('.reader-notes').first().evaluate(el => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(16)
    expect(await deck.problems()).toEqual([])
  })

  test('a chart answers hover, its legend and 数据 at full width under its slide, and the URL stays the reading view', async ({ deck }) => {
    const { page } = deck
    const slide = slides.find(s => new RegExp(`<${CHARTS[0].tag}\\b`).test(s.content))!
    await openReader(page, `#slide-${slide.no}`)
    // the scaled slide is a picture on a phone: its chart is drawn again beneath it, at the column's width
    await expect(page.locator(`#slide-${slide.no} .reader-slide-frame`)).toHaveAttribute('inert', /.*/)
    const chart = page.locator(`#slide-${slide.no} .reader-live-chart [data-chart]`).first()
    await expect(chart).toHaveAttribute('data-ready', 'true')
    const box = (await chart.boundingBox())!
    expect(box.width, 'the chart takes the column').toBeGreaterThan(PHONE.width * 0.8)
    for (const b of await chart.locator('.chart-btn').all())
      expect((await b.boundingBox())!.height, 'a chart control is at least 24 px tall').toBeGreaterThanOrEqual(24)
    const toggle = chart.locator('.chart-toggle').first()
    if (await toggle.count()) {
      await expect(toggle).toHaveAttribute('aria-pressed', 'true')
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-pressed', 'false')
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    }
    await chart.scrollIntoViewIfNeeded()
    const url = page.url()
    const mark = chart.locator('.mark').first()
    const shape = mark.locator('circle, rect, path').first()
    await ((await shape.count()) ? shape : mark).hover({ force: true })
    await expect(chart.locator('.chart-tip'), 'hover shows a tooltip').toBeVisible()
    await expect(chart.locator('.chart-tip')).not.toHaveText('')
    await page.keyboard.press('Escape')
    await expect(chart.locator('.chart-tip')).toHaveCount(0)
    await chart.locator('.chart-table-toggle').click()
    await expect(chart.locator('table tbody tr').first()).toBeVisible()
    expect(page.url(), 'a chart in the reading view does not move the page to the slide view').toBe(url)
    // a link on the slide to another slide (the appendix) moves within the reading view
    const link = page.locator(`#slide-${slide.no} .reader-links a[href*="#/reader#slide-"]`).first()
    await expect(link, 'the chart slide links to its appendix slide, listed under it').toHaveCount(1)
    expect((await link.boundingBox())!.height, 'the listed link is at least 24 px tall').toBeGreaterThanOrEqual(24)
    await link.click()
    await expect(page).toHaveURL(/#\/reader#slide-\d+$/)
    const to = Number(new URL(page.url()).hash.match(/slide-(\d+)$/)![1])
    expect(appendix.map(s => s.no)).toContain(to)
    await expect(page.locator(`#slide-${to}`)).toBeInViewport()
    expect(await deck.problems()).toEqual([])
  })

  test('axe (WCAG 2.2 AA) finds no target too small: slides are pictures, their charts and links real size beneath', async ({ deck }) => {
    test.setTimeout(120_000)
    const { page } = deck
    await openReader(page)
    await expect(page.locator('.reader-live-chart [data-chart][data-ready]')).toHaveCount(await page.locator('.reader-slide-frame [data-chart]').count())
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    const small = violations.filter(v => v.id === 'target-size')
    expect(small.flatMap(v => v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([])
    expect(await deck.problems()).toEqual([])
  })

  test('an anchor deep-links: the slide is at the top, after a reload too', async ({ deck }) => {
    const { page } = deck
    for (const s of [slides[Math.floor(slides.length / 2)]!, slides.at(-1)!]) {
      await openReader(page, `#slide-${s.no}`)
      await expect(page.locator(`#slide-${s.no}`)).toBeInViewport()
      // under the sticky bar, or as far as the page scrolls (the last slide, near the end)
      const atEnd = await page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1)
      if (!atEnd)
        expect(Math.abs(await topOf(page, `slide-${s.no}`) - 60), `slide ${s.no} under the bar`).toBeLessThan(24)
    }
    await page.reload()
    const last = slides.at(-1)!
    await expect(page.locator(`#slide-${last.no}`)).toBeInViewport({ timeout: 20_000 })
    // a section anchor too (the table of contents)
    await page.locator('.reader-toc a').nth(2).click()
    await expect(page).toHaveURL(/#\/reader#part-3$/)
    await expect(page.locator('#part-3')).toBeInViewport()
    expect(await deck.problems()).toEqual([])
  })

  test('the slide view offers the reading view with a banner, which stays dismissed after a reload', async ({ deck }) => {
    const { page } = deck
    const s = slides[4]!
    await deck.gotoSlide(s.no)
    const banner = page.locator('[data-reader-banner]')
    await expect(banner).toBeVisible()
    await expect(banner.getByRole('link', { name: T.ui.reader.offerOpen })).toHaveAttribute('href', new RegExp(`#/reader#slide-${s.no}$`))
    // not forced: the slide view is still there, and the banner does not cover the slide
    await expect(page.locator(`.slidev-page-${s.no}`)).toBeVisible()
    const b = (await banner.boundingBox())!
    const slide = (await page.locator('#slide-content').boundingBox())!
    expect(b.y + b.height, 'the banner sits above the slide').toBeLessThanOrEqual(slide.y)
    await banner.getByRole('button').click()
    await expect(banner).toHaveCount(0)
    await page.reload()
    await waitForSlide(page, s.no)
    await page.waitForTimeout(300)
    await expect(banner).toHaveCount(0)
    expect(await deck.problems()).toEqual([])
  })
})

test.describe('reading view and slide view on a 1280×720 screen', () => {
  test.use({ viewport: DESKTOP })

  test('no banner; the nav control and the slide links land on the same slide both ways', async ({ deck }) => {
    const { page } = deck
    const s = slides.find(x => x.clicks) ?? slides[6]!
    await deck.gotoSlide(s.no)
    await page.waitForTimeout(300)
    await expect(page.locator('[data-reader-banner]')).toHaveCount(0)
    await page.mouse.move(30, DESKTOP.height - 20)
    await page.locator('[data-reader-link]').click()
    await expect(page).toHaveURL(new RegExp(`#/reader#slide-${s.no}$`))
    await expect(page.locator('.reader-slide')).toHaveCount(slides.length)
    await expect(page.locator(`#slide-${s.no}`)).toBeInViewport()
    expect(Math.abs(await topOf(page, `slide-${s.no}`) - 60)).toBeLessThan(24)

    // back: the slide's own link opens it at the step the reading view shows (its last click)
    await page.locator(`#slide-${s.no} [data-reader-open-slide]`).click()
    await waitForSlide(page, s.no)
    expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/${s.no}(\\?clicks=${s.clicks ?? '\\d+'})?$`))

    // the bar's way back follows the slide being read
    const other = slides.at(-3)!
    await openReader(page, `#slide-${other.no}`)
    await expect(page.locator('[data-reader-back]')).toHaveAttribute('href', new RegExp(`#/${other.no}$`))
    await page.locator('[data-reader-back]').click()
    await waitForSlide(page, other.no)
    expect(await deck.problems()).toEqual([])
  })

  test('light and dark follow the system, like the deck', async ({ deck }) => {
    const { page } = deck
    const look = () => page.evaluate(() => {
      const lum = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3
      return {
        dark: document.documentElement.classList.contains('dark'),
        bg: lum(getComputedStyle(document.querySelector('.deck-reader')!).backgroundColor),
        fg: lum(getComputedStyle(document.querySelector('.reader-notes')!).color),
      }
    })
    await page.emulateMedia({ colorScheme: 'light' })
    await openReader(page)
    const light = await look()
    expect(light.dark).toBe(false)
    expect(light.bg).toBeGreaterThan(200)
    expect(light.fg).toBeLessThan(80)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    await expect(page.locator('.reader-slide')).toHaveCount(slides.length)
    const dark = await look()
    expect(dark.dark).toBe(true)
    expect(dark.bg).toBeLessThan(40)
    expect(dark.fg).toBeGreaterThan(180)
    expect(await deck.problems()).toEqual([])
  })
})

test.describe('reading view offline', () => {
  // the PWA's service worker (the other projects block workers)
  test.use({ viewport: PHONE, serviceWorkers: 'allow' })

  test('after the first visit the reading view opens, whole, with the network cut', async ({ deck, context }) => {
    test.setTimeout(120_000)
    const { page } = deck
    await openReader(page)
    await waitForOfflineCache(page)
    await context.setOffline(true)
    await page.reload()
    await openReader(page, `#slide-${appendix[0]?.no ?? slides.length}`)
    await expect(page.locator('.reader-notes').first()).not.toBeEmpty()
    const placed = slides.reduce((n, s) => n + CHARTS.filter(c => new RegExp(`<${c.tag}\\b`).test(s.content)).length, 0)
    await expect(page.locator('.reader-slide-frame [data-chart]')).toHaveCount(placed)
    await context.setOffline(false)
    const fails = (await deck.problems()).filter(p => !p.includes('ERR_INTERNET_DISCONNECTED'))
    expect(fails).toEqual([])
  })
})
