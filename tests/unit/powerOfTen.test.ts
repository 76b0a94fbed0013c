import { describe, expect, it } from 'vitest'
import { powerOfTen } from '../../composables/powerOfTen'

describe('powerOfTen', () => {
  it('writes powers of ten with a superscript exponent, not programmer notation', () => {
    expect(powerOfTen(1e26)).toBe('10²⁶')
    expect(powerOfTen(1e-3)).toBe('10⁻³')
    expect(powerOfTen(3.2e24, 1)).toBe('3.2×10²⁴')
    expect(powerOfTen(5e28)).toBe('5×10²⁸')
  })
})
