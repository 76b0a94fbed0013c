// Bookmarks and document metadata for every PDF the deck exports (issue 13: slides, dark, --with-clicks,
// --range, notes, handout, the build's download). Slidev's own `--with-toc` points each entry at the
// *last* page of its slide (its running count of printed pages), so with `--with-clicks` its bookmarks are
// off (Slidev #842), and it nests by heading level, not by the deck's sections. Here, after the export:
//   - top level: the eight sections (a section starts at each `layout: section` slide; the slides before
//     the first one, the cover, belong to it) and 附录 (the slides from pages/appendix/) after them;
//   - under each, the slide titles, each pointing at its slide's first page (a page↔slide mapping the
//     caller reads from what was printed, never a guess);
//   - Title, Author, Subject, Keywords, Language zh-CN, and a Creator/Producer that say what made the file.
// The tree and the metadata are pure functions of the deck (tests/unit/pdf-outline.test.ts); only
// `applyOutline` touches a PDF.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib'

import { EDITIONS } from './editions.mjs'

export const APPENDIX_TITLE = EDITIONS['zh-CN'].appendix
export const LANGUAGE = 'zh-CN'
/** Used when slides.md has no `keywords:` in its headmatter. */
export const DEFAULT_KEYWORDS = EDITIONS['zh-CN'].keywords

/** The edition a headmatter is for (its htmlAttrs.lang), as scripts/editions.mjs describes it. */
export function editionOfHeadmatter(headmatter) {
  return /^en(?:-|$)/i.test(String(headmatter?.htmlAttrs?.lang ?? '')) ? EDITIONS.en : EDITIONS['zh-CN']
}

