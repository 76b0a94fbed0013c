// Strings of the kit part, English edition: the keys of i18n/zh-CN/kit.ts.
import type { Shape } from '../shape'
import type { kit as zh } from '../zh-CN/kit'

export const kit: Shape<typeof zh> = {
  showData: 'Data',
  showChart: 'Chart',
  download: 'Download',
  roleDescription: 'chart',
  tableRegion: (title: string) => `${title}: data table`,
  toggles: 'Show or hide data series',
  sources: 'Sources: ',
  sourceSep: '; ',
  asOf: (date: string) => `Data as of ${date}`,
  sourceUrl: (url: string) => ` (${url})`,
}
