// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { checkPdfPages } from '../../scripts/pdf-check.mjs'
import { SLIDE_ERROR_TEXTS } from '../../scripts/slidev-internals.mjs'

// The export's read-back of a PDF: a page with Slidev's error placeholder has text, so the old check
// ("no page without text") printed "none blank" for it.
const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-check-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function pdf(pages: (string | null)[]) {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of pages) {
    const page = doc.addPage([980, 552])
    if (text) {
      // long texts wrap over lines, the way a slide's text runs are split in a real export
      const words = text.split(' ')
      for (let i = 0; i < words.length; i += 5)
        page.drawText(words.slice(i, i + 5).join(' '), { x: 40, y: 480 - i * 6, size: 14, font })
    }
  }
  const file = join(dir, `${pages.length}-${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, await doc.save())
  return file
}

describe('checkPdfPages', () => {
  it('finds blank pages and pages showing Slidev\'s error placeholder, in a build and under the export server', async () => {
    const file = await pdf(['Pre-training will end', SLIDE_ERROR_TEXTS[0]!, null, SLIDE_ERROR_TEXTS[1]!, 'fine'])
    const r = await checkPdfPages(file)
    expect(r.pages).toBe(5)
    expect(r.blank).toEqual([3])
    expect(r.errors).toEqual([{ page: 2, text: SLIDE_ERROR_TEXTS[0] }, { page: 4, text: SLIDE_ERROR_TEXTS[1] }])
  })
  it('passes a PDF of good pages', async () => {
    const r = await checkPdfPages(await pdf(['one', 'two']))
    expect(r).toEqual({ pages: 2, blank: [], errors: [] })
  })
})
