import type { Browser, BrowserContextOptions, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { APP_IDLE_MS, PRERENDER_ID } from '../../scripts/prerender-html.mjs'
import { loadHeadmatter } from '../deck'
import { deckUrl, waitForSlide } from './fixtures'

// The first slide is written into index.html at build time (scripts/prerender.mjs, issue 14), so the
// cover paints before any script runs. Correctness only (timings are the bench's): it is the real first
// slide, the app takes over without a layout shift, a deep link never shows it, dark never flashes light.

const SEL = `#${PRERENDER_ID}`

/** The deck's entry script held back, so the prerender stays up for a while, as on a slow phone. */
async function slowScripts(page: Page, ms = 700) {
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise(r => setTimeout(r, ms))
    await route.continue()
  })
}

interface Frame { t: number, prerender: boolean, app: boolean, title: { x: number, y: number, w: number, h: number } | null, bg: string }
interface Record { frames: Frame[], shifts: number, removed: boolean }

/**
 * Init script: on every animation frame from the first one, whether the prerender is visible, where its
 * title is, and the background colour behind the slide; plus the sum of layout shifts.
 */
function recordFrames(sel: string) {
  const rec: Record = { frames: [], shifts: 0, removed: false }
  ;(window as unknown as { __pr: Record }).__pr = rec
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number, hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput)
        rec.shifts += e.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
  // the colour behind the slide's text: the prerendered slide while it shows, then Slidev's slide, else
  // the page (a transparent page is the browser's canvas: dark only under color-scheme dark)
  const opaque = (c: string) => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)
  const painted = (pre: Element | null) => {
    for (const el of [pre?.querySelector('.deck-pr-slide'), document.getElementById('slide-content'), document.body, document.documentElement]) {
      if (!el)
        continue
      const bg = getComputedStyle(el).backgroundColor
      if (opaque(bg))
        return bg
    }
    return getComputedStyle(document.documentElement).colorScheme.includes('dark') ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)'
  }
  const tick = () => {
    const el = document.querySelector(sel)
    const visible = !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0
    const h1 = visible ? el!.querySelector('h1') : null
    const r = h1?.getBoundingClientRect()
    if (document.body)
      rec.frames.push({ t: performance.now(), prerender: visible, app: !!document.querySelector('#app .slidev-page-1 .slidev-layout'), title: r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null, bg: painted(visible ? el : null) })
    if (rec.frames.length > 0 && !el && document.querySelector('#app .slidev-page'))
      rec.removed = true
    if (performance.now() < 15_000)
      requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
const record = (page: Page) => page.evaluate(() => (window as unknown as { __pr: Record }).__pr)

async function open(browser: Browser, path: string, opts: BrowserContextOptions & { slow?: boolean | number, stored?: string } = {}) {
  const { slow = true, stored, ...ctx } = opts
  const context = await browser.newContext({ viewport: { width: 980, height: 552 }, ...ctx })
  const page = await context.newPage()
  if (stored)
    await page.addInitScript(v => localStorage.setItem('slidev-color-schema', v), stored)
  await page.addInitScript(recordFrames, SEL)
  if (slow)
    await slowScripts(page, slow === true ? undefined : slow)
  await page.goto(deckUrl(path))
  return { context, page }
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim()

/** relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour */
function luminance(color: string) {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number).map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

test('index.html as served, before any script, holds the cover\'s real text', async ({ browser, request }) => {
  const html = await (await request.get(deckUrl())).text()
  expect(html, 'the prerender is in the served HTML').toContain(`id="${PRERENDER_ID}"`)

  // the page with JavaScript disabled: only the prerender can show anything
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 980, height: 552 } })
  const p = await noJs.newPage()
  await p.goto(deckUrl('#/1'))
  await expect(p.locator(SEL)).toBeVisible()
  await expect(p.locator(`${SEL} h1`)).toBeVisible()
  const prerendered = norm(await p.locator(SEL).innerText())
  await noJs.close()

  const { context, page } = await open(browser, '#/1', { slow: false })
  await waitForSlide(page, 1)
  const mounted = norm(await page.locator('.slidev-page-1').first().innerText())
  expect(mounted.length).toBeGreaterThan(10)
  expect(prerendered).toBe(mounted)
  // the cover's heading (the deck's title) and the talk it reads
  for (const word of [String((await loadHeadmatter()).title).replace(/[？?]$/, ''), 'Ilya Sutskever'])
    expect(html).toContain(word)
  await context.close()
})

for (const viewport of [{ width: 980, height: 552 }, { width: 390, height: 844 }]) {
  test(`the app takes over with no layout shift, the title where the prerender drew it (${viewport.width}×${viewport.height})`, async ({ browser }) => {
    const { context, page } = await open(browser, '#/1', { viewport })
    await waitForSlide(page, 1)
    await expect.poll(async () => (await record(page)).removed, { message: 'the prerender is removed once the slide is mounted' }).toBe(true)
    await expect(page.locator(SEL)).toHaveCount(0)
    await page.waitForTimeout(1000)
    const rec = await record(page)
    const seen = rec.frames.filter(f => f.prerender && f.title)
    expect(seen.length, 'the prerender was painted before the app mounted').toBeGreaterThan(0)
    const before = seen.at(-1)!.title!
    const after = await page.locator('.slidev-page-1 h1').first().boundingBox()
    expect(after).not.toBeNull()
    for (const k of ['x', 'y', 'w', 'h'] as const) {
      const a = k === 'w' ? after!.width : k === 'h' ? after!.height : after![k]
      expect(Math.abs(a - before[k]), `title ${k}: prerender ${before[k]}, mounted ${a}`).toBeLessThanOrEqual(1)
    }
    expect(rec.shifts, 'layout shift while the app took over').toBe(0)
    // no frame without the cover in between: from the first prerendered frame on, every frame shows
    // either the prerender or the mounted slide
    const from = rec.frames.findIndex(f => f.prerender)
    expect(rec.frames.slice(from).filter(f => !f.prerender && !f.app), 'frames with neither').toEqual([])
    await context.close()
  })
}

