import { describe, expect, it } from 'vitest'
import { LANGS, textIn } from '../../i18n/lang'
import { AS_OF, computeTrend, computeTrendAt, decimalYear, trainingCompute } from '../../data/compute'
import { checkSeries, DataRowError } from '../../data/types'

describe('data/compute: training compute of notable models', () => {
  it('has the 29 models of the research table plus 8 from Epoch\'s 2026-04 export, each finite, positive and sourced', () => {
    expect(trainingCompute.rows).toHaveLength(37)
    expect(trainingCompute.source.url).toMatch(/^https:\/\/epoch\.ai\//)
    for (const r of trainingCompute.rows) {
      expect(Number.isFinite(r.flop) && r.flop > 0).toBe(true)
      expect(r.year).toBeGreaterThanOrEqual(2012)
      expect(r.year).toBeLessThan(2026.5)
      expect(['Q', 'E']).toContain(r.certainty)
    }
  })

  it('AS_OF is the month of the newest row, and rows are in date order', () => {
    const dates = trainingCompute.rows.map(r => r.date)
    expect(dates).toEqual([...dates].sort())
    expect(AS_OF).toBe(dates.at(-1)!.slice(0, 7))
  })

  it('keeps Epoch\'s estimates for the 2025 frontier as estimates (E), with Epoch\'s reasoning in the note', () => {
    const byName = new Map(trainingCompute.rows.map(r => [r.model, r]))
    expect(byName.get('GPT-4.5')).toMatchObject({ flop: 3.8e26, certainty: 'E' })
    expect(byName.get('Grok 4')).toMatchObject({ flop: 5e26, certainty: 'E' })
    expect(byName.get('GPT-5')).toMatchObject({ flop: 6.6e25, certainty: 'E' })
    for (const m of ['GPT-4.5', 'Grok 4', 'GPT-5']) {
      for (const lang of LANGS)
        expect(textIn(byName.get(m)?.note ?? '', lang).length, `${m} ${lang}`).toBeGreaterThan(5)
    }
  })

  it('keeps the figures quoted in the papers', () => {
    const byName = new Map(trainingCompute.rows.map(r => [r.model, r]))
    expect(byName.get('GPT-3 175B')?.flop).toBe(3.14e23)
    expect(byName.get('Llama 3.1-405B')?.flop).toBe(3.8e25)
    expect(byName.get('GPT-4')?.certainty).toBe('E')
  })

  it('turns a date into a fractional year', () => {
    expect(decimalYear('2024-01-01')).toBe(2024)
    expect(decimalYear('2024-07-23')).toBeCloseTo(2024 + 204 / 366, 6)
  })

  it('the trend grows about 4.5× a year, as Epoch reports 4–5×', () => {
    expect(computeTrend.growthPerYear).toBeGreaterThan(4)
    expect(computeTrend.growthPerYear).toBeLessThan(5)
    expect(computeTrendAt(2021) / computeTrendAt(2020)).toBeCloseTo(computeTrend.growthPerYear, 6)
    expect(computeTrendAt(2020)).toBeCloseTo(10 ** 22.46, -18)
  })

  it('a malformed row fails at the check, naming the series and the row', () => {
    const rows = trainingCompute.rows.map(r => ({ ...r }))
    rows[5] = { ...rows[5]!, flop: -1 }
    expect(() => checkSeries({ ...trainingCompute, rows }, { positive: ['flop'] }))
      .toThrowError(DataRowError)
    expect(() => checkSeries({ ...trainingCompute, rows }, { positive: ['flop'] }))
      .toThrowError(/\[compute\] row 5 .*ResNet-152.*flop must be a positive number/)
  })
})
