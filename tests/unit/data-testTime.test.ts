import { describe, expect, it } from 'vitest'
import { gpt4o, o1, o1Preview, o3Arc, testTimeSeries } from '../../data/testTime'
import { checkSeries, DataRowError } from '../../data/types'

const acc = (rows: readonly { samples: number, accuracy: number }[]) => rows.map(r => [r.samples, r.accuracy])

describe('data/testTime', () => {
  it('has four series in reveal order', () => {
    expect(testTimeSeries.map(s => s.id)).toEqual(['gpt-4o', 'o1-preview', 'o1', 'o3-arc'])
    expect(testTimeSeries.reduce((n, s) => n + s.rows.length, 0)).toBe(9)
  })
  it('has the quoted AIME 2024 numbers', () => {
    expect(acc(gpt4o.rows)).toEqual([[1, 9.3], [64, 13.4]])
    expect(acc(o1Preview.rows)).toEqual([[1, 44.6], [64, 56.7]])
    expect(acc(o1.rows)).toEqual([[1, 74], [64, 83], [1000, 93]])
  })
  it('keeps ARC-AGI apart from AIME', () => {
    expect(o3Arc.benchmark).toBe('arc-agi-1')
    expect(acc(o3Arc.rows)).toEqual([[6, 75.7], [1024, 87.5]])
    for (const s of [gpt4o, o1Preview, o1])
      expect(s.benchmark).toBe('aime2024')
  })
  it('names each number as the source does', () => {
    expect(o1.rows.map(r => r.metric)).toEqual(['pass@1', 'cons@64', 're-ranking 1000 samples'])
    expect(gpt4o.rows.map(r => r.metric)).toEqual(['pass@1', 'cons@64'])
  })
  it('keeps accuracies in (0, 100] and gives every series a quoted source', () => {
    for (const s of testTimeSeries) {
      expect(s.source.url).toMatch(/^https:\/\//)
      expect(s.source.certainty).toBe('Q')
      for (const r of s.rows) {
        expect(r.accuracy).toBeGreaterThan(0)
        expect(r.accuracy).toBeLessThanOrEqual(100)
        expect(r.samples).toBeGreaterThan(0)
      }
    }
  })
  it('fails on a bad row and names it', () => {
    const bad = { ...o1, rows: [...o1.rows, { samples: 0, accuracy: 50, method: 'x', metric: 'zero' }] }
    expect(() => checkSeries(bad, { positive: ['samples', 'accuracy'] })).toThrowError(DataRowError)
    expect(() => checkSeries(bad, { positive: ['samples', 'accuracy'] })).toThrowError(/\[o1\] row 3 .*"zero".*samples must be a positive number/)
  })
})
