import type { Page } from '@playwright/test'
import { EDITIONS } from '../../scripts/editions.mjs'
import { EDITION, loadDeck } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// Issue 15: the language link on the cover and in the nav bar goes to the same slide of the other
// edition (the Chinese deck at the base, the English one at `<base>en/`), and back.
const slides = await loadDeck()
const other = EDITION.lang === 'en' ? EDITIONS['zh-CN'] : EDITIONS.en
const otherUrl = (path: string) => `${process.env.DECK_ROOT_URL}${other.subPath}${path}`

/** click the link (`force`: the nav bar's, which only shows on hover), then the other edition's slide `no` is up */
async function follow(page: Page, link: ReturnType<Page['locator']>, no: number, lang: string, force = false) {
  await link.click({ force })
  await waitForSlide(page, no)
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page).toHaveURL(new RegExp(`#/${no}$`))
}

test('the cover links to the other edition\'s cover, clear of anything drawn over it', async ({ deck }) => {
  const { page } = deck
  await deck.gotoSlide(1)
  const link = page.locator('.slidev-page-1 [data-edition-link]')
  await expect(link).toHaveCount(1)
  await expect(link).toHaveAttribute('hreflang', other.lang)
  expect(new URL(await link.getAttribute('href') ?? '', page.url()).href).toBe(otherUrl('#/1'))
  await follow(page, link, 1, other.lang)
  expect(await deck.problems()).toEqual([])
})

test('the nav bar\'s language link lands on the same slide number in the other edition, and its link back returns', async ({ deck }) => {
  const { page } = deck
  const no = slides.find(s => s.no > slides.length / 3 && s.clicks === undefined && !/v-click/.test(s.content))?.no ?? 3
  await deck.gotoSlide(no)
  await page.mouse.move(50, 700) // the nav bar shows on hover
  const nav = page.locator('.slidev-nav [data-edition-link], nav [data-edition-link]').first()
  await expect(nav).toBeAttached()
  expect(new URL(await nav.getAttribute('href') ?? '', page.url()).href).toBe(otherUrl(`#/${no}`))
  await follow(page, nav, no, other.lang, true)

  // moving on in the other edition moves its link along: back to slide no + 1 of this one
  await page.keyboard.press('ArrowRight')
  await waitForSlide(page, no + 1)
  await page.mouse.move(50, 700)
  const back = page.locator('.slidev-nav [data-edition-link], nav [data-edition-link]').first()
  await expect.poll(async () => new URL(await back.getAttribute('href') ?? '', page.url()).href).toBe(deckUrl(`#/${no + 1}`))
  await follow(page, back, no + 1, EDITION.lang, true)
  expect(await deck.problems()).toEqual([])
})

test('the English edition fetches no CJK font before its first slide is drawn', async ({ page }) => {
  test.skip(EDITION.lang !== 'en', 'the English edition only')
  const fonts: string[] = []
  page.on('request', r => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname.split('/').pop()!))
  await page.goto(deckUrl('#/1'))
  await waitForSlide(page, 1)
  expect(fonts.filter(f => /noto-sans-sc/i.test(f)), `fonts fetched for the cover: ${fonts.join(', ')}`).toEqual([])
  expect(fonts.some(f => /inter/i.test(f))).toBe(true)
})
