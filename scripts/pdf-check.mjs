// Pages of a PDF that carry no text at all: a slide deck page without text is a failed render.
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function blankPages(path) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, verbosity: 0 }).promise
  const blank = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    if (!content.items.some(item => 'str' in item && item.str.trim()))
      blank.push(i)
  }
  const pages = doc.numPages
  await doc.destroy()
  return { pages, blank }
}
