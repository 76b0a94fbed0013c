import type { Certainty, Series, Source } from './types'
import { asOf, checkSeries } from './types'

/**
 * Safe Superintelligence Inc. (SSI), from the project's fact pack (facts.md §7, §10, §11).
 * Certainty tags are the fact pack's: P paraphrased from the source, Q quoted, I our inference.
 * Dates are ISO strings (UTC). `precision: 'month'` means the sources give only the month; the
 * marker then sits mid-month and the label shows only the month.
 */

export interface SsiEvent {
  id: string
  /** ISO date, UTC */
  date: string
  precision: 'day' | 'month'
  /** short label on the chart */
  label: string
  /** one or two sentences for the tooltip and the data table */
  detail: string
  source: Source
}

export interface SsiRound {
  id: string
  date: string
  precision: 'day' | 'month'
  label: string
  /** the event in ssiEvents this round belongs to */
  eventId: string
  /** USD raised in the round */
  raisedUsd: number
  raisedCertainty: Certainty
  /** post-money valuation as reported, USD */
  valuationUsd: number
  valuationCertainty: Certainty
  /** false when the company did not disclose it and the figure is a press report */
  valuationDisclosed: boolean
  valuationNote: string
  source: Source
}

const timesOfIsrael: Source = {
  label: 'Times of Israel',
  url: 'https://www.timesofisrael.com/openai-co-founder-creates-a-new-ai-startup-with-a-research-lab-in-tel-aviv/',
  certainty: 'P',
}

const time2024: Source = {
  label: 'TIME',
  url: 'https://time.com/6990076/safe-superintelligence-inc-announced',
  certainty: 'P',
  note: 'The date 2024-06-19 comes from a research list and matches the reported weekday (Wednesday) [I].',
}

const firstRound: Source = {
  label: 'BW Disrupt；估值为路透社报道',
  url: 'https://bwdisrupt.com/article/openai-co-founder-ilya-sutskever-raises-1-bn-for-new-startup-safe-ai-532052',
  certainty: 'P',
  note: 'Valuation not disclosed by SSI; "about $5 billion" is Reuters\' figure (via NeoFeed, citing Reuters).',
}

const secondRound: Source = {
  label: '路透社经 BusinessLive（2025-04-13）',
  url: 'https://www.businesslive.co.za/bd/companies/telecoms-and-technology/2025-04-13-alphabet-nvidia-invest-in-openai-co-founders-start-up-source-says/',
  certainty: 'Q',
  note: 'Reuters: "recently valued at $32 billion in a round led by Greenoaks". $2B raised is [P] (WinBuzzer). CNBC via eWeek said "over $30 billion" in February 2025 (second-hand, not charted).',
}

const leadership: Source = {
  label: 'eWeek；Techzine（引 CNBC）',
  url: 'https://www.eweek.com/news/ilya-sutskever-ceo-safe-superintelligence',
  certainty: 'Q',
  note: 'Sources disagree on Gross\'s earlier title (CEO vs "compute and funding").',
}

const eventRows: SsiEvent[] = [
  {
    id: 'leave-openai',
    date: '2024-05-15',
    precision: 'month',
    label: '离开 OpenAI',
    detail: 'Ilya Sutskever 于 2024 年 5 月离开 OpenAI，约一个月后宣布成立 SSI。',
    source: timesOfIsrael,
  },
  {
    id: 'founded',
    date: '2024-06-19',
    precision: 'day',
    label: '宣布成立 SSI',
    detail: 'Sutskever、Daniel Gross、Daniel Levy 在 X 上宣布成立 Safe Superintelligence Inc.，办公室设在帕洛阿尔托和特拉维夫。',
    source: time2024,
  },
  {
    id: 'round-1',
    date: '2024-09-04',
    precision: 'day',
    label: '首轮融资',
    detail: '融资 $10 亿，投资方包括 a16z、红杉、DST Global、SV Angel、NFDG；当时约 10 名员工。估值未披露，路透社报道约 $50 亿。',
    source: firstRound,
  },
  {
    id: 'round-2',
    date: '2025-04-12',
    precision: 'month',
    label: '第二轮融资',
    detail: '由 Greenoaks 领投，Alphabet、英伟达等参投，融资 $20 亿，估值 $320 亿（路透社，2025 年 4 月 11–13 日报道）；同月 Google Cloud 宣布 SSI 使用其 TPU。',
    source: secondRound,
  },
  {
    id: 'ceo',
    date: '2025-06-29',
    precision: 'day',
    label: 'Sutskever 任 CEO',
    detail: 'Daniel Gross 离开（据报道加入 Meta，此前 Meta 收购 SSI 的尝试被拒）；Sutskever 出任 CEO，Levy 任总裁。',
    source: leadership,
  },
]

const roundRows: SsiRound[] = [
  {
    id: 'round-1',
    date: '2024-09-04',
    precision: 'day',
    label: '首轮',
    eventId: 'round-1',
    raisedUsd: 1e9,
    raisedCertainty: 'Q',
    valuationUsd: 5e9,
    valuationCertainty: 'P',
    valuationDisclosed: false,
    valuationNote: '未披露，路透社报道约 $50 亿',
    source: firstRound,
  },
  {
    id: 'round-2',
    date: '2025-04-12',
    precision: 'month',
    label: '第二轮',
    eventId: 'round-2',
    raisedUsd: 2e9,
    raisedCertainty: 'P',
    valuationUsd: 32e9,
    valuationCertainty: 'Q',
    valuationDisclosed: true,
    valuationNote: '路透社：$320 亿，Greenoaks 领投',
    source: secondRound,
  },
]

export const ssiEvents: Series<SsiEvent> = checkSeries({
  id: 'ssi-events',
  label: 'SSI 大事记',
  source: timesOfIsrael,
  rows: eventRows,
}, { text: ['id', 'date', 'label', 'detail'] })

export const ssiRounds: Series<SsiRound> = checkSeries({
  id: 'ssi-rounds',
  label: 'SSI 融资',
  source: secondRound,
  rows: roundRows,
}, { positive: ['raisedUsd', 'valuationUsd'], text: ['id', 'date', 'label'] })

/** total raised in the two rounds: about $3B, our sum [I] */
export const ssiTotalRaisedUsd = roundRows.reduce((s, r) => s + r.raisedUsd, 0)

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('ssi', '2025-07')
