// Assistive technology in the slide view (issue 12). Called from setup/root.ts (inside Slidev's App,
// so the head manager and the router are there); the styles are in styles/a11y.css.
//   - a polite live region says "第 N 页，共 M 页：<标题>" ("Slide N of M: <title>") when the slide changes, and the page title
//     follows the slide (Slidev's own title is the deck's, fixed);
//   - landmarks: `main` for the slide canvas, a named `nav` for Slidev's controls, and skip links both
//     ways (Tab stops inside a chart slide come before the nav bar);
//   - prefers-reduced-motion: reduce turns slide transitions off (Slidev's own switch);
//   - Slidev's menu buttons nest their icon button in a button (axe nested-interactive, on every slide):
//     the inner one is made inert, the outer one takes its name.
// Only the slide view (route `play`, not print/export) announces and gets the landmarks: the presenter's
// panes and the print page stay as Slidev draws them. Every Slidev name used here comes through
// setup/slidev-internals.ts. The words are the edition's (i18n/<lang>/ui.ts, `ui.a11y`).
import type { Lang } from '../i18n/lang'
import type { Messages } from '../i18n/messages'
import { format } from 'd3-format'
import { computed, nextTick, watch } from 'vue'
import { START_LOCATION, useRoute, useRouter } from 'vue-router'
import {
  configs,
  disableTransition,
  NESTED_ICON_BUTTON,
  PLAY_ROUTE,
  SLIDE_CONTENT_ID,
  SLIDE_NAV_SELECTOR,
  slides,
  useHead,
  useNav,
} from './slidev-internals'
import { DICTIONARIES, deckLang } from '../i18n/useI18n'

/** Ids and classes of what this file adds to the page (the e2e test finds them by these). */
export const A11Y = {
  liveRegionId: 'deck-live-region',
  skipToNavId: 'deck-skip-to-nav',
  skipToSlideId: 'deck-skip-to-slide',
  skipLinkClass: 'deck-skip-link',
  skipBackClass: 'deck-skip-back',
  landmarkClass: 'deck-landmark',
  menuButtonClass: 'deck-menu-button',
  srOnlyClass: 'deck-sr-only',
} as const

/**
 * The edition and its words for setup code: the deck's headmatter lang (Slidev's configs). Not <html lang>
 * (documentMessages()): while the root setup runs, the document still has index.html's lang="en", and
 * Slidev's head manager sets the headmatter's only after the first render.
 */
export function deckMessages(): { lang: Lang, t: Messages } {
  // htmlAttrs is in Slidev's configs (the headmatter), not in setup/slidev-internal-modules.d.ts's narrow type
  const lang = deckLang((configs as { htmlAttrs?: Record<string, string> }).htmlAttrs?.lang)
  return { lang, t: DICTIONARIES[lang] }
}

const integer = format('d')

/** A slide's title as plain text (a Markdown heading may carry inline HTML). */
export function slideTitle(route: (typeof slides.value)[number] | undefined): string {
  const raw = route?.meta.slide.title ?? ''
  return raw.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()
}

/** "第 N 页，共 M 页：标题" / "Slide N of M: Title" (without the title part when the slide has none) */
export function slideAnnouncement(no: number, total: number, title: string, words: Messages['ui']['a11y'] = DICTIONARIES['zh-CN'].ui.a11y): string {
  const head = words.slideOf(integer(no), integer(total))
  return title ? words.withTitle(head, title) : head
}

/** The page title for a slide, through the deck's titleTemplate ('%s · …'). */
export function documentTitle(template: string | undefined, title: string): string {
  return (template || '%s').replace('%s', title)
}

