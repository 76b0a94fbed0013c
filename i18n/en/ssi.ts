// Strings of the ssi part, English edition: the keys of i18n/zh-CN/ssi.ts.
import type { Shape } from '../shape'
import type { ssi as zh } from '../zh-CN/ssi'

export const ssi: Shape<typeof zh> = {
  title: 'SSI timeline: from leaving OpenAI to the November 2025 interview',
  description: (events: string, rounds: string, ratio: string, months: string) =>
    `Timeline: ${events}. Below, on a log scale: ${rounds}. The two reported valuations differ by a factor of ${ratio}, about ${months} months apart.`,
  descEvent: (date: string, label: string) => `${date}, ${label}`,
  descRound: (round: string, raised: string, valuation: string, note: string) => `${round}: raised ${raised}, valuation ${valuation} (${note})`,
  listSep: '; ',
  eventMark: (date: string, label: string) => `${date}: ${label}`,
  eventWithMoney: (label: string, money: string) => `${label}: ${money}`,
  events: 'SSI timeline',
  rounds: 'Funding rounds',
  source: (label: string, certainty: string) => `Source: ${label} (${certainty})`,
  sourceCell: (label: string, certainty: string) => `${label} (${certainty})`,
  reported: ' (reported)',
  axis: 'Raised and valuation (USD, log scale)',
  kinds: { raised: 'Raised', valuation: 'Valuation (reported)' },
  money: {
    raised: (money: string) => `Raised ${money}`,
    valuation: (money: string) => `Valued at ${money}`,
  },
  moneyMark: (round: string, kind: string, money: string) => `${round}, ${kind}: ${money}`,
  ratio: (months: string, ratio: string) => `×${ratio} in about ${months} months`,
  tip: {
    head: (round: string, kind: string, money: string) => `${round} · ${kind}: ${money}`,
    announced: (round: string) => `${round} (announced by SSI)`,
    reported: (round: string) => `${round} (reported)`,
  },
  table: { columns: ['Date', 'Event', 'Details', 'Raised', 'Valuation', 'Source (certainty)'] },
}