for (const path of ['#/13', '#/reader', '#/presenter/1', '?print#/print']) {
  test(`a deep link (${path}) never shows the cover`, async ({ browser }) => {
    const { context, page } = await open(browser, path)
    await page.waitForFunction(() => !!document.querySelector('#app .slidev-page, #app main, #app .slidev-layout'), null, { timeout: 20_000 })
    await page.waitForTimeout(500)
    const rec = await record(page)
    expect(rec.frames.length, 'frames were sampled from the first one').toBeGreaterThan(0)
    expect(rec.frames.filter(f => f.prerender), 'frames showing the prerendered cover').toEqual([])
    await expect(page.locator(SEL)).toHaveCount(0)
    await context.close()
  })
}

test('a deep link opened in a page already on the cover: the prerender goes away with the hash change', async ({ browser }) => {
  const { context, page } = await open(browser, '#/1', { slow: false })
  await waitForSlide(page, 1)
  await page.evaluate(() => (location.hash = '#/13'))
  await waitForSlide(page, 13)
  await expect(page.locator(SEL)).toHaveCount(0)
  await context.close()
})

for (const c of [
  { name: 'system dark', colorScheme: 'dark' as const, stored: undefined, dark: true },
  { name: 'stored dark on a light system', colorScheme: 'light' as const, stored: 'dark', dark: true },
  { name: 'stored light on a dark system', colorScheme: 'dark' as const, stored: 'light', dark: false },
]) {
  test(`colour scheme from the first frame: ${c.name}`, async ({ browser }) => {
    const { context, page } = await open(browser, '#/1', { colorScheme: c.colorScheme, stored: c.stored })
    await waitForSlide(page, 1)
    await page.waitForTimeout(300)
    const rec = await record(page)
    expect(rec.frames.length).toBeGreaterThan(0)
    expect(rec.frames.some(f => f.prerender), 'the prerender was painted').toBe(true)
    const wrong = rec.frames.filter(f => c.dark ? luminance(f.bg) > 0.2 : luminance(f.bg) < 0.5)
    expect(wrong, `frames painted ${c.dark ? 'light' : 'dark'}`).toEqual([])
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(c.dark)
    await context.close()
  })
}

// On a phone (no hover, coarse pointer) the cover stays static HTML until the first touch, key or wheel,
// or the first idle moment after load: the app's scripts do not compete with the cover for the phone.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** When (ms from navigation start) the page asked for Slidev's entry script, and when `load` fired. */
const entryTiming = (page: Page) => page.evaluate(() => {
  const entry = performance.getEntriesByType('resource').find(e => /\/assets\/index-[\w-]+\.js$/.test(e.name))
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
  return { entry: entry ? entry.startTime : null, load: nav ? nav.loadEventStart : null }
})

test('on a phone the cover is static HTML until the first touch, then the app takes over without a shift', async ({ browser }) => {
  const { context, page } = await open(browser, '#/1', { ...PHONE, slow: false })
  await page.waitForLoadState('load')
  await page.waitForTimeout(APP_IDLE_MS - 800)
  expect((await entryTiming(page)).entry, 'the app\'s entry script was fetched before any input or idle moment').toBeNull()
  // nothing but the cover's own files either: no script, and no font the cover's HTML does not preload
  // (the other faces are warmed only after the app has mounted)
  const early = await page.evaluate(() => {
    const preloaded = new Set([...document.querySelectorAll('head > link[rel="preload"][as="font"]')].map(l => (l as HTMLLinkElement).href))
    return performance.getEntriesByType('resource').map(e => e.name).filter(n => /\.js$/.test(n) || (/\.woff2$/.test(n) && !preloaded.has(n)))
  })
  expect(early, 'files fetched on the untouched cover').toEqual([])
  await expect(page.locator(`${SEL} h1`)).toBeVisible()
  await expect(page.locator('#app .slidev-page')).toHaveCount(0)
  await page.touchscreen.tap(195, 700)
  await waitForSlide(page, 1)
  await expect(page.locator(SEL)).toHaveCount(0)
  const rec = await record(page)
  expect(rec.shifts, 'layout shift while the app took over').toBe(0)
  await context.close()
})

for (const c of [
  { path: '#/1', no: 1, name: 'left alone on the cover, the app comes up by itself once the page has loaded', afterLoad: true },
  { path: '#/13', no: 13, name: 'a deep link (#/13) loads its slide at once, without waiting for a touch', afterLoad: false },
]) {
  test(`on a phone ${c.name}`, async ({ browser }) => {
    const { context, page } = await open(browser, c.path, { ...PHONE, slow: false })
    await waitForSlide(page, c.no)
    const t = await entryTiming(page)
    expect(t.entry, 'the entry script was fetched').not.toBeNull()
    if (c.afterLoad)
      expect(t.entry!, 'the entry script was asked for after load, not during it').toBeGreaterThan(t.load!)
    else
      expect(t.entry!, 'the entry script was asked for while the page loaded').toBeLessThan(t.load!)
    await expect(page.locator(SEL)).toHaveCount(0)
    await context.close()
  })
}

test('a key pressed on the cover before the app has mounted is given to it once: → opens slide 2, not 3', async ({ browser }) => {
  const { context, page } = await open(browser, '#/1', { slow: 1500 })
  await expect(page.locator(`${SEL} h1`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await waitForSlide(page, 2)
  await page.waitForTimeout(800)
  await expect(page).toHaveURL(/#\/2(?:\?|$)/)
  await context.close()
})
