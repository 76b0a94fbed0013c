#!/usr/bin/env node
// `node scripts/check-slides.mjs [--dir dist]`: opens every slide of a built deck, at its last click,
// in one headless Chromium on a loopback server, and fails naming the slide and the cause on
//   - an uncaught error or a console error while the slide draws (a component that throws, …);
//   - a slide whose code failed to load (a data module whose validation throws, a missing chunk):
//     Slidev then shows its error placeholder, which says "Failed to fetch this slide. Please check
//     your network connection." whatever the cause; the real cause is in its console log;
//   - an unresolved component (`<NoSuchChart />`), which Vue leaves in the page as an unknown element;
//   - a request that fails (404 of a chunk) or leaves loopback, a chart that never finishes drawing.
// `npm run build` runs it after `slidev build` (skip with --no-check).
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { probeSlide, slidesDrawn } from './slide-probe.mjs'
import { MERMAID_CONTAINER_ID, SLIDE_ERROR_TEXTS, SLIDE_LAYOUT_CLASS, SLIDE_LOAD_ERROR_LOG, SLIDE_LOADER_BUILT, SLIDE_LOADING_CLASS, SLIDE_NAME_PATTERN, SLIDE_PAGE_CLASS_PREFIX } from './slidev-internals.mjs'
import { startStaticServer } from './static-server.mjs'

/** The slides as the deck numbers them (hidden and disabled ones are not routed), read with Slidev's parser. */
export async function deckSlides(entry = 'slides.md') {
  const { load } = await import('@slidev/parser/fs')
  const file = resolve(entry)
  const root = resolve(file, '..')
  const data = await load({ roots: [root], userRoot: root }, file)
  return data.slides
    .filter(s => !s.frontmatter?.hide && !s.frontmatter?.disabled)
    .map((s, i) => ({
      no: i + 1,
      title: s.title ?? s.frontmatter?.title ?? '',
      file: (s.source?.filepath ?? file).replace(`${root}/`, ''),
      content: s.content ?? '',
    }))
}

/**
 * Which slide each built chunk belongs to (chunk file → slide numbers), from Slidev's slide loaders in
 * the entry chunk (`componentsCache[i] ??= await import('./md-….js')`, slide i + 1: this names a chunk
 * even when it is missing) and from the component name each slide chunk carries (`….md__slidev_<no>`).
 */
