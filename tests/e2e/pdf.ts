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

  // A font is embedded when its glyphs are in the file: a Type3 font carries them as CharProcs (Chromium
  // writes some glyph runs that way, with a FontDescriptor that has no FontFile), any other font through
  // the FontFile* of its descriptor (a Type0 font through its descendant CIDFont's).
  const lib = await PDFDocument.load(data)
  const fonts: { name: string, embedded: boolean }[] = []
  const dict = (v: unknown) => (v instanceof PDFRef ? lib.context.lookup(v) : v)
  const hasFontFile = (descriptor: unknown) => {
    const d = dict(descriptor)
    return d instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some(k => d.get(PDFName.of(k)) instanceof PDFRef)
  }
  for (const [, obj] of lib.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue
    const subtype = obj.get(PDFName.of('Subtype'))
    if (subtype === PDFName.of('Type0'))
      continue // judged through its descendant CIDFont, which is a Font dict of its own
    const descriptor = dict(obj.get(PDFName.of('FontDescriptor')))
    const name = String((descriptor instanceof PDFDict ? descriptor.get(PDFName.of('FontName')) : undefined) ?? obj.get(PDFName.of('BaseFont')))
    const embedded = subtype === PDFName.of('Type3')
      ? dict(obj.get(PDFName.of('CharProcs'))) instanceof PDFDict
      : hasFontFile(descriptor)
    if (!fonts.some(f => f.name === name && f.embedded === embedded))
      fonts.push({ name, embedded })
  }
  return { pages, fonts }
}
