// What the tests know about the deck, read from the Markdown with Slidev's own parser
// (never a hard-coded slide count).
import type { SlideInfo } from '@slidev/types'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { DICTIONARIES } from '../i18n/dictionaries'
import { editionOfFlag } from '../scripts/editions.mjs'

export const ROOT = resolve(import.meta.dirname, '..')

/**
 * The edition the tests run on (issue 15): DECK_LANG=en for the English deck (slides.en.md, served at
 * `<base>en/`), else the Chinese one (slides.md, at the base). scripts/test.mjs runs the e2e suite on both.
 */
export const EDITION = editionOfFlag(process.env.DECK_LANG || 'zh')
/** What the deck's own components say in this edition (the typed dictionaries of i18n/). */
export const T = DICTIONARIES[EDITION.lang]

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

function loadData(entry: string) {
  return load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, entry))
}

/** The deck's headmatter (the first frontmatter block of the entry: slides.md, or slides.en.md). */
export async function loadHeadmatter(entry: string = EDITION.entry): Promise<Record<string, unknown>> {
  return (await loadData(entry)).headmatter as Record<string, unknown>
}

/** The deck's slides, as Slidev's parser reads them from the entry (the tested edition's, unless named). */
export async function loadDeck(entry: string = EDITION.entry): Promise<DeckSlide[]> {
  const data = await loadData(entry)
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

/**
 * Chinese the English edition shows on purpose (issue 15): the essay's publisher and its title, the
 * essay's own frame 三驾马车, and the language link's name for the Chinese edition. Anything else in CJK
 * in the English deck (text, notes, chart labels) is a leftover.
 */
export const EN_CJK_ALLOWED = [
  '《AI真的要“断粮”了？OpenAI创始人的最新警告震动全球，但他可能忽略了这个事实...》',
  // as the slide shows it: Markdown's typographer turns the three dots into an ellipsis
  '《AI真的要“断粮”了？OpenAI创始人的最新警告震动全球，但他可能忽略了这个事实…》',
  'AI真的要“断粮”了？OpenAI创始人的最新警告震动全球，但他可能忽略了这个事实',
  'AI范儿',
  '三驾马车',
  '中文',
] as const

/** CJK ideographs, CJK punctuation and full-width forms. */
export const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u

/** The CJK left in an English text once the allowed names are taken out ('' when there is none). */
export function strayCjk(text: string): string {
  let rest = text
  for (const allowed of EN_CJK_ALLOWED)
    rest = rest.split(allowed).join(' ')
  return [...rest.matchAll(/.{0,12}[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+.{0,12}/gu)].map(m => m[0]).join(' | ')
}

/** Words a speaker reads aloud from an English note (no `[click]` markers). */
export function spokenWords(note: string): number {
  return note.replace(/\[click(?::\d+)?\]/g, ' ').split(/\s+/).filter(w => /\w/.test(w)).length
}

/** English speaking pace (words a minute) and the English main track's notes budget. */
export const EN_SPEAKING_PACE = 140
export const EN_MAIN_TRACK_WORD_BUDGET = 3300
