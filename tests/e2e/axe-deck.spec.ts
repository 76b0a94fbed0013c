import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { loadDeck } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// Issue 12's goal figure: axe (WCAG 2.2 AA: wcag2a, wcag2aa, wcag21aa, wcag22aa) finds nothing serious or
// critical on any slide at its last click, nor in the overview, in light and dark (the dark project runs
// this file too). The whole page is checked: the slide and Slidev's controls around it. Moderate and
// minor findings are listed in the output.
const slides = await loadDeck()
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function audit(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const bad = violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
  const rest = violations.filter(v => !bad.includes(v))
  return {
    bad: bad.map(v => `${where}: ${v.impact} ${v.id} (${v.help}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')}`),
    rest: rest.map(v => `${where}: ${v.impact} ${v.id} ×${v.nodes.length}`),
  }
}

test('axe: nothing serious or critical on any slide at its last click', async ({ deck }) => {
  test.setTimeout(420_000)
  const { page } = deck
  const bad: string[] = []
  const rest: string[] = []
  for (const slide of slides) {
    await page.goto(deckUrl(`#/${slide.no}?clicks=${slide.clicks ?? 99}`))
    await waitForSlide(page, slide.no)
    const r = await audit(page, `slide ${slide.no} 「${slide.title}」`)
    bad.push(...r.bad)
    rest.push(...r.rest)
  }
  if (rest.length)
    console.log(`moderate/minor:\n  ${rest.join('\n  ')}`)
  expect(bad).toEqual([])
})

test('axe: nothing serious or critical in the overview', async ({ deck }) => {
  const { page } = deck
  await page.goto(deckUrl('#/overview'))
  await expect(page.locator('.slidev-page').first()).toBeVisible({ timeout: 20_000 })
  await page.waitForTimeout(1000)
  const r = await audit(page, 'overview')
  if (r.rest.length)
    console.log(`moderate/minor:\n  ${r.rest.join('\n  ')}`)
  expect(r.bad).toEqual([])
})

test('axe: nothing serious or critical in the reading view, on a phone and on a wide screen', async ({ deck }) => {
  test.setTimeout(180_000)
  const { page } = deck
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size)
    await page.goto(deckUrl('#/reader'))
    await expect(page.locator('[data-chart][data-ready]').first()).toBeAttached({ timeout: 30_000 })
    await page.waitForTimeout(1000)
    const r = await audit(page, `reading view ${size.width}×${size.height}`)
    if (r.rest.length)
      console.log(`moderate/minor:\n  ${r.rest.join('\n  ')}`)
    expect(r.bad).toEqual([])
  }
})
