// Renders two PDFs page by page with pdf.js in Chromium (the viewer a reader might use; no system tool
// needed) and compares the pixels: what "two exports give the same pages" means.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const PDFJS = resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/build')
const HOST = 'http://pdf-compare.test'

export interface PageDiff {
  page: number
  /** pixels whose colour differs by more than the tolerance in any channel */
  differing: number
  pixels: number
}

/**
 * @param scale render scale (1 = the PDF's own size in CSS pixels)
 * @returns one entry per page of the longer PDF; a page missing from one of them counts as all different
 */
export async function comparePdfRenders(page: Page, a: string, b: string, { scale = 0.5, tolerance = 8 } = {}): Promise<PageDiff[]> {
  const files: Record<string, () => Buffer> = {
    '/pdf.mjs': () => readFileSync(`${PDFJS}/pdf.mjs`),
    '/pdf.worker.mjs': () => readFileSync(`${PDFJS}/pdf.worker.mjs`),
    '/a.pdf': () => readFileSync(a),
    '/b.pdf': () => readFileSync(b),
    '/': () => Buffer.from('<!doctype html><title>compare</title>'),
  }
  await page.route(`${HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    const body = files[path]
    if (!body)
      return route.fulfill({ status: 404 })
    const type = path.endsWith('.mjs') ? 'text/javascript' : path.endsWith('.pdf') ? 'application/pdf' : 'text/html'
    return route.fulfill({ status: 200, body: body(), contentType: type })
  })
  await page.goto(`${HOST}/`)
  return page.evaluate(async ({ host, scale, tolerance }) => {
    const pdfjs = await import(`${host}/pdf.mjs`)
    pdfjs.GlobalWorkerOptions.workerSrc = `${host}/pdf.worker.mjs`
    const [da, db] = await Promise.all(['a', 'b'].map(n => pdfjs.getDocument({ url: `${host}/${n}.pdf`, isEvalSupported: false }).promise))
    interface PdfPage {
      getViewport: (o: { scale: number }) => { width: number, height: number }
      render: (o: { canvasContext: CanvasRenderingContext2D, viewport: unknown }) => { promise: Promise<void> }
    }
    const render = async (doc: { numPages: number, getPage: (n: number) => Promise<PdfPage> }, n: number) => {
      if (n > doc.numPages)
        return null
      const p = await doc.getPage(n)
      const viewport = p.getViewport({ scale })
      const canvas = document.createElement('canvas')
      canvas.width = Math.ceil(viewport.width)
      canvas.height = Math.ceil(viewport.height)
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!
      await p.render({ canvasContext: ctx, viewport }).promise
      return ctx.getImageData(0, 0, canvas.width, canvas.height)
    }
    const out = []
    for (let n = 1; n <= Math.max(da.numPages, db.numPages); n++) {
      const [ia, ib] = [await render(da, n), await render(db, n)]
      if (!ia || !ib || ia.width !== ib.width || ia.height !== ib.height) {
        const px = (ia ?? ib)!.width * (ia ?? ib)!.height
        out.push({ page: n, differing: px, pixels: px })
        continue
      }
      let differing = 0
      for (let i = 0; i < ia.data.length; i += 4) {
        if (Math.abs(ia.data[i]! - ib.data[i]!) > tolerance || Math.abs(ia.data[i + 1]! - ib.data[i + 1]!) > tolerance
          || Math.abs(ia.data[i + 2]! - ib.data[i + 2]!) > tolerance || Math.abs(ia.data[i + 3]! - ib.data[i + 3]!) > tolerance)
          differing++
      }
      out.push({ page: n, differing, pixels: ia.width * ia.height })
    }
    return out
  }, { host: HOST, scale, tolerance })
}
