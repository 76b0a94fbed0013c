// One cold run of a built deck in headless Chromium: a fresh browser context (empty HTTP cache,
// no service worker) opens slide 1, waits until the network is idle, then walks every slide with
// ArrowDown (Slidev's "next slide"), and on chart slides steps to the last click and sweeps the mouse
// across each chart's SVG in a grid while long tasks are recorded.
import { pageProbe } from './page-probe.mjs'

const IDLE_QUIET_MS = 1000
// Slidev mounts every slide 3 s after the deck starts (SlidesShow.vue), so "until idle" waits past it.
const SLIDEV_PRELOAD_ALL_MS = 3000

const wait = ms => new Promise(r => setTimeout(r, ms))

function trackInflight(page) {
  let inflight = 0
  let lastChange = Date.now()
  const up = () => { inflight += 1; lastChange = Date.now() }
  const down = () => { inflight = Math.max(0, inflight - 1); lastChange = Date.now() }
  page.on('request', up)
  page.on('requestfinished', down)
  page.on('requestfailed', down)
  return async ({ notBefore, timeoutMs = 30_000 }) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (Date.now() >= notBefore && inflight === 0 && Date.now() - lastChange >= IDLE_QUIET_MS)
        return true
      await wait(100)
    }
    return false
  }
}

async function hoverChart(page, svg, grid) {
  const box = await svg.boundingBox()
  if (!box)
    return null
  const mark = await page.evaluate(() => performance.now())
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const col = r % 2 ? grid.cols - 1 - c : c // serpentine: the pointer never jumps back
      const x = box.x + box.width * (col + 0.5) / grid.cols
      const y = box.y + box.height * (r + 0.5) / grid.rows
      await page.mouse.move(x, y, { steps: 3 })
    }
  }
  await wait(150)
  const { tasks, events } = await page.evaluate(m => ({
    tasks: window.__bench.longTasks.filter(t => t.start >= m),
    events: window.__bench.events.filter(e => e.start >= m),
  }), mark)
  await page.mouse.move(2, 2)
  return {
    points: grid.rows * grid.cols,
    longTasks: tasks.length,
    maxLongTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    // the chart's own handlers: the longest processing time of any input event during the sweep
    maxHandlerMs: events.reduce((m, e) => Math.max(m, e.processing), 0),
  }
}

/**
 * @param {import('playwright-chromium').Browser} browser
 * @param {{ url: string, slides: { no: number, clicks?: number }[], navigate: boolean, hover: boolean,
 *           grid?: { cols: number, rows: number }, colorScheme?: 'light' | 'dark' }} opts
 */
export async function coldRun(browser, opts) {
  const grid = opts.grid ?? { cols: 10, rows: 6 }
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: opts.colorScheme ?? 'light',
    serviceWorkers: 'block',
  })
  const errors = []
  try {
    const page = await context.newPage()
    page.on('pageerror', e => errors.push(e.message))
    await page.addInitScript(pageProbe)
    const waitIdle = trackInflight(page)
    const started = Date.now()
    await page.goto(`${opts.url}#/1`, { waitUntil: 'commit' })
    const firstSlideMs = await page.evaluate(() => window.__bench.waitDrawn(1))
    // Slidev's own slide 1 (mounted, keys work): later than the prerendered one where there is one
    const appSlideMs = await page.evaluate(() => window.__bench.waitDrawn(1, 30_000, true))
    const first = await page.evaluate(t => window.__bench.traffic(t), firstSlideMs)
    const longTasksBeforeFirst = await page.evaluate(t => window.__bench.longTasks.filter(x => x.start < t).map(x => x.duration), firstSlideMs)
    const idle = await waitIdle({ notBefore: started + firstSlideMs + SLIDEV_PRELOAD_ALL_MS + 300 })
    const total = await page.evaluate(() => window.__bench.traffic())

    const nav = []
    const hovers = []
    const slideInfo = new Map(opts.slides.map(s => [s.no, s]))
    const visit = async (no) => {
      const contents = await page.evaluate(n => window.__bench.contents(n), no)
      if (!opts.hover || contents.charts.length === 0)
        return contents
      const clicks = slideInfo.get(no)?.clicks ?? 0
      for (let k = 0; k < clicks; k++) {
        await page.keyboard.press('ArrowRight')
        await wait(60)
      }
      await page.evaluate(n => window.__bench.waitDrawn(n), no)
      await wait(800) // let the step transitions finish before measuring
      const svgs = page.locator(`.slidev-page-${no} [data-chart] svg[role="img"]`)
      const count = await svgs.count()
      for (let i = 0; i < count; i++) {
        const svg = svgs.nth(i)
        if (!(await svg.isVisible()))
          continue
        const result = await hoverChart(page, svg, grid)
        if (result)
          hovers.push({ slide: no, chart: contents.charts[i] ?? `#${i}`, ...result })
      }
      return contents
    }
    const c1 = await visit(1)
    if (opts.navigate) {
      let prevContents = c1
      for (const { no } of opts.slides.slice(1)) {
        await page.keyboard.press('ArrowDown')
        const drawnAt = await page.evaluate(n => window.__bench.waitDrawn(n), no)
        const keyAt = await page.evaluate(() => window.__bench.keyAt)
        const contents = await visit(no)
        nav.push({ from: no - 1, to: no, ms: drawnAt - keyAt, charts: contents.charts, mermaid: contents.mermaid })
        prevContents = contents
      }
      void prevContents
    }
    return {
      firstSlideMs,
      appSlideMs,
      fcpMs: total.fcp,
      before: first.before,
      total: total.total,
      idleReached: idle,
      idleMs: total.lastResponseEnd,
      longTasksBeforeFirst,
      nav,
      hovers,
      errors,
      wallMs: Date.now() - started,
    }
  }
  finally {
    await context.close()
  }
}
