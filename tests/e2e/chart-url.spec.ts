import { loadDeck } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// Issue 11: a chart's non-default state lives in the URL (the hash router's query, under the test
// build's sub-path), so a copied link reopens the same view; garbage in a link changes nothing.
const slides = await loadDeck()
const runway = slides.find(s => /<ComputeDataRunway\b/.test(s.content))!
const chartOn = (page: import('@playwright/test').Page, no: number) => page.locator(`.slidev-page-${no} [data-chart]`)

test('a link with chart state opens that view; changing the view rewrites the link; reloading it gives the same view', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}&growth=2.5&hide=stock&view=table`))
  await waitForSlide(page, runway.no)
  const chart = chartOn(page, runway.no)
  await expect(chart.locator('table tbody tr').first()).toBeVisible()
  await expect(chart.locator('.chart-toggle[data-series="stock"]')).toHaveAttribute('aria-pressed', 'false')
  await expect(chart.locator('input[data-control="growth"]')).toHaveValue('2.5')
  expect(new URL(page.url()).pathname, 'under the sub-path').toMatch(/\/talks\/pretraining\//)

  // set up a different view by hand: the address bar follows
  await chart.locator('.chart-table-toggle').click()
  await chart.locator('input[data-control="growth"]').fill('3.4')
  await chart.locator('.chart-toggle[data-series="stock"]').click()
  await chart.locator('.chart-toggle[data-series="trend"]').click()
  await expect(page).toHaveURL(/growth=3\.4/)
  await expect(page).toHaveURL(/hide=trend(&|$)/)
  expect(page.url()).not.toContain('view=')
  const link = page.url()
  const readout = await chart.locator('[data-readout="crossing"]').textContent()

  const other = await page.context().newPage()
  await other.goto(link)
  await waitForSlide(other, runway.no)
  const again = chartOn(other, runway.no)
  await expect(again.locator('input[data-control="growth"]')).toHaveValue('3.4')
  await expect(again.locator('.chart-toggle[data-series="trend"]')).toHaveAttribute('aria-pressed', 'false')
  await expect(again.locator('.chart-toggle[data-series="stock"]')).toHaveAttribute('aria-pressed', 'true')
  await expect(again.locator('[data-readout="crossing"]')).toHaveText(readout ?? '')
  await other.close()
  expect(await deck.problems()).toEqual([])
})

test('unknown or garbage query values are ignored and the defaults kept', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}`))
  await waitForSlide(page, runway.no)
  const defaults = await chartOn(page, runway.no).locator('input[data-control="growth"]').inputValue()
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}&growth=banana&overtrain=-4&hide=nothing,%3Cscript%3E&view=pie&zzz=1`))
  await page.reload()
  await waitForSlide(page, runway.no)
  const chart = chartOn(page, runway.no)
  await expect(chart.locator('input[data-control="growth"]')).toHaveValue(defaults)
  await expect(chart.locator('.chart-toggle[aria-pressed="false"]')).toHaveCount(0)
  await expect(chart.locator('table')).toHaveCount(0)
  expect(await deck.problems()).toEqual([])
})

test('a chart\'s state leaves the link when the talk moves to another slide', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}&growth=2.5&view=table`))
  await waitForSlide(page, runway.no)
  await page.keyboard.press('Escape') // leave the table, so the arrow key steps the slide
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`#/${runway.no + 1}(\\?|$)`))
  await expect(page).not.toHaveURL(/growth=|view=/)
  expect(await deck.problems()).toEqual([])
})

test('a link opened in a page that already shows the deck (same document, new hash) applies its state too', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}`))
  await waitForSlide(page, runway.no)
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}&growth=3.6&hide=compute`))
  const chart = chartOn(page, runway.no)
  await expect(chart.locator('input[data-control="growth"]')).toHaveValue('3.6')
  await expect(chart.locator('.chart-toggle[data-series="compute"]')).toHaveAttribute('aria-pressed', 'false')
  expect(await deck.problems()).toEqual([])
})
