import type { Download } from '@playwright/test'
import type { Series } from '../../data/types'
import { readFileSync } from 'node:fs'
import { parseCsv, SOURCE_COLUMNS } from '../../components/kit/csv'
import { pngText } from '../../components/kit/download'
import * as brainBody from '../../data/brainBody'
import * as compute from '../../data/compute'
import * as dataStock from '../../data/dataStock'
import * as depth from '../../data/depth'
import * as neurons from '../../data/neurons'
import * as repetition from '../../data/repetition'
import * as ssi from '../../data/ssi'
import * as testTime from '../../data/testTime'
import { CHARTS, loadDeck } from '../deck'
import { expect, test } from './fixtures'

// Issue 11: from the 数据 view a reader takes the chart away, made in the browser: the data as CSV
// (parsed back, it is the data module, row for row), the drawing as SVG and PNG with title and source.
const slides = await loadDeck()

const isSeries = (v: unknown): v is Series<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && 'id' in v && 'rows' in v && 'source' in v && Array.isArray((v as Series<object>).rows)
/** every series the data modules export, by id (also those inside exported arrays) */
const allSeries = new Map<string, Series<Record<string, unknown>>>()
for (const mod of [brainBody, compute, dataStock, depth, neurons, repetition, ssi, testTime]) {
  for (const value of Object.values(mod)) {
    for (const s of (Array.isArray(value) ? value : [value]).filter(isSeries)) {
      const known = allSeries.get(s.id)
      if (known && known !== s)
        throw new Error(`two data series share the id "${s.id}"`)
      allSeries.set(s.id, s)
    }
  }
}

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
    const raw = await text(csvFile)
    expect(raw.charCodeAt(0), 'UTF-8 with a BOM').toBe(0xFEFF)
    const [head, ...lines] = parseCsv(raw)
    expect(head![0]).toBe('series')
    expect(head!.slice(-SOURCE_COLUMNS.length)).toEqual([...SOURCE_COLUMNS])
    const fields = head!.slice(1, -SOURCE_COLUMNS.length)
    const seen = new Map<string, number>()
    for (const [n, line] of lines.entries()) {
      const s = allSeries.get(line[0]!)
      if (!s) {
        // not a data module's series: only rows the chart computes from cited data, and they say so (C)
        expect(line.at(-2), `CSV line ${n + 2}: series "${line[0]}" is in no data module, so it must be marked computed (C)`).toBe('C')
        expect(line.slice(1, -SOURCE_COLUMNS.length).some(c => c !== '' && Number.isFinite(Number(c))), `CSV line ${n + 2}: computed rows carry numbers`).toBe(true)
        continue
      }
      const i = seen.get(s!.id) ?? 0
      seen.set(s!.id, i + 1)
      const row = s!.rows[i]
      expect(row, `CSV line ${n + 2}: ${s!.id} has only ${s!.rows.length} rows`).toBeDefined()
      const want = fields.map(f => (row![f] === undefined || row![f] === null ? '' : String(row![f])))
      expect(line.slice(1, -SOURCE_COLUMNS.length), `CSV line ${n + 2} (${s!.id} row ${i})`).toEqual(want)
      const src = (row!.source as Series<object>['source'] | undefined) ?? s!.source
      const certainty = typeof row!.certainty === 'string' ? row!.certainty : src.certainty
      expect(line.slice(-SOURCE_COLUMNS.length, -1), `CSV line ${n + 2}: source`).toEqual([src.label, src.url, certainty])
      expect(line.at(-1), 'as-of column').toMatch(/^\d{4}-\d{2}/)
    }
    for (const [id, count] of seen)
      expect(count, `${id}: every row is in the file`).toBe(allSeries.get(id)!.rows.length)
    expect(seen.size, 'the file holds at least one data series').toBeGreaterThan(0)

    const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="svg"]').click()])
    await keep(svgFile)
    const svg = await text(svgFile)
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain(title)
    expect(svg).toContain('来源：')
    expect(svg).toContain('数据截至')
    expect(svg, 'no CSS variables left: the file has no style sheet to resolve them').not.toContain('var(--')

    const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="png"]').click()])
    await keep(pngFile)
    const png = new Uint8Array(readFileSync((await pngFile.path())!))
    expect([...png.subarray(1, 4)].map(c => String.fromCharCode(c)).join('')).toBe('PNG')
    const meta = pngText(png)
    expect(meta.Title).toBe(title)
    expect(meta.Source).toContain('来源：')
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16)
    expect(width, 'drawn at twice the viewBox').toBeGreaterThanOrEqual(1200)
    // the title is drawn, not only stored: the band above the plot holds dark (light in dark mode) ink
    const inked = await page.evaluate(async (b64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.width
      c.height = img.height
      const ctx = c.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const band = ctx.getImageData(0, 0, img.width, 80).data
      const bg = [band[0], band[1], band[2]]
      let differ = 0
      for (let i = 0; i < band.length; i += 4) {
        if (Math.abs(band[i]! - bg[0]!) + Math.abs(band[i + 1]! - bg[1]!) + Math.abs(band[i + 2]! - bg[2]!) > 120)
          differ++
      }
      return differ
    }, Buffer.from(png).toString('base64'))
    expect(inked, 'the PNG draws its title in the band above the chart').toBeGreaterThan(500)
    expect(await deck.problems()).toEqual([])
  })
}
