// Strings of the ssi part, Chinese edition. The English twin is i18n/en/ssi.ts (same keys).
// Money comes formatted by usdLarge (i18n/format.ts), dates by dateFormat.
export const ssi = {
  title: 'SSI 时间线：从离开 OpenAI 到 2025 年 11 月的访谈',
  /** the text alternative: the events and the rounds, each list joined by `listSep` */
  description: (events: string, rounds: string, ratio: string, months: string) =>
    `时间线：${events}。下方对数刻度：${rounds}。两次报道的估值相差 ${ratio} 倍，间隔约 ${months} 个月。`,
  descEvent: (date: string, label: string) => `${date}${label}`,
  descRound: (round: string, raised: string, valuation: string, note: string) => `${round}融资 ${raised}，估值 ${valuation}（${note}）`,
  listSep: '；',
  /** an event on the time axis, for a screen reader */
  eventMark: (date: string, label: string) => `${date}：${label}`,
  /** a funding event's label on the chart: the event and the money raised */
  eventWithMoney: (label: string, money: string) => `${label} ${money}`,
  events: 'SSI 大事记',
  rounds: '融资轮',
  source: (label: string, certainty: string) => `来源：${label}（${certainty}）`,
  sourceCell: (label: string, certainty: string) => `${label}（${certainty}）`,
  /** after every figure SSI did not announce itself */
  reported: '（据报道）',
  axis: '融资额与估值（美元，对数刻度）',
  kinds: { raised: '融资额', valuation: '估值（据报道）' },
  money: {
    raised: (money: string) => `融资 ${money}`,
    valuation: (money: string) => `估值 ${money}`,
  },
  moneyMark: (round: string, kind: string, money: string) => `${round}${kind}：${money}`,
  /** the two valuations joined: months between them and their ratio */
  ratio: (months: string, ratio: string) => `约 ${months} 个月 ×${ratio}`,
  tip: {
    head: (round: string, kind: string, money: string) => `${round} · ${kind}：${money}`,
    announced: (round: string) => `${round}融资（SSI 公布）`,
    reported: (round: string) => `${round}融资（据报道）`,
  },
  table: { columns: ['日期', '事件', '说明', '融资额', '估值', '来源（确定性）'] },
} as const
