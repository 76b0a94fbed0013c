import { describe, expect, it } from 'vitest'
import { AS_OF, ssiEvents, ssiMonthsBetweenRounds, ssiRounds, ssiTotalRaisedUsd, ssiValuationRatio } from '../../data/ssi'
import { checkSeries, DataRowError } from '../../data/types'

describe('SSI data', () => {
  it('lists the events in date order, from leaving OpenAI to the November 2025 interview', () => {
    expect(ssiEvents.rows.map(e => e.id)).toEqual(['leave-openai', 'founded', 'round-1', 'round-2', 'ceo', 'interview'])
    const times = ssiEvents.rows.map(e => Date.parse(e.date))
    expect(times.every(Number.isFinite)).toBe(true)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('keeps the dates the sources give', () => {
    const byId = Object.fromEntries(ssiEvents.rows.map(e => [e.id, e]))
    expect(byId['leave-openai']).toMatchObject({ date: expect.stringMatching(/^2024-05-/), precision: 'month' })
    expect(byId.founded).toMatchObject({ date: '2024-06-19', precision: 'day' })
    expect(byId['round-1']).toMatchObject({ date: '2024-09-04', precision: 'day' })
    expect(byId['round-2']).toMatchObject({ date: expect.stringMatching(/^2025-04-/), precision: 'month' })
    // Gross left on 29 June; Sutskever announced himself as CEO on 3 July
    expect(byId.ceo).toMatchObject({ date: '2025-07-03', precision: 'day' })
    expect(byId.ceo!.detail['zh-CN']).toMatch(/6 月 29 日/)
    expect(byId.ceo!.detail.en).toMatch(/June 29/)
    expect(byId.interview).toMatchObject({ date: '2025-11-25', precision: 'day' })
    expect(byId.interview!.source.url).toBe('https://www.dwarkesh.com/p/ilya-sutskever-2')
    expect(byId.founded!.detail['zh-CN']).toMatch(/Daniel Gross.*Daniel Levy/)
    expect(byId.founded!.detail.en).toMatch(/Daniel Gross.*Daniel Levy/)
    expect(byId.founded!.detail['zh-CN']).toMatch(/帕洛阿尔托.*特拉维夫/)
    expect(byId.founded!.detail.en).toMatch(/Palo Alto.*Tel Aviv/)
  })

  it('has the two funding rounds: $1B (~$5B reported) and $2B at $32B (reported)', () => {
    expect(ssiRounds.rows.map(r => [r.raisedUsd, r.valuationUsd])).toEqual([[1e9, 5e9], [2e9, 32e9]])
    expect(ssiTotalRaisedUsd).toBe(3e9)
    const eventIds = new Set(ssiEvents.rows.map(e => e.id))
    for (const r of ssiRounds.rows)
      expect(eventIds.has(r.eventId)).toBe(true)
  })

  it('marks every valuation as a press report: SSI disclosed neither', () => {
    for (const r of ssiRounds.rows) {
      expect(r.valuationDisclosed).toBe(false)
      expect(r.valuationNote['zh-CN']).toMatch(/据.*报道/)
      expect(r.valuationNote.en).toMatch(/according to Reuters/)
    }
    expect(ssiRounds.rows.map(r => r.raisedDisclosed)).toEqual([true, false])
  })

  it('computes the ratio and the interval the slide states: ×6.4 in about 7 months, not "a year"', () => {
    expect(ssiValuationRatio).toBeCloseTo(6.4, 6)
    expect(ssiMonthsBetweenRounds).toBe(7)
  })

  it('cites a source with a certainty tag on every series and every row', () => {
    for (const s of [ssiEvents, ssiRounds]) {
      expect(s.source.url).toMatch(/^https:\/\//)
      for (const r of s.rows) {
        expect(r.source.label).not.toBe('')
        expect(r.source.url).toMatch(/^https:\/\//)
        expect(['Q', 'Q*', 'E', 'C', 'P', 'I']).toContain(r.source.certainty)
      }
    }
  })

  it('runs to the last event it holds', () => {
    expect(AS_OF).toBe(ssiEvents.rows.at(-1)!.date.slice(0, 7))
  })

  it('fails on a malformed round and names it', () => {
    const rows = ssiRounds.rows.map((r, i) => (i === 1 ? { ...r, valuationUsd: Number.NaN } : r))
    expect(() => checkSeries({ ...ssiRounds, rows }, { positive: ['raisedUsd', 'valuationUsd'] }))
      .toThrowError(DataRowError)
    expect(() => checkSeries({ ...ssiRounds, rows }, { positive: ['raisedUsd', 'valuationUsd'] }))
      .toThrowError(/\[ssi-rounds\] row 1 .*"round-2".*valuationUsd must be a positive number/)
  })
})
