import { CHARTS, loadDeck } from '../deck'
import { expect, test } from './fixtures'

// Each chart in the built deck, in real Chromium: the pointer and the keyboard both reveal values,
// Escape clears them, the legend hides a series, and 数据 shows the numbers as a table.
const slides = await loadDeck()

for (const { tag } of CHARTS) {
  const slide = slides.find(s => new RegExp(`<${tag}\\b`).test(s.content))
  test(`${tag} on slide ${slide?.no} answers hover, keyboard, Escape, toggles and 数据`, async ({ deck }) => {
    expect(slide, `no slide shows <${tag}>`).toBeDefined()
    const { page } = deck
    await deck.gotoSlide(slide!.no, { clicks: slide!.clicks ?? 0 })
    const chart = page.locator(`.slidev-page-${slide!.no} [data-chart]`).first()
    const tip = chart.locator('.chart-tip')
    await expect(chart.locator('svg[role="img"] title')).not.toHaveText('')

    // pointer: hovering a mark shows a tooltip
    // a mark may be a <g>: point at its first painted shape (a group's centre can be empty space)
    const mark = chart.locator('.mark').first()
    const shape = mark.locator('circle, rect, path').first()
    await ((await shape.count()) ? shape : mark).hover({ force: true })
    await expect(tip, 'hover shows a tooltip').toBeVisible()
    await expect(tip).not.toHaveText('')
    await page.keyboard.press('Escape')
    await expect(tip, 'Escape clears the tooltip').toHaveCount(0)
    await page.mouse.move(2, 2)

    // keyboard: Tab reaches a mark, which shows its tooltip and a visible focus ring
    const look = (el: Element) => {
      const cs = getComputedStyle(el)
      const first = el.querySelector('circle, rect, path')
      const inner = first ? getComputedStyle(first) : cs
      return [cs.outlineStyle, cs.outlineWidth, inner.stroke, inner.strokeWidth, inner.filter].join('|')
    }
    const focusable = chart.locator('svg [tabindex="0"]').first()
    const unfocused = await focusable.evaluate(look)
    await page.locator(`.slidev-page-${slide!.no} .chart-table-toggle`).first().focus()
    let inChart = false
    for (let i = 0; i < 40 && !inChart; i++) {
      await page.keyboard.press('Tab')
      inChart = await chart.evaluate(el => !!document.activeElement?.closest('svg') && el.contains(document.activeElement))
    }
    expect(inChart, 'Tab reaches a mark inside the chart').toBe(true)
    await expect(tip, 'focus shows a tooltip').toBeVisible()
    const focusedLook = await (await page.evaluateHandle(() => document.activeElement!)).evaluate(look)
    expect(focusedLook, 'focused mark looks different (focus ring)').not.toBe(unfocused)
    await page.keyboard.press('Escape')
    await expect(tip).toHaveCount(0)

    // legend toggle hides a series (when the chart has toggles)
    const toggle = chart.locator('.chart-toggle').first()
    if (await toggle.count()) {
      const series = await toggle.getAttribute('data-series')
      const before = await chart.locator(`.mark[data-series="${series}"]:visible`).count()
      await toggle.press('Enter')
      await expect(toggle).toHaveAttribute('aria-pressed', 'false')
      if (before > 0)
        await expect(chart.locator(`.mark[data-series="${series}"]:visible`)).toHaveCount(0)
      await toggle.press('Space')
      await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    }

    // 数据: the drawing gives way to its table
    await chart.locator('.chart-table-toggle').click()
    await expect(chart.locator('table tbody tr').first()).toBeVisible()
    expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(1)
    expect(await deck.problems()).toEqual([])
  })
}
