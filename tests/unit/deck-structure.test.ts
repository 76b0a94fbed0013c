import { beforeAll, describe, expect, it } from 'vitest'
import { CHART_TAG, CHARTS, type DeckSlide, loadDeck, MAIN_TRACK_NOTE_BUDGET, SPEAKING_PACE, splitTracks, spokenChars } from '../deck'

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
const APPENDIX = /^pages\/appendix\/[\w-]+\.md$/


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
    const order = splitTracks(slides).main.map(s => s.file).filter(f => f.startsWith('pages/'))
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

  it('ends the main track with the Q&A slide and puts the appendix, sources last, after it', () => {
    const { main, appendix, qa } = splitTracks(slides)
    expect(qa, 'no slide has routeAlias: qa').toBeDefined()
    expect(qa!.title).toMatch(/Q&A|问答|提问/)
    expect(main.filter(s => APPENDIX.test(s.file)).map(describeSlide), 'appendix slides before the Q&A').toEqual([])
    expect(appendix.filter(s => !APPENDIX.test(s.file)).map(describeSlide), 'main-track slides after the Q&A').toEqual([])
    expect(appendix.length).toBeGreaterThanOrEqual(5)
    expect(appendix[0]!.title).toMatch(/附录/)
    expect(appendix.at(-1)!.title).toMatch(/来源/)
  })

  it(`keeps the main track's notes within ${MAIN_TRACK_NOTE_BUDGET} characters (25 minutes at ${SPEAKING_PACE} a minute, with room for clicks and pauses)`, () => {
    const { main } = splitTracks(slides)
    const total = main.reduce((n, s) => n + spokenChars(s.note), 0)
    const longest = [...main].sort((a, b) => spokenChars(b.note) - spokenChars(a.note)).slice(0, 5)
      .map(s => `${describeSlide(s)}: ${spokenChars(s.note)}`)
    expect(total, `main-track notes: ${total} characters; longest:\n${longest.join('\n')}`).toBeLessThanOrEqual(MAIN_TRACK_NOTE_BUDGET)
  })

  it('moves the code slides to the appendix', () => {
    const { main, appendix } = splitTracks(slides)
    const code = (s: DeckSlide) => /<<< @\/snippets\//.test(s.content)
    expect(main.filter(code).map(describeSlide)).toEqual([])
    expect(appendix.filter(code).length).toBeGreaterThanOrEqual(3)
  })

  it('links every appendix deep dive from a main-track slide, by its routeAlias', () => {
    const { main, appendix } = splitTracks(slides)
    const dives = appendix.slice(1, -1).filter(s => !/来源/.test(s.title))
    const missing = dives.filter(s => typeof s.frontmatter.routeAlias !== 'string').map(describeSlide)
    expect(missing, 'appendix slides without a routeAlias').toEqual([])
    const mainText = main.map(s => s.content).join('\n')
    const unlinked = dives.filter((s) => {
      const alias = String(s.frontmatter.routeAlias)
      return !new RegExp(`<Link\\b[^>]*\\bto="${alias}"`).test(mainText)
    }).map(s => `${describeSlide(s)} (routeAlias ${String(s.frontmatter.routeAlias)})`)
    expect(unlinked, 'appendix slides no main-track slide links to').toEqual([])
  })

  it('keeps a backup slide with the Q&A answers on AI rights and out-of-distribution generalisation', () => {
    const { appendix } = splitTracks(slides)
    const backup = appendix.filter(s => /权利/.test(s.content) && /分布外/.test(s.content))
    expect(backup.map(describeSlide)).toHaveLength(1)
  })

  it('uses no remote images or hot-linked article pictures', () => {
    const remote = slides.filter(s => /(?:src|href|image|background)\s*[=:]\s*["']?https?:\/\/[^"'\s]+\.(?:png|jpe?g|gif|webp|svg)|mmbiz\.qpic\.cn/.test(s.content)).map(describeSlide)
    expect(remote).toEqual([])
  })
})
