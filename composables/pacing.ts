// Pacing (issue 13): the per-slide plan (reveal.js `data-timing` style: `timing: <seconds>` in each
// main-track slide's frontmatter), where the talk stands against it, and the rehearsal record.
// Pure functions only (no Vue, no Slidev): setup/pacing.ts feeds them the stopwatch and the slide,
// components/presenter/ shows the result, tests/unit/pacing.test.ts checks them with concrete cases.
// The words come from the ui dictionary (i18n/<lang>/ui.ts) the caller passes; without one, Chinese.
import type { Messages } from '../i18n/messages'
import { format } from 'd3-format'
import { toCsv } from '../components/kit/csv'
import { ui as zhUi } from '../i18n/zh-CN/ui'

type PacingWords = Messages['ui']['pacing']
type RehearsalWords = Messages['ui']['rehearsal']

/** What the plan needs from a slide: its number, title and frontmatter (Slidev's route meta or tests/deck.ts). */
export interface PlanInput {
  no: number
  title: string
  frontmatter: Record<string, unknown>
}

export interface PlanSlide {
  no: number
  title: string
  /** planned seconds on this slide */
  seconds: number
  /** planned elapsed seconds when the slide starts / ends */
  start: number
  end: number
  /** index into Plan.sections */
  section: number
}

export interface PlanSection {
  title: string
  /** first and last slide number of the section */
  first: number
  last: number
  /** planned elapsed seconds at the section's start / end */
  start: number
  end: number
}

export interface Plan {
  slides: PlanSlide[]
  sections: PlanSection[]
  /** planned seconds of the whole main track */
  total: number
}

/** A slide's planned seconds: an integer > 0 in `timing`, or undefined. */
export function slideTiming(frontmatter: Record<string, unknown>): number | undefined {
  const t = frontmatter.timing
  return typeof t === 'number' && Number.isInteger(t) && t > 0 ? t : undefined
}

/**
 * The plan: every slide with a `timing`, in order. A section starts at each `layout: section` slide;
 * the slides before the first one (the cover) belong to the first section.
 */
export function buildPlan(input: PlanInput[]): Plan {
  const sections: PlanSection[] = []
  const slides: PlanSlide[] = []
  // true while the first section holds only the slides before any `layout: section` slide (the cover)
  let lead = false
  let t = 0
  for (const s of input) {
    const seconds = slideTiming(s.frontmatter)
    if (seconds === undefined)
      continue
    if (s.frontmatter.layout === 'section') {
      if (lead) {
        sections[0]!.title = s.title
        lead = false
      }
      else {
        sections.push({ title: s.title, first: s.no, last: s.no, start: t, end: t })
      }
    }
    else if (sections.length === 0) {
      sections.push({ title: s.title, first: s.no, last: s.no, start: t, end: t })
      lead = true
    }
    const current = sections.at(-1)!
    slides.push({ no: s.no, title: s.title, seconds, start: t, end: t + seconds, section: sections.length - 1 })
    t += seconds
    current.last = s.no
    current.end = t
  }
  return { slides, sections, total: t }
}

/** Seconds the presenter's stopwatch shows (Slidev's useTimer: running, paused or stopped). */
export function stopwatchSeconds(
  timer: { status: 'stopped' | 'running' | 'paused', startedAt: number, pausedAt: number },
  now: number,
): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  const ms = timer.status === 'paused' ? timer.pausedAt - timer.startedAt : now - timer.startedAt
  return Math.max(0, ms / 1000)
}

/** Planned elapsed seconds at the start and end of a slide; a slide outside the plan (appendix) sits at its end. */
export function plannedWindow(plan: Plan, no: number): { start: number, end: number } {
  const s = plan.slides.find(p => p.no === no)
  return s ? { start: s.start, end: s.end } : { start: plan.total, end: plan.total }
}

export interface PacingState {
  plannedStart: number
  plannedEnd: number
  /** seconds ahead of the plan (> 0), behind it (< 0), or 0 while within the slide's planned window */
  ahead: number
  /** the current slide's section, or undefined outside the plan */
  section: PlanSection | undefined
  /** planned end of the section minus where the talk stands (< 0: the section has overrun) */
  sectionLeft: number | undefined
}

/**
 * Where the talk stands. `elapsed` is the stopwatch; `anchor` the planned time its zero stands for
 * (the planned start of the slide on which it started: 0 when started on the cover, the cover's
 * seconds when it started itself on the move to slide 2). Within [start, end] of the current slide the
 * talk is on plan; before start it is ahead by start − t, after end behind by t − end.
 */
export function pacing(plan: Plan, no: number, elapsed: number, anchor = 0): PacingState {
  const t = elapsed + anchor
  const { start, end } = plannedWindow(plan, no)
  const ahead = t < start ? start - t : t > end ? -(t - end) : 0
  const slide = plan.slides.find(p => p.no === no)
  const section = slide ? plan.sections[slide.section] : undefined
  return { plannedStart: start, plannedEnd: end, ahead, section, sectionLeft: section ? section.end - t : undefined }
}

// ── rehearsal record ────────────────────────────────────────────────────────────────────────────────

/** Actual seconds spent per slide number (accumulated over visits). */
export type RehearsalRecord = Record<number, number>

/** The record with `seconds` more on slide `no` (a new object; negative or non-finite seconds add nothing). */
export function accumulate(record: RehearsalRecord, no: number, seconds: number): RehearsalRecord {
  if (!(seconds > 0) || !Number.isFinite(seconds))
    return record
  return { ...record, [no]: (record[no] ?? 0) + seconds }
}

