import type { Download } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { pngText } from '../../components/kit/download'
import { csvProblems } from '../csv-check'
import { CHARTS, EDITION, loadDeck, T } from '../deck'
import { expect, test } from './fixtures'
import { pngPixels } from './pixels'

// Issue 11: from the 数据 view a reader takes the chart away, made in the browser: the data as CSV
// (parsed back, it is the data module, row for row: tests/csv-check.ts), the drawing as SVG and PNG
// with title and source.
const slides = await loadDeck()

const text = async (d: Download) => readFileSync((await d.path())!, 'utf8')
/** DECK_DOWNLOADS_DIR=/some/dir keeps the files, to look at them */
const keep = async (d: Download) => {
  if (process.env.DECK_DOWNLOADS_DIR)
    await d.saveAs(`${process.env.DECK_DOWNLOADS_DIR}/${d.suggestedFilename()}`)
}

for (const { tag } of CHARTS) {
  const slide = slides.find(s => new RegExp(`<${tag}\\b`).test(s.content))!
  test(`${tag}: CSV equals its data modules row for row; SVG and PNG carry title and source`, async ({ deck }) => {
    const { page } = deck
    await deck.gotoSlide(slide.no, { clicks: slide.clicks ?? 0 })
    const chart = page.locator(`.slidev-page-${slide.no} [data-chart]`)
    const title = (await chart.locator('svg > title').textContent())!.trim()
    await chart.locator('.chart-table-toggle').click()

    const [csvFile] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="csv"]').click()])
    expect(csvFile.suggestedFilename()).toMatch(/\.csv$/)
    await keep(csvFile)
    expect(csvProblems(await text(csvFile), EDITION.lang)).toEqual([])

    const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="svg"]').click()])
    await keep(svgFile)
    const svg = await text(svgFile)
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain(title)
    expect(svg).toContain(T.kit.sources)
    expect(svg).toContain(T.kit.asOf('').trim())
    expect(svg, 'no CSS variables left: the file has no style sheet to resolve them').not.toContain('var(--')

    const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="png"]').click()])
    await keep(pngFile)
    const png = new Uint8Array(readFileSync((await pngFile.path())!))
    expect([...png.subarray(1, 4)].map(c => String.fromCharCode(c)).join('')).toBe('PNG')
    const meta = pngText(png)
    expect(meta.Title).toBe(title)
    expect(meta.Source).toContain(T.kit.sources)
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16)
    expect(width, 'drawn at twice the viewBox').toBeGreaterThanOrEqual(1200)
    // the title is drawn, not only stored: the band above the plot holds dark (light in dark mode) ink
    const img = await pngPixels(page, png)
    const band = img.data.subarray(0, img.width * 80 * 4)
    const bg = [band[0]!, band[1]!, band[2]!]
    let inked = 0
    for (let i = 0; i < band.length; i += 4) {
      if (Math.abs(band[i]! - bg[0]!) + Math.abs(band[i + 1]! - bg[1]!) + Math.abs(band[i + 2]! - bg[2]!) > 120)
        inked++
    }
    expect(inked, 'the PNG draws its title in the band above the chart').toBeGreaterThan(500)
    expect(await deck.problems()).toEqual([])
  })
}
