// The HTML side of the first-slide prerender (scripts/prerender.mjs, issue 14): pure functions, no browser.
//
// In <head>, before anything else can paint:
//   - an inline <style>: the frame around the slide (Slidev's letterbox colour, the slide's background,
//     its inherited font and colour, light and dark), the slide scaled to the window the way Slidev's
//     SlideContainer does it (min of width/980 and height/551.25, centred), and `.deck-pr-off` hiding it;
//   - an inline <script> (`prerenderBoot`, below, as its source): unless the address names the first slide
//     (no hash, `#/`, `#/1`, `#/1?…`, and not print/embedded), marks <html> `deck-pr-off`, so a deep link
//     (`#/13`, `#/reader`, `#/presenter/1`, `?print`) never shows the cover; sets <html> `dark`/`light`
//     as Slidev will (its stored `slidev-color-schema`, else prefers-color-scheme), so dark mode paints
//     dark from the first frame; sets the scale; and removes the prerender in the same task in which
//     Slidev's slide 1 appears, laid out, in #app (a MutationObserver), or at once on a deep link.
// At the top of <body>: the slide (`#deck-prerender`), with a light and, when it differs, a dark DOM.
export const PRERENDER_ID = 'deck-prerender'
const START = '<!-- deck:prerender -->'
const END = '<!-- /deck:prerender -->'

/** Whether `hash` and `search` name the first slide's play view (the only address the prerender shows on). */
export function showsFirstSlide(hash, search) {
  if (/(?:^|[?&])(?:print|embedded)(?:[=&]|$)/.test(search.replace(/^\?/, '')))
    return false
  return /^(?:#\/?1?)?(?:\?.*)?$/.test(hash)
}

/**
 * Runs inline in <head> (stringified: self-contained, no imports or closures). `cfg`: { id, colorSchema, width, height }.
 * @param {{ id: string, colorSchema: 'auto' | 'light' | 'dark', width: number, height: number }} cfg
 * @param {(hash: string, search: string) => boolean} first
 */
export function prerenderBoot(cfg, first) {
  const d = document.documentElement
  let stored
  try {
    stored = localStorage.getItem('slidev-color-schema')
  }
  catch {
    stored = null // storage blocked: follow the system
  }
  const dark = cfg.colorSchema === 'auto'
    ? (stored === 'dark' || (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches))
    : cfg.colorSchema === 'dark'
  d.classList.toggle('dark', dark)
  d.classList.toggle('light', !dark)
  d.classList.add('deck-pr-js')
  const fit = function () {
    d.style.setProperty('--deck-pr-scale', String(Math.min(window.innerWidth / cfg.width, window.innerHeight / cfg.height)))
  }
  fit()
  const on = first(location.hash, location.search)
  if (!on)
    d.classList.add('deck-pr-off')
  let done = false
  const remove = function () {
    const el = document.getElementById(cfg.id)
    if (el && el.parentNode)
      el.parentNode.removeChild(el)
    done = true
    d.classList.add('deck-pr-off')
    window.removeEventListener('resize', fit)
    window.removeEventListener('hashchange', moved)
    observer.disconnect()
  }
  const moved = function () {
    if (!first(location.hash, location.search))
      remove()
  }
  const observer = new MutationObserver(function () {
    if (done)
      return
    if (!on && document.getElementById(cfg.id))
      return remove()
    // slide 1 itself, drawn (Slidev also mounts the next slides, hidden, and one of those could come first)
    const app = document.getElementById('app')
    const one = app && app.querySelector('.slidev-page-1 .slidev-layout')
    if (one && one.getClientRects().length > 0 && !app.querySelector('.slidev-page-1 .slidev-slide-loading'))
      remove()
  })
  // attributes too: a mounted slide shown by a class or style change (v-show) adds no node
  observer.observe(d, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] })
  window.addEventListener('resize', fit)
  window.addEventListener('hashchange', moved)
}

function declarations(obj) {
  return Object.entries(obj).filter(([, v]) => v !== '' && v != null).map(([k, v]) => `${k}:${v}`).join(';')
}

