import type { Browser, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { PWA_INDICATOR_CLASS } from '../../scripts/slidev-internals.mjs'
import { deckUrl, waitForSlide } from './fixtures'

// Slidev's PWA badge ("Caching for offline…" / "Ready offline") with service workers allowed (the rest
// of the suite blocks them, which is why this was never seen): Slidev cleared it only when the worker
// finished its first install, so it stayed in the corner for good on a second window, after a reload,
// and wherever no worker can register. Now: never on the audience window, and in the presenter view
// only while it is true.
test.describe.configure({ timeout: 120_000 })

const CACHING = 'Caching for offline…'

/** Every text the badge has shown in this page since it started loading, recorded by a MutationObserver. */
async function recordBadge(page: Page) {
  await page.addInitScript((cls) => {
    const seen: string[] = []
    ;(window as unknown as { __badge: string[] }).__badge = seen
    const look = () => {
      const el = document.querySelector(`.${cls}`)
      const text = el?.textContent?.trim()
      if (text && seen.at(-1) !== text)
        seen.push(text)
    }
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true })
  }, PWA_INDICATOR_CLASS)
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __badge: string[] }).__badge)
const badge = (page: Page) => page.locator(`.${PWA_INDICATOR_CLASS}`)

async function open(browser: Browser, path: string, opts: { noServiceWorker?: boolean } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 } })
  if (opts.noServiceWorker) {
    // what a browser does on plain http to a LAN address (not a secure context): no service worker API
    await context.addInitScript(() => {
      delete (Navigator.prototype as unknown as Record<string, unknown>).serviceWorker
    })
  }
  const page = await context.newPage()
  await recordBadge(page)
  await page.goto(deckUrl(path))
  return { context, page }
}

async function workerActive(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    if (reg.active?.state !== 'activated')
      await new Promise<void>(resolve => reg.active?.addEventListener('statechange', () => reg.active?.state === 'activated' && resolve()))
  })
}

test('the audience window never shows the badge: first visit, a second window, a reload', async ({ browser }) => {
  const { context, page } = await open(browser, '#/1')
  await waitForSlide(page, 1)
  await workerActive(page)
  await page.waitForTimeout(1500)
  expect(await seen(page), 'first visit, while the worker installs').toEqual([])

  const second = await context.newPage()
  await recordBadge(second)
  await second.goto(deckUrl('#/2'))
  await waitForSlide(second, 2)
  await second.waitForTimeout(3000)
  expect(await seen(second), 'a second audience window').toEqual([])

  await page.reload()
  await waitForSlide(page, 1)
  await page.waitForTimeout(3000)
  expect(await seen(page), 'after a reload').toEqual([])
  await expect(badge(page)).toHaveCount(0)
  await context.close()
})

test('the presenter view shows the offline state only while it is true: no "Caching" once the worker is active, on a second window or after a reload', async ({ browser }) => {
  const { context, page } = await open(browser, '#/presenter/1')
  await expect(page.locator('.slidev-page-1').first()).toBeVisible({ timeout: 20_000 })
  await workerActive(page)
  // first install: "Caching…" (if the install was slow enough to see it), then "Ready offline" for 4 s, then nothing
  await expect(badge(page), 'the badge goes once the deck is cached').toHaveCount(0, { timeout: 10_000 })
  expect((await seen(page)).at(-1) ?? '', 'the last word was not "Caching"').not.toBe(CACHING)

  const second = await context.newPage()
  await recordBadge(second)
  await second.goto(deckUrl('#/presenter/2'))
  await expect(second.locator('.slidev-page-2').first()).toBeVisible({ timeout: 20_000 })
  await second.waitForTimeout(2000)
  expect(await seen(second), 'a second presenter window: the deck is already cached').not.toContain(CACHING)
  await expect(badge(second)).toHaveCount(0, { timeout: 6000 })

  await page.reload()
  await expect(page.locator('.slidev-page-1').first()).toBeVisible({ timeout: 20_000 })
  await page.waitForTimeout(2000)
  expect(await seen(page), 'presenter reloaded').not.toContain(CACHING)
  await expect(badge(page)).toHaveCount(0, { timeout: 6000 })
  await context.close()
})

test('where no service worker can register (plain http on a LAN address), neither window keeps a badge', async ({ browser }) => {
  for (const [path, no] of [['#/1', 1], ['#/presenter/1', 1]] as const) {
    const { context, page } = await open(browser, path, { noServiceWorker: true })
    await expect(page.locator(`.slidev-page-${no}`).first()).toBeVisible({ timeout: 20_000 })
    await page.waitForTimeout(3000)
    await expect(badge(page), `${path}: nothing to say about offline`).toHaveCount(0)
    expect(await seen(page)).toEqual([])
    await context.close()
  }
})
