import { loadDeck } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

const slides = await loadDeck()

test('the arrow keys walk the whole deck, clicks included, from the first slide to the last', async ({ deck }) => {
  const { page } = deck
  await deck.gotoSlide(1)
  const totalClicks = slides.reduce((sum, s) => sum + (s.clicks ?? 0), 0)
  let presses = 0
  // Each slide may hold v-clicks we cannot count from the Markdown alone, so walk until the last slide.
  while (!page.url().match(new RegExp(`#/${slides.length}(\\?|$)`)) && presses < slides.length + totalClicks + 200) {
    await page.keyboard.press('ArrowRight')
    presses++
  }
  await waitForSlide(page, slides.length)
  expect(presses).toBeGreaterThanOrEqual(slides.length - 1)
  await page.keyboard.press('ArrowLeft')
  await expect(page).not.toHaveURL(new RegExp(`#/${slides.length}$`))
  expect(await deck.problems()).toEqual([])
})

test('the presenter view shows the current slide, the next one and the notes', async ({ deck }) => {
  const { page } = deck
  const no = Math.min(3, slides.length)
  await page.goto(deckUrl(`#/presenter/${no}`))
  await expect(page.locator('.slidev-page-' + no).first()).toBeVisible({ timeout: 20_000 })
  const note = slides[no - 1]!.note.replace(/\[click(?::\d+)?\]/g, '').split('\n').map(l => l.trim()).find(l => l.length > 4)!
  await expect(page.locator('.slidev-note').first()).toContainText(note.slice(0, 12))
  expect(await deck.problems()).toEqual([])
})

test('the overview lists every slide', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl('#/overview'))
  await expect(page.locator('.slidev-page-1').first()).toBeVisible({ timeout: 20_000 })
  await expect(page.locator(`.slidev-page-${slides.length}`).first()).toBeAttached()
  expect(await deck.problems()).toEqual([])
})

test('an unknown slide URL lands on a real slide, not a blank page', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl(`#/${slides.length + 50}`))
  await expect(page.locator('.slidev-layout').first()).toBeVisible({ timeout: 20_000 })
  expect(await deck.problems()).toEqual([])
})