/** A slide title as plain text: no Markdown emphasis, code ticks or HTML, one line. */
export function plainTitle(title) {
  return String(title ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The deck's outline as sections of slides.
 * @param {{ no: number, title: string, layout?: string, file: string }[]} slides in deck order
 * @returns {{ title: string, no: number, children: { title: string, no: number }[] }[]} each section
 *   points at its opening slide (`layout: section`, or the first appendix slide); children are the other
 *   slides of the section (the cover is the first section's first child)
 */
export function outlineTree(slides, edition = EDITIONS['zh-CN']) {
  const sections = []
  const lead = []
  for (const s of slides) {
    const title = plainTitle(s.title) || edition.untitled(s.no)
    const inAppendix = /(?:^|\/)pages\/(?:en\/)?appendix\//.test(s.file)
    if (inAppendix && sections.at(-1)?.appendix !== true) {
      sections.push({ title: edition.appendix, no: s.no, appendix: true, children: title === edition.appendix ? [] : [{ title, no: s.no }] })
      continue
    }
    if (!inAppendix && s.layout === 'section') {
      sections.push({ title, no: s.no, children: sections.length ? [] : lead.splice(0) })
      continue
    }
    const current = sections.at(-1)
    if (current)
      current.children.push({ title, no: s.no })
    else
      lead.push({ title, no: s.no })
  }
  if (!sections.length && lead.length)
    sections.push({ title: lead[0].title, no: lead[0].no, children: lead.slice(1) })
  return sections.map(({ title, no, children }) => ({ title, no, children }))
}

/**
 * Each printed slide's first page, from the print page's order of pages: `printed[i]` is the slide
 * number on page i + 1 (with `--with-clicks` a slide fills several pages in a row).
 * @param {number[]} printed
 * @returns {Map<number, number>} slide number → first page (1-based)
 */
export function firstPages(printed) {
  const first = new Map()
  printed.forEach((no, i) => {
    if (!first.has(no))
      first.set(no, i + 1)
  })
  return first
}

/** Slide numbers page by page from the print page's container ids (`<no>-<click>`, e.g. `012-01`). */
export const slidesOfPrintIds = ids => ids.map(id => Number(String(id).split('-')[0]))

/**
 * The outline with pages: only slides that were exported (`--range`), a section without its opening
 * slide points at its first exported slide, a section with none is left out.
 * @param {ReturnType<typeof outlineTree>} tree
 * @param {Map<number, number>} pageOf slide number → first page (1-based)
 * @returns {{ title: string, page: number, children: { title: string, page: number }[] }[]}
 */
export function outlineWithPages(tree, pageOf) {
  const out = []
  for (const section of tree) {
    const children = section.children.filter(c => pageOf.has(c.no)).map(c => ({ title: c.title, page: pageOf.get(c.no) }))
    const page = pageOf.get(section.no) ?? children[0]?.page
    if (page === undefined)
      continue
    out.push({ title: section.title, page, children })
  }
  return out
}

/** The first sentence of the headmatter's `info` (Markdown; its heading lines dropped), as one line. */
export function oneLine(info) {
  const prose = String(info ?? '').split('\n').filter(l => !/^\s*#/.test(l)).map(l => l.trim()).join('')
  const sentence = prose.match(/^.*?[。！？.!?](?=\s|$|[^”」）)])/)?.[0] ?? prose
  return sentence.replace(/\s+/g, ' ').trim()
}

/**
 * @param {Record<string, unknown>} headmatter slides.md's first frontmatter block
 * @param {{ kind?: string, chromium?: string, slidev?: string, pdfLib?: string }} made what the file is
 *   (讲义, 讲稿) and what made it
 */
export function deckMetadata(headmatter, made = {}) {
  const base = plainTitle(headmatter.title)
  const keywords = Array.isArray(headmatter.keywords)
    ? headmatter.keywords.map(String)
    : typeof headmatter.keywords === 'string' ? headmatter.keywords.split(/[,，]/).map(k => k.trim()).filter(Boolean) : editionOfHeadmatter(headmatter).keywords
  const subject = typeof headmatter.subject === 'string' ? headmatter.subject : oneLine(headmatter.info)
  const printer = made.chromium ? `Chromium ${made.chromium}` : 'Chromium'
  return {
    title: made.kind ? `${base} · ${made.kind}` : base,
    author: String(headmatter.author ?? ''),
    subject,
    keywords,
    language: editionOfHeadmatter(headmatter).lang,
    creator: made.slidev ? `Slidev ${made.slidev} (${printer} print)` : `${printer} print`,
    producer: `${printer} (Skia/PDF); outline and metadata: pdf-lib${made.pdfLib ? ` ${made.pdfLib}` : ''} (scripts/pdf-outline.mjs)`,
  }
}

const text = s => PDFHexString.fromText(s)

/**
 * Replace the document's outline (Chromium's or Slidev's, if any) with `outline`, and set its metadata.
 * Sections start closed, so a viewer's bookmark panel shows the nine entries; the panel opens with the file.
 * @param {PDFDocument} pdf
 * @param {ReturnType<typeof outlineWithPages>} outline
 * @param {ReturnType<typeof deckMetadata>} meta
 */
export function applyOutline(pdf, outline, meta) {
  const { context, catalog } = pdf
  const pages = pdf.getPages()
  const bad = outline.flatMap(s => [s, ...s.children]).filter(e => !(e.page >= 1 && e.page <= pages.length))
  if (bad.length)
    throw new Error(`outline entries point past the ${pages.length} pages: ${bad.map(e => `「${e.title}」 → ${e.page}`).join(', ')}`)
  const root = context.obj({ Type: 'Outlines' })
  const rootRef = context.register(root)
  const dest = page => context.obj([pages[page - 1].ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull])
  const link = (items, parentRef) => {
    const refs = items.map(() => context.nextRef())
    items.forEach((item, i) => {
      const dict = context.obj({ Title: text(item.title), Parent: parentRef, Dest: dest(item.page) })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1])
      if (i < items.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1])
      const kids = item.children ?? []
      if (kids.length) {
        const kidRefs = link(kids, refs[i])
        dict.set(PDFName.of('First'), kidRefs[0])
        dict.set(PDFName.of('Last'), kidRefs.at(-1))
        dict.set(PDFName.of('Count'), PDFNumber.of(-kids.length)) // closed
      }
      context.assign(refs[i], dict)
    })
    return refs
  }
  const top = link(outline, rootRef)
  if (top.length) {
    root.set(PDFName.of('First'), top[0])
    root.set(PDFName.of('Last'), top.at(-1))
  }
  root.set(PDFName.of('Count'), PDFNumber.of(top.length))
  catalog.set(PDFName.of('Outlines'), rootRef)
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  pdf.setAuthor(meta.author)
  pdf.setSubject(meta.subject)
  pdf.setKeywords([meta.keywords.join(', ')]) // one string: pdf-lib would join with spaces, splitting 'NeurIPS 2024'
  pdf.setLanguage(meta.language)
  pdf.setCreator(meta.creator)
  pdf.setProducer(meta.producer)
  pdf.setModificationDate(new Date())
}

