import type { Localized } from '../i18n/lang'
import type { Certainty, Series, Source } from './types'
import { checkEditions } from '../i18n/format'
import { localized } from '../i18n/lang'
import { asOf } from './types'

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
  /** short label on the chart, per edition */
  label: Localized
  /** one or two sentences for the tooltip and the data table, per edition */
  detail: Localized
  source: Source
}

export interface SsiRound {
  id: string
  date: string
  precision: 'day' | 'month'
  label: Localized
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
  valuationNote: Localized
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
  label: localized('BW Disrupt；估值据路透社报道', 'BW Disrupt; valuation as reported by Reuters'),
  url: 'https://bwdisrupt.com/article/openai-co-founder-ilya-sutskever-raises-1-bn-for-new-startup-safe-ai-532052',
  certainty: 'P',
  note: '$1B announced by SSI on X (2024-09-04). Valuation not disclosed by SSI; "about $5 billion" is Reuters\' figure (via NeoFeed, citing Reuters).',
}

const secondRound: Source = {
  label: localized('路透社（经 BusinessLive，2025-04-13）', 'Reuters (via BusinessLive, 2025-04-13)'),
  url: 'https://www.businesslive.co.za/bd/companies/telecoms-and-technology/2025-04-13-alphabet-nvidia-invest-in-openai-co-founders-start-up-source-says/',
  certainty: 'Q',
  note: 'Reuters: "SSI, which sources said was recently valued at $32bn in a round led by Greenoaks". The $2B raised is The Information\'s / WinBuzzer\'s report [P]. CNBC via eWeek: "valued at over $30 billion in February" 2025. Google Cloud Next (2025-04-09): "Safe Superintelligence is partnering with Google Cloud to use TPUs".',
}

const leadership: Source = {
  label: localized('eWeek（引 CNBC）', 'eWeek (citing CNBC)'),
  url: 'https://www.eweek.com/news/ilya-sutskever-ceo-safe-superintelligence',
  certainty: 'Q',
  note: 'Sutskever on X (2025-07-03): "We have the compute, we have the team, and we know what to do." Gross left on 2025-06-29, reportedly for Meta. Sources disagree on Gross\'s earlier title (CEO vs "compute and funding").',
}

const interview: Source = {
  label: localized('Dwarkesh Patel 播客，Ilya Sutskever（2025-11-25）', 'Dwarkesh Patel podcast, Ilya Sutskever (2025-11-25)'),
  url: 'https://www.dwarkesh.com/p/ilya-sutskever-2',
  certainty: 'Q',
  note: '"from 2020 to 2025, it was the age of scaling" … "It would be different, for sure. But is the belief that if you just 100x the scale, everything would be transformed? I don\'t think that\'s true. So it\'s back to the age of research again, just with big computers." On the straight shot: "Maybe. … there are two reasons that may cause us to change the plan." Transcript read through copies.',
}

