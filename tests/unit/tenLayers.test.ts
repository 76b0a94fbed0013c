import { describe, expect, it } from 'vitest'
import { arrivalMs, layersWithinBudget, stepsThatFit } from '../../snippets/tenLayers'

describe('stepsThatFit', () => {
  it('gives ten steps for 100 ms at 10 ms per neuron (the slow end of the range)', () => {
    expect(stepsThatFit(100, 10)).toBe(10)
  })
  it('gives the classic "fewer than 100 steps" bound at 1 ms per neuron', () => {
    expect(stepsThatFit(100, 1)).toBe(100)
  })
  it('rounds down to whole steps', () => {
    expect(stepsThatFit(100, 3)).toBe(33)
    expect(stepsThatFit(100, 7)).toBe(14)
    expect(stepsThatFit(100, 20)).toBe(5)
    expect(stepsThatFit(5, 10)).toBe(0)
  })
  it('does not lose a step to floating point error', () => {
    expect(0.3 / 0.1).toBeLessThan(3)
    expect(stepsThatFit(0.3, 0.1)).toBe(3)
  })
  it('rejects a zero or negative delay and a negative budget', () => {
    expect(() => stepsThatFit(100, 0)).toThrowError(RangeError)
    expect(() => stepsThatFit(100, -1)).toThrowError(/delayMs/)
    expect(() => stepsThatFit(-1, 10)).toThrowError(/budgetMs/)
    expect(() => stepsThatFit(Number.NaN, 10)).toThrowError(/budgetMs/)
  })
})

describe('arrivalMs and layersWithinBudget', () => {
  it('adds one delay per layer', () => {
    expect(arrivalMs(1, 10)).toBe(10)
    expect(arrivalMs(12, 10)).toBe(120)
  })
  it('marks the first floor(budget/delay) layers as fitting', () => {
    const fits = layersWithinBudget(12, 100, 10)
    expect(fits).toHaveLength(12)
    expect(fits.filter(Boolean)).toHaveLength(10)
    expect(fits[9]).toBe(true)
    expect(fits[10]).toBe(false)
  })
  it('lets every layer fit when the neurons are fast enough', () => {
    expect(layersWithinBudget(30, 100, 2).every(Boolean)).toBe(true)
  })
})
