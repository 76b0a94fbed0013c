import { PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { handoutPageOf, handoutPages } from '../../scripts/handout.mjs'
import { applyOutline, APPENDIX_TITLE, deckMetadata, firstPages, isTagged, loadDeckOutline, oneLine, outlineTree, outlineWithPages, plainTitle, readOutline, slidesOfPrintIds } from '../../scripts/pdf-outline.mjs'

// A small deck with the real deck's shape: cover, two sections, the Q&A, the appendix divider and two
// appendix slides.
const DECK = [
  { no: 1, title: '封面', layout: 'cover', file: 'slides.md' },
  { no: 2, title: '开场', layout: 'section', file: 'pages/01-opening.md' },
  { no: 3, title: '**断言**', file: 'pages/01-opening.md' },
  { no: 4, title: '问题', layout: 'section', file: 'pages/02-pillars.md' },
  { no: 5, title: '', file: 'pages/02-pillars.md' },
  { no: 6, title: 'Q&A', layout: 'center', file: 'pages/02-pillars.md' },
  { no: 7, title: '附录', file: 'pages/appendix/a0-index.md' },
  { no: 8, title: '附录：算式', file: 'pages/appendix/a3.md' },
  { no: 9, title: '来源', layout: 'section', file: 'pages/appendix/a9.md' },
]

describe('outlineTree', () => {
  it('has the sections, then 附录, with the cover under the first and titles as plain text', () => {
    expect(outlineTree(DECK)).toEqual([
      { title: '开场', no: 2, children: [{ title: '封面', no: 1 }, { title: '断言', no: 3 }] },
      { title: '问题', no: 4, children: [{ title: '第 5 页', no: 5 }, { title: 'Q&A', no: 6 }] },
      { title: APPENDIX_TITLE, no: 7, children: [{ title: '附录：算式', no: 8 }, { title: '来源', no: 9 }] },
    ])
  })

  it('reads the real deck: eight sections and 附录, every slide once', async () => {
    const { tree, slides, headmatter } = await loadDeckOutline()
    expect(tree.map(s => s.title).at(-1)).toBe(APPENDIX_TITLE)
    expect(tree).toHaveLength(9)
    expect(tree.slice(0, 8).map(s => s.title)).toEqual(slides.filter(s => s.layout === 'section' && /^pages\/0\d-/.test(s.file)).map(s => s.title))
    const nos = tree.flatMap(s => [s.no, ...s.children.map(c => c.no)])
    expect(new Set(nos).size).toBe(slides.length)
    expect(typeof headmatter.title).toBe('string')
  })
})

describe('pages', () => {
  it('takes each slide\'s first page from the printed pages (one a click)', () => {
    const printed = slidesOfPrintIds(['001-01', '002-01', '003-01', '003-02', '003-03', '004-01'])
    expect(printed).toEqual([1, 2, 3, 3, 3, 4])
    expect([...firstPages(printed)]).toEqual([[1, 1], [2, 2], [3, 3], [4, 6]])
  })

  it('keeps only exported slides (--range); a section without its divider points at its first slide', () => {
    const tree = outlineTree(DECK)
    const pageOf = firstPages([3, 5, 6]) // --range 3,5-6
    expect(outlineWithPages(tree, pageOf)).toEqual([
      { title: '开场', page: 1, children: [{ title: '断言', page: 1 }] },
      { title: '问题', page: 2, children: [{ title: '第 5 页', page: 2 }, { title: 'Q&A', page: 3 }] },
    ])
  })

  it('handout: two slides a page, placed by the heading outline in deck order', () => {
    expect(handoutPages(55)).toBe(28)
    const headings = [{ title: '预训练' }, { title: '封面', page: 1 }, { title: '开场', page: 1 }, { title: '断言', page: 2 }]
    expect([...handoutPageOf(headings, DECK.slice(0, 3))]).toEqual([[1, 1], [2, 1], [3, 2]])
    expect(() => handoutPageOf(headings.slice(0, 2), DECK.slice(0, 3))).toThrow(/slide 2/)
  })
})

describe('metadata', () => {
  it('takes title, author, a one-line subject and keywords from the headmatter', () => {
    const meta = deckMetadata({ title: '预训练的终结？', author: '小组', info: '## 标题\n解读演讲中的判断：\n“预训练必将终结”（Pre-training as we know it will end）。\n第二句。' }, { kind: '讲义', chromium: '156.0', pdfLib: '1.17.1' })
    expect(meta.title).toBe('预训练的终结？ · 讲义')
    expect(meta.author).toBe('小组')
    expect(meta.subject).toBe('解读演讲中的判断：“预训练必将终结”（Pre-training as we know it will end）。')
    expect(meta.language).toBe('zh-CN')
    expect(meta.keywords.length).toBeGreaterThan(3)
    expect(meta.producer).toContain('Chromium 156.0')
    expect(deckMetadata({ title: 't', keywords: 'a, b' }).keywords).toEqual(['a', 'b'])
    expect(oneLine('no full stop')).toBe('no full stop')
    expect(plainTitle('<b>x</b>  `y`')).toBe('x y')
  })
})

describe('applyOutline', () => {
  it('writes an outline a reader reads back, and the metadata', async () => {
    const pdf = await PDFDocument.create()
    for (let i = 0; i < 5; i++)
      pdf.addPage([100, 100])
    const outline = outlineWithPages(outlineTree(DECK), firstPages([1, 2, 3, 3, 4]))
    applyOutline(pdf, outline, deckMetadata({ title: '标题', author: '作者', info: '一句。' }))
    const back = await PDFDocument.load(await pdf.save(), { updateMetadata: false })
    // slide 3 fills pages 3 and 4 (two clicks): slide 4, 问题, starts on page 5
    expect(readOutline(back)).toEqual([
      { title: '开场', page: 2 },
      { title: '封面', page: 1 },
      { title: '断言', page: 3 },
      { title: '问题', page: 5 },
    ])
    expect(back.getTitle()).toBe('标题')
    expect(back.getAuthor()).toBe('作者')
    expect(back.getSubject()).toBe('一句。')
    expect(String(back.catalog.get(PDFName.of('Lang')))).toContain('zh-CN')
    expect(isTagged(back)).toBe(false)
  })

  it('refuses an entry past the last page', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage()
    expect(() => applyOutline(pdf, [{ title: 'x', page: 2, children: [] }], deckMetadata({ title: 't' }))).toThrow(/past the 1 pages/)
  })
})
