import type { Series } from '../../../data/types'

// Two small series with the awkward cells a CSV must survive (a comma, quotes, a missing field).
export interface DemoRow { name: string, value: number, note?: string }
export const demoA: Series<DemoRow> = {
  id: 'a',
  label: '甲组',
  source: { label: '测试来源 A', url: 'https://example.org/a', certainty: 'Q' },
  rows: [{ name: '一', value: 1 }, { name: '二, 带逗号', value: 2.5, note: '有"引号"' }, { name: '三', value: 4 }],
}
export const demoB: Series<DemoRow> = {
  id: 'b',
  label: '乙组',
  source: { label: '测试来源 B', url: 'https://example.org/b', certainty: 'E' },
  rows: [{ name: '四', value: 3 }],
}

