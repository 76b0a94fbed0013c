import { describe, expect, it } from 'vitest'
import { LANGS, textIn } from '../../i18n/lang'
import {
  BUDGET_MS,
  NEURON_MS_MAX,
  NEURON_MS_MIN,
  neuronStep,
  reactionBudget,
  SEQ2SEQ_LAYERS,
  seq2seqDepth,
  TRAINABLE_LAYERS_2014,
  trainableDepth2014,
} from '../../data/neurons'
import { stepsThatFit } from '../../snippets/tenLayers'
import { checkSeries, DataRowError } from '../../data/types'

describe('data/neurons', () => {
  it('has the 100 ms budget, the 1–10 ms neuron step and the 4-layer seq2seq', () => {
    expect(BUDGET_MS).toBe(100)
    expect(NEURON_MS_MIN).toBe(1)
    expect(NEURON_MS_MAX).toBe(10)
    expect(SEQ2SEQ_LAYERS).toBe(4)
  })
  it('keeps the 10 layers apart from the timing argument: 10 is the depth trainable in 2014, in the talk\'s words', () => {
    expect(TRAINABLE_LAYERS_2014).toBe(10)
    expect(trainableDepth2014.rows[0]!.quote).toContain('we knew how to train back in the day')
    // the timing argument gives a range of 10–100 serial steps, not the number 10
    expect([stepsThatFit(BUDGET_MS, NEURON_MS_MAX), stepsThatFit(BUDGET_MS, NEURON_MS_MIN)]).toEqual([10, 100])
  })
  it('gives every series a source with a label, an https url and a certainty tag', () => {
    for (const s of [reactionBudget, neuronStep, seq2seqDepth, trainableDepth2014]) {
      for (const lang of LANGS)
        expect(textIn(s.source.label, lang).length).toBeGreaterThan(0)
      expect(s.source.url).toMatch(/^https:\/\//)
      expect(['Q', 'Q*', 'E', 'C', 'P', 'I']).toContain(s.source.certainty)
    }
  })
  it('keeps every timing finite and positive, with the source wording', () => {
    for (const row of [...reactionBudget.rows, ...neuronStep.rows]) {
      expect(Number.isFinite(row.ms) && row.ms > 0).toBe(true)
      expect(row.quote.length).toBeGreaterThan(0)
    }
    expect(neuronStep.rows).toHaveLength(2)
  })
  it('fails on a bad row and names it', () => {
    const bad = { ...neuronStep, rows: [...neuronStep.rows, { id: 'broken', label: '坏', ms: 0, quote: 'x' }] }
    expect(() => checkSeries(bad, { positive: ['ms'] })).toThrowError(DataRowError)
    expect(() => checkSeries(bad, { positive: ['ms'] })).toThrowError(/\[neuron-step\] row 2 .*"broken".*ms must be a positive number/)
  })
})
