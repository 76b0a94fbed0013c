import type { Page } from '@playwright/test'
import { PACING } from '../../setup/pacing-ids'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// setup/late-window.ts: a window opened mid-talk (the projector's window reopened, a second screen) joins
// the talk; it does not pull the presenter back to its own slide or stop the presenter's stopwatch.

/** the stopwatch seconds the presenter's pacing line was drawn from (NaN before it starts) */
const stopwatch = async (page: Page) => Number(await page.locator(`.${PACING.panelClass}`).first().getAttribute('data-elapsed'))

test('an audience window opened mid-talk follows the presenter, who keeps its slide and its running stopwatch', async ({ deck, context }) => {
  const { page } = deck
  await page.goto(deckUrl('#/presenter/5'))
  await waitForSlide(page, 5)
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  for (const no of [6, 7]) {
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(new RegExp(`#/presenter/${no}(?:\\?|$)`))
  }
  await expect.poll(() => stopwatch(page), { message: 'the stopwatch started on the first move' }).toBeGreaterThanOrEqual(2)

  const audience = await context.newPage()
  await audience.goto(deckUrl('#/1'))
  await waitForSlide(audience, 7)
  await page.waitForTimeout(1500)
  await expect(page, 'the presenter stays where the talk is').toHaveURL(new RegExp(`#/presenter/7(?:\\?|$)`))
  expect(await stopwatch(page), 'the stopwatch still runs').toBeGreaterThanOrEqual(3)

  // and the window that joined drives as before: a press there moves the presenter
  await audience.locator('body').click({ position: { x: 5, y: 5 } })
  await audience.keyboard.press('ArrowRight')
  await expect(page, 'a press in the audience window still moves the presenter').toHaveURL(new RegExp(`#/presenter/8(?:\\?|$)`))
  expect(await stopwatch(page)).toBeGreaterThanOrEqual(3)
  expect(await deck.problems()).toEqual([])
})
