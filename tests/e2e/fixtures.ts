import type { Page } from '@playwright/test'
import { test as base, expect } from '@playwright/test'
import { loadDeck } from '../deck'

const slides = await loadDeck()

/**
 * A page on the built deck that records everything that should never happen:
 * console errors, uncaught page errors and any request that leaves loopback (aborted, then reported).
 */
export interface DeckPage {
  page: Page
  /** open slide `no` by URL (hash router), optionally at click `clicks`, and wait until it is fully drawn */
  gotoSlide: (no: number, opts?: { clicks?: number }) => Promise<void>
  /** what went wrong so far, one line each, naming the slide it came from where that can be found */
  problems: () => Promise<string[]>
}

export function deckUrl(path = ''): string {
  const url = process.env.DECK_URL
  if (!url)
    throw new Error('DECK_URL is not set: run the e2e tests through playwright.config.ts (global setup builds and serves the deck)')
  return url + path
}

export async function waitForSlide(page: Page, no: number) {
  const slide = page.locator(`.slidev-page-${no}`).first()
  await expect(slide, `slide ${no} did not appear`).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0, { timeout: 20_000 })
  await page.waitForFunction(() => {
    const m = document.querySelector('#mermaid-rendering-container')
    return !m || m.children.length === 0
  }, undefined, { timeout: 20_000 })
  await expect(slide.locator('[data-chart]:not([data-ready])')).toHaveCount(0, { timeout: 20_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * Slidev preloads the neighbouring slides (and all of them after 3 s), so an error can surface while
 * another slide is open. Name the slide it really comes from:
 * - a stack frame in a built slide chunk: the chunk carries the slide's component name,
 *   `<file>.md__slidev_<no>`;
 * - a request: the slide whose Markdown mentions the URL.
 */
async function attribute(page: Page, problem: string): Promise<string> {
  const culprits = new Set<string>()
  for (const [, chunk] of problem.matchAll(/(https?:\/\/[^\s)]+\/assets\/[^\s):]+\.js)/g)) {
    try {
      const code = await (await page.request.get(chunk!)).text()
      for (const [, file, no] of code.matchAll(/__name:\s*[`'"]([\w./-]+?)__slidev_(\d+)[`'"]/g)) {
        const slide = slides[Number(no) - 1]
        culprits.add(`slide ${no} 「${slide?.title ?? '?'}」 (${file})`)
      }
    }
    catch {
      // the chunk could not be fetched: report the problem as it is
    }
  }
  const url = problem.match(/off-host request: (\S+)/)?.[1]
  if (url) {
    for (const s of slides.filter(s => s.content.includes(url)))
      culprits.add(`slide ${s.no} 「${s.title}」 (${s.file})`)
  }
  return culprits.size ? `${problem}\n    ← from ${[...culprits].join(', ')}` : problem
}

/**
 * After a first visit: wait until the service worker has precached the deck and controls the page
 * (precaching finishes during install; the reload puts the page under the active worker).
 */
export async function waitForOfflineCache(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    if (reg.active?.state !== 'activated') {
      await new Promise<void>((resolve) => {
        reg.active?.addEventListener('statechange', () => reg.active?.state === 'activated' && resolve())
      })
    }
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
}

export const test = base.extend<{ deck: DeckPage }>({
  deck: async ({ page }, use) => {
    const problems: string[] = []
    const origin = new URL(deckUrl()).origin
    page.on('console', (msg) => {
      if (msg.type() === 'error')
        problems.push(`console error: ${msg.text()}`)
    })
    page.on('pageerror', err => problems.push(`page error: ${err.message}`))
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue()
      problems.push(`off-host request: ${url}`)
      return route.abort('blockedbyclient')
    })
    const gotoSlide = async (no: number, opts: { clicks?: number } = {}) => {
      const query = opts.clicks !== undefined ? `?clicks=${opts.clicks}` : ''
      await page.goto(deckUrl(`#/${no}${query}`))
      await waitForSlide(page, no)
    }
    const explain = async () => Promise.all(problems.map(p => attribute(page, p)))
    await use({ page, gotoSlide, problems: explain })
  },
})

export { expect }
