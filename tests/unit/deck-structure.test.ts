import { beforeAll, describe, expect, it } from 'vitest'
import { CHART_TAG, CHARTS, type DeckSlide, loadDeck } from '../deck'

// What the content issue asks of the deck, checked on the Markdown through Slidev's parser.
let slides: DeckSlide[]
beforeAll(async () => {
  slides = await loadDeck()
})

const SECTIONS = [
  'pages/01-opening.md',
  'pages/02-pillars.md',
  'pages/03-counterpoints.md',
  'pages/04-ten-layers.md',
  'pages/05-directions.md',
  'pages/06-brain-body.md',
  'pages/07-ssi.md',
  'pages/08-conclusion.md',
]


const describeSlide = (s: DeckSlide) => `#${s.no} 「${s.title}」 (${s.file})`

/** The text an audience sees: no notes, no code blocks, no HTML comments. */
function visibleText(s: DeckSlide) {
  return s.content.replace(/```[\s\S]*?```/g, '').replace(/<!--[\s\S]*?-->/g, '')
}

describe('the deck', () => {
  it('is a full talk: at least 25 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(25)
  })

  it('has every section of the article, in the article\'s order, one file each', () => {
    const order = slides.map(s => s.file).filter(f => f.startsWith('pages/'))
    const firstSeen = [...new Set(order)]
    expect(firstSeen).toEqual(SECTIONS)
    for (const file of SECTIONS)
      expect(order.filter(f => f === file).length, `${file} has too few slides`).toBeGreaterThanOrEqual(2)
  })

  it('has speaker notes on every slide', () => {
    const missing = slides.filter(s => s.note.length === 0).map(describeSlide)
    expect(missing, `slides without notes:\n${missing.join('\n')}`).toEqual([])
  })

  it('has one [click] marker in the notes per declared click', () => {
    const wrong = slides.filter(s => s.clicks !== undefined).flatMap((s) => {
      const markers = (s.note.match(/\[click(?::\d+)?\]/g) ?? []).length
      return markers === s.clicks ? [] : [`${describeSlide(s)}: clicks ${s.clicks}, markers ${markers}`]
    })
    expect(wrong).toEqual([])
  })

  it('puts every chart on its section\'s slide with the clicks its steps need', () => {
    for (const { tag, section, clicks } of CHARTS) {
      const hosts = slides.filter(s => new RegExp(`<${tag}\\b`).test(s.content))
      expect(hosts.map(s => s.file), `<${tag}> should be on exactly one slide`).toEqual([section])
      expect(hosts[0]!.clicks, `${describeSlide(hosts[0]!)} clicks`).toBe(clicks)
    }
  })

  it('explains with at least three mermaid diagrams', () => {
    const diagrams = slides.filter(s => /```mermaid/.test(s.content))
    expect(diagrams.length).toBeGreaterThanOrEqual(3)
  })

  it('shows the charts\' math from snippets/, the same files the charts import', () => {
    const shown = slides.flatMap(s => [...s.content.matchAll(/<<< @\/snippets\/([\w-]+\.ts)#(\w+)/g)].map(m => `${m[1]}#${m[2]}`))
    expect(shown).toEqual(expect.arrayContaining(['exhaustion.ts#exhaustion', 'repetition.ts#repetition', 'powerLawFit.ts#fit']))
  })

  it('cites a source on every slide that states a figure', () => {
    const QUANTITY = /\d[\d.,]*\s*(?:×|%|T\b|B\b|亿|万亿|美元|FLOP|tokens?\b|个?\s*token|层|ms\b|毫秒|倍)|\$\s?\d/
    const uncited = slides.filter((s) => {
      const text = visibleText(s)
      if (!QUANTITY.test(text))
        return false
      const cited = /class="source-line"|来源|<QuoteCard[^>]*\scite=/.test(text) || CHART_TAG.test(text)
      return !cited
    }).map(describeSlide)
    expect(uncited, `slides stating a figure without a source line:\n${uncited.join('\n')}`).toEqual([])
  })

  it('ends with the sources and a Q&A slide', () => {
    const tail = slides.slice(-4).map(s => s.title).join(' | ')
    expect(tail).toMatch(/来源/)
    expect(slides.at(-1)!.title).toMatch(/Q&A|问答|提问/)
  })

  it('uses no remote images or hot-linked article pictures', () => {
    const remote = slides.filter(s => /(?:src|href|image|background)\s*[=:]\s*["']?https?:\/\/[^"'\s]+\.(?:png|jpe?g|gif|webp|svg)|mmbiz\.qpic\.cn/.test(s.content)).map(describeSlide)
    expect(remote).toEqual([])
  })
})
