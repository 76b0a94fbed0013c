// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseRange } from '../../scripts/export-range.mjs'

// `npm run export -- --range …`: what Slidev accepts, read strictly, with a message for the rest
// (Slidev's own parser drops what it cannot read, so `--range 60-70` used to export nothing, or all).
describe('parseRange', () => {
  it('reads Slidev\'s syntax', () => {
    expect(parseRange('13-16', 50)).toEqual({ pages: [13, 14, 15, 16] })
    expect(parseRange('1,3,5-7', 50)).toEqual({ pages: [1, 3, 5, 6, 7] })
    expect(parseRange('48-', 50)).toEqual({ pages: [48, 49, 50] })
    expect(parseRange('7; 2', 50)).toEqual({ pages: [2, 7] })
    expect(parseRange(undefined, 3)).toEqual({ pages: [1, 2, 3] })
  })
  it.each([
    ['60-70', /goes past the last slide, 50/],
    ['0', /numbered from 1/],
    ['16-13', /from low to high/],
    ['abc', /"abc" is not a slide number/],
    ['1-3,x', /"x" is not a slide number/],
    ['', /needs slide numbers/],
  ])('refuses %j, saying why', (range, message) => {
    const r = parseRange(range, 50)
    expect('error' in r && r.error).toMatch(message)
    expect('error' in r && r.error).toMatch(/--range/)
  })
})
