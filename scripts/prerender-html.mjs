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
//
// Slidev's own tags that load the app's code (its entry script and module preloads) are held in a
// <template id="deck-app"> at the top of <head> (`holdApp`), and the boot script puts them into <head>
// itself (`start`); Slidev's stylesheets stay in <head>, render-blocking. Where the cover shows on a phone
// (`DEFER_MEDIA`: no hover, coarse pointer), it does that on the first touch, key or wheel, or by itself
// in the first idle moment `APP_IDLE_MS` after the cover was painted and the page loaded: until then the
// cover is static HTML and the phone's CPU and network are the cover's alone. Everywhere else (a
// desktop, a deep link, print) it starts as soon as the HTML is parsed, as Slidev's tags would.
// Keys pressed on the cover before the app has mounted are held and given to it once slide 1 is up, so
// a presenter's first → is never lost (and never counted twice).
export const PRERENDER_ID = 'deck-prerender'
export const APP_TEMPLATE_ID = 'deck-app'
/** where the app waits for a first input or an idle moment: a phone or tablet (no hover, coarse pointer) */
export const DEFER_MEDIA = '(hover: none) and (pointer: coarse)'
/** ms after the cover's first paint (and `load`) before a phone starts the app on its own, in an idle period */
export const APP_IDLE_MS = 4000
const START = '<!-- deck:prerender -->'
const END = '<!-- /deck:prerender -->'
/** where Slidev's app tags were in <head> */
const APP_PLACE = '<!-- deck:app -->'
const EXTRA_START = '<!-- deck:app-extra -->'
const EXTRA_END = '<!-- /deck:app-extra -->'
/**
 * Slidev's tags in <head> that load the app's code, with their indentation and line break. Its stylesheets
 * stay where they are, render-blocking: they carry the @font-face rules and the utility classes the
 * prerendered cover is drawn with.
 */
const APP_TAG = /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)\n?/g