const eventRows: SsiEvent[] = [
  {
    id: 'leave-openai',
    date: '2024-05-15',
    precision: 'month',
    label: localized('离开 OpenAI', 'Leaves OpenAI'),
    detail: localized('Ilya Sutskever 于 2024 年 5 月离开 OpenAI，约一个月后宣布成立 SSI。', 'Ilya Sutskever left OpenAI in May 2024 and announced SSI about a month later.'),
    source: timesOfIsrael,
  },
  {
    id: 'founded',
    date: '2024-06-19',
    precision: 'day',
    label: localized('宣布成立 SSI', 'SSI announced'),
    detail: localized('Sutskever、Daniel Gross、Daniel Levy 在 X 上宣布成立 Safe Superintelligence Inc.，办公室设在帕洛阿尔托和特拉维夫。', 'Sutskever, Daniel Gross and Daniel Levy announced Safe Superintelligence Inc. on X, with offices in Palo Alto and Tel Aviv.'),
    source: time2024,
  },
  {
    id: 'round-1',
    date: '2024-09-04',
    precision: 'day',
    label: localized('首轮融资', 'First round'),
    detail: localized('SSI 宣布融资 $10 亿，投资方包括 a16z、红杉、DST Global、SV Angel、NFDG；当时约 10 名员工。估值未披露，据路透社报道约 $50 亿。', 'SSI announced $1B raised from investors including a16z, Sequoia, DST Global, SV Angel and NFDG; it had about 10 employees. Valuation not disclosed; about $5B according to Reuters.'),
    source: firstRound,
  },
  {
    id: 'round-2',
    date: '2025-04-12',
    precision: 'month',
    label: localized('第二轮融资', 'Second round'),
    detail: localized('据报道由 Greenoaks 领投，Alphabet、英伟达等参投，融资 $20 亿，估值 $320 亿（路透社，2025 年 4 月 11–13 日）；2 月已有“估值超 $300 亿”的报道。同月 Google Cloud 宣布 SSI 使用其 TPU。', 'Reportedly led by Greenoaks, with Alphabet, Nvidia and others: $2B raised at a $32B valuation (Reuters, April 11–13, 2025); a valuation of "over $30 billion" had been reported in February. The same month Google Cloud announced that SSI uses its TPUs.'),
    source: secondRound,
  },
  {
    id: 'ceo',
    date: '2025-07-03',
    precision: 'day',
    label: localized('Ilya 任 CEO', 'Ilya becomes CEO'),
    detail: localized('Daniel Gross 于 6 月 29 日离开（据报道加入 Meta，此前 Meta 收购 SSI 的尝试被拒）；7 月 3 日 Sutskever 宣布出任 CEO，Levy 任总裁。', 'Daniel Gross left on June 29 (reportedly for Meta, whose attempt to acquire SSI had been turned down); on July 3 Sutskever announced he was CEO, with Levy as president.'),
    source: leadership,
  },
  {
    id: 'interview',
    date: '2025-11-25',
    precision: 'day',
    label: localized('Dwarkesh 访谈', 'Dwarkesh interview'),
    detail: localized('他称 2020–2025 年是“age of scaling”，如今“back to the age of research again, just with big computers”；直奔超级智能的计划“Maybe”，有两个原因可能让它改变。', 'He called 2020–2025 the "age of scaling"; now it is "back to the age of research again, just with big computers". The straight shot to superintelligence: "Maybe", with two reasons that may change the plan.'),
    source: interview,
  },
]

const roundRows: SsiRound[] = [
  {
    id: 'round-1',
    date: '2024-09-04',
    precision: 'day',
    label: localized('首轮', 'First round'),
    eventId: 'round-1',
    raisedUsd: 1e9,
    raisedCertainty: 'Q',
    raisedDisclosed: true,
    valuationUsd: 5e9,
    valuationCertainty: 'P',
    valuationDisclosed: false,
    valuationNote: localized('SSI 未披露，据路透社报道约 $50 亿', 'not disclosed by SSI; about $5B according to Reuters'),
    source: firstRound,
  },
  {
    id: 'round-2',
    date: '2025-04-12',
    precision: 'month',
    label: localized('第二轮', 'Second round'),
    eventId: 'round-2',
    raisedUsd: 2e9,
    raisedCertainty: 'P',
    raisedDisclosed: false,
    valuationUsd: 32e9,
    valuationCertainty: 'Q',
    valuationDisclosed: false,
    valuationNote: localized('SSI 未披露，据路透社报道（引知情人士）$320 亿，Greenoaks 领投', 'not disclosed by SSI; $32B according to Reuters (citing sources), led by Greenoaks'),
    source: secondRound,
  },
]

export const ssiEvents: Series<SsiEvent> = checkEditions({
  id: 'ssi-events',
  label: localized('SSI 大事记', 'SSI timeline'),
  source: timesOfIsrael,
  rows: eventRows,
}, { text: ['id', 'date', 'label', 'detail'] })

export const ssiRounds: Series<SsiRound> = checkEditions({
  id: 'ssi-rounds',
  label: localized('SSI 融资', 'SSI funding'),
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
