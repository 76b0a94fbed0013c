// Reads an exported PDF the way a reader's viewer would: pdf.js for text and drawing operators,
// pdf-lib for the embedded font files.
import { readFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfPageInfo {
  no: number
  text: string
  /** drawing operators that put ink on the page (paths, glyphs, images) */
  inkOps: number
  /** path-construction operators: a chart's SVG becomes many of these */
  pathOps: number
}

export async function readPdf(path: string): Promise<{ pages: PdfPageInfo[], fonts: { name: string, embedded: boolean }[] }> {
  const data = new Uint8Array(readFileSync(path))
  const doc = await getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: PdfPageInfo[] = []
  const ink = new Set<number>([OPS.fill, OPS.stroke, OPS.fillStroke, OPS.eoFill, OPS.eoFillStroke, OPS.showText, OPS.showSpacedText, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.shadingFill])
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const content = await page.getTextContent()
    const text = content.items.map(item => ('str' in item ? item.str : '')).join('')
    const ops = await page.getOperatorList()
    let inkOps = 0
    let pathOps = 0
    for (const fn of ops.fnArray) {
      if (ink.has(fn))
        inkOps++
      if (fn === OPS.constructPath)
        pathOps++
    }
    pages.push({ no: i, text, inkOps, pathOps })
  }
  await doc.destroy()

  const lib = await PDFDocument.load(data)
  const fonts: { name: string, embedded: boolean }[] = []
  const seen = new Set<string>()
  for (const [ref, obj] of lib.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
      continue
    const name = String(obj.get(PDFName.of('FontName')) ?? ref.toString())
    if (seen.has(name))
      continue
    seen.add(name)
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(k => obj.get(PDFName.of(k)) instanceof PDFRef)
    fonts.push({ name, embedded })
  }
  return { pages, fonts }
}
