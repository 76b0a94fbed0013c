import { describe, expect, it } from 'vitest'
import {
  homininFitRows,
  hominins,
  homininsWithoutBodyMass,
  mammals,
  primates,
  SOURCE_TABLE_COUNTS,
} from '../../data/brainBody'
import { checkSeries, DataRowError } from '../../data/types'
import { checkEditions } from '../../i18n/format'
import { LANGS, localized, textIn } from '../../i18n/lang'

describe('brain–body data', () => {
  it('has exactly the rows of the source tables', () => {
    expect(mammals.rows).toHaveLength(62)
    expect(primates.rows).toHaveLength(224)
    // Table 1c-i lists 19 taxa; Au. garhi has no body mass and is kept aside
    expect(hominins.rows).toHaveLength(18)
    expect(homininsWithoutBodyMass.map(r => r.sourceName)).toEqual(['Australopithecus garhi'])
    expect(hominins.rows.length + homininsWithoutBodyMass.length).toBe(SOURCE_TABLE_COUNTS.hominins)
    expect(SOURCE_TABLE_COUNTS).toEqual({ mammals: 62, primates: 224, hominins: 19 })
  })

  it('marks the 10 primates among the 62 mammals, and one human per plotted group', () => {
    expect(mammals.rows.filter(r => r.isPrimate)).toHaveLength(10)
    expect(mammals.rows.filter(r => r.isHuman).map(r => r.sourceName)).toEqual(['Human'])
    expect(hominins.rows.filter(r => r.isHuman).map(r => r.sourceName)).toEqual(['Homo sapiens'])
    expect(primates.rows.some(r => /Homo/.test(r.sourceName))).toBe(false)
  })

  it('keeps 16 "Derived" hominins for the fit (Au. afarensis onwards)', () => {
    expect(homininFitRows).toHaveLength(16)
    expect(homininFitRows.map(r => r.sourceName)).not.toContain('Ardipithecus ramidus')
    expect(homininFitRows.map(r => r.sourceName)).not.toContain('Australopithecus anamensis')
  })

  it('has finite, positive masses in kg and g on every row', () => {
    for (const s of [mammals, primates, hominins]) {
      for (const r of s.rows) {
        expect(Number.isFinite(r.bodyKg) && r.bodyKg > 0, `${s.id} ${r.sourceName}`).toBe(true)
        expect(Number.isFinite(r.brainG) && r.brainG > 0, `${s.id} ${r.sourceName}`).toBe(true)
        for (const lang of LANGS)
          expect(textIn(r.name, lang).trim()).not.toBe('')
      }
    }
  })

  it('copies known rows exactly (units: body kg, brain g)', () => {
    const find = <R extends { sourceName: string }>(rows: readonly R[], n: string) => rows.find(r => r.sourceName === n)
    expect(find(mammals.rows, 'African elephant')).toMatchObject({ bodyKg: 6654, brainG: 5712 })
    expect(find(mammals.rows, 'Lesser short-tailed shrew')).toMatchObject({ bodyKg: 0.005, brainG: 0.14 })
    expect(find(primates.rows, 'Pan troglodytes')).toMatchObject({ bodyKg: 40.37, brainG: 357.7, family: 'Panidae' })
    expect(find(primates.rows, 'Aotus nancymaae')).toMatchObject({ bodyKg: 0.787, brainG: 17.9 })
    expect(find(hominins.rows, 'Homo sapiens')).toMatchObject({ bodyKg: 57.8, brainG: 1349, ageMa: 0.001 })
    expect(find(hominins.rows, 'Homo neanderthalensis')).toMatchObject({ bodyKg: 72.1, brainG: 1487.5 })
  })

  it('names every species in both editions, English where the Chinese is a Chinese name', () => {
    const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u
    for (const s of [mammals, primates, hominins]) {
      for (const r of s.rows)
        expect(textIn(r.name, 'en'), r.sourceName).not.toMatch(CJK)
      expect(textIn(s.label, 'en')).not.toMatch(CJK)
      expect(textIn(s.source.label, 'en')).not.toMatch(CJK)
    }
    const en = (rows: readonly { name: Parameters<typeof textIn>[0], sourceName: string }[], n: string) => textIn(rows.find(r => r.sourceName === n)!.name, 'en')
    // the source's English names, its typos corrected in the English label only
    expect(en(mammals.rows, 'Verbet')).toBe('Vervet')
    expect(en(mammals.rows, 'African elephant')).toBe('African elephant')
    expect(textIn(mammals.rows.find(r => r.sourceName === 'African elephant')!.name, 'zh-CN')).toBe('非洲象')
    expect(en(primates.rows, 'Pan troglodytes')).toBe('Chimpanzee')
    expect(en(hominins.rows, 'Australopithecus boisei')).toBe('Paranthropus boisei')
  })

  it('has no duplicate species within a group', () => {
    for (const s of [mammals, primates, hominins])
      expect(new Set(s.rows.map(r => r.sourceName)).size).toBe(s.rows.length)
  })

  it('carries a source with label, url and certainty on every series', () => {
    for (const s of [mammals, primates, hominins]) {
      expect(s.source.label).not.toBe('')
      expect(s.source.url).toMatch(/^https:\/\//)
      expect(['Q', 'Q*', 'E', 'C', 'P', 'I']).toContain(s.source.certainty)
    }
  })

  it('fails on a malformed row and names it', () => {
    const rows = primates.rows.map(r => ({ ...r }))
    rows[7] = { ...rows[7]!, bodyKg: 0 }
    const bad = { ...primates, rows }
    expect(() => checkSeries(bad, { positive: ['bodyKg', 'brainG'] })).toThrowError(DataRowError)
    expect(() => checkSeries(bad, { positive: ['bodyKg', 'brainG'] }))
      .toThrowError(/\[primates\] row 7 .*Alouatta guariba.*bodyKg must be a positive number/)
    const noName = { ...mammals, rows: mammals.rows.map((r, i) => (i === 3 ? { ...r, name: ' ' } : r)) }
    expect(() => checkEditions(noName, { text: ['name'] })).toThrowError(/\[mammals\] row 3 .*"Cow".*name must be a non-empty string/)
    // a name left empty in one edition only fails too
    const noEnglish = { ...mammals, rows: mammals.rows.map((r, i) => (i === 3 ? { ...r, name: localized('牛', '') } : r)) }
    expect(() => checkEditions(noEnglish, { text: ['name'] })).toThrowError(/\[mammals\] row 3 .*"Cow".*name must be a non-empty string/)
  })
})
