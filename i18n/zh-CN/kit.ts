// Strings of the kit part, Chinese edition. The English twin is i18n/en/kit.ts (same keys).
export const kit = {
  /** the button that opens the data view, and the one that goes back */
  showData: '数据',
  showChart: '图表',
  /** the downloads row of the data view (its visible label and its group name) */
  download: '下载',
  /** aria-roledescription of the chart's SVG */
  roleDescription: '图表',
  /** the data table's scrollable region */
  tableRegion: (title: string) => `${title}：数据表`,
  /** the legend's group of series toggles */
  toggles: '显示或隐藏数据系列',
  /** the source line: its head, the gap between sources, the as-of date */
  sources: '来源：',
  sourceSep: '；',
  asOf: (date: string) => `数据截至 ${date}`,
  /** the downloaded file's source lines: the URL after a source */
  sourceUrl: (url: string) => `（${url}）`,
} as const
