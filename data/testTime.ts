import type { Series, Source } from './types'
import { asOf, checkSeries } from './types'

/**
 * Accuracy against samples per problem (section 5, "推理时计算").
 *
 * Two benchmarks, kept apart on purpose: AIME 2024 (15 competition maths problems, OpenAI's numbers) and
 * ARC-AGI-1 (ARC Prize's run of o3). The percentages are not comparable across benchmarks.
 * "Accuracy" changes meaning with the sample count, exactly as the sources use it:
 * 1 sample = pass@1, 64 samples = consensus (majority vote) over 64, 1000 samples = re-ranking 1000 samples
 * with a learned scoring function.
 */
export type Benchmark = 'aime2024' | 'arc-agi-1'

export interface SampleRow {
  /** samples per problem (x, log scale) */
  samples: number
  /** percent */
  accuracy: number
  /** how the samples become one answer, in Chinese */
  method: string
  /** the source's own name for the number */
  metric: string
  note?: string
}

export interface TestTimeSeries extends Series<SampleRow> {
  benchmark: Benchmark
}

export const benchmarkLabels: Record<Benchmark, string> = {
  'aime2024': 'AIME 2024（美国数学邀请赛，15 题）',
  'arc-agi-1': 'ARC-AGI-1 半私有评测集（100 题）',
}

const githubModels: Source = {
  label: 'OpenAI o1-preview 评测表（GitHub Models 转载）',
  url: 'https://github.com/marketplace/models/azure-openai/o1-preview',
  certainty: 'Q',
  note: '"Competition Math AIME (2024) | cons@64 | 13.4 | 56.7 | pass@1 | 9.3 | 44.6"',
}

const o1Post: Source = {
  label: 'OpenAI (2024), Learning to Reason with LLMs',
  url: 'https://openai.com/index/learning-to-reason-with-llms/',
  certainty: 'Q',
  note: '"o1 averaged 74% (11.1/15) with a single sample per problem, 83% (12.5/15) with consensus among 64 samples, and 93% (13.9/15) when re-ranking 1000 samples with a learned scoring function"',
}

const arcPrize: Source = {
  label: 'ARC Prize (2024), OpenAI o3 Breakthrough High Score on ARC-AGI-Pub',
  url: 'https://arcprize.org/blog/oai-o3-pub-breakthrough',
  certainty: 'Q',
}

const PASS1 = { method: '每题采样 1 次', metric: 'pass@1' }
const CONS64 = { method: '64 次采样取多数（共识投票）', metric: 'cons@64' }
const RERANK = { method: '1000 次采样，用学习到的打分函数重排序', metric: 're-ranking 1000 samples' }

const rule = { positive: ['samples', 'accuracy'], text: ['method', 'metric'] } as const

export const gpt4o: TestTimeSeries = {
  ...checkSeries<SampleRow>({
    id: 'gpt-4o',
    label: 'GPT-4o',
    source: githubModels,
    rows: [
      { samples: 1, accuracy: 9.3, ...PASS1, note: 'OpenAI 博文正文另称 GPT-4o“平均只解出 12%（1.8/15）”' },
      { samples: 64, accuracy: 13.4, ...CONS64 },
    ],
  }, rule),
  benchmark: 'aime2024',
}

export const o1Preview: TestTimeSeries = {
  ...checkSeries<SampleRow>({
    id: 'o1-preview',
    label: 'o1-preview',
    source: githubModels,
    rows: [
      { samples: 1, accuracy: 44.6, ...PASS1 },
      { samples: 64, accuracy: 56.7, ...CONS64 },
    ],
  }, rule),
  benchmark: 'aime2024',
}

export const o1: TestTimeSeries = {
  ...checkSeries<SampleRow>({
    id: 'o1',
    label: 'o1',
    source: o1Post,
    rows: [
      // the post's bar chart shows 74.4 and 83.3; only the rounded text was read, so the text is used
      { samples: 1, accuracy: 74, ...PASS1, note: '11.1/15；博文柱状图标为 74.4（未核对）' },
      { samples: 64, accuracy: 83, ...CONS64, note: '12.5/15；博文柱状图标为 83.3（未核对）' },
      { samples: 1000, accuracy: 93, ...RERANK, note: '13.9/15，可进入全美前 500 名，超过美国数学奥赛（USAMO）晋级线' },
    ],
  }, rule),
  benchmark: 'aime2024',
}

export const o3Arc: TestTimeSeries = {
  ...checkSeries<SampleRow>({
    id: 'o3-arc',
    label: 'o3（ARC-AGI-1）',
    source: arcPrize,
    rows: [
      { samples: 6, accuracy: 75.7, method: '低算力配置：每题 6 次采样', metric: 'Semi-Private, 6 samples', note: '共 3300 万 token，每题约 20 美元，1.3 分钟' },
      { samples: 1024, accuracy: 87.5, method: '高算力配置：每题 1024 次采样（约 172 倍算力）', metric: 'Semi-Private, 1024 samples', note: '共 57 亿 token，每题 13.8 分钟，成本未公布' },
    ],
  }, rule),
  benchmark: 'arc-agi-1',
}

/** In the order the slide reveals them: GPT-4o and o1-preview, then o1, then o3 on ARC-AGI. */
export const testTimeSeries: readonly TestTimeSeries[] = [gpt4o, o1Preview, o1, o3Arc]

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('testTime', '2024-12')
