import { EDITION, loadDeck, strayCjk } from '../deck'
import { expect, test } from './fixtures'

// Every slide of the built deck, opened by URL at its last click, in light and dark (two projects):
// it must draw without console or page errors, without a request off the host, and nothing may
// stick out of the 980×552 canvas. In the English edition (issue 15) it must also show no Chinese but
// the names quoted on purpose (tests/deck.ts EN_CJK_ALLOWED), whatever draws it: Markdown, a chart's
// labels, a component's words, an aria-label or a tooltip a screen reader would read.
const slides = await loadDeck()

test.describe('every slide', () => {
  for (const slide of slides) {
    test(`slide ${slide.no} 「${slide.title}」 (${slide.file}) draws cleanly and fits the canvas`, async ({ deck }) => {
      await deck.gotoSlide(slide.no, { clicks: slide.clicks ?? 99 })
      const overflow = await deck.page.evaluate((no) => {
        const frame = document.querySelector(`.slidev-page-${no}`)
        if (!frame)
          return ['slide element missing']
        const box = frame.getBoundingClientRect()
        const tol = 1
        const out: string[] = []
        for (const el of frame.querySelectorAll<HTMLElement | SVGElement>('*')) {
          const style = getComputedStyle(el)
          if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed')
            continue
          if (el.closest('.slidev-vclick-hidden, .chart-tip, title, desc, defs, clipPath'))
            continue
          const r = el.getBoundingClientRect()
          if (r.width === 0 && r.height === 0)
            continue
          if (r.left < box.left - tol || r.top < box.top - tol || r.right > box.right + tol || r.bottom > box.bottom + tol) {
            const name = el.tagName.toLowerCase() + (el.getAttribute('class') ? `.${String(el.getAttribute('class')).trim().split(/\s+/).join('.')}` : '')
            out.push(`${name} "${(el.textContent ?? '').trim().slice(0, 40)}" sticks out by ${Math.round(Math.max(box.left - r.left, box.top - r.top, r.right - box.right, r.bottom - box.bottom))}px`)
          }
        }
        return out.slice(0, 5)
      }, slide.no)
      expect(overflow, `slide ${slide.no} 「${slide.title}」 overflows its canvas`).toEqual([])
      if (EDITION.lang === 'en') {
        const text = await deck.page.evaluate((no) => {
          const frame = document.querySelector(`.slidev-page-${no}`)!
          const attrs = [...frame.querySelectorAll('[aria-label], [title], [alt], [aria-roledescription]')]
            .flatMap(el => ['aria-label', 'title', 'alt', 'aria-roledescription'].map(a => el.getAttribute(a) ?? ''))
          return [frame.textContent ?? '', ...attrs].join('\n')
        }, slide.no)
        expect(strayCjk(text), `slide ${slide.no} 「${slide.title}」: Chinese in the English edition`).toBe('')
      }
      expect(await deck.problems(), `slide ${slide.no} 「${slide.title}」 (${slide.file})`).toEqual([])
    })
  }
})
