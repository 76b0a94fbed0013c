import type { Page } from '@playwright/test'
import { CHARTS, loadDeck } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// Issue 11: the presenter drives a chart in the presenter window and the audience window (the projector)
// follows: slider, series toggle, 数据 view and the highlighted mark. Both windows are pages of one
// browser context, the way a presenter opens them, so they talk through Slidev's own sync (a
// BroadcastChannel in the built deck).
const slides = await loadDeck()
const slideOf = (tag: string) => slides.find(s => new RegExp(`<${tag}\\b`).test(s.content))!

async function openPair(page: Page, no: number, clicks: number) {
  const audience = await page.context().newPage()
  const errors: string[] = []
  for (const p of [page, audience])
    p.on('pageerror', e => errors.push(e.message))
  await audience.goto(deckUrl(`#/${no}?clicks=${clicks}`))
  await waitForSlide(audience, no)
  await page.goto(deckUrl(`#/presenter/${no}?clicks=${clicks}`))
  await expect(page.locator(`.grid-section.main .slidev-page-${no} [data-chart][data-ready]`)).toBeVisible({ timeout: 20_000 })
  const lead = page.locator(`.grid-section.main .slidev-page-${no} [data-chart]`)
  const follow = audience.locator(`.slidev-page-${no} [data-chart]`)
  return { audience, lead, follow, errors }
}

test('a slider, a series toggle, the 数据 view and a hovered mark in the presenter window show on the projector', async ({ page }) => {
  const slide = slideOf('ComputeDataRunway')
  const { audience, lead, follow, errors } = await openPair(page, slide.no, slide.clicks ?? 0)
  const readout = (c: typeof lead) => c.locator('[data-readout="crossing"]')
  const before = await readout(follow).textContent()

  await lead.locator('input[data-control="growth"]').fill('3.8')
  await expect(follow.locator('input[data-control="growth"]')).toHaveValue('3.8')
  await expect(readout(follow), 'the crossing year moves with the slider').not.toHaveText(before ?? '')
  await expect(readout(follow)).toHaveText((await readout(lead).textContent()) ?? '')

  await lead.locator('.chart-toggle[data-series="trend"]').click()
  await expect(follow.locator('.chart-toggle[data-series="trend"]')).toHaveAttribute('aria-pressed', 'false')

  const mark = lead.locator('.mark').first()
  await mark.hover({ force: true })
  await expect(lead.locator('.chart-tip')).toBeVisible()
  await expect(follow.locator('.chart-tip'), 'the highlighted mark shows on the projector').toHaveText((await lead.locator('.chart-tip').textContent()) ?? '')
  await page.mouse.move(1, 1)
  await expect(follow.locator('.chart-tip')).toHaveCount(0)

  await lead.locator('.chart-table-toggle').click()
  await expect(follow.locator('table tbody tr').first()).toBeVisible()
  await lead.locator('.chart-table-toggle').click()
  await expect(follow.locator('table')).toHaveCount(0)
  expect(errors).toEqual([])
  await audience.close()
})

test('the audience window can play with a chart without moving the presenter, and follows again on the next change', async ({ page }) => {
  const slide = slideOf('EpochRepetition')
  const { audience, lead, follow, errors } = await openPair(page, slide.no, slide.clicks ?? 0)
  const slider = (c: typeof lead) => c.locator('input[data-control="epochs"]')
  const start = await slider(lead).inputValue()
  await slider(follow).fill('40')
  await follow.locator('.chart-table-toggle').click()
  await page.waitForTimeout(300)
  await expect(slider(lead), 'the presenter is not driven by the audience').toHaveValue(start)
  await expect(lead.locator('table')).toHaveCount(0)
  await expect(audience).toHaveURL(new RegExp(`#/${slide.no}\\b`))

  const next = start === '16' ? '24' : '16'
  await slider(lead).fill(next)
  await expect(slider(follow), 'the next change from the presenter wins again').toHaveValue(next)
  await expect(page).toHaveURL(new RegExp(`#/presenter/${slide.no}\\b`))
  expect(errors).toEqual([])
  await audience.close()
})

test('every chart follows a toggle from the presenter window', async ({ page }) => {
  const audience = await page.context().newPage()
  for (const { tag } of CHARTS) {
    const slide = slideOf(tag)
    await audience.goto(deckUrl(`#/${slide.no}?clicks=${slide.clicks ?? 0}`))
    await waitForSlide(audience, slide.no)
    await page.goto(deckUrl(`#/presenter/${slide.no}?clicks=${slide.clicks ?? 0}`))
    const lead = page.locator(`.grid-section.main .slidev-page-${slide.no} [data-chart]`)
    await expect(lead).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
    await lead.locator('.chart-table-toggle').click()
    await expect(audience.locator(`.slidev-page-${slide.no} [data-chart] table`), `${tag}: 数据 view follows`).toBeVisible()
    await lead.locator('.chart-table-toggle').click()
  }
  await audience.close()
})
