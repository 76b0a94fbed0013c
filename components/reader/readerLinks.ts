// What the reading view lifts out of a slide drawn too small to touch (issue 12, WCAG 2.2 target size):
// the charts it holds and the links it has, read from the slide's own rendered DOM.
import { getSlide } from '../../setup/slidev-internals'

/**
 * Below this column width (CSS px) the scaled slide is a picture: its 14 px controls would be under
 * 24 px (axe `target-size`), so its charts are drawn again at full size and its links listed beneath.
 */
export const READER_NARROW = 700

/** one link on a slide, as the reading view lists it */
export interface SlideLink {
  href: string
  text: string
  /** a link to another slide: its number, so the reading view goes to that slide's place */
  slide?: number
  /** the slide's own link opened a new tab (an outside source) */
  external: boolean
}

/** the slide a deck link names (`#/a-…` route alias, `#/12`), if the link is to a slide of this deck */
export function slideLinkTarget(href: string): number | undefined {
  const url = new URL(href, location.href)
  if (url.origin !== location.origin || url.pathname !== location.pathname)
    return undefined
  const target = /^#\/([^?#/]+)/.exec(url.hash)?.[1]
  return target ? getSlide(decodeURIComponent(target))?.no : undefined
}

/** the ids of the charts a slide draws (`[data-chart]`), once each, in order */
export function chartsIn(root: Element): string[] {
  const ids = [...root.querySelectorAll('[data-chart]')].map(e => e.getAttribute('data-chart') ?? '')
  return [...new Set(ids.filter(Boolean))]
}

/**
 * The links a slide has, each with its own text (or its accessible name), once each; not those inside
 * a chart in `redrawn` (the chart drawn again beneath the slide has them, its sources).
 */
export function linksIn(root: Element, redrawn: readonly string[] = []): SlideLink[] {
  const seen = new Set<string>()
  const out: SlideLink[] = []
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const chart = a.closest('[data-chart]')?.getAttribute('data-chart')
    if (chart && redrawn.includes(chart))
      continue
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('aria-label') || a.title || a.href
    const key = `${a.href} ${text}`
    if (seen.has(key))
      continue
    seen.add(key)
    out.push({ href: a.href, text, slide: slideLinkTarget(a.href), external: a.target === '_blank' })
  }
  return out
}
