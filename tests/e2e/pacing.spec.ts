import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { parseCsv } from '../../components/kit/csv'
import { aheadText, buildPlan, csvHeader, pacing, sectionText } from '../../composables/pacing'
import { PACING, REHEARSAL_KEY } from '../../setup/pacing-ids'
import { loadDeck, splitTracks, T } from '../deck'
import { deckUrl, expect, test, waitForSlide } from './fixtures'

// Issue 13, pacing: the presenter view shows ahead / behind the per-slide plan and the time left for the
// section, with Playwright's clock standing in for the minutes of a talk; the audience window, the print
// page (as `slidev export` opens it), the notes print page and the reading view carry none of it; a
// simulated run-through leaves a rehearsal record (table and CSV) of planned vs actual seconds.
const deck = await loadDeck()
const { main } = splitTracks(deck)
const plan = buildPlan(main)
const at = (no: number) => plan.slides.find(s => s.no === no)!
const SELECTORS = [`#${PACING.rootId}`, `.${PACING.panelClass}`, `.${PACING.statusClass}`, `.${PACING.sectionClass}`, `#${PACING.dialogId}`]
/** real seconds a few key presses and renders take on top of the mocked minutes */
const SLACK = 5

const status = (page: Page) => page.locator(`.${PACING.statusClass}`)

/** the edition's words for the pacing line and the rehearsal record (the ui part of i18n/) */
const P = T.ui.pacing
const R = T.ui.rehearsal
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** a pacing text with its clock as a pattern, `^…\d+:\d\d…$` (`whole` false: only what comes before the clock) */
function clockPattern(words: (clock: string) => string, whole = true): RegExp {
  const parts = words('\u0000').split('\u0000').map(escape)
  return new RegExp(whole ? `^${parts.join('\\d+:\\d\\d')}$` : `^${parts[0]}`)
}
/** the text a pacing phrase starts with (before its clock) */
const lead = (words: (clock: string) => string) => words('\u0000').split('\u0000')[0]!.trim()

async function openPresenter(page: Page, no = 1) {
  await page.clock.install()
  await page.goto(deckUrl(`#/presenter/${no}`))
  await expect(page.locator(`.grid-section.main .slidev-page-${no}`)).toBeVisible({ timeout: 20_000 })
  await expect(page.locator(`.slidev-presenter .${PACING.panelClass}`)).toBeVisible()
}

/**
 * The presenter moves to slide `to` (Slidev's router follows the hash; the stopwatch's first-move start and
 * the record see it as any move). Not the arrow keys: Slidev repeats a held key after 1 s of its (here
 * mocked) clock, and on a busy machine the mocked clock's catch-up has fired that repeat before the key-up.
 */
async function move(page: Page, to: number) {
  await page.evaluate((no) => {
    location.hash = `#/presenter/${no}`
  }, to)
  await expect(page).toHaveURL(new RegExp(`#/presenter/${to}(?:\\?|$)`))
  await expect(page.locator(`.grid-section.main .slidev-page-${to}`)).toBeVisible()
}

