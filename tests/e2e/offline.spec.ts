import { loadDeck } from '../deck'
import { deckUrl, expect, test, waitForOfflineCache, waitForSlide } from './fixtures'

// After one visit the service worker has precached the deck: with the network cut, every slide opens.
const slides = await loadDeck()

test('after the first visit, every slide opens with the network cut', async ({ deck, context }) => {
  test.setTimeout(180_000)
  const { page } = deck
  await deck.gotoSlide(1)
  await waitForOfflineCache(page)

  await context.setOffline(true)
  await page.reload() // the document itself now comes from the service worker
  await waitForSlide(page, 1)
  for (const slide of slides) {
    await page.goto(deckUrl(`#/${slide.no}?clicks=99`))
    await waitForSlide(page, slide.no)
    await expect(page.locator(`.slidev-page-${slide.no} .slidev-layout`).first(), `slide ${slide.no} offline`).toBeVisible()
  }
  // issue 11: a chart opened from a link with its state, and its downloads, made in the browser
  const runway = slides.find(s => /<ComputeDataRunway\b/.test(s.content))!
  await page.goto(deckUrl(`#/${runway.no}?clicks=${runway.clicks}&growth=2.5&view=table`))
  await waitForSlide(page, runway.no)
  const chart = page.locator(`.slidev-page-${runway.no} [data-chart]`)
  await expect(chart.locator('input[data-control="growth"]')).toHaveValue('2.5')
  for (const kind of ['csv', 'svg', 'png']) {
    const [file] = await Promise.all([page.waitForEvent('download'), chart.locator(`[data-download="${kind}"]`).click()])
    expect(file.suggestedFilename(), `${kind} offline`).toMatch(new RegExp(`\\.${kind}$`))
    expect(await file.failure(), `${kind} offline`).toBeNull()
  }
  await context.setOffline(false)
  const fails = (await deck.problems()).filter(p => !p.includes('ERR_INTERNET_DISCONNECTED'))
  expect(fails).toEqual([])
})
