// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../components/kit/csv'
import {
  accumulate,
  aheadText,
  buildPlan,
  clock,
  CSV_HEADER,
  pacing,
  parseRecord,
  plannedWindow,
  rehearsalCsv,
  rehearsalRows,
  sample,
  sectionText,
  serializeRecord,
  signedClock,
  slideTiming,
  stopwatchSeconds,
} from '../../composables/pacing'
import { PRESENTER_BAR_SELECTOR } from '../../scripts/slidev-internals.mjs'
import { loadDeck, loadHeadmatter, ROOT, splitTracks, SPEAKING_PACE, spokenChars } from '../deck'

// Issue 13, pacing: the plan in the frontmatter, and the arithmetic the presenter view shows.
const deck = await loadDeck()
const { main, appendix } = splitTracks(deck)
const headmatter = await loadHeadmatter()

describe('the plan (timing: <seconds> in each main-track slide\'s frontmatter)', () => {
  it('every main-track slide has an integer timing > 0', () => {
    const bad = main.filter(s => slideTiming(s.frontmatter) === undefined).map(s => `${s.no} ${s.title} (${s.file}): timing ${JSON.stringify(s.frontmatter.timing)}`)
    expect(bad).toEqual([])
  })

  it('no appendix slide has one', () => {
    expect(appendix.length).toBeGreaterThan(0)
    expect(appendix.filter(s => 'timing' in s.frontmatter).map(s => `${s.no} ${s.title} (${s.file})`)).toEqual([])
  })

  it('adds up to the headmatter\'s duration', () => {
    const duration = parseTimeString(String(headmatter.duration)).seconds
    expect(duration).toBeGreaterThan(0)
    expect(main.reduce((a, s) => a + (slideTiming(s.frontmatter) ?? 0), 0)).toBe(duration)
    expect(buildPlan(main).total).toBe(duration)
  })

  it('the cover\'s timing is slide 1\'s frontmatter (the headmatter block is both)', () => {
    expect(main[0]!.no).toBe(1)
    expect(main[0]!.frontmatter.layout).toBe('cover')
    expect(slideTiming(main[0]!.frontmatter)).toBe(headmatter.timing)
  })

  it('gives each slide at least the time to speak its notes (230 chars a minute)', () => {
    const short = main
      .map(s => ({ s, speak: spokenChars(s.note) / SPEAKING_PACE * 60 }))
      .filter(({ s, speak }) => slideTiming(s.frontmatter)! < speak)
      .map(({ s, speak }) => `${s.no} ${s.title}: ${s.frontmatter.timing} s < ${speak.toFixed(0)} s of notes`)
    expect(short).toEqual([])
  })

  it('has eight sections, the cover in the first', () => {
    const plan = buildPlan(main)
    expect(plan.sections).toHaveLength(8)
    expect(plan.sections[0]!.first).toBe(1)
    expect(plan.sections[0]!.title).toBe(main.find(s => s.frontmatter.layout === 'section')!.title)
    expect(plan.slides.filter(s => s.section === 0).map(s => s.no)[0]).toBe(1)
    expect(plan.sections.at(-1)!.last).toBe(main.at(-1)!.no)
  })
})

// a small deck: cover 30, section A (10, 60, 50), section B (20, 80); an appendix slide without timing
const toy = buildPlan([
  { no: 1, title: '封面', frontmatter: { layout: 'cover', timing: 30 } },
  { no: 2, title: 'A', frontmatter: { layout: 'section', timing: 10 } },
  { no: 3, title: 'a1', frontmatter: { timing: 60 } },
  { no: 4, title: 'a2', frontmatter: { timing: 50 } },
  { no: 5, title: 'B', frontmatter: { layout: 'section', timing: 20 } },
  { no: 6, title: 'b1', frontmatter: { timing: 80 } },
  { no: 7, title: '附录', frontmatter: { layout: 'section' } },
])