/** What the panel shows, and the stopwatch seconds and plan offset it was drawn from (one render). */
async function readPanel(page: Page) {
  return page.locator(`.${PACING.panelClass}`).evaluate((el, c) => ({
    elapsed: Number((el as HTMLElement).dataset.elapsed),
    anchor: Number((el as HTMLElement).dataset.anchor),
    status: el.querySelector(`.${c.statusClass}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    kind: el.querySelector(`.${c.statusClass}`)?.getAttribute('data-kind') ?? '',
    section: el.querySelector(`.${c.sectionClass}`)?.textContent?.trim() ?? '',
  }), PACING)
}

/**
 * The panel on slide `no` says what composables/pacing.ts makes of the stopwatch it shows, and that
 * stopwatch has run at least `atLeast` mocked seconds (and not much more: the test's own real seconds).
 */
async function expectPanel(page: Page, no: number, atLeast: number) {
  await expect.poll(async () => (await readPanel(page)).elapsed, { message: `stopwatch after ${atLeast} s` }).toBeGreaterThanOrEqual(atLeast)
  const p = await readPanel(page)
  expect(p.elapsed, 'the stopwatch ran the mocked time, not much more').toBeLessThan(atLeast + 30)
  const state = pacing(plan, no, p.elapsed, p.anchor)
  const ahead = aheadText(state.ahead, P)
  expect(p.status).toBe(`${ahead.kind === 'ahead' ? '▲' : ahead.kind === 'behind' ? '▼' : '●'} ${ahead.text}`)
  expect(p.kind).toBe(ahead.kind)
  expect(p.section).toBe(sectionText(state.sectionLeft!, P))
  return { ...p, state }
}

test('slow on the first slides: behind (落后), and the section\'s time left, then over (本节超时)', async ({ deck: { page, problems } }) => {
  await openPresenter(page)
  await expect(status(page)).toHaveText(P.idle)

  // the stopwatch starts by itself on the first move: its zero stands for the planned start of slide 2
  await move(page, 2)
  let p = await expectPanel(page, 2, 0)
  expect(p.anchor).toBe(at(2).start)
  expect(p.kind).toBe('on')
  expect(p.status).toContain(P.onPlan)
  const first = plan.sections[0]!
  expect(p.section).toMatch(clockPattern(P.sectionLeft))

  // a minute on slide 2, planned for seconds: behind by about the minute minus what slide 2 had
  await page.clock.fastForward(60_000)
  p = await expectPanel(page, 2, 60)
  expect(p.kind).toBe('behind')
  expect(p.status).toMatch(clockPattern(c => `▼ ${P.behind(c)}`))
  expect(-p.state.ahead).toBeGreaterThanOrEqual(60 - at(2).seconds)
  await expect(status(page)).toHaveCSS('font-size', '20px')

  // on to slide 3: what is left of the delay after slide 3's planned seconds
  await move(page, 3)
  p = await expectPanel(page, 3, 60)
  expect(p.state.sectionLeft).toBeLessThanOrEqual(first.end - at(2).start - 60)
  expect(p.section).toMatch(clockPattern(P.sectionLeft, false))

  // the section overruns (本节超时)
  await page.clock.fastForward((first.end - at(2).start) * 1000)
  p = await expectPanel(page, 3, first.end - at(2).start + 60)
  expect(p.section).toMatch(clockPattern(P.sectionOver))
  expect(await problems()).toEqual([])
})

test('fast through the opening: ahead (超前) by about the planned time skipped', async ({ deck: { page, problems } }) => {
  await openPresenter(page)
  await move(page, 2)
  for (const no of [3, 4, 5, 6])
    await move(page, no)
  const p = await expectPanel(page, 6, 0)
  expect(p.kind).toBe('ahead')
  expect(p.status).toMatch(clockPattern(c => `▲ ${P.ahead(c)}`))
  // seconds after slide 2, at slide 6: ahead by the planned time of slides 2–5, less the real seconds taken
  expect(p.state.ahead).toBeCloseTo(at(6).start - at(2).start - p.elapsed, 5)
  expect(p.state.ahead).toBeGreaterThan(at(6).start - at(2).start - 30)
  // slide 6 opens section 2: its whole planned length is left, plus the lead
  const second = plan.sections[1]!
  expect(second.first).toBe(6)
  expect(p.state.sectionLeft).toBeCloseTo(second.end - second.start + p.state.ahead, 5)
  expect(await problems()).toEqual([])
})

test('the audience window, the print-mode pages and the reading view have no pacing', async ({ deck: { page, problems } }) => {
  test.setTimeout(120_000)
  // the audience window (the projector) first, then the presenter view, in one browser context the way a
  // presenter opens them (a window opened later sends its own stopped stopwatch to the others)
  await page.clock.install()
  const audience = await page.context().newPage()
  await audience.goto(deckUrl('#/1'))
  await waitForSlide(audience, 1)
  await page.goto(deckUrl('#/presenter/1'))
  await expect(page.locator(`.slidev-presenter .${PACING.panelClass}`)).toBeVisible({ timeout: 20_000 })
  await move(page, 2)
  await page.clock.fastForward(90_000)
  await expect(status(page)).toContainText(lead(P.behind))
  for (const s of SELECTORS)
    await expect(audience.locator(s), `audience window: ${s}`).toHaveCount(0)
  await expect(audience.getByText(new RegExp([clockPattern(P.ahead).source.slice(1, -1), clockPattern(P.behind).source.slice(1, -1), escape(lead(P.sectionLeft)), escape(P.record)].join('|')))).toHaveCount(0)

  // print mode as `slidev export` opens a slide (hash router: the query before the hash), also on a presenter
  // route, and the reading view. (The built deck has no #print / #/presenter/print pages: `download` is a
  // file name, so only an export server draws them; neither is the route named `presenter`, which
  // tests/unit/pacing.test.ts checks against Slidev's routes.)
  const views = [
    { url: `${deckUrl('?print=true')}#/3`, ready: '.slidev-page-3' },
    { url: `${deckUrl('?print=true')}#/presenter/3`, ready: '.slidev-page-3' },
    { url: deckUrl('#/reader'), ready: '.slidev-page-1' },
  ]
  for (const v of views) {
    const p = await page.context().newPage()
    await p.goto(v.url)
    await expect(p.locator(v.ready).first(), v.url).toBeVisible({ timeout: 20_000 })
    await p.waitForTimeout(500)
    for (const s of SELECTORS)
      await expect(p.locator(s), `${v.url}: ${s}`).toHaveCount(0)
    await expect(p.getByText(new RegExp([clockPattern(P.ahead).source.slice(1, -1), clockPattern(P.behind).source.slice(1, -1), escape(lead(P.sectionLeft)), escape(P.idle)].join('|'))), v.url).toHaveCount(0)
    await p.close()
  }
  await audience.close()
  expect(await problems()).toEqual([])
})

test('a run-through leaves a rehearsal record: table and CSV of planned vs actual, kept in localStorage, cleared on request', async ({ deck: { page, problems } }) => {
  test.setTimeout(120_000)
  await openPresenter(page)
  await move(page, 2)
  await page.clock.fastForward(40_000)
  await move(page, 3)
  await page.clock.fastForward(20_000)
  await move(page, 2) // a second visit adds to slide 2
  await page.clock.fastForward(10_000)
  await move(page, 3)

  const stored = JSON.parse((await page.evaluate(k => localStorage.getItem(k), REHEARSAL_KEY)) ?? '{}')
  expect(stored.slides['2']).toBeGreaterThanOrEqual(50 - 1)
  expect(stored.slides['2']).toBeLessThan(50 + 2 * SLACK)
  expect(stored.slides['3']).toBeGreaterThanOrEqual(20 - 1)
  expect(stored.slides['1'], 'the cover: the stopwatch had not started').toBeUndefined()

  // the record survives a reload of the presenter window
  await page.reload()
  await expect(page.locator(`.slidev-presenter .${PACING.panelClass}`)).toBeVisible({ timeout: 20_000 })

  const button = page.getByRole('button', { name: P.record })
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: R.title })
  await expect(dialog).toBeVisible()
  const rows = dialog.locator('tbody tr')
  await expect(rows).toHaveCount(main.length)
  const row = (no: number) => dialog.locator(`tbody tr[data-no="${no}"] td, tbody tr[data-no="${no}"] th`)
  await expect(row(2)).toHaveText([/^2$/, at(2).title, /^0:10$/, /^0:(49|5\d)$/, /^\+0:(39|4\d)$/])
  await expect(row(1).nth(3)).toHaveText('0:00')
  await expect(dialog.locator('tfoot')).toContainText(R.total)
  await expect(dialog.locator('tfoot')).toContainText('25:00')

  // axe over the pacing line and the open dialog, light and dark (Slidev follows the colour scheme)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    const { violations } = await new AxeBuilder({ page }).include(`.${PACING.panelClass}`).include(`#${PACING.dialogId}`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(violations.map(v => `${scheme}: ${v.id} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })

  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: R.download }).click()])
  expect(file.suggestedFilename()).toBe('rehearsal.csv')
  const text = readFileSync((await file.path())!, 'utf8')
  expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xFEFF)
  const csv = parseCsv(text)
  expect(csv[0]).toEqual(csvHeader(R))
  expect(csv).toHaveLength(1 + main.length + 1)
  const two = csv.find(r => r[0] === '2')!
  expect(two.slice(0, 3)).toEqual(['2', at(2).title, String(at(2).seconds)])
  expect(Number(two[3])).toBeGreaterThanOrEqual(49)
  expect(Number(two[4])).toBe(Number(two[3]) - at(2).seconds)
  expect(csv.at(-1)!.slice(0, 3)).toEqual([R.csv.total, '', '1500'])

  await dialog.getByRole('button', { name: R.clear }).click()
  await expect(row(2).nth(3)).toHaveText('0:00')
  expect(await page.evaluate(k => localStorage.getItem(k), REHEARSAL_KEY)).toBeNull()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(await problems()).toEqual([])
})