/** Whether `hash` and `search` name the first slide's play view (the only address the prerender shows on). */
export function showsFirstSlide(hash, search) {
  if (/(?:^|[?&])(?:print|embedded)(?:[=&]|$)/.test(search.replace(/^\?/, '')))
    return false
  return /^(?:#\/?1?)?(?:\?.*)?$/.test(hash)
}

/**
 * Runs inline in <head> (stringified: self-contained, no imports or closures).
 * @param {{ id: string, app: string, defer: string, idleMs: number, colorSchema: 'auto' | 'light' | 'dark', width: number, height: number }} cfg
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
  // the app: Slidev's tags from the template into <head>
  let started = false
  const start = function () {
    if (started)
      return
    started = true
    // the template is parsed before this script (it comes first in <head>): the module preloads go in at
    // once, so the code downloads while the HTML is parsed; the entry script (like the deferred module
    // script it replaces) and then the mounted page's font preloads once the document is parsed
    const t = document.getElementById(cfg.app)
    if (!t)
      return // an index.html without the template: Slidev's own tags load the app
    const later = []
    for (const src of Array.from(t.content.children)) {
      const el = document.createElement(src.localName)
      for (const a of Array.from(src.attributes))
        el.setAttribute(a.name, a.value)
      if (src.localName === 'script') {
        // its own request first, ahead of its imports (a host with few connections serves them in order)
        const pre = document.createElement('link')
        pre.rel = 'modulepreload'
        pre.href = el.src
        pre.crossOrigin = el.getAttribute('crossorigin') || ''
        document.head.insertBefore(pre, document.head.firstChild)
        later.unshift(el)
      }
      else if (el.getAttribute('as') === 'font') {
        later.push(el) // faces of the mounted page: after the code
      }
      else {
        document.head.appendChild(el)
      }
    }
    const run = function () {
      for (const el of later)
        document.head.appendChild(el)
    }
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', run, { once: true })
    else
      run()
  }
  const kicks = ['pointerdown', 'touchstart', 'wheel']
  const kick = function () {
    for (const type of kicks)
      window.removeEventListener(type, kick, true)
    start()
  }
  // keys pressed on the cover before slide 1 is mounted: kept from Slidev (its listeners may already be
  // there, its slide not), given to it once slide 1 is up
  const held = []
  const hold = function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.key === 'Tab' || /^F\d+$/.test(e.key))
      return start()
    held.push({ key: e.key, code: e.code, shiftKey: e.shiftKey, bubbles: true, cancelable: true })
    e.preventDefault()
    e.stopImmediatePropagation()
    start()
  }
  if (on)
    window.addEventListener('keydown', hold, true)
  if (on && window.matchMedia(cfg.defer).matches) {
    for (const type of kicks)
      window.addEventListener(type, kick, { capture: true, passive: true })
    // by itself: `idleMs` after the cover has been painted and the page has loaded, in an idle period (a
    // tab opened in the background paints, and so starts, once it is shown)
    const painted = new Promise(function (resolve) {
      try {
        const po = new PerformanceObserver(function (list) {
          if (list.getEntries().some(function (e) { return e.name === 'first-contentful-paint' })) {
            po.disconnect()
            resolve()
          }
        })
        po.observe({ type: 'paint', buffered: true })
      }
      catch {
        resolve() // no paint timing: load alone
      }
    })
    const loaded = new Promise(function (resolve) {
      if (document.readyState === 'complete')
        resolve()
      else
        window.addEventListener('load', resolve, { once: true })
    })
    Promise.all([painted, loaded]).then(function () {
      setTimeout(function () {
        if ('requestIdleCallback' in window)
          requestIdleCallback(kick, { timeout: 1000 })
        else
          kick()
      }, cfg.idleMs)
    })
  }
  else {
    start()
  }
  let done = false
  const remove = function () {
    const el = document.getElementById(cfg.id)
    if (el && el.parentNode)
      el.parentNode.removeChild(el)
    done = true
    d.classList.add('deck-pr-off')
    window.removeEventListener('resize', fit)
    window.removeEventListener('hashchange', moved)
    window.removeEventListener('keydown', hold, true)
    observer.disconnect()
    start()
    if (held.length) {
      const keys = held.splice(0)
      setTimeout(function () {
        const target = document.activeElement || document.body
        for (const k of keys) {
          target.dispatchEvent(new KeyboardEvent('keydown', k))
          target.dispatchEvent(new KeyboardEvent('keyup', k))
        }
      }, 0)
    }
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
  const held = html.match(new RegExp(`<template id="${APP_TEMPLATE_ID}">([\\s\\S]*?)</template>`))
  const tags = held ? held[1].replace(new RegExp(`${EXTRA_START}[\\s\\S]*?${EXTRA_END}`), '') : ''
  return (held ? html.replace(APP_PLACE, () => tags) : html).replace(re, '')
}

/**
 * Slidev's app tags in <head> (entry script, module preloads) taken out of `html`, a placeholder where
 * the first of them was (`removePrerender` puts them back there), and returned as a
 * <template id="deck-app"> for the top of <head>, where the boot script finds them (`start` above).
 * `extra`: more tags for the template (marked, so `removePrerender` drops them).
 * @returns {{ html: string, template: string }}
 */
export function holdApp(html, extra = '') {
  const end = html.indexOf('</head>')
  const head = html.slice(0, end)
  const tags = head.match(APP_TAG) ?? []
  if (!tags.some(t => t.includes('<script type="module"')))
    throw new Error('index.html: no <script type="module"> (Slidev\'s entry) in <head> to hold for the prerender\'s boot')
  const at = head.indexOf(tags[0])
  const rest = head.replace(APP_TAG, '')
  const template = `<template id="${APP_TEMPLATE_ID}">${tags.join('')}${extra ? `${EXTRA_START}${extra}${EXTRA_END}` : ''}</template>`
  return { html: rest.slice(0, at) + APP_PLACE + rest.slice(at) + html.slice(end), template }
}

/**
 * index.html with the prerender: style and boot script at the top of <head>, preloads for `fonts`
 * not preloaded yet, the slide at the top of <body>.
 * @param {string} html
 * @param {{ light: string, dark: string | null, frame: { light: object, dark: object }, size: { width: number, height: number }, fonts: (string | { href: string, low?: boolean })[], css?: string, colorSchema?: string }} opts
 */
export function injectPrerender(html, opts) {
  const clean = removePrerender(html)
  if (!/<head>/.test(clean) || !/<body>/.test(clean))
    throw new Error('index.html has no <head> or <body> to write the prerender into')
  const id = PRERENDER_ID
  const cfg = { id, app: APP_TEMPLATE_ID, defer: DEFER_MEDIA, idleMs: APP_IDLE_MS, colorSchema: opts.colorSchema ?? 'auto', width: opts.size.width, height: opts.size.height }
  const boot = `(${prerenderBoot.toString()})(${JSON.stringify(cfg)},${showsFirstSlide.toString()})`
  const fonts = opts.fonts.map(f => typeof f === 'string' ? { href: f } : f).filter(f => !clean.includes(`href="${f.href}"`))
  const preload = f => `<link rel="preload" as="font" type="font/woff2" crossorigin=""${f.low ? ' fetchpriority="low"' : ''} href="${f.href}">`
  // the cover's own fonts now; the faces only the mounted page uses (low priority) come with the app
  const preloads = fonts.filter(f => !f.low).map(preload)
  const { html: withApp, template } = holdApp(clean, fonts.filter(f => f.low).map(preload).join(''))
  const head = `${START}${template}<style>${prerenderCss({ id, frame: opts.frame, size: opts.size })}\n${opts.css ?? ''}</style><script>${boot}</script>${preloads.join('')}${END}\n`
  const lightClass = opts.dark ? 'deck-pr-light deck-pr-has-dark' : 'deck-pr-light'
  const body = `${START}<div id="${id}"><div class="deck-pr-slide"><div class="${lightClass}">${opts.light}</div>`
    + `${opts.dark ? `<div class="deck-pr-dark">${opts.dark}</div>` : ''}</div></div>${END}\n`
  // after the charset and viewport metas (the charset must stay in the first 1024 bytes)
  const viewport = withApp.match(/<meta name="viewport"[^>]*>\n?/)
  const withHead = viewport
    ? withApp.replace(viewport[0], `${viewport[0]}${head}`)
    : withApp.replace('<head>', `<head>\n${head}`)
  return withHead.replace('<body>', `<body>${body}`)
}
