import { describe, expect, it } from 'vitest'
import { datablationsFit, repetitionNotes, sampleEpochs } from '../../data/repetition'
import { checkSeries, DataRowError } from '../../data/types'

describe('data/repetition: reference points', () => {
  it('has the 4- and 16-epoch notes, each with a source', () => {
    expect(repetitionNotes.rows.map(n => n.epochs)).toEqual([4, 16])
    for (const n of repetitionNotes.rows)
      expect(n.ref).toMatch(/^https:\/\//)
    expect(datablationsFit.url).toMatch(/datablations/)
  })
  it('samples epochs 1…64 in powers of two', () => {
    expect(sampleEpochs).toEqual([1, 2, 4, 8, 16, 32, 64])
  })
  it('a malformed row fails naming the row', () => {
    const rows = repetitionNotes.rows.map(r => ({ ...r }))
    rows[1] = { ...rows[1]!, epochs: 0 }
    expect(() => checkSeries({ ...repetitionNotes, rows }, { positive: ['epochs'] }))
      .toThrowError(DataRowError)
    expect(() => checkSeries({ ...repetitionNotes, rows }, { positive: ['epochs'] }))
      .toThrowError(/\[repetition-notes\] row 1 /)
  })
})
