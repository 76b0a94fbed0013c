// What the tests know about the deck, read from the Markdown with Slidev's own parser
// (never a hard-coded slide count).
import type { SlideInfo } from '@slidev/types'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export const ROOT = resolve(import.meta.dirname, '..')

export interface DeckSlide {
  /** 1-based slide number as in the URL */
  no: number
  title: string
  clicks: number | undefined
  note: string
  content: string
  /** pages/NN-name.md the slide comes from, or slides.md */
  file: string
  frontmatter: Record<string, unknown>
}

function loadData() {
  return load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, 'slides.md'))
}

/** The deck's headmatter (the first frontmatter block of slides.md). */
export async function loadHeadmatter(): Promise<Record<string, unknown>> {
  return (await loadData()).headmatter as Record<string, unknown>
}

export async function loadDeck(): Promise<DeckSlide[]> {
  const data = await loadData()
  return data.slides
    .filter((s: SlideInfo) => !s.frontmatter?.hide && !s.frontmatter?.disabled)
    .map((s: SlideInfo, i: number) => {
      const source = s.source ?? s
      const fm = (s.frontmatter ?? {}) as Record<string, unknown>
      return {
        no: i + 1,
        title: s.title ?? (typeof fm.title === 'string' ? fm.title : ''),
        clicks: typeof fm.clicks === 'number' ? fm.clicks : undefined,
        note: (s.note ?? '').trim(),
        content: s.content ?? '',
        file: (source.filepath ?? '').replace(`${ROOT}/`, ''),
        frontmatter: fm,
      }
    })
}

/**
 * The main track runs from the cover to the Q&A slide (`routeAlias: qa`); everything after it is the
 * appendix (附录), from pages/appendix/: still in the web deck and the PDF, not in the 25 minutes.
 */
export function splitTracks(slides: DeckSlide[]): { main: DeckSlide[], appendix: DeckSlide[], qa: DeckSlide | undefined } {
  const at = slides.findIndex(s => s.frontmatter.routeAlias === 'qa')
  if (at < 0)
    return { main: slides, appendix: [], qa: undefined }
  return { main: slides.slice(0, at + 1), appendix: slides.slice(at + 1), qa: slides[at] }
}

/** Characters a speaker reads aloud from a note: everything but white space and `[click]` markers. */
export function spokenChars(note: string): number {
  return note.replace(/\[click(?::\d+)?\]/g, '').replace(/\s/g, '').length
}

/** Speaking pace the notes budget assumes (characters of Chinese a minute) and the budget itself. */
export const SPEAKING_PACE = 230
export const MAIN_TRACK_NOTE_BUDGET = 5500

/** Each chart component, the section whose slide shows it, and the clicks its steps take. */
export const CHARTS = [
  { tag: 'ComputeDataRunway', section: 'pages/03-counterpoints.md', clicks: 3 },
  { tag: 'EpochRepetition', section: 'pages/03-counterpoints.md', clicks: 2 },
  { tag: 'TenLayerNet', section: 'pages/04-ten-layers.md', clicks: 1 },
  { tag: 'DepthDecade', section: 'pages/04-ten-layers.md', clicks: 1 },
  { tag: 'TestTimeCompute', section: 'pages/05-directions.md', clicks: 2 },
  { tag: 'BrainBodyScaling', section: 'pages/06-brain-body.md', clicks: 3 },
  { tag: 'SsiTimeline', section: 'pages/07-ssi.md', clicks: 1 },
] as const

/** Matches a slide's Markdown that places one of the charts. */
export const CHART_TAG = new RegExp(`<(?:${CHARTS.map(c => c.tag).join('|')})\\b`)
