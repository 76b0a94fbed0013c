import type { BrowserContext, Page } from '@playwright/test'
import type { PlantedDeck } from '../fixtures/planted-deck'
import { expect, test } from '@playwright/test'
import { freePort } from '../../scripts/free-port.mjs'
import { plantDeck } from '../fixtures/planted-deck'

// Presenting from the dev server (`npm run dev`), issue 10: the stopwatch starts by itself, bursts of
// key presses leave presenter and audience on the same step (and undo none), and a compile error shows
// Vite's overlay to the presenter only. A scratch copy of the deck with a few slides with clicks,
// served by `slidev` on a free loopback port for the whole file.
test.describe.configure({ mode: 'serial', timeout: 240_000 })

/** clicks of each slide of the scratch deck (slide 1 = the cover) */
const CLICKS = [0, 3, 2, 0, 0, 1]
const items = (n: number) => Array.from({ length: n }, (_, i) => `- 第 ${i + 1} 点`).join('\n')
const SLIDES = [
  `# 二\n\n<v-clicks>\n\n${items(3)}\n\n</v-clicks>\n\n<!--\n二。\n[click] 一\n[click] 二\n[click] 三\n-->\n`,
  `# 三\n\n<v-clicks>\n\n${items(2)}\n\n</v-clicks>\n\n<!--\n三。\n[click] 一\n[click] 二\n-->\n`,
  `# 四\n\n<!--\n四。\n-->\n`,
  `# 五\n\n<!--\n五。\n-->\n`,
].join('\n---\n\n')
  // issue 11: a chart, driven from the presenter window through the dev server (its frontmatter right after the separator)
  + `\n---\nclicks: 1\n---\n\n# 六\n\n<DepthDecade />\n\n<!--\n六。\n[click] 线\n-->\n`

let deck: PlantedDeck
let server: Awaited<ReturnType<PlantedDeck['start']>>
let base: string

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000)
  deck = plantDeck(SLIDES)
  const port = await freePort()
  server = await deck.start(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', '--port', String(port), '--bind', '127.0.0.1'], /public slide show/, 180_000)
  base = `http://127.0.0.1:${port}/`
  // first visits compile the client and pre-bundle its dependencies, which may reload the page once:
  // get that over with before any test counts key presses
  const page = await browser.newPage()
  for (const path of ['#/1', '#/presenter/1', '#/2']) {
    await page.goto(base + path)
    await expect(page.locator('.slidev-page-1, .slidev-page-2').first()).toBeVisible({ timeout: 120_000 })
    await page.waitForLoadState('networkidle')
  }
  // the chart slide compiles the chart kit and d3 on its first visit: in both windows, before any count
  for (const path of ['#/6?clicks=1', '#/presenter/6?clicks=1']) {
    await page.goto(base + path)
    await expect(page.locator('.slidev-page-6 [data-chart][data-ready]').first()).toBeVisible({ timeout: 120_000 })
    await page.waitForLoadState('networkidle')
  }
  await page.close()
})

test.afterAll(async () => {
  await server?.stop()
  deck?.remove()
})

/** slide.click of a window, from its URL (`#/3?clicks=2`, `#/presenter/3?clicks=2`) */
async function position(page: Page) {
  const hash = new URL(page.url()).hash
  const m = hash.match(/^#\/(?:presenter\/)?(\d+)(?:\?(.*))?$/)
  if (!m)
    return hash
  return `${m[1]}.${Number(new URLSearchParams(m[2] ?? '').get('clicks') ?? 0)}`
}

/** where a press of → or ← leads, Slidev's way (← from a slide's first step goes to the last click of the one before) */
function step(pos: string, key: 'ArrowRight' | 'ArrowLeft') {
  let [slide, click] = pos.split('.').map(Number) as [number, number]
  if (key === 'ArrowRight') {
    if (click < CLICKS[slide - 1]!)
      click++
    else if (slide < CLICKS.length)
      [slide, click] = [slide + 1, 0]
  }
  else if (click > 0) {
    click--
  }
  else if (slide > 1) {
    slide--
    click = CLICKS[slide - 1]!
  }
  return `${slide}.${click}`
}

async function twoWindows(context: BrowserContext) {
  const audience = await context.newPage()
  await audience.goto(`${base}#/1`)
  await expect(audience.locator('.slidev-page-1')).toBeVisible({ timeout: 60_000 })
  const presenter = await context.newPage()
  await presenter.goto(`${base}#/presenter/1`)
  await expect(presenter.locator('.slidev-page-1').first()).toBeVisible({ timeout: 60_000 })
  await expect.poll(() => position(audience), { timeout: 5000 }).toBe('1.0')
  // Slidev counts a slide's clicks once the slide has drawn: walk the deck once, slowly, so every slide
  // is loaded in both windows before presses 20 ms apart (faster than a first load) are counted
  const steps = CLICKS.reduce((n, c) => n + c + 1, 0)
  for (const key of ['ArrowRight', 'ArrowLeft'] as const) {
    for (let i = 0; i < steps; i++) {
      await presenter.keyboard.press(key)
      await presenter.waitForTimeout(150)
    }
  }
  await expect.poll(async () => `${await position(presenter)} ${await position(audience)}`, { timeout: 5000 }).toBe('1.0 1.0')
  return { audience, presenter }
}

/** the stopwatch's text in the presenter view (-:-- until it runs) */
const stopwatch = (page: Page) => page.evaluate(() =>
  [...document.querySelectorAll('.font-mono')].map(e => (e.textContent ?? '').replace(/\s/g, '')).find(t => /^(?:\d+:)?[\d-]+:[\d-]+$/.test(t)) ?? '')

test('the stopwatch starts by itself on the first slide change', async ({ page }) => {
  await page.goto(`${base}#/presenter/1`)
  await expect(page.locator('.slidev-page-1').first()).toBeVisible({ timeout: 60_000 })
  await expect.poll(() => stopwatch(page)).toBe('-:--')
  await page.waitForTimeout(1200)
  expect(await stopwatch(page), 'nothing started it yet').toBe('-:--')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => stopwatch(page), { timeout: 3000 }).toMatch(/^0:0\d$/)
  const first = await stopwatch(page)
  await expect.poll(() => stopwatch(page), { timeout: 4000, message: 'it keeps running' }).not.toBe(first)
})