describe('buildPlan', () => {
  it('runs the planned seconds on, slide by slide, and groups them into sections', () => {
    expect(toy.total).toBe(250)
    expect(toy.slides.map(s => [s.no, s.start, s.end, s.section])).toEqual([
      [1, 0, 30, 0],
      [2, 30, 40, 0],
      [3, 40, 100, 0],
      [4, 100, 150, 0],
      [5, 150, 170, 1],
      [6, 170, 250, 1],
    ])
    expect(toy.sections).toEqual([
      { title: 'A', first: 1, last: 4, start: 0, end: 150 },
      { title: 'B', first: 5, last: 6, start: 150, end: 250 },
    ])
  })

  it('ignores timings that are not positive integers', () => {
    for (const t of [0, -5, 2.5, '30', null])
      expect(slideTiming({ timing: t }), String(t)).toBeUndefined()
    expect(slideTiming({ timing: 5 })).toBe(5)
  })

  it('puts a slide outside the plan at its end', () => {
    expect(plannedWindow(toy, 3)).toEqual({ start: 40, end: 100 })
    expect(plannedWindow(toy, 7)).toEqual({ start: 250, end: 250 })
  })
})

describe('pacing', () => {
  it('is on plan within the current slide\'s planned window', () => {
    expect(pacing(toy, 3, 40).ahead).toBe(0)
    expect(pacing(toy, 3, 99).ahead).toBe(0)
    expect(pacing(toy, 3, 100).ahead).toBe(0)
  })

  it('is behind by the seconds past the slide\'s planned end', () => {
    // 3 min in, still on a1 (planned to end at 1:40): 1:20 behind
    const s = pacing(toy, 3, 180)
    expect(s.ahead).toBe(-80)
    expect(aheadText(s.ahead)).toEqual({ kind: 'behind', text: '落后 1:20' })
  })

  it('is ahead by the seconds before the slide\'s planned start', () => {
    // on b1 (planned from 2:50) at 2:10: 0:40 ahead
    const s = pacing(toy, 6, 130)
    expect(s.ahead).toBe(40)
    expect(aheadText(s.ahead)).toEqual({ kind: 'ahead', text: '超前 0:40' })
    expect(aheadText(0.4)).toEqual({ kind: 'on', text: '按计划' })
  })

  it('gives the time left for the section, and its overrun', () => {
    // on a1 at 1:00: section A is planned to end at 2:30
    expect(pacing(toy, 3, 60).sectionLeft).toBe(90)
    expect(sectionText(90)).toBe('本节剩余 1:30')
    expect(pacing(toy, 3, 60).section?.title).toBe('A')
    // the cover belongs to section A
    expect(pacing(toy, 1, 10).section?.title).toBe('A')
    expect(pacing(toy, 1, 10).sectionLeft).toBe(140)
    // on a2 at 2:50: 0:20 over
    expect(pacing(toy, 4, 170).sectionLeft).toBe(-20)
    expect(sectionText(-20)).toBe('本节超时 0:20')
    expect(sectionText(-0.5)).toBe('本节剩余 0:00')
  })

  it('counts from the slide the stopwatch started on (anchor)', () => {
    // started on the move to slide 2 (planned start 0:30); 0:05 later on a1 (planned from 0:40): 0:05 ahead
    expect(pacing(toy, 3, 5, plannedWindow(toy, 2).start).ahead).toBe(5)
    // 2:00 later still on a1: 0:50 behind
    expect(pacing(toy, 3, 120, 30).ahead).toBe(-50)
  })

  it('measures an appendix slide against the end of the plan, with no section', () => {
    const s = pacing(toy, 7, 260)
    expect(s.ahead).toBe(-10)
    expect(s.section).toBeUndefined()
    expect(s.sectionLeft).toBeUndefined()
  })
})