/** Whether Chromium tagged the file (a structure tree and /MarkInfo /Marked true survive pdf-lib's save). */
export function isTagged(pdf) {
  const mark = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  return Boolean(pdf.catalog.get(PDFName.of('StructTreeRoot'))) && String(mark?.get(PDFName.of('Marked'))) === 'true'
}

/**
 * Chromium's own outline (page.pdf({ outline: true }) makes one from the page's headings), flattened in
 * document order: each heading's text and the page it stands on. The handout and notes exports read
 * their real page↔slide mapping from it before `applyOutline` replaces it.
 * @param {PDFDocument} pdf
 * @returns {{ title: string, page: number }[]}
 */
export function readOutline(pdf) {
  const { context } = pdf
  const pageNo = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]))
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const out = []
  const walk = (ref) => {
    for (let item = ref ? context.lookup(ref, PDFDict) : undefined; item; item = item.get(PDFName.of('Next')) ? context.lookup(item.get(PDFName.of('Next')), PDFDict) : undefined) {
      const title = item.lookup(PDFName.of('Title'))?.decodeText?.() ?? ''
      let d = item.lookup(PDFName.of('Dest'))
      if (!d) {
        const action = item.lookupMaybe(PDFName.of('A'), PDFDict)
        d = action?.lookup(PDFName.of('D'))
      }
      const page = d instanceof PDFArray ? pageNo.get(d.get(0)?.toString()) : undefined
      out.push({ title, page })
      walk(item.get(PDFName.of('First')))
    }
  }
  walk(outlines?.get(PDFName.of('First')))
  return out
}

/** The deck as the outline needs it (Slidev's parser, as scripts/check-slides.mjs reads it). */
export async function loadDeckOutline(entry = 'slides.md') {
  const { load } = await import('@slidev/parser/fs')
  const file = resolve(entry)
  const root = resolve(file, '..')
  const data = await load({ roots: [root], userRoot: root }, file)
  const slides = data.slides
    .filter(s => !s.frontmatter?.hide && !s.frontmatter?.disabled)
    .map((s, i) => ({
      no: i + 1,
      title: s.title ?? s.frontmatter?.title ?? '',
      layout: s.frontmatter?.layout,
      file: (s.source?.filepath ?? file).replace(`${root}/`, ''),
    }))
  const headmatter = data.headmatter ?? {}
  return { headmatter, slides, tree: outlineTree(slides, editionOfHeadmatter(headmatter)) }
}

/** What made the file: versions read from the installed packages, so the Producer stays honest. */
export function versions(chromium) {
  const pkg = name => JSON.parse(readFileSync(resolve(`node_modules/${name}/package.json`), 'utf8')).version
  return { slidev: pkg('@slidev/cli'), pdfLib: pkg('pdf-lib'), chromium }
}

/** Chromium's version from the Creator it writes (its user agent, `HeadlessChrome/156.0.0.0`). */
export const chromiumOfCreator = creator => String(creator ?? '').match(/Chrome\/([\d.]+)/)?.[1]

/**
 * Post-process an exported PDF in place: outline from `pageOf` (slide number → first page), metadata.
 * @returns {Promise<{ entries: number, tagged: boolean }>}
 */
export async function outlinePdfFile(path, { deck, pageOf, kind, chromium, slidev = true }) {
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const v = versions(chromium ?? chromiumOfCreator(pdf.getCreator()))
  const outline = outlineWithPages(deck.tree, pageOf)
  applyOutline(pdf, outline, deckMetadata(deck.headmatter, { kind, chromium: v.chromium, pdfLib: v.pdfLib, slidev: slidev ? v.slidev : undefined }))
  writeFileSync(path, await pdf.save())
  return { entries: outline.reduce((n, s) => n + 1 + s.children.length, 0), tagged: isTagged(pdf) }
}
