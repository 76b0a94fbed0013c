import { PDFDocument } from 'pdf-lib'
import { TEST_BASE } from '../../scripts/build-config.mjs'
import { EDITION, loadDeck, loadHeadmatter } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// The deck as a host serves it: built for a sub-path, on a plain static server (no rewrites).
const slides = await loadDeck()
const headmatter = await loadHeadmatter()
/** this edition's sub-path: the Chinese deck at the base, the English one at `<base>en/` */
const BASE = `${TEST_BASE}${EDITION.subPath}`

test('is served under its sub-path base', () => {
  expect(new URL(deckUrl()).pathname).toBe(BASE)
})

test('a deep link to a slide opens that slide, and still does after a refresh', async ({ deck }) => {
  const { page } = deck
  for (const no of [2, Math.ceil(slides.length / 2), slides.length]) {
    await deck.gotoSlide(no)
    await page.reload()
    await waitForSlide(page, no)
    await expect(page).toHaveURL(new RegExp(`#/${no}$`))
  }
  expect(await deck.problems()).toEqual([])
})

test('the download button serves the PDF, one page per slide', async ({ deck, request }) => {
  const { page } = deck
  await deck.gotoSlide(1)
  const button = page.locator('button[title="Download as PDF"], [title="Download as PDF"]').first()
  await page.mouse.move(50, 700) // the nav bar shows on hover
  await expect(button).toBeAttached()
  const [download] = await Promise.all([page.waitForEvent('download'), button.click({ force: true })])
  expect(new URL(download.url()).pathname).toBe(`${BASE}${EDITION.pdf}`)
  const res = await request.get(download.url())
  expect(res.status()).toBe(200)
  const pdf = await PDFDocument.load(await res.body())
  expect(pdf.getPageCount()).toBe(slides.length)
  expect(await deck.problems()).toEqual([])
})

test('the page carries its own favicon, title and social card, all served from the host', async ({ deck, request }) => {
  const { page } = deck
  await deck.gotoSlide(1)
  await expect(page).toHaveTitle(new RegExp(String(headmatter.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  expect(await page.locator('html').getAttribute('lang')).toBe(EDITION.lang)
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
  const og = await page.locator('meta[property="og:image"]').first().getAttribute('content')
  expect(og, 'og:image').toBeTruthy()
  for (const href of [icon!, og!]) {
    const url = new URL(href, page.url())
    expect(url.origin).toBe(new URL(deckUrl()).origin)
    expect((await request.get(url.href)).status(), href).toBe(200)
  }
  expect(await deck.problems()).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  test('a slide fits the screen width without horizontal scrolling', async ({ deck }) => {
    const { page } = deck
    await deck.gotoSlide(2)
    const slide = await page.locator('.slidev-page-2').first().boundingBox()
    expect(slide!.width).toBeLessThanOrEqual(391)
    expect(slide!.width).toBeGreaterThan(300)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391)
    expect(await deck.problems()).toEqual([])
  })
})
