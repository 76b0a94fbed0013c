#!/usr/bin/env node
// `node scripts/prerender.mjs [--dir dist]` (run by `npm run build` right after `slidev build`, issue 14):
// writes the first slide, as the built deck draws it, into index.html, so a browser paints the cover
// from the HTML and CSS alone, before any script has run; when Slidev mounts, it takes over in the same
// task (no frame in between, no layout shift).
//   1. serves the build on loopback and opens `#/1` in headless Chromium at the slide's own size, in light
//      and in dark, and waits until slide 1 is drawn (fonts loaded, charts ready): whatever slide 1 renders
//      at build time (e.g. a QR code an env var adds) is what goes in;
//   2. takes slide 1's DOM (its Slidev page wrapper renamed so nothing mistakes it for the live slide:
//      no `slidev-page-1` class, no ids) and the computed colours and fonts of the frame around it;
//   3. writes into index.html: an inline <style> and <script> at the top of <head> and the slide at the
//      top of <body> (scripts/prerender-html.mjs), preloads for the font files the prerendered slide loads
//      (found by opening it with the deck's scripts blocked), and the service worker's precache revision
//      of index.html;
//   4. checks it: with the deck's scripts blocked, at 980×552 and 390×844, every element of the
//      prerendered slide must sit where the mounted slide's does (±1 px) and carry the same text, or the
//      build fails naming the element.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { injectPrerender, PRERENDER_ID, removePrerender } from './prerender-html.mjs'
import { probeSlide, slidesDrawn } from './slide-probe.mjs'
import { MERMAID_CONTAINER_ID, SLIDE_ERROR_TEXTS, SLIDE_LAYOUT_CLASS, SLIDE_LOADING_CLASS, SLIDE_PAGE_CLASS, SLIDE_PAGE_CLASS_PREFIX } from './slidev-internals.mjs'
import { startStaticServer } from './static-server.mjs'

const CANVAS = { width: 980, height: 552 }
const CHECK_VIEWPORTS = [{ width: 980, height: 552 }, { width: 390, height: 844 }]

/** the mounted slide 1 (Slidev's page wrapper of slide 1 inside the app) */
const SLIDE_ONE = `#app .${SLIDE_PAGE_CLASS_PREFIX}1`

/** In the page: slide 1's DOM, renamed, and the styles of the frame around it. */
function captureSlideOne({ selector, pageClasses }) {
  const page = document.querySelector(selector)
  const content = document.getElementById('slide-content')
  const container = document.getElementById('slide-container')
  const clone = page.cloneNode(true)
  clone.classList.remove(...pageClasses)
  clone.classList.add('deck-pr-page')
  clone.removeAttribute('style')
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    el.removeAttribute('id')
    el.removeAttribute('tabindex')
    if (el.localName === 'a')
      el.setAttribute('tabindex', '-1')
  }
  const cs = getComputedStyle(content)
  const inherited = ['font-family', 'font-size', 'line-height', 'color', 'letter-spacing', 'font-feature-settings', '-webkit-font-smoothing', 'text-rendering']
  const fonts = performance.getEntriesByType('resource').map(e => e.name).filter(n => /\.woff2(?:$|\?)/.test(n)).map(n => new URL(n).pathname)
  return {
    html: clone.outerHTML,
    sheets: [...document.styleSheets].map(sh => sh.href).filter(Boolean).map(h => new URL(h).pathname),
    styles: [...document.querySelectorAll('style')].map(el => el.textContent || ''),
    frame: {
      container: getComputedStyle(container).backgroundColor,
      slide: cs.backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
      text: Object.fromEntries(inherited.map(p => [p, cs.getPropertyValue(p)])),
    },
    fonts,
    dark: document.documentElement.classList.contains('dark'),
    size: { width: content.offsetWidth, height: content.offsetHeight },
  }
}

