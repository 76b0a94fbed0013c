import { describe, expect, it } from 'vitest'
import { aimeSeries, arcSeries, arcSettings, AS_OF, gpt4o, o1, o1Preview, o3Aime, o3Arc1, o3Arc2, o3PreviewArc1 } from '../../data/testTime'
import { checkSeries, DataRowError } from '../../data/types'
import { checkEditions } from '../../i18n/format'
import { LANGS, localized, textIn } from '../../i18n/lang'

const acc = (rows: readonly { samples: number, accuracy: number }[]) => rows.map(r => [r.samples, r.accuracy])
const arc = (rows: readonly { setting: string, score: number }[]) => rows.map(r => [r.setting, r.score])

describe('data/testTime', () => {
  it('has the AIME series in reveal order: GPT-4o and o1-preview, then o1, then the released o3', () => {
    expect(aimeSeries.map(s => s.id)).toEqual(['gpt-4o', 'o1-preview', 'o1', 'o3-aime'])
    expect(aimeSeries.map(s => s.revealAt)).toEqual([0, 0, 1, 2])
    expect(aimeSeries.reduce((n, s) => n + s.rows.length, 0)).toBe(8)
  })

  it('has the quoted AIME 2024 numbers', () => {
    expect(acc(gpt4o.rows)).toEqual([[1, 9.3], [64, 13.4]])
    expect(acc(o1Preview.rows)).toEqual([[1, 44.6], [64, 56.7]])
    expect(acc(o1.rows)).toEqual([[1, 74], [64, 83], [1000, 93]])
    expect(acc(o3Aime.rows)).toEqual([[1, 91.6]])
    expect(o3Aime.source.url).toBe('https://openai.com/index/introducing-o3-and-o4-mini/')
    // read from the post's chart through copies, not from its text: says so
    expect(o3Aime.source.certainty).toBe('Q*')
  })

  it('names each AIME number as the source does', () => {
    expect(o1.rows.map(r => r.metric)).toEqual(['pass@1', 'cons@64', 're-ranking 1000 samples'])
    expect(gpt4o.rows.map(r => r.metric)).toEqual(['pass@1', 'cons@64'])
    expect(o3Aime.rows[0]!.metric).toBe('accuracy (no tools)')
  })

  it('labels o3-preview honestly: December 2024, not released, tuned, 87.5% over the cost limit', () => {
    expect(o3PreviewArc1.released).toBe(false)
    expect(o3PreviewArc1.tunedOnPublicTraining).toBe(true)
    for (const lang of LANGS)
      expect(textIn(o3PreviewArc1.label, lang)).toMatch(/o3-preview.*2024-12/)
    expect(o3PreviewArc1.source.url).toBe('https://arcprize.org/blog/oai-o3-pub-breakthrough')
    expect(arc(o3PreviewArc1.rows)).toEqual([['preview-low', 75.7], ['preview-high', 87.5]])
    const [low, high] = o3PreviewArc1.rows
    expect(low).toMatchObject({ withinCostLimit: true, costPerTaskUsd: 20 })
    expect(high!.withinCostLimit).toBe(false)
    expect(high!.costPerTaskUsd).toBeUndefined()
    expect(high!.note['zh-CN']).toMatch(/172/)
    expect(high!.note.en).toMatch(/172/)
  })

  it('shows what was released: o3 (April 2025) far lower on ARC-AGI-1, and under 3% on ARC-AGI-2', () => {
    for (const s of [o3Arc1, o3Arc2]) {
      expect(s.released).toBe(true)
      expect(s.tunedOnPublicTraining).toBe(false)
      expect(s.source.url).toBe('https://arcprize.org/blog/analyzing-o3-with-arc-agi')
    }
    expect(o3Arc1.benchmark).toBe('arc-agi-1')
    expect(o3Arc2.benchmark).toBe('arc-agi-2')
    expect(arc(o3Arc1.rows)).toEqual([['release-low', 41.5], ['release-medium', 53.83]])
    expect(arc(o3Arc2.rows)).toEqual([['release-low', 1.99], ['release-medium', 2.98]])
    const bestRelease = Math.max(...o3Arc1.rows.map(r => r.score))
    const bestPreview = Math.max(...o3PreviewArc1.rows.map(r => r.score))
    expect(bestPreview - bestRelease).toBeGreaterThan(30)
    for (const r of o3Arc2.rows)
      expect(r.score).toBeLessThan(3)
  })

  it('keeps the benchmarks apart and every ARC setting on the panel\'s axis', () => {
    for (const s of aimeSeries)
      expect(s.benchmark).toBe('aime2024')
    for (const s of arcSeries) {
      expect(s.benchmark).toMatch(/^arc-agi-[12]$/)
      for (const r of s.rows)
        expect(arcSettings).toContain(r.setting)
    }
  })

  it('keeps scores in (0, 100] and gives every series a source with a certainty tag', () => {
    for (const s of [...aimeSeries, ...arcSeries]) {
      expect(s.source.url).toMatch(/^https:\/\//)
      expect(['Q', 'Q*']).toContain(s.source.certainty)
    }
    for (const r of aimeSeries.flatMap(s => s.rows)) {
      expect(r.accuracy).toBeGreaterThan(0)
      expect(r.accuracy).toBeLessThanOrEqual(100)
    }
    for (const r of arcSeries.flatMap(s => s.rows)) {
      expect(r.score).toBeGreaterThan(0)
      expect(r.score).toBeLessThanOrEqual(100)
    }
  })

  it('runs to ARC Prize\'s post on the released o3', () => {
    expect(AS_OF).toBe('2025-04')
  })

  it('fails on a bad row and names it', () => {
    const bad = { ...o1, rows: [...o1.rows, { samples: 0, accuracy: 50, method: 'x', metric: 'zero' }] }
    expect(() => checkSeries(bad, { positive: ['samples', 'accuracy'] })).toThrowError(DataRowError)
    expect(() => checkSeries(bad, { positive: ['samples', 'accuracy'] })).toThrowError(/\[o1\] row 3 .*"zero".*samples must be a positive number/)
    const badArc = { ...o3Arc1, rows: [...o3Arc1.rows, { ...o3Arc1.rows[0]!, score: Number.NaN }] }
    expect(() => checkSeries(badArc, { positive: ['score'] })).toThrowError(/\[o3-arc1\] row 2 .*score must be a positive number/)
    // a text left empty in one edition fails too, naming the row
    const noEnglish = { ...o3Arc1, rows: [...o3Arc1.rows, { ...o3Arc1.rows[0]!, note: localized('说明', ' ') }] }
    expect(() => checkEditions(noEnglish, { text: ['note'] })).toThrowError(/\[o3-arc1\] row 2 .*note must be a non-empty string/)
  })
})
