import { describe, expect, it } from 'vitest'
import { depthSeries, familyLabels, HYPOTHESIS_LAYERS, hypothesisSource } from '../../data/depth'
import { checkSeries, DataRowError } from '../../data/types'

const byId = (id: string) => depthSeries.rows.find(r => r.id === id)

describe('data/depth', () => {
  it('lists the 17 landmark models of the research table', () => {
    expect(depthSeries.rows).toHaveLength(17)
    expect(new Set(depthSeries.rows.map(r => r.id)).size).toBe(17)
  })
  it('has the figures the slide talks about', () => {
    expect(byId('seq2seq')).toMatchObject({ year: 2014, layers: 4, params: 384e6, family: 'rnn' })
    expect(byId('resnet152')).toMatchObject({ year: 2015, layers: 152 })
    expect(byId('gpt2')).toMatchObject({ year: 2019, layers: 48, params: 1.5e9 })
    expect(byId('gpt3')).toMatchObject({ year: 2020, layers: 96, params: 175e9 })
    expect(byId('llama31-405b')).toMatchObject({ year: 2024, layers: 126, params: 405e9 })
    expect(HYPOTHESIS_LAYERS).toBe(10)
  })
  it('keeps every row finite, positive, in 2012–2024, with its own source', () => {
    for (const r of depthSeries.rows) {
      expect(r.layers).toBeGreaterThan(0)
      expect(r.params).toBeGreaterThan(0)
      expect(r.year).toBeGreaterThanOrEqual(2012)
      expect(r.year).toBeLessThanOrEqual(2024)
      expect(r.source.label.length).toBeGreaterThan(0)
      expect(r.source.url).toMatch(/^https:\/\//)
      expect(Object.keys(familyLabels)).toContain(r.family)
    }
    expect(depthSeries.source.url).toMatch(/^https:\/\//)
    expect(hypothesisSource.certainty).toBe('Q')
  })
  it('marks the recalled (unverified) figures Q*', () => {
    const starred = depthSeries.rows.filter(r => r.source.certainty === 'Q*').map(r => r.id).sort()
    expect(starred).toEqual(['bert-large', 'chinchilla', 'gopher', 'gpt1', 'palm', 'transformer'])
  })
  it('fails on a bad row and names it', () => {
    const first = depthSeries.rows[0]!
    const bad = { ...depthSeries, rows: [first, { ...first, id: 'neg', model: 'Negative', params: -1 }] }
    expect(() => checkSeries(bad, { positive: ['layers', 'params'] })).toThrowError(DataRowError)
    expect(() => checkSeries(bad, { positive: ['layers', 'params'] })).toThrowError(/\[depth-decade\] row 1 .*"Negative".*params must be a positive number/)
  })
})
