import { describe, expect, it } from 'vitest'
import { crossingYear, datasetTokens, growthForCrossing, stockTokens } from '../../snippets/exhaustion'

// Epoch's figures: stock 300T tokens in 2024 growing 7%/yr; start from Llama 3.1-405B (15.6T, 2024-07-23)
const stock = { stockYear: 2024, stockTokens: 3e14, stockGrowth: 1.07 }
const start = { startYear: 2024 + 204 / 366, startTokens: 1.56e13 }

describe('exhaustion snippet', () => {
  it('dataset and stock grow by their factors per year', () => {
    expect(datasetTokens(start.startYear, { ...start, growth: 3 })).toBeCloseTo(1.56e13, -6)
    expect(datasetTokens(start.startYear + 2, { ...start, growth: 3 })).toBeCloseTo(1.56e13 * 9, -6)
    expect(datasetTokens(start.startYear, { ...start, growth: 3, overtrain: 4 })).toBeCloseTo(1.56e13 * 2, -6)
    expect(stockTokens(2028, stock)).toBeCloseTo(3e14 * 1.07 ** 4, -6)
  })

  it('the stock in 2028 is ≈ 4e14, the size Epoch gives at its median crossing', () => {
    expect(stockTokens(2028, stock) / 4e14).toBeGreaterThan(0.95)
    expect(stockTokens(2028, stock) / 4e14).toBeLessThan(1.02)
  })

  it('at both curves the crossing year gives equal sizes', () => {
    const d = { ...start, growth: 3 }
    const y = crossingYear(d, stock)
    expect(datasetTokens(y, d)).toBeCloseTo(stockTokens(y, stock), -8)
  })

  it('3×/yr from Llama 3.1 gives ≈2027.5, half a year before Epoch\'s median 2028', () => {
    expect(crossingYear({ ...start, growth: 3 }, stock)).toBeCloseTo(2027.46, 1)
  })

  it('2028 needs ≈2.55×/yr in this simple model, and that growth does give 2028', () => {
    const g = growthForCrossing(2028, start, stock)
    expect(g).toBeCloseTo(2.55, 2)
    expect(crossingYear({ ...start, growth: g }, stock)).toBeCloseTo(2028, 6)
  })

  it('faster growth and overtraining bring the crossing earlier (5× ≈ 0.8 yr, 100× ≈ 2.2 yr)', () => {
    const base = crossingYear({ ...start, growth: 3 }, stock)
    expect(crossingYear({ ...start, growth: 3.7 }, stock)).toBeLessThan(base)
    expect(base - crossingYear({ ...start, growth: 3, overtrain: 5 }, stock)).toBeCloseTo(0.78, 1)
    expect(crossingYear({ ...start, growth: 3, overtrain: 100 }, stock)).toBeCloseTo(2025.2, 1)
  })

  it('the 100T and 1000T ends of the stock band move the crossing to ≈2026.4 and ≈2028.6', () => {
    expect(crossingYear({ ...start, growth: 3 }, { ...stock, stockTokens: 1e14 })).toBeCloseTo(2026.4, 1)
    expect(crossingYear({ ...start, growth: 3 }, { ...stock, stockTokens: 1e15 })).toBeCloseTo(2028.63, 1)
  })

  it('never meets if datasets grow no faster than the stock', () => {
    expect(crossingYear({ ...start, growth: 1.07 }, stock)).toBe(Number.POSITIVE_INFINITY)
    expect(() => growthForCrossing(2020, start, stock)).toThrowError(RangeError)
  })
})