test('after bursts of key presses 20 ms apart, in either window, presenter and audience agree within a second and no press is lost', async ({ context }) => {
  const { audience, presenter } = await twoWindows(context)
  let expected = '1.0'
  const rounds: string[] = []
  for (let round = 0; round < 12; round++) {
    const key = round % 2 ? 'ArrowLeft' : 'ArrowRight'
    const driver = round % 4 < 2 ? presenter : audience
    const presses = 4 + (round % 3) // 4, 5 or 6 presses
    for (let i = 0; i < presses; i++) {
      await driver.keyboard.press(key)
      expected = step(expected, key)
      await driver.waitForTimeout(20)
    }
    const started = Date.now()
    const both = async () => `${await position(presenter)} ${await position(audience)}`
    await expect.poll(both, {
      timeout: 1000,
      intervals: [50],
      message: `round ${round + 1}: ${presses} × ${key} on the ${driver === presenter ? 'presenter' : 'audience'} window should end both on ${expected}`,
    }).toBe(`${expected} ${expected}`)
    rounds.push(`${expected} after ${Date.now() - started} ms`)
    await presenter.waitForTimeout(300)
  }
  test.info().annotations.push({ type: 'rounds', description: rounds.join(', ') })
})

test('a compile error shows Vite\'s overlay to the presenter only; the audience keeps the slide', async ({ context }) => {
  const audience = await context.newPage()
  await audience.goto(`${base}#/2`)
  await expect(audience.locator('.slidev-page-2')).toBeVisible({ timeout: 60_000 })
  const presenter = await context.newPage()
  await presenter.goto(`${base}#/presenter/2`)
  await expect(presenter.locator('.slidev-page-2').first()).toBeVisible({ timeout: 60_000 })
  // both windows hold the slide's module before it breaks: the error then comes as a hot update
  await Promise.all([audience.waitForLoadState('networkidle'), presenter.waitForLoadState('networkidle')])
  await presenter.waitForTimeout(2000)

  const good = deck.read('slides.md')
  deck.write('slides.md', good.replace('# 二\n', '# 二\n\n<div v-if="(">planted compile error</div>\n'))
  try {
    await expect(presenter.locator('vite-error-overlay'), 'the presenter learns of it').toBeVisible({ timeout: 30_000 })
    await expect(audience.locator('vite-error-overlay')).toHaveCount(1) // Vite did raise it there too…
    await expect(audience.locator('vite-error-overlay'), '…and the projector does not show it').toBeHidden()
    await expect(audience.locator('.slidev-page-2')).toBeVisible()
    expect(await audience.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('vite-error-overlay'))).toBeNull()
  }
  finally {
    deck.write('slides.md', good)
  }
  await expect(presenter.locator('vite-error-overlay'), 'gone once the error is fixed').toHaveCount(0, { timeout: 30_000 })
})

test('a chart driven in the presenter window follows in the audience window through the dev server (the path a --remote presenter takes)', async ({ context }) => {
  const { audience, presenter } = await twoWindows(context)
  await presenter.goto(`${base}#/presenter/6?clicks=1`)
  const lead = presenter.locator('.grid-section.main .slidev-page-6 [data-chart]')
  const follow = audience.locator('.slidev-page-6 [data-chart]')
  await expect(lead).toHaveAttribute('data-ready', 'true', { timeout: 60_000 })
  await expect(follow).toHaveAttribute('data-ready', 'true', { timeout: 60_000 })
  await lead.locator('.chart-toggle[data-series="cnn"]').click()
  await expect(follow.locator('.chart-toggle[data-series="cnn"]')).toHaveAttribute('aria-pressed', 'false')
  await lead.locator('.mark[data-series="transformer"]').first().hover({ force: true })
  await expect(follow.locator('.chart-tip')).toHaveText((await lead.locator('.chart-tip').textContent()) ?? '')
  await lead.locator('.chart-table-toggle').click()
  await expect(follow.locator('table tbody tr').first()).toBeVisible()
  // a window opened later starts where the presenter left the chart (the server keeps the state)
  const late = await context.newPage()
  await late.goto(`${base}#/6?clicks=1`)
  await expect(late.locator('.slidev-page-6 [data-chart] table tbody tr').first()).toBeVisible({ timeout: 60_000 })
  await expect(late.locator('.slidev-page-6 .chart-toggle[data-series="cnn"]')).toHaveAttribute('aria-pressed', 'false')
  await lead.locator('.chart-table-toggle').click()
  await lead.locator('.chart-toggle[data-series="cnn"]').click()
  await expect(follow.locator('table')).toHaveCount(0)
  await late.close()
})
