import { describe, expect, it } from 'vitest'
import { LANGS, textIn } from '../../i18n/lang'
import { depthSeries, familyLabels, HYPOTHESIS_LAYERS, hypothesisSource } from '../../data/depth'
import { checkSeries, DataRowError } from '../../data/types'

const byId = (id: string) => depthSeries.rows.find(r => r.id === id)

describe('data/depth', () => {
  it('lists the 17 landmark models of the research table and 4 published since (2025–2026)', () => {
    expect(depthSeries.rows).toHaveLength(21)
    expect(new Set(depthSeries.rows.map(r => r.id)).size).toBe(21)
    expect(depthSeries.rows.filter(r => r.year >= 2025).map(r => r.id).sort())
      .toEqual(['deepseek-v4-pro', 'gpt-oss-120b', 'llama4-maverick', 'qwen3-235b'])
  })
  it('has the figures the slide talks about', () => {
    expect(byId('seq2seq')).toMatchObject({ year: 2014, layers: 4, params: 384e6, family: 'rnn' })
    expect(byId('resnet152')).toMatchObject({ year: 2015, layers: 152 })
    expect(byId('gpt2')).toMatchObject({ year: 2019, layers: 48, params: 1.5e9 })
    expect(byId('gpt3')).toMatchObject({ year: 2020, layers: 96, params: 175e9 })
    expect(byId('llama31-405b')).toMatchObject({ year: 2024, layers: 126, params: 405e9 })
    expect(byId('qwen3-235b')).toMatchObject({ year: 2025, layers: 94, params: 235e9 })
    expect(byId('gpt-oss-120b')).toMatchObject({ year: 2025, layers: 36, params: 117e9 })
    expect(byId('deepseek-v4-pro')).toMatchObject({ year: 2026, layers: 61, params: 1.6e12 })
    expect(HYPOTHESIS_LAYERS).toBe(10)
    // the talk says where the 10 came from
    expect(hypothesisSource.note).toContain('we knew how to train back in the day')
  })
  it('keeps every row finite, positive, in 2012–2026, with its own source', () => {
    for (const r of depthSeries.rows) {
      expect(r.layers).toBeGreaterThan(0)
      expect(r.params).toBeGreaterThan(0)
      expect(r.year).toBeGreaterThanOrEqual(2012)
      expect(r.year).toBeLessThanOrEqual(2026)
      for (const lang of LANGS)
        expect(textIn(r.source.label, lang).length).toBeGreaterThan(0)
      expect(r.source.url).toMatch(/^https:\/\//)
      expect(Object.keys(familyLabels)).toContain(r.family)
    }
    expect(depthSeries.source.url).toMatch(/^https:\/\//)
    expect(hypothesisSource.certainty).toBe('Q')
  })
  it('marks the figures not read in the primary source Q*, and the re-checked ones Q', () => {
    const starred = depthSeries.rows.filter(r => r.source.certainty === 'Q*').map(r => r.id).sort()
    expect(starred).toEqual(['deepseek-v4-pro', 'llama4-maverick'])
    for (const id of ['bert-large', 'chinchilla', 'gopher', 'gpt1', 'palm', 'transformer'])
      expect(byId(id)!.source.certainty, id).toBe('Q')
  })
  it('gives mixture-of-experts models their total parameters and says so in the note', () => {
    for (const id of ['deepseek-v3', 'llama4-maverick', 'qwen3-235b', 'gpt-oss-120b', 'deepseek-v4-pro'])
    {
      expect(textIn(byId(id)!.note!, 'zh-CN'), id).toMatch(/总参数.*激活/)
      expect(textIn(byId(id)!.note!, 'en'), id).toMatch(/in total.*active/)
    }
  })
  it('fails on a bad row and names it', () => {
    const first = depthSeries.rows[0]!
    const bad = { ...depthSeries, rows: [first, { ...first, id: 'neg', model: 'Negative', params: -1 }] }
    expect(() => checkSeries(bad, { positive: ['layers', 'params'] })).toThrowError(DataRowError)
    expect(() => checkSeries(bad, { positive: ['layers', 'params'] })).toThrowError(/\[depth-decade\] row 1 .*"Negative".*params must be a positive number/)
  })
})