/** In the page: the boxes and texts of every element in the slide under `rootSelector`. */
function slideBoxes(rootSelector) {
  const root = document.querySelector(rootSelector)
  if (!root)
    return null
  const els = [root, ...root.querySelectorAll('*')]
  return els.map((el) => {
    const r = el.getBoundingClientRect()
    return { tag: el.localName, text: el.children.length ? '' : (el.textContent || '').trim().slice(0, 40), x: r.x, y: r.y, w: r.width, h: r.height }
  })
}

/** Differences (> tolerance px or other text) between two box lists, as readable lines. */
export function compareBoxes(mounted, pre, tolerance = 1) {
  if (!mounted || !pre)
    return [`${mounted ? 'prerendered' : 'mounted'} slide not found`]
  if (mounted.length !== pre.length)
    return [`the prerendered slide has ${pre.length} elements, the mounted one ${mounted.length}`]
  const out = []
  mounted.forEach((m, i) => {
    const p = pre[i]
    if (m.tag !== p.tag || m.text !== p.text)
      out.push(`element ${i} <${m.tag}> "${m.text}" is <${p.tag}> "${p.text}" in the prerender`)
    else if (['x', 'y', 'w', 'h'].some(k => Math.abs(m[k] - p[k]) > tolerance))
      out.push(`element ${i} <${m.tag}> "${m.text}": mounted at ${[m.x, m.y, m.w, m.h].map(v => v.toFixed(1)).join(',')}, prerendered at ${[p.x, p.y, p.w, p.h].map(v => v.toFixed(1)).join(',')}`)
  })
  return out
}

/** Slide 1 mounted by the deck and drawn (scripts/slide-probe.mjs, as the render check waits), fonts too. */
async function openDrawn(browser, url, { viewport, colorScheme }) {
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', e => errors.push(e.message))
  await page.goto(`${url}#/1`)
  const drawn = { selector: SLIDE_ONE, errorTexts: SLIDE_ERROR_TEXTS, loadingClass: SLIDE_LOADING_CLASS, layoutClass: SLIDE_LAYOUT_CLASS, mermaidId: MERMAID_CONTAINER_ID }
  await page.waitForFunction(slidesDrawn, drawn, { timeout: 30_000, polling: 'raf' })
  await page.waitForFunction(() => document.fonts.status === 'loaded', null, { timeout: 30_000, polling: 'raf' })
  errors.push(...await page.evaluate(probeSlide, { selector: SLIDE_ONE, errorTexts: SLIDE_ERROR_TEXTS }))
  if (errors.length)
    throw new Error(`slide 1 cannot be prerendered: ${errors.join(' | ')}`)
  return { context, page }
}

/** The prerender alone: index.html as served, the deck's scripts blocked, once its fonts have loaded. */
async function openPrerenderOnly(browser, url, { viewport, colorScheme }) {
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.route(/\/assets\/.*\.js$/, r => r.abort())
  await page.goto(`${url}#/1`)
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.readyState === 'complete')
  return { context, page }
}