/**
 * Feeds the record from stopwatch samples: whatever the stopwatch advanced since the last sample goes
 * to the slide that was showing during it. A stopwatch that went back (reset) only moves the mark.
 */
export function sample(
  record: RehearsalRecord,
  last: { no: number, elapsed: number } | undefined,
  now: { no: number, elapsed: number },
): RehearsalRecord {
  if (!last || now.elapsed <= last.elapsed)
    return record
  return accumulate(record, last.no, now.elapsed - last.elapsed)
}

/** The stored record (localStorage `deck:rehearsal`), or an empty one for anything unreadable. */
export function parseRecord(json: string | null): RehearsalRecord {
  try {
    const data = JSON.parse(json ?? '') as { slides?: unknown }
    const out: RehearsalRecord = {}
    if (data && typeof data.slides === 'object' && data.slides) {
      for (const [k, v] of Object.entries(data.slides as Record<string, unknown>)) {
        if (/^\d+$/.test(k) && typeof v === 'number' && Number.isFinite(v) && v > 0)
          out[Number(k)] = v
      }
    }
    return out
  }
  catch {
    return {}
  }
}

export function serializeRecord(record: RehearsalRecord, updated: Date): string {
  return JSON.stringify({ version: 1, updated: updated.toISOString(), slides: record })
}

export interface RehearsalRow {
  no: number
  title: string
  /** planned seconds (0 for a slide outside the plan) */
  planned: number
  /** actual seconds, whole */
  actual: number
  /** actual − planned: > 0 took longer than planned */
  diff: number
}

/**
 * One row per planned slide, plus any other slide the run visited (appendix, planned 0), in slide order;
 * actual seconds rounded to whole seconds; the total row sums the rows.
 */
export function rehearsalRows(plan: Plan, record: RehearsalRecord, titles: (no: number) => string = () => ''): { rows: RehearsalRow[], total: Omit<RehearsalRow, 'no' | 'title'> } {
  const planned = new Map(plan.slides.map(s => [s.no, s]))
  const nos = [...new Set([...plan.slides.map(s => s.no), ...Object.keys(record).map(Number)])].sort((a, b) => a - b)
  const rows = nos
    .filter(no => planned.has(no) || Math.round(record[no] ?? 0) > 0)
    .map((no) => {
      const p = planned.get(no)
      const actual = Math.round(record[no] ?? 0)
      const seconds = p?.seconds ?? 0
      return { no, title: p?.title ?? titles(no), planned: seconds, actual, diff: actual - seconds }
    })
  const sum = (k: 'planned' | 'actual') => rows.reduce((a, r) => a + r[k], 0)
  return { rows, total: { planned: sum('planned'), actual: sum('actual'), diff: sum('actual') - sum('planned') } }
}

// ── formatting ───────────────────────────────────────────────────────────────────────────────────────

const integer = format('d')

/** m:ss of whole seconds (rounded down), without sign: 80 → "1:20", 5 → "0:05", 3725 → "62:05". */
export function clock(seconds: number): string {
  const s = Math.floor(Math.abs(seconds))
  return `${integer(Math.floor(s / 60))}:${String(s % 60).padStart(2, '0')}`
}

/** "超前 0:40" / "落后 1:20" / "按计划" (under a second either way counts as on plan); English "Ahead 0:40" … */
export function aheadText(ahead: number, words: PacingWords = zhUi.pacing): { kind: 'ahead' | 'behind' | 'on', text: string } {
  if (Math.floor(Math.abs(ahead)) === 0)
    return { kind: 'on', text: words.onPlan }
  return ahead > 0 ? { kind: 'ahead', text: words.ahead(clock(ahead)) } : { kind: 'behind', text: words.behind(clock(ahead)) }
}

/** "本节剩余 3:10" / "本节超时 0:20"; English "Section: 3:10 left" / "Section over by 0:20" */
export function sectionText(left: number, words: PacingWords = zhUi.pacing): string {
  return left >= 0 || Math.floor(-left) === 0 ? words.sectionLeft(clock(left)) : words.sectionOver(clock(left))
}

/** A signed difference in m:ss for the table: +1:05 / −0:20 / 0:00 (the minus is U+2212, as d3-format writes one). */
export function signedClock(seconds: number): string {
  const s = Math.round(seconds)
  return s === 0 ? clock(0) : `${s > 0 ? '+' : '\u2212'}${clock(s)}`
}

/** The CSV's header row in an edition's words. */
export function csvHeader(words: RehearsalWords = zhUi.rehearsal): string[] {
  const c = words.csv
  return [c.no, c.title, c.planned, c.actual, c.diff]
}

/** The Chinese edition's header row: 页码, 标题, 计划（秒）, 实际（秒）, 差值（秒） */
export const CSV_HEADER = csvHeader()

/**
 * The record as CSV (components/kit/csv.ts: UTF-8 with BOM so spreadsheet programs read the Chinese,
 * CRLF lines), seconds as whole numbers, a 合计 (Total) row last.
 */
export function rehearsalCsv(table: ReturnType<typeof rehearsalRows>, words: RehearsalWords = zhUi.rehearsal): string {
  return toCsv({
    columns: csvHeader(words),
    rows: [
      ...table.rows.map(r => [r.no, r.title, r.planned, r.actual, r.diff]),
      [words.csv.total, '', table.total.planned, table.total.actual, table.total.diff],
    ],
  })
}
