// Reads an exported PDF back, page by page, for what a failed render leaves:
//   - a page without any text (a slide deck page without text is a failed render);
//   - a page showing Slidev's error placeholder ("An error occurred on this slide…" under the export
//     server, "Failed to fetch this slide…" in a build): it has text, so it is not blank, but the slide
//     is broken all the same.
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { SLIDE_ERROR_TEXTS } from './slidev-internals.mjs'

const squash = s => s.replace(/\s+/g, '')

/** @returns {Promise<{ pages: number, blank: number[], errors: { page: number, text: string }[] }>} */
export async function checkPdfPages(path) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, verbosity: 0 }).promise
  const blank = []
  const errors = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    const text = content.items.map(item => ('str' in item ? item.str : '')).join('')
    if (!text.trim())
      blank.push(i)
    // text runs may be split or spaced differently in a PDF: compare without white space
    const found = SLIDE_ERROR_TEXTS.find(t => squash(text).includes(squash(t)))
    if (found)
      errors.push({ page: i, text: found })
  }
  const pages = doc.numPages
  await doc.destroy()
  return { pages, blank, errors }
}

/** Pages without text (kept for callers that only need that). */
export async function blankPages(path) {
  const { pages, blank } = await checkPdfPages(path)
  return { pages, blank }
}
