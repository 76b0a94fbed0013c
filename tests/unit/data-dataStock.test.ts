import { describe, expect, it } from 'vitest'
import { LANGS, textIn } from '../../i18n/lang'
import { AS_OF, datasetSizes, growthRates, humanTextStock, projectionStart } from '../../data/dataStock'
import { checkSeries, DataRowError } from '../../data/types'

describe('data/dataStock: dataset sizes and the stock of human text', () => {
  it('has 22 landmark models, finite and positive, each with its own reference', () => {
    expect(datasetSizes.rows).toHaveLength(22)
    expect(datasetSizes.source.url).toBeTruthy()
    for (const r of datasetSizes.rows) {
      expect(Number.isFinite(r.tokens) && r.tokens > 0).toBe(true)
      for (const lang of LANGS)
        expect(textIn(r.ref, lang).length).toBeGreaterThan(3)
    }
  })

  it('marks early models counted in words, not tokens', () => {
    const words = datasetSizes.rows.filter(r => r.unit === 'words').map(r => r.model)
    expect(words).toEqual(['Seq2Seq LSTM', 'GPT-1', 'BERT'])
  })

  it('keeps the quoted sizes', () => {
    const byName = new Map(datasetSizes.rows.map(r => [r.model, r.tokens]))
    expect(byName.get('GPT-3')).toBe(3e11)
    expect(byName.get('Chinchilla')).toBe(1.4e12)
    expect(byName.get('Llama 3.1-405B')).toBe(1.56e13)
    expect(byName.get('Llama 4 Scout')).toBe(4e13)
    expect(byName.get('Qwen3')).toBe(3.6e13)
  })

  it('the largest published training set is Llama 4 Scout (~40T, 2025-04); the data run to 2026-04', () => {
    const largest = [...datasetSizes.rows].sort((a, b) => b.tokens - a.tokens)[0]!
    expect(largest).toMatchObject({ model: 'Llama 4 Scout', date: '2025-04-05' })
    const dates = datasetSizes.rows.map(r => r.date)
    expect(dates).toEqual([...dates].sort())
    expect(AS_OF).toBe(dates.at(-1)!.slice(0, 7))
  })

  it('stock: 300T with a 100T–1000T band; exhaustion 2026–2032, median 2028', () => {
    expect(humanTextStock.median).toBe(3e14)
    expect(humanTextStock.low).toBe(1e14)
    expect(humanTextStock.high).toBe(1e15)
    expect(humanTextStock.exhaustion).toMatchObject({ from: 2026, to: 2032, median: 2028 })
    expect(humanTextStock.source.url).toMatch(/epoch/)
  })

  it('datasets grow ~3× a year against a stock growing ~7%', () => {
    expect(growthRates.datasets.perYear).toBe(3)
    expect(growthRates.stock.perYear).toBe(1.07)
  })

  it('the projection starts at Llama 3.1-405B', () => {
    expect(projectionStart.model).toBe('Llama 3.1-405B')
    expect(projectionStart.year).toBeCloseTo(2024.56, 2)
  })

  it('a malformed row fails naming the row', () => {
    const rows = datasetSizes.rows.map(r => ({ ...r }))
    rows[2] = { ...rows[2]!, tokens: Number.NaN }
    expect(() => checkSeries({ ...datasetSizes, rows }, { positive: ['tokens'] }))
      .toThrowError(DataRowError)
    expect(() => checkSeries({ ...datasetSizes, rows }, { positive: ['tokens'] }))
      .toThrowError(/\[tokens\] row 2 .*GPT-1/)
  })
})
