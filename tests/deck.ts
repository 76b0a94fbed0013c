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