export function setupA11y() {
  const { lang, t } = deckMessages()
  const words = t.ui.a11y
  const nav = useNav()
  const route = useRoute()
  const router = useRouter()
  const inSlideView = computed(() => route.name === PLAY_ROUTE && !nav.isPrintMode.value)
  const current = computed(() => slides.value[nav.currentSlideNo.value - 1])

  // The page title: outranks Slidev's fixed deck title in the slide view only (elsewhere, e.g. the
  // presenter's "Presenter - …", an undefined title leaves the page's own)
  useHead({
    title: computed(() => {
      const title = slideTitle(current.value)
      return inSlideView.value && title ? documentTitle(configs.titleTemplate, title) : undefined
    }),
  }, { tagPriority: 'high' })

  if (typeof document === 'undefined' || nav.isPrintMode.value)
    return

  reduceMotion()

  // The live region exists before the first change, or screen readers miss it
  const live = element('div', { id: A11Y.liveRegionId, role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', class: A11Y.srOnlyClass, lang })
  document.body.append(live)

  const skipToNav = element('a', { id: A11Y.skipToNavId, href: '', class: A11Y.skipLinkClass, lang }, words.skipToNav)
  const skipToSlide = element('a', { id: A11Y.skipToSlideId, href: '', class: `${A11Y.skipLinkClass} ${A11Y.skipBackClass}`, lang }, words.skipToSlide)
  document.body.prepend(skipToNav)
  const mainEl = () => document.getElementById(SLIDE_CONTENT_ID)
  const navEl = () => document.querySelector<HTMLElement>(SLIDE_NAV_SELECTOR)
  const follow = (link: HTMLAnchorElement, target: () => HTMLElement | null) => link.addEventListener('click', (event) => {
    event.preventDefault()
    target()?.focus({ preventScroll: true })
  })
  follow(skipToNav, navEl)
  follow(skipToSlide, mainEl)
  // the links point at this page (the hash is the router's): a copied link opens the same slide
  const keepHref = () => {
    skipToNav.href = location.href
    skipToSlide.href = location.href
  }
  keepHref()
  router.afterEach(() => void nextTick(keepHref))

  // A move to another slide (not a click within one, not the page's first route: the title says it then)
  let shown = 0
  router.afterEach((_to, from) => {
    const no = nav.currentSlideNo.value
    const first = from === START_LOCATION
    const was = shown
    shown = no
    if (!inSlideView.value)
      live.textContent = ''
    if (first || no === was || !inSlideView.value)
      return
    live.textContent = slideAnnouncement(no, nav.total.value, slideTitle(current.value), words)
    // focus inside the slide that is leaving would fall back to <body>: keep it on the slide canvas
    const main = mainEl()
    const active = document.activeElement
    if (main && active && active !== main && main.contains(active))
      void nextTick(() => main.focus({ preventScroll: true }))
  })

  // Slidev draws (and redraws) these parts itself: mark them up whenever its DOM changes
  let queued = false
  const markUp = () => {
    queued = false
    fixNestedButtons()
    skipToNav.hidden = !inSlideView.value
    if (!inSlideView.value)
      return
    const main = mainEl()
    if (main)
      setAttributes(main, { role: 'main', 'aria-label': words.main, tabindex: '-1' }, A11Y.landmarkClass)
    const bar = navEl()
    if (bar) {
      setAttributes(bar, { 'aria-label': words.nav, tabindex: '-1' }, A11Y.landmarkClass)
      if (bar.firstElementChild !== skipToSlide)
        bar.prepend(skipToSlide)
    }
  }
  const queue = () => {
    if (!queued) {
      queued = true
      requestAnimationFrame(markUp)
    }
  }
  new MutationObserver(queue).observe(document.body, { childList: true, subtree: true })
  watch(inSlideView, queue)
  markUp()
}

/** prefers-reduced-motion: reduce → no slide transitions (Slidev's SlidesShow renders none while this is on) */
function reduceMotion() {
  const query = matchMedia('(prefers-reduced-motion: reduce)')
  if (query.matches)
    disableTransition.value = true
  query.addEventListener('change', () => (disableTransition.value = query.matches))
}

/**
 * Slidev's MenuButton puts its `button` slot, an IconButton (a <button> with a title and no click
 * handler of its own), inside a <button> that opens the menu. Make the inner one inert (no focus, no
 * pointer, not in the accessibility tree: the click lands on the outer one) and give the outer one its
 * name and whether its menu is open (the menu is the outer button's next sibling while open).
 */
function fixNestedButtons() {
  for (const inner of document.querySelectorAll<HTMLButtonElement>(NESTED_ICON_BUTTON)) {
    const outer = inner.parentElement!
    inner.inert = true
    const label = inner.title || inner.textContent?.trim() || ''
    setAttributes(outer, {
      'type': 'button',
      'aria-label': label,
      'title': label,
      'aria-expanded': String(outer.nextElementSibling != null),
    }, A11Y.menuButtonClass)
  }
}

function setAttributes(el: Element, attrs: Record<string, string>, className: string) {
  for (const [name, value] of Object.entries(attrs)) {
    if (el.getAttribute(name) !== value)
      el.setAttribute(name, value)
  }
  if (!el.classList.contains(className))
    el.classList.add(className)
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs))
    el.setAttribute(name, value)
  el.textContent = text
  return el
}
