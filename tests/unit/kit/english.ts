import type { VueWrapper } from '@vue/test-utils'
import { expect, vi } from 'vitest'
import { nextTick } from 'vue'

// What a chart shows a reader in the English edition: every text node (SVG text, title, desc, the
// controls, the source line), the names and descriptions screen readers get, then the 数据 table and the
// tooltip of each kind of mark. None of it may hold a CJK character.

import { CJK } from '../../deck'

export { CJK }

const SPOKEN = ['aria-label', 'aria-roledescription', 'aria-valuetext', 'title']

/** the text and the spoken attributes under a wrapper, one entry each */
export function readerText(w: VueWrapper): string[] {
  const el = w.element as Element
  const texts = [el.textContent ?? '']
  for (const node of [el, ...el.querySelectorAll('*')]) {
    for (const a of SPOKEN) {
      const v = node.getAttribute(a)
      if (v)
        texts.push(v)
    }
  }
  return texts
}

/** the chart's text, the tooltip of every mark, its data table and its CSV download */
export async function everythingShown(w: VueWrapper): Promise<string[]> {
  const out = readerText(w)
  for (const mark of w.findAll('[data-marks] .mark')) {
    await mark.trigger('mouseenter')
    await nextTick()
    out.push(w.find('.chart-tip').exists() ? w.find('.chart-tip').text() : '')
  }
  await w.find('.chart-table-toggle').trigger('click')
  out.push(...readerText(w))
  const blobs: Blob[] = []
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob)
    return 'blob:csv'
  })
  await w.find('[data-download="csv"]').trigger('click')
  create.mockRestore()
  expect(blobs, 'the CSV download').toHaveLength(1)
  out.push(...await Promise.all(blobs.map(b => b.text())))
  await w.find('.chart-table-toggle').trigger('click')
  return out
}

/** the first CJK character of a text, with up to 30 characters either side */
const AROUND_CJK = new RegExp(`.{0,30}${CJK.source}.{0,30}`, 'u')

/** fails naming every text that holds CJK */
export function expectNoCjk(texts: readonly string[]) {
  expect(texts.filter(t => CJK.test(t)).map(t => t.match(AROUND_CJK)?.[0])).toEqual([])
}

/** run with <html lang="en"> (what Slidev sets from slides.en.md's headmatter), then put the old one back */
export function englishDocument() {
  const before = document.documentElement.lang
  document.documentElement.lang = 'en'
  return () => {
    document.documentElement.lang = before
  }
}