describe('the stopwatch', () => {
  it('reads Slidev\'s timer state as its display does', () => {
    expect(stopwatchSeconds({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 5000)).toBe(0)
    expect(stopwatchSeconds({ status: 'running', startedAt: 1000, pausedAt: 0 }, 91_000)).toBe(90)
    expect(stopwatchSeconds({ status: 'paused', startedAt: 1000, pausedAt: 31_000 }, 91_000)).toBe(30)
  })
})

describe('the rehearsal record', () => {
  it('gives the seconds between samples to the slide that was showing, over visits', () => {
    let r = {}
    r = sample(r, undefined, { no: 2, elapsed: 0 })
    r = sample(r, { no: 2, elapsed: 0 }, { no: 2, elapsed: 12.5 })
    r = sample(r, { no: 2, elapsed: 12.5 }, { no: 3, elapsed: 40 })
    r = sample(r, { no: 3, elapsed: 40 }, { no: 2, elapsed: 60 })
    r = sample(r, { no: 2, elapsed: 60 }, { no: 2, elapsed: 70 })
    expect(r).toEqual({ 2: 50, 3: 20 })
    // a reset stopwatch (back to 0) adds nothing
    expect(sample(r, { no: 2, elapsed: 70 }, { no: 2, elapsed: 0 })).toBe(r)
    expect(accumulate(r, 4, Number.NaN)).toBe(r)
    expect(accumulate(r, 4, -3)).toBe(r)
  })

  it('is stored as JSON and read back, anything unreadable as empty', () => {
    const json = serializeRecord({ 2: 50, 3: 20 }, new Date('2026-12-01T10:00:00Z'))
    expect(JSON.parse(json)).toEqual({ version: 1, updated: '2026-12-01T10:00:00.000Z', slides: { 2: 50, 3: 20 } })
    expect(parseRecord(json)).toEqual({ 2: 50, 3: 20 })
    expect(parseRecord(null)).toEqual({})
    expect(parseRecord('{')).toEqual({})
    expect(parseRecord('{"slides":{"x":3,"4":-1,"5":"7","6":8}}')).toEqual({ 6: 8 })
  })

  it('lists planned vs actual per slide, visited appendix slides too, and a total', () => {
    const table = rehearsalRows(toy, { 1: 28.4, 3: 75.6, 6: 70, 7: 12 }, no => (no === 7 ? '附录' : '?'))
    expect(table.rows).toEqual([
      { no: 1, title: '封面', planned: 30, actual: 28, diff: -2 },
      { no: 2, title: 'A', planned: 10, actual: 0, diff: -10 },
      { no: 3, title: 'a1', planned: 60, actual: 76, diff: 16 },
      { no: 4, title: 'a2', planned: 50, actual: 0, diff: -50 },
      { no: 5, title: 'B', planned: 20, actual: 0, diff: -20 },
      { no: 6, title: 'b1', planned: 80, actual: 70, diff: -10 },
      { no: 7, title: '附录', planned: 0, actual: 12, diff: 12 },
    ])
    expect(table.total).toEqual({ planned: 250, actual: 186, diff: -64 })
  })

  it('downloads as CSV with a BOM, the same rows and the total', () => {
    const table = rehearsalRows(toy, { 3: 75.6 })
    const text = rehearsalCsv(table)
    expect(text.charCodeAt(0)).toBe(0xFEFF)
    expect(text).toContain('\r\n')
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(CSV_HEADER)
    expect(rows[3]).toEqual(['3', 'a1', '60', '76', '16'])
    expect(rows.at(-1)).toEqual(['合计', '', '250', '76', '-174'])
    expect(rows).toHaveLength(1 + 6 + 1)
  })

  it('formats m:ss and signed differences', () => {
    expect(clock(0)).toBe('0:00')
    expect(clock(5.9)).toBe('0:05')
    expect(clock(80)).toBe('1:20')
    expect(clock(-80)).toBe('1:20')
    expect(clock(3725)).toBe('62:05')
    expect(signedClock(65)).toBe('+1:05')
    expect(signedClock(-20)).toBe('\u22120:20')
    expect(signedClock(0.2)).toBe('0:00')
  })
})

describe('the presenter view the panel is mounted into (Slidev 52.20.1)', () => {
  const client = (file: string) => readFileSync(join(ROOT, 'node_modules/@slidev/client', file), 'utf8')

  it('has the bottom bar with the stopwatch that PRESENTER_BAR_SELECTOR names', () => {
    expect(PRESENTER_BAR_SELECTOR).toBe('.slidev-presenter .grid-section.bottom')
    const presenter = client('pages/presenter.vue')
    expect(presenter).toContain('<div class="bg-main h-full slidev-presenter')
    expect(presenter).toMatch(/<div ref="bottomSection" class="grid-section bottom flex">[\s\S]*?<TimerInlined \/>/)
  })

  it('is the only page with that bar, and the only route named `presenter` (not the notes print page)', () => {
    for (const page of ['pages/play.vue', 'pages/print.vue', 'pages/presenter/print.vue', 'pages/overview.vue', 'pages/notes.vue'])
      expect(client(page), page).not.toMatch(/grid-section bottom|slidev-presenter/)
    const routes = client('setup/routes.ts')
    expect(routes).toMatch(/name: 'presenter',\s+path: '\/presenter\/:no'/)
    expect(routes).toMatch(/\{\s+path: '\/presenter\/print',\s+component/)
    expect(client('composables/useNav.ts')).toContain(`const isPresenter = computed(() => currentRoute.name === 'presenter')`)
    expect(client('composables/useNav.ts')).toContain(`const isPrintMode = computed(() => query.value.has('print') || currentRoute.name === 'export')`)
  })
})