export async function prerenderFirstSlide({ dir = 'dist', browserPath = findBrowser().path, log = console.log } = {}) {
  const root = resolve(dir)
  const indexFile = join(root, 'index.html')
  const original = removePrerender(readFileSync(indexFile, 'utf8'))
  writeFileSync(indexFile, original)
  const server = await startStaticServer({ dir: root })
  const { chromium } = await import('playwright-chromium')
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const captures = {}
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await openDrawn(browser, server.url, { viewport: CANVAS, colorScheme })
      captures[colorScheme] = await page.evaluate(captureSlideOne, { selector: SLIDE_ONE, pageClasses: [`${SLIDE_PAGE_CLASS_PREFIX}1`, SLIDE_PAGE_CLASS] })
      await context.close()
    }
    const { light, dark } = captures
    if (!light.html.includes(SLIDE_LAYOUT_CLASS))
      throw new Error('slide 1 has no Slidev layout to prerender')
    // stylesheets slide 1 loaded with its code (its own <style>, its layout's): inlined, so the first
    // paint does not wait for a script to ask for them
    const linked = new Set([...original.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(m => m[1]))
    const extra = [...new Set([...light.sheets, ...dark.sheets])].filter(h => !linked.has(h))
    const css = extra.map(h => readFileSync(join(root, decodeURI(h).slice(server.base.length)), 'utf8'))
    log(`[prerender] inlining ${extra.length} stylesheet(s) slide 1 loads with its code: ${extra.join(', ')}; runtime <style> elements: ${light.styles.length}`)
    const prerender = fonts => injectPrerender(original, {
      css: css.join('\n'),
      light: light.html,
      dark: dark.html === light.html ? null : dark.html,
      frame: { light: light.frame, dark: dark.frame },
      size: light.size,
      fonts,
    })
    // preload only the font files the prerendered slide itself loads (the mounted page also loads faces for
    // Slidev's UI and the phone banner: preloaded, they would compete with the cover's CSS and fonts)
    writeFileSync(indexFile, prerender([]))
    const needed = new Set()
    for (const viewport of CHECK_VIEWPORTS) {
      for (const colorScheme of ['light', 'dark']) {
        const { context, page: p } = await openPrerenderOnly(browser, server.url, { viewport, colorScheme })
        for (const f of await p.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => /\.woff2(?:$|\?)/.test(n)).map(n => new URL(n).pathname)))
          needed.add(f)
        await context.close()
      }
    }
    // the faces the mounted page adds (Slidev's UI, the phone banner): preloaded too, at low priority, so
    // they are there before the mount (no font swap shifting the banner) without delaying the cover
    const later = [...new Set([...light.fonts, ...dark.fonts])].filter(f => !needed.has(f))
    const html = prerender([...[...needed].map(href => ({ href })), ...later.map(href => ({ href, low: true }))])
    writeFileSync(indexFile, html)
    log(`[prerender] fonts preloaded: for the prerendered slide ${[...needed].map(f => f.split('/').pop()).join(', ')}; at low priority for the mounted page ${later.length}`)

    // check: the prerender alone (the deck's scripts blocked) against the mounted slide
    const problems = []
    for (const viewport of CHECK_VIEWPORTS) {
      for (const colorScheme of ['light', 'dark']) {
        const { context, page } = await openDrawn(browser, server.url, { viewport, colorScheme })
        const mounted = await page.evaluate(slideBoxes, SLIDE_ONE)
        await context.close()
        const bare = await openPrerenderOnly(browser, server.url, { viewport, colorScheme })
        const pre = await bare.page.evaluate(slideBoxes, `#${PRERENDER_ID} .deck-pr-page`)
        await bare.context.close()
        for (const line of compareBoxes(mounted, pre))
          problems.push(`${viewport.width}×${viewport.height} ${colorScheme}: ${line}`)
      }
    }
    if (problems.length)
      throw new Error(`✗ the prerendered first slide differs from the mounted one:\n  ${problems.slice(0, 12).join('\n  ')}`)

    // the service worker precaches index.html by content revision (md5, as workbox computes it)
    const sw = join(root, 'sw.js')
    if (existsSync(sw)) {
      const md5 = createHash('md5').update(readFileSync(indexFile)).digest('hex')
      const code = readFileSync(sw, 'utf8')
      const next = code.replace(/(\{\s*"?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+(")/, `$1${md5}$2`)
      if (next === code && !code.includes(md5))
        throw new Error('sw.js: no precache entry for index.html to update')
      writeFileSync(sw, next)
    }
    log(`[prerender] slide 1 written into ${dir}/index.html (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB; ${dark.html === light.html ? 'one DOM for light and dark' : 'separate light and dark DOM'}; checked at ${CHECK_VIEWPORTS.map(v => `${v.width}×${v.height}`).join(', ')} in light and dark)`)
    return { bytes: Buffer.byteLength(html) }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } })
  prerenderFirstSlide({ dir: values.dir }).catch((error) => {
    console.error(error.message)
    process.exit(1)
  })
}
