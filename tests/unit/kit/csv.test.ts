import { describe, expect, it } from 'vitest'
import { CSV_BOM, csvFromSeries, csvPart, parseCsv, toCsv } from '../../../components/kit/csv'
import { demoA, demoB } from './demo-data'

describe('chart CSV', () => {
  it('starts with a BOM, quotes what needs quoting and parses back to the same cells', () => {
    const table = csvFromSeries([csvPart(demoA, ['name', 'value', 'note']), csvPart(demoB, ['name', 'value'])], '2026-11')
    const text = toCsv(table)
    expect(text.startsWith(CSV_BOM)).toBe(true)
    expect(text).toContain('"二, 带逗号"')
    expect(text).toContain('"有""引号"""')
    const [head, ...rows] = parseCsv(text)
    expect(head).toEqual(['series', 'name', 'value', 'note', 'source', 'source_url', 'certainty', 'as_of'])
    expect(rows).toHaveLength(4)
    expect(rows[1]).toEqual(['a', '二, 带逗号', '2.5', '有"引号"', '测试来源 A', 'https://example.org/a', 'Q', '2026-11'])
    expect(rows[3]).toEqual(['b', '四', '3', '', '测试来源 B', 'https://example.org/b', 'E', '2026-11'])
  })

  it('refuses a field that is not a scalar, naming it', () => {
    const bad = { ...demoA, rows: [{ name: '一', value: 1, note: { nested: true } as unknown as string }] }
    expect(() => csvFromSeries([csvPart(bad, ['note'])], '2026-11')).toThrow(/nested/)
  })
})
