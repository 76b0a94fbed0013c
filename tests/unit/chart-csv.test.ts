import type { Component } from 'vue'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { LANGS } from '../../i18n/lang'
import { csvProblems } from '../csv-check'
import { CHARTS, ROOT } from '../deck'

// Every chart's CSV download (数据 → CSV), caught as the Blob the button makes: the data modules, row for row.
describe('chart CSV downloads', () => {
  it.each(CHARTS.flatMap(c => LANGS.map(lang => [c.tag, lang] as const)))('%s (%s edition): the file is its data modules\' rows, in order, fields unformatted, with sources in the edition\'s words', async (tag, lang) => {
    document.documentElement.lang = lang
    const { default: chart } = await import(resolve(ROOT, 'components/charts', `${tag}.vue`)) as { default: Component }
    const blobs: Blob[] = []
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob)
      return 'blob:csv'
    })
    const w = mount(chart, { attachTo: document.body })
    await w.find('.chart-table-toggle').trigger('click')
    await w.find('[data-download="csv"]').trigger('click')
    expect(blobs).toHaveLength(1)
    expect(csvProblems(await blobs[0]!.text(), lang)).toEqual([])
    create.mockRestore()
    w.unmount()
    document.documentElement.lang = 'zh-CN'
  })

  it('finds a changed figure, a missing row and an unmarked made-up series', async () => {
    const { toCsv, csvFromSeries, csvPart } = await import('../../components/kit/csv')
    const { depthSeries, AS_OF } = await import('../../data/depth')
    const good = csvFromSeries([csvPart(depthSeries, ['id', 'layers'])], AS_OF)
    expect(csvProblems(toCsv(good))).toEqual([])
    const changed = { ...good, rows: good.rows.map((r, i) => (i === 0 ? [r[0], r[1], 9, ...r.slice(3)] : r)) }
    expect(csvProblems(toCsv(changed)).join()).toMatch(/layers: "9"/)
    expect(csvProblems(toCsv({ ...good, rows: good.rows.slice(1) })).join()).toMatch(/rows are in the file|alexnet|id:/)
    expect(csvProblems(toCsv({ ...good, rows: [...good.rows, ['made-up', 'x', 1, 'S', 'u', 'Q', AS_OF]] })).join()).toMatch(/not marked computed/)
  })
})
