import type { StateRules } from '../../../components/kit/state'
import { describe, expect, it } from 'vitest'
import { controlValue, defaultSnapshot, queryFromSnapshot, sanitizeSnapshot, snapshotFromQuery } from '../../../components/kit/state'

const rules: StateRules = {
  controls: { growth: { min: 2, max: 4, step: 0.1, value: 3 }, overtrain: { min: 0, max: 6, step: 1, value: 0 } },
  series: ['compute', 'tokens', 'trend', 'stock'],
}

describe('chart state in a link', () => {
  it('writes only what differs from the defaults, and reads it back', () => {
    const snap = { ...defaultSnapshot(rules), controls: { growth: 2.5, overtrain: 0 }, hidden: ['stock', 'trend'], view: 'table' as const }
    const q = queryFromSnapshot(rules, snap)
    expect(q).toEqual({ growth: '2.5', hide: 'trend,stock', view: 'table' })
    expect(snapshotFromQuery(rules, q)).toEqual({ ...snap, hidden: ['trend', 'stock'] })
    expect(queryFromSnapshot(rules, defaultSnapshot(rules))).toEqual({})
  })

  it('ignores garbage, out-of-range values and unknown series, keeping the defaults', () => {
    const s = snapshotFromQuery(rules, { growth: 'abc', overtrain: '99', hide: 'nope,stock,,stock', view: 'pie', clicks: '2' })
    expect(s.controls).toEqual({ growth: 3, overtrain: 0 })
    expect(s.hidden).toEqual(['stock'])
    expect(s.view).toBe('chart')
    expect(snapshotFromQuery(rules, { growth: ['2.2', '3.9'] }).controls.growth).toBe(2.2)
    expect(snapshotFromQuery(rules, { growth: '' }).controls.growth).toBe(3)
  })

  it('snaps a value to the control grid without float noise', () => {
    const spec = rules.controls.growth!
    expect(controlValue(spec, '2.7000001')).toBe(2.7)
    expect(controlValue(spec, 2 + 7 * 0.1)).toBe(2.7)
    expect(controlValue(spec, '4.01')).toBeUndefined()
    expect(controlValue(spec, Number.NaN)).toBeUndefined()
  })

  it('keeps only the valid fields of a state that crossed from another window', () => {
    const base = defaultSnapshot(rules)
    expect(sanitizeSnapshot(rules, { controls: { growth: 3.8, extra: 1 }, hidden: 'stock', view: 'table', active: 7 }, base))
      .toEqual({ controls: { growth: 3.8, overtrain: 0 }, hidden: [], view: 'table', active: null })
    expect(sanitizeSnapshot(rules, null, base)).toEqual(base)
  })
})
