// The reading view (issue 12): every slide in order at its last click, its speaker notes beneath it as
// prose, the eight sections as headings, the appendix last. Pure helpers, shared by the route
// (setup/routes.ts), the page (ReaderPage.vue) and the slide view's way in (custom-nav-controls.vue).
import type { SlideRoute } from '@slidev/types'
import type { Messages } from '../../i18n/messages'
import { ui as zhUi } from '../../i18n/zh-CN/ui'

/** `#/reader`: a static path, so it outranks Slidev's `/:no` and clashes with no slide number or alias */
export const READER_ROUTE = 'reader'
export const READER_PATH = '/reader'

/** a slide's anchor in the reading view: `#/reader#slide-12` (the hash router keeps a hash after the route) */
export const slideAnchor = (no: number) => `slide-${no}`
export const slideFromAnchor = (hash: string) => {
  const m = /^#slide-(\d+)$/.exec(hash)
  return m ? Number(m[1]) : undefined
}

/** the phone banner offering the reading view stays away once dismissed (this browser) */
export const BANNER_DISMISSED_KEY = 'deck:reader-banner-dismissed'
/** where the slide view offers the reading view: a narrow screen held upright */
export const PHONE_PORTRAIT = '(orientation: portrait) and (max-width: 700px)'

export interface ReaderSection {
  /** `part-3`, `appendix`: the section's own anchor */
  id: string
  /** 第三部分, 附录 (Part 3, Appendix) */
  label: string
  title: string
  slides: SlideRoute[]
}

/** what the reading view reads of a slide's route meta (Slidev's RouteMeta augmentation is not in scope here) */
interface SlideMeta { title?: string, noteHTML?: string, frontmatter?: Record<string, unknown> }
const slideMeta = (r: SlideRoute): SlideMeta => (r.meta as { slide?: SlideMeta } | undefined)?.slide ?? {}
const frontmatter = (r: SlideRoute) => slideMeta(r).frontmatter ?? {}
export const slideTitle = (r: SlideRoute) => slideMeta(r).title ?? (typeof frontmatter(r).title === 'string' ? frontmatter(r).title as string : '')
/** Slidev's own rendering of the slide's notes (Markdown to HTML, `[click]` as marker spans) */
export const slideNotesHtml = (r: SlideRoute) => slideMeta(r).noteHTML
export const isSectionSlide = (r: SlideRoute) => frontmatter(r).layout === 'section'

/**
 * The deck as an article: the slides before the first section (the cover) lead, each `layout: section`
 * slide (the first of pages/01-…md to pages/08-…md) opens a section named by its title, and the slides
 * after the Q&A slide (`routeAlias: qa`) are the appendix. Labels in the edition's words (default Chinese).
 */
export function readerSections(slides: SlideRoute[], words: Messages['ui']['reader'] = zhUi.reader): { lead: SlideRoute[], sections: ReaderSection[] } {
  const qa = slides.findIndex(r => frontmatter(r).routeAlias === 'qa')
  const main = qa < 0 ? slides : slides.slice(0, qa + 1)
  const appendix = qa < 0 ? [] : slides.slice(qa + 1)
  const lead: SlideRoute[] = []
  const sections: ReaderSection[] = []
  for (const r of main) {
    if (isSectionSlide(r)) {
      const n = sections.length + 1
      sections.push({ id: `part-${n}`, label: words.part(String(n)), title: slideTitle(r), slides: [] })
    }
    const current = sections.at(-1)
    if (current)
      current.slides.push(r)
    else
      lead.push(r)
  }
  if (appendix.length)
    sections.push({ id: 'appendix', label: words.appendix, title: words.appendix, slides: appendix })
  return { lead, sections }
}

const MARKER = 'slidev-note-click-mark'

/**
 * Slidev's rendered notes (noteHTML: Markdown, each `[click]` already a marker span) as prose: every
 * marker ends the paragraph it stands in, so each click's words become a paragraph of their own.
 */
export function notesAsProse(html: string | undefined): string {
  if (!html?.trim())
    return ''
  const box = document.createElement('div')
  box.innerHTML = html
  for (const marker of [...box.querySelectorAll(`.${MARKER}`)]) {
    const block = marker.closest('p')
    if (block && box.contains(block)) {
      // move everything after the marker (within the paragraph) into a new paragraph after it
      const range = document.createRange()
      range.setStartAfter(marker)
      range.setEndAfter(block.lastChild ?? block)
      const rest = range.extractContents()
      const next = document.createElement('p')
      next.append(rest)
      block.after(next)
    }
    marker.remove()
  }
  for (const p of [...box.querySelectorAll('p')]) {
    // the line break before a marker and the space after it are not part of the prose
    p.innerHTML = p.innerHTML.replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '')
    if (!p.textContent?.trim() && !p.querySelector('img, svg'))
      p.remove()
  }
  // links in notes open outside the deck
  for (const a of [...box.querySelectorAll('a[href^="http"]')]) {
    a.setAttribute('target', '_blank')
    a.setAttribute('rel', 'noopener')
  }
  return box.innerHTML
}