/** The inline CSS of the prerender. */
export function prerenderCss({ id, frame, size }) {
  const s = `#${id}`
  const w = size.width
  const h = size.height
  return [
    `${s}{position:fixed;inset:0;z-index:2147483000;overflow:hidden;pointer-events:none;background:${frame.light.container}}`,
    `${s} .deck-pr-slide{position:absolute;left:50%;top:50%;width:${w}px;height:${h}px;overflow:hidden;`
    + `transform:translate(-50%,-50%) scale(var(--deck-pr-scale,1));background:${frame.light.slide};${declarations(frame.light.text)}}`,
    // no script (nothing else of the deck runs then either): scaled by CSS alone where the browser can
    `@supports (width:calc(100vw / 980px * 1px)){html:not(.deck-pr-js) ${s} .deck-pr-slide{transform:translate(-50%,-50%) scale(min(calc(100vw / ${w}px),calc(100vh / ${h}px)))}}`,
    `html{background:${frame.light.page}}`,
    `html.dark{background:${frame.dark.page};color-scheme:dark}`,
    `html.dark ${s}{background:${frame.dark.container}}`,
    `html.dark ${s} .deck-pr-slide{background:${frame.dark.slide};${declarations({ color: frame.dark.text.color })}}`,
    // Slidev's page wrapper (SlideWrapper.vue: absolute, filling the slide), under another name
    `${s} .deck-pr-page{position:absolute;inset:0;width:100%;height:100%;--slidev-slide-zoom-scale:1;--slidev-slide-scale:var(--deck-pr-scale,1)}`,
    `${s} .deck-pr-light{display:contents}${s} .deck-pr-dark{display:none}`,
    `html.dark ${s} .deck-pr-dark{display:contents}html.dark ${s} .deck-pr-light.deck-pr-has-dark{display:none}`,
    `.deck-pr-off ${s}{display:none!important}`,
  ].join('\n')
}

/** index.html without a prerender written into it before (the step can run twice on one build). */
export function removePrerender(html) {
  const re = new RegExp(`${START}[\\s\\S]*?${END}\\n?`, 'g')
  return html.replace(re, '')
}

/**
 * index.html with the prerender: style and boot script at the top of <head>, preloads for `fonts`
 * not preloaded yet, the slide at the top of <body>.
 * @param {string} html
 * @param {{ light: string, dark: string | null, frame: { light: object, dark: object }, size: { width: number, height: number }, fonts: (string | { href: string, low?: boolean })[], css?: string, colorSchema?: string }} opts
 */
export function injectPrerender(html, opts) {
  const clean = removePrerender(html)
  const id = PRERENDER_ID
  const cfg = { id, colorSchema: opts.colorSchema ?? 'auto', width: opts.size.width, height: opts.size.height }
  const boot = `(${prerenderBoot.toString()})(${JSON.stringify(cfg)},${showsFirstSlide.toString()})`
  const preloads = opts.fonts
    .map(f => typeof f === 'string' ? { href: f } : f)
    .filter(f => !clean.includes(`href="${f.href}"`))
    .map(f => `<link rel="preload" as="font" type="font/woff2" crossorigin=""${f.low ? ' fetchpriority="low"' : ''} href="${f.href}">`)
  const head = `${START}<style>${prerenderCss({ id, frame: opts.frame, size: opts.size })}\n${opts.css ?? ''}</style><script>${boot}</script>${preloads.join('')}${END}\n`
  const lightClass = opts.dark ? 'deck-pr-light deck-pr-has-dark' : 'deck-pr-light'
  const body = `${START}<div id="${id}"><div class="deck-pr-slide"><div class="${lightClass}">${opts.light}</div>`
    + `${opts.dark ? `<div class="deck-pr-dark">${opts.dark}</div>` : ''}</div></div>${END}\n`
  if (!/<head>/.test(clean) || !/<body>/.test(clean))
    throw new Error('index.html has no <head> or <body> to write the prerender into')
  // after the charset and viewport metas (the charset must stay in the first 1024 bytes)
  const viewport = clean.match(/<meta name="viewport"[^>]*>\n?/)
  const withHead = viewport
    ? clean.replace(viewport[0], `${viewport[0]}${head}`)
    : clean.replace('<head>', `<head>\n${head}`)
  return withHead.replace('<body>', `<body>${body}`)
}
