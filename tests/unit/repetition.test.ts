import { describe, expect, it } from 'vitest'
import { effectiveData, effectiveDataCeiling, marginalValue, R_STAR_DATA } from '../../snippets/repetition'

describe('repetition snippet (Muennighoff et al. 2023)', () => {
  it('uses the fitted R*_D ≈ 15.4', () => {
    expect(R_STAR_DATA).toBeCloseTo(15.39, 2)
  })
  it('one epoch is exactly the unique data', () => {
    expect(effectiveData(100, 1)).toBe(100)
    expect(effectiveData(1, 0.5)).toBe(1)
  })
  it('two epochs are worth almost two', () => {
    expect(effectiveData(1, 2)).toBeCloseTo(1 + 15.387756 * (1 - Math.exp(-1 / 15.387756)), 10)
    expect(effectiveData(1, 2)).toBeGreaterThan(1.96)
  })
  it('4 epochs ≈ 3.73 U: within 7 % of four fresh copies', () => {
    expect(effectiveData(1, 4)).toBeCloseTo(3.73, 2)
    expect(effectiveData(1, 4) / 4).toBeGreaterThan(0.93)
  })
  it('16 epochs ≈ 10.6 U and the 16th pass is worth ≈ 38 % of fresh data', () => {
    expect(effectiveData(1, 16)).toBeCloseTo(10.58, 1)
    expect(marginalValue(16)).toBeCloseTo(0.377, 2)
  })
  it('saturates toward U·(1 + R*)', () => {
    expect(effectiveDataCeiling(1)).toBeCloseTo(16.39, 2)
    expect(effectiveData(1, 64)).toBeLessThan(effectiveDataCeiling(1))
    expect(effectiveData(1, 1e4)).toBeCloseTo(effectiveDataCeiling(1), 6)
  })
  it('scales with the unique data', () => {
    expect(effectiveData(250, 8)).toBeCloseTo(250 * effectiveData(1, 8), 8)
  })
})
