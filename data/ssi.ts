import type { Certainty, Series, Source } from './types'
import { asOf, checkSeries } from './types'

/**
 * Safe Superintelligence Inc. (SSI), from Sutskever leaving OpenAI to his November 2025 interview.
 * Certainty tags: P paraphrased from the source, Q quoted, I our inference. Every valuation here is a
 * press report: SSI has never published one. Dates are ISO strings (UTC); `precision: 'month'` means
 * the sources give only the month (the marker sits mid-month and the label shows only the month).
 *
 * Not included, because no source could be checked: any SSI funding round, valuation or compute deal
 * reported in 2026.
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
  /** true when SSI itself announced the amount */
  raisedDisclosed: boolean
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
  label: 'BW Disrupt；估值据路透社报道',
  url: 'https://bwdisrupt.com/article/openai-co-founder-ilya-sutskever-raises-1-bn-for-new-startup-safe-ai-532052',
  certainty: 'P',
  note: '$1B announced by SSI on X (2024-09-04). Valuation not disclosed by SSI; "about $5 billion" is Reuters\' figure (via NeoFeed, citing Reuters).',
}

const secondRound: Source = {
  label: '路透社（经 BusinessLive，2025-04-13）',
  url: 'https://www.businesslive.co.za/bd/companies/telecoms-and-technology/2025-04-13-alphabet-nvidia-invest-in-openai-co-founders-start-up-source-says/',
  certainty: 'Q',
  note: 'Reuters: "SSI, which sources said was recently valued at $32bn in a round led by Greenoaks". The $2B raised is The Information\'s / WinBuzzer\'s report [P]. CNBC via eWeek: "valued at over $30 billion in February" 2025. Google Cloud Next (2025-04-09): "Safe Superintelligence is partnering with Google Cloud to use TPUs".',
}

const leadership: Source = {
  label: 'eWeek（引 CNBC）',
  url: 'https://www.eweek.com/news/ilya-sutskever-ceo-safe-superintelligence',
  certainty: 'Q',
  note: 'Sutskever on X (2025-07-03): "We have the compute, we have the team, and we know what to do." Gross left on 2025-06-29, reportedly for Meta. Sources disagree on Gross\'s earlier title (CEO vs "compute and funding").',
}

const interview: Source = {
  label: 'Dwarkesh Patel 播客，Ilya Sutskever（2025-11-25）',
  url: 'https://www.dwarkesh.com/p/ilya-sutskever-2',
  certainty: 'Q',
  note: '"from 2020 to 2025, it was the age of scaling" … "It would be different, for sure. But is the belief that if you just 100x the scale, everything would be transformed? I don\'t think that\'s true. So it\'s back to the age of research again, just with big computers." On the straight shot: "Maybe. … there are two reasons that may cause us to change the plan." Transcript read through copies.',
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
    detail: 'SSI 宣布融资 $10 亿，投资方包括 a16z、红杉、DST Global、SV Angel、NFDG；当时约 10 名员工。估值未披露，据路透社报道约 $50 亿。',
    source: firstRound,
  },
  {
    id: 'round-2',
    date: '2025-04-12',
    precision: 'month',
    label: '第二轮融资',
    detail: '据报道由 Greenoaks 领投，Alphabet、英伟达等参投，融资 $20 亿，估值 $320 亿（路透社，2025 年 4 月 11–13 日）；2 月已有“估值超 $300 亿”的报道。同月 Google Cloud 宣布 SSI 使用其 TPU。',
    source: secondRound,
  },
  {
    id: 'ceo',
    date: '2025-07-03',
    precision: 'day',
    label: 'Ilya 任 CEO',
    detail: 'Daniel Gross 于 6 月 29 日离开（据报道加入 Meta，此前 Meta 收购 SSI 的尝试被拒）；7 月 3 日 Sutskever 宣布出任 CEO，Levy 任总裁。',
    source: leadership,
  },
  {
    id: 'interview',
    date: '2025-11-25',
    precision: 'day',
    label: 'Dwarkesh 访谈',
    detail: '他称 2020–2025 年是“age of scaling”，如今“back to the age of research again, just with big computers”；直奔超级智能的计划“Maybe”，有两个原因可能让它改变。',
    source: interview,
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
    raisedDisclosed: true,
    valuationUsd: 5e9,
    valuationCertainty: 'P',
    valuationDisclosed: false,
    valuationNote: 'SSI 未披露，据路透社报道约 $50 亿',
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
    raisedDisclosed: false,
    valuationUsd: 32e9,
    valuationCertainty: 'Q',
    valuationDisclosed: false,
    valuationNote: 'SSI 未披露，据路透社报道（引知情人士）$320 亿，Greenoaks 领投',
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

/** reported valuation, second round over first: 6.4× [C] */
export const ssiValuationRatio = roundRows[1]!.valuationUsd / roundRows[0]!.valuationUsd

/** whole months between the two rounds (Sept 2024 → Apr 2025): 7 [C] */
export const ssiMonthsBetweenRounds = (() => {
  const [a, b] = roundRows.map(r => new Date(r.date))
  return (b!.getUTCFullYear() - a!.getUTCFullYear()) * 12 + b!.getUTCMonth() - a!.getUTCMonth()
})()

/** What this module's figures run to (shown as “数据截至 …” on its chart): the November 2025 interview. */
export const AS_OF = asOf('ssi', '2025-11')