function chunkSlides(dist) {
  const map = new Map()
  const note = (f, no) => map.set(f, [...new Set([...(map.get(f) ?? []), no])])
  const assets = join(dist, 'assets')
  for (const f of readdirSync(assets).filter(f => f.endsWith('.js'))) {
    const code = readFileSync(join(assets, f), 'utf8')
    for (const m of code.matchAll(SLIDE_LOADER_BUILT))
      note(m[2], Number(m[1]) + 1)
    for (const m of code.matchAll(/__name:\s*[`'"]([\w./-]+?)[`'"]/g)) {
      const no = m[1].match(SLIDE_NAME_PATTERN)?.[1]
      if (no)
        note(f, Number(no))
    }
  }
  return map
}

/** an error's first line (name and message), without the minified stack */
const short = s => (s.split('\n').find(l => l.trim()) ?? '').replace(/\s+at\s+\S+\s+\(?https?:\/\/.*$/, '').trim().slice(0, 400)

/**
 * @param {{ dir: string, entry?: string, browserPath?: string, timeout?: number, log?: (s: string) => void }} opts
 * @returns {Promise<{ slides: number, problems: string[], ms: number }>}
 */
export async function checkBuiltSlides({ dir, entry = 'slides.md', browserPath, timeout = 15_000, log = () => {} }) {
  const started = Date.now()
  const dist = resolve(dir)
  const slides = await deckSlides(entry)
  const chunks = chunkSlides(dist)
  const server = await startStaticServer({ dir: dist })
  const { chromium } = await import('playwright-chromium')
  const browser = await chromium.launch({ executablePath: browserPath ?? findBrowser().path, args: CHROMIUM_ARGS })
  /** problems by slide number (0: not tied to a slide) */
  const found = new Map()
  const add = (no, line) => {
    const list = found.get(no) ?? []
    if (!list.includes(line))
      list.push(line)
    found.set(no, list)
  }
  let current = 0
  /** the slides whose built chunk a stack trace or URL passes through */
  const chunkNos = (text) => {
    const nos = new Set()
    for (const [, f] of text.matchAll(/\/assets\/([\w.-]+\.js)/g))
      for (const no of chunks.get(f) ?? []) nos.add(no)
    return [...nos]
  }
  /** a stack frame in one slide's chunk names that slide; otherwise blame the slide being drawn */
  const culprit = (text) => {
    const nos = chunkNos(text)
    return nos.length === 1 ? nos[0] : current
  }
  /**
   * Why a slide's code failed to load (Slidev's loader logs it; a chunk request fails): reported with
   * the slide that shows the error placeholder, since Slidev preloads slides before they are shown.
   * @type {{ text: string, nos: number[] }[]}
   */
  const loadFailures = []
  const attributed = new Set()
  const failedLoad = (text, nos) => {
    if (!attributed.has(text) && !loadFailures.some(f => f.text === text))
      loadFailures.push({ text, nos })
  }
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue()
      add(current, `requests ${url}, off this host (the deck must work offline)`)
      return route.abort('blockedbyclient')
    })
    page.on('pageerror', err => add(culprit(err.stack ?? ''), `uncaught error: ${short(err.stack ?? err.message)}`))
    page.on('console', async (msg) => {
      if (msg.type() !== 'error')
        return
      const text = msg.text()
      if (text.startsWith('Failed to load resource'))
        return // the response handler below names the URL
      if (text.startsWith(SLIDE_LOAD_ERROR_LOG)) {
        // console.error('slide failed to load', e): the stack (in the argument) runs through the slide's chunk
        const stack = await msg.args()[1]?.evaluate(e => (e instanceof Error ? (e.stack ?? e.message) : String(e))).catch(() => '') || text
        failedLoad(short(stack.startsWith(SLIDE_LOAD_ERROR_LOG) ? stack.slice(SLIDE_LOAD_ERROR_LOG.length) : stack), chunkNos(stack))
        return
      }
      add(culprit(`${text} ${msg.location()?.url ?? ''}`), `console error: ${short(text)}`)
    })
    page.on('response', (res) => {
      if (res.status() < 400)
        return
      if (/\/assets\/[^/]+\.js$/.test(new URL(res.url()).pathname))
        failedLoad(`HTTP ${res.status()} for ${res.url()}`, chunkNos(res.url()))
      else
        add(current, `HTTP ${res.status()} for ${res.url()}`)
    })
    page.on('requestfailed', (req) => {
      const why = req.failure()?.errorText
      if (why !== 'net::ERR_BLOCKED_BY_CLIENT' && why !== 'net::ERR_ABORTED')
        add(current, `request failed: ${req.url()} (${why})`)
    })

    await page.goto(`${server.url}#/1`, { waitUntil: 'load', timeout: 60_000 })
    for (const slide of slides) {
      current = slide.no
      await page.evaluate(no => (location.hash = `#/${no}?clicks=999`), slide.no)
      const frame = `.${SLIDE_PAGE_CLASS_PREFIX}${slide.no}`
      // until it is drawn; a slide that threw is not waited for (it may never draw its layout)
      const deadline = Date.now() + timeout
      let drawn = false
      while (!drawn && Date.now() < deadline && !found.has(slide.no)) {
        drawn = await page.evaluate(slidesDrawn, { selector: frame, errorTexts: SLIDE_ERROR_TEXTS, loadingClass: SLIDE_LOADING_CLASS, layoutClass: SLIDE_LAYOUT_CLASS, mermaidId: MERMAID_CONTAINER_ID })
        if (!drawn)
          await page.waitForTimeout(50)
      }
      if (!drawn && !found.has(slide.no)) {
        const state = await page.evaluate(({ frame, loading, layout }) => {
          const el = document.querySelector(frame)
          if (!el)
            return 'never appeared'
          if (el.querySelector(`.${loading}`) || !el.querySelector(`.${layout}`))
            return 'was still loading'
          const chart = el.querySelector('[data-chart]:not([data-ready])')
          if (chart)
            return `has a chart that never finished drawing (${chart.getAttribute('data-chart') || chart.className})`
          return 'did not finish drawing'
        }, { frame, loading: SLIDE_LOADING_CLASS, layout: SLIDE_LAYOUT_CLASS })
        add(slide.no, `${state} after ${timeout / 1000} s`)
      }
      const probe = await page.evaluate(probeSlide, { selector: frame, errorTexts: SLIDE_ERROR_TEXTS })
      for (let line of probe) {
        if (line.startsWith('shows Slidev')) {
          const causes = []
          for (let i = loadFailures.length - 1; i >= 0; i--) {
            const f = loadFailures[i]
            if (f.nos.includes(slide.no) || !f.nos.length) {
              causes.unshift(f.text)
              attributed.add(f.text)
              loadFailures.splice(i, 1)
            }
          }
          line += causes.length
            ? `\n      its code failed to load because: ${causes.join('\n      and: ')}`
            : '\n      its code failed to load (no cause was logged: a missing or corrupt chunk?)'
        }
        const tag = line.match(/^contains <([\w-]+)>/)?.[1]
        if (tag) {
          // the Markdown spells the component's real name: <NoSuchChart>, not <nosuchchart>
          const spelt = slide.content.match(new RegExp(`<(${tag.replace(/-/g, '-?')})\\b`, 'i'))?.[1]
          if (spelt)
            line = line.replace(`<${tag}>`, `<${spelt}>`)
        }
        add(slide.no, line)
      }
      log(`slide ${slide.no}/${slides.length}`)
    }
    current = 0
    for (const { text, nos } of loadFailures) {
      if (!attributed.has(text))
        add(nos.length === 1 ? nos[0] : 0, `its code failed to load: ${text}`)
    }
    await context.close()
  }
  finally {
    await browser.close()
    await server.close()
  }
  const problems = []
  for (const [no, lines] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
    const s = slides[no - 1]
    const head = no ? `slide ${no} 「${s?.title ?? '?'}」 (${s?.file ?? '?'})` : 'the deck'
    problems.push(`${head}:\n    - ${lines.join('\n    - ')}`)
  }
  return { slides: slides.length, problems, ms: Date.now() - started }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, entry: { type: 'string', default: 'slides.md' } } })
  try {
    const r = await checkBuiltSlides({ dir: values.dir, entry: values.entry })
    if (r.problems.length) {
      console.error(`✗ ${r.problems.length} slide(s) of ${values.dir}/ do not draw cleanly:\n${r.problems.join('\n')}`)
      process.exit(1)
    }
    console.log(`✓ all ${r.slides} slides of ${values.dir}/ draw cleanly (${(r.ms / 1000).toFixed(1)} s)`)
  }
  catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
