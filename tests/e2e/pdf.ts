// Reads an exported PDF the way a reader's viewer would: pdf.js for text and drawing operators,
// pdf-lib for the embedded font files.
import { readFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { EDITION } from '../deck'

type Edition = typeof EDITION

/** a section's file and an appendix file, in either edition (pages/ or pages/en/) */
const SECTION_FILE = /^pages\/(?:en\/)?0\d-/
const APPENDIX_FILE = /^pages\/(?:en\/)?appendix\//

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

export interface PdfBookmark {
  title: string
  /** 1-based page the bookmark opens */
  page: number
  items: PdfBookmark[]
}

/**
 * A PDF's bookmarks (pdf.js `getOutline`, each destination resolved to its page), its document info
 * (`getMetadata`: Title, Author, Subject, Keywords, Language…) and whether it is tagged (a structure tree
 * and /MarkInfo /Marked true).
 */
export async function readPdfOutline(path: string): Promise<{ outline: PdfBookmark[], info: Record<string, unknown>, tagged: boolean, pages: number }> {
  const data = new Uint8Array(readFileSync(path))
  const doc = await getDocument({ data: data.slice(), isEvalSupported: false, verbosity: 0 }).promise
  type Item = Awaited<ReturnType<typeof doc.getOutline>>[number]
  const pageOf = async (dest: Item['dest']): Promise<number> => {
    const d = typeof dest === 'string' ? await doc.getDestination(dest) : dest
    const ref = d?.[0]
    if (!ref)
      return 0
    return typeof ref === 'number' ? ref + 1 : (await doc.getPageIndex(ref)) + 1
  }
  const walk = async (items: Item[] | null): Promise<PdfBookmark[]> => Promise.all((items ?? []).map(async i => ({ title: i.title, page: await pageOf(i.dest), items: await walk(i.items) })))
  const outline = await walk(await doc.getOutline())
  const info = (await doc.getMetadata()).info as Record<string, unknown>
  const pages = doc.numPages
  await doc.destroy()
  const lib = await PDFDocument.load(data, { updateMetadata: false })
  const mark = lib.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  const tagged = Boolean(lib.catalog.get(PDFName.of('StructTreeRoot'))) && String(mark?.get(PDFName.of('Marked'))) === 'true'
  return { outline, info, tagged, pages }
}

/** The top-level bookmarks a deck PDF must have: the eight sections (their `layout: section` slides in pages/[en/]0N-…md), then 附录 (Appendix). */
export function expectedSections(slides: { title: string, file: string, frontmatter: Record<string, unknown> }[], edition: Edition = EDITION): string[] {
  const sections = slides.filter(s => s.frontmatter.layout === 'section' && SECTION_FILE.test(s.file)).map(s => s.title.replace(/\s+/g, ' ').trim())
  return [...sections, edition.appendix]
}

const squash = (t: string) => t.replace(/<[^>]+>|\*\*|`/g, '').replace(/\s+/g, '')

/**
 * What is wrong with an exported PDF's bookmarks and metadata, one line each (empty: nothing).
 * @param exported the slide numbers the PDF holds, in order
 * @param pageOf where each exported slide must start (page, 1-based); by default only checked to rise
 * @param pageTexts each page's text: a slide's bookmark must open a page naming the slide
 */
export async function outlineProblems(path: string, o: {
  slides: { no: number, title: string, file: string, content: string, frontmatter: Record<string, unknown> }[]
  headmatter: Record<string, unknown>
  exported: number[]
  pageOf?: (no: number) => number
  pageTexts?: string[]
  /** pages a slide fills (with --with-clicks: its clicks + 1): the next slide's bookmark is that far on */
  spans?: Map<number, number>
  kind?: string
  /** the edition the PDF is of (default: the one the suite runs on) */
  edition?: Edition
}): Promise<string[]> {
  const edition = o.edition ?? EDITION
  const { outline, info } = await readPdfOutline(path)
  const problems: string[] = []
  const want = (k: string, ok: boolean, got: unknown) => ok || problems.push(`metadata ${k}: ${JSON.stringify(got)}`)
  const title = String(o.headmatter.title)
  want('Title', String(info.Title ?? '').startsWith(title) && (!o.kind || String(info.Title).includes(o.kind)), info.Title)
  want('Author', info.Author === o.headmatter.author, info.Author)
  want('Subject', typeof info.Subject === 'string' && info.Subject.length > 10 && !/\n|^#/.test(info.Subject), info.Subject)
  want('Keywords', typeof info.Keywords === 'string' && info.Keywords.length > 3, info.Keywords)
  want('Language', info.Language === edition.lang, info.Language)

  // which section each slide belongs to: the last section opener before it (the cover: the first), or 附录
  const sections = expectedSections(o.slides, edition)
  const sectionOf = (no: number) => {
    const s = o.slides[no - 1]!
    if (APPENDIX_FILE.test(s.file))
      return edition.appendix
    const opener = o.slides.slice(0, no).filter(x => x.frontmatter.layout === 'section' && SECTION_FILE.test(x.file)).at(-1)
    return opener ? opener.title.replace(/\s+/g, ' ').trim() : sections[0]
  }
  const wantTop = sections.filter(t => o.exported.some(no => sectionOf(no) === t))
  const gotTop = outline.map(b => b.title)
  if (JSON.stringify(gotTop) !== JSON.stringify(wantTop))
    problems.push(`top-level bookmarks ${JSON.stringify(gotTop)}, expected ${JSON.stringify(wantTop)}`)

  // every exported slide once: a section's opener is its section's own entry, the others are children
  const entries: { no: number, page: number, title: string }[] = []
  for (const top of outline) {
    const opener = o.exported.find(no => sectionOf(no) === top.title && (squash(o.slides[no - 1]!.title) === squash(top.title)))
    if (opener)
      entries.push({ no: opener, page: top.page, title: top.title })
    for (const child of top.items) {
      const no = o.exported.find(n => sectionOf(n) === top.title && squash(o.slides[n - 1]!.title || edition.untitled(n)) === squash(child.title) && !entries.some(e => e.no === n))
      if (!no)
        problems.push(`bookmark 「${child.title}」 under 「${top.title}」 names no exported slide of that section`)
      else
        entries.push({ no, page: child.page, title: child.title })
    }
  }
  const missing = o.exported.filter(no => !entries.some(e => e.no === no))
  if (missing.length)
    problems.push(`slides without a bookmark: ${missing.join(', ')}`)
  entries.sort((a, b) => a.no - b.no)
  for (const [i, e] of entries.entries()) {
    if (o.pageOf && e.page !== o.pageOf(e.no))
      problems.push(`「${e.title}」 (slide ${e.no}) opens page ${e.page}, expected ${o.pageOf(e.no)}`)
    if (i > 0 && e.page < entries[i - 1]!.page)
      problems.push(`「${e.title}」 (slide ${e.no}) opens page ${e.page}, before slide ${entries[i - 1]!.no}'s page ${entries[i - 1]!.page}`)
    const next = entries[i + 1]
    const span = o.spans?.get(e.no)
    if (span !== undefined && next?.no === e.no + 1 && next.page - e.page !== span)
      problems.push(`slide ${e.no} 「${e.title}」 should fill ${span} pages (one a click), but slide ${next.no}'s bookmark is ${next.page - e.page} pages on`)
    // what the page shows: the slide's first Markdown heading (a frontmatter title may word it
    // differently), or its title (the notes and the handout print it above the notes)
    const slide = o.slides[e.no - 1]!
    const heading = squash(slide.content.match(/^#{1,3}\s+(.+)$/m)?.[1] ?? slide.title)
    const text = o.pageTexts?.[e.page - 1]
    if (text !== undefined && /[\u4E00-\u9FFF]/.test(heading) && !squash(text).includes(heading) && !squash(text).includes(squash(slide.title)))
      problems.push(`「${e.title}」 (slide ${e.no}) opens page ${e.page}, which does not show it: 「${squash(text).slice(0, 40)}…」`)
  }
  return problems
}
