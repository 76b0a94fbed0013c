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
    await expect(chart.locator('svg[role="graphics-document"] > title')).not.toHaveText('')

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
    // roving arrows: the focus moves inside the series, the slide stays where it is
    const slidePath = () => new URL(page.url()).hash.split('?')[0]
    const where = slidePath()
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-key'))
    const siblings = await page.evaluate(() => document.activeElement?.closest('[data-marks]')?.querySelectorAll('.mark').length ?? 0)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(150)
    expect(slidePath(), 'arrow keys on a mark do not step the slide').toBe(where)
    const now = await page.evaluate(() => document.activeElement?.getAttribute('data-key'))
    if (siblings > 1)
      expect(now, 'ArrowRight moves to the next mark of the series').not.toBe(first)
    expect(await chart.evaluate(el => el.contains(document.activeElement)), 'focus stays in the chart').toBe(true)
    await expect(tip).toBeVisible()
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

    // 数据: the drawing gives way to its table, which the keyboard scrolls without stepping the slide
    await chart.locator('.chart-table-toggle').click()
    await expect(chart.locator('table tbody tr').first()).toBeVisible()
    expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(1)
    const wrap = chart.locator('.chart-table-wrap')
    await wrap.focus()
    const before = slidePath()
    const clicksBefore = new URL(page.url()).hash.match(/clicks=(\d+)/)?.[1]
    const scrollable = await wrap.evaluate(el => el.scrollHeight > el.clientHeight + 2)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(200)
    expect(slidePath(), 'keys in the table do not step the slide').toBe(before)
    expect(new URL(page.url()).hash.match(/clicks=(\d+)/)?.[1], 'nor its clicks').toBe(clicksBefore)
    if (scrollable)
      expect(await wrap.evaluate(el => el.scrollTop), 'ArrowDown and Space scroll the table').toBeGreaterThan(0)
    await page.keyboard.press('Escape')
    await expect(chart.locator('table')).toHaveCount(0)
    expect(await deck.problems()).toEqual([])
  })
}
