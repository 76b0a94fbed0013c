import { describe, expect, it } from 'vitest'
import { checkSeries, DataRowError } from '../../data/types'

const source = { label: 'test', url: 'https://example.org', certainty: 'Q' as const }

describe('checkSeries', () => {
  it('accepts well-formed rows and returns the series unchanged', () => {
    const s = { id: 'ok', label: 'ok', source, rows: [{ name: 'a', v: 1 }] }
    expect(checkSeries(s, { positive: ['v'], text: ['name'] })).toBe(s)
  })
  it('names the series and the row when a value is not positive', () => {
    const s = { id: 'bad', label: 'bad', source, rows: [{ name: 'a', v: 1 }, { name: 'b', v: -2 }] }
    expect(() => checkSeries(s, { positive: ['v'] })).toThrowError(DataRowError)
    expect(() => checkSeries(s, { positive: ['v'] })).toThrowError(/\[bad\] row 1 .*"b".*v must be a positive number/)
  })
  it('rejects NaN where a finite number is required', () => {
    const s = { id: 'nan', label: 'nan', source, rows: [{ name: 'a', v: Number.NaN }] }
    expect(() => checkSeries(s, { finite: ['v'] })).toThrowError(/row 0 .*v must be a finite number/)
  })
  it('rejects a series without a source url', () => {
    const s = { id: 'nosrc', label: 'x', source: { ...source, url: '' }, rows: [{ v: 1 }] }
    expect(() => checkSeries(s, {})).toThrowError(/\[nosrc\] has no source/)
  })
})
