import AxeBuilder from '@axe-core/playwright'
import { CHARTS, loadDeck } from '../deck'
import { expect, test } from './fixtures'

// Issue 11: axe (WCAG 2.2 AA) finds nothing serious or critical in any chart slide, drawn and as its
// data table, in light and dark (the dark project runs this file too). Slidev's own navigation bar is
// outside the slide and belongs to the readers' issue; this looks at the slide.
const slides = await loadDeck()
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

for (const { tag } of CHARTS) {
  const slide = slides.find(s => new RegExp(`<${tag}\\b`).test(s.content))!
  test(`${tag} (slide ${slide.no}): axe WCAG 2.2 AA finds nothing serious or critical, drawn and as a table`, async ({ deck }) => {
    const { page } = deck
    await deck.gotoSlide(slide.no, { clicks: slide.clicks ?? 0 })
    const scope = `.slidev-page-${slide.no}`
    const check = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).include(scope).withTags(TAGS).analyze()
      const bad = violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      const moderate = violations.filter(v => !bad.includes(v))
      if (moderate.length)
        console.log(`${tag} ${state}: moderate/minor: ${moderate.map(v => `${v.id} ×${v.nodes.length}`).join(', ')}`)
      expect(bad.map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`), `${tag} ${state}`).toEqual([])
    }
    await check('drawn')
    await page.locator(`${scope} .chart-table-toggle`).click()
    await check('as a table')
  })
}
