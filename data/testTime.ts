import type { Localized } from '../i18n/lang'
import type { Series, Source } from './types'
import { checkEditions } from '../i18n/format'
import { localized } from '../i18n/lang'
import { asOf } from './types'

/**
 * Section 5, "推理时计算": what more compute at answer time buys, on two benchmarks kept apart on purpose.
 *
 * AIME 2024 (15 competition maths problems, OpenAI's numbers): accuracy against samples per problem
 * (log x). "Accuracy" changes meaning with the sample count, exactly as the sources use it: 1 sample =
 * pass@1, 64 = consensus (majority vote) over 64, 1000 = re-ranking 1000 samples with a learned scorer.
 *
 * ARC-AGI (ARC Prize's own runs on its 100-task Semi-Private set): o3-preview as shown in December 2024
 * (tuned on the ARC-AGI-1 public training set; its 87.5% used ~172× the compute and was outside the public
 * leaderboard's cost limit) against the o3 OpenAI released in April 2025, on ARC-AGI-1 and ARC-AGI-2.
 * The x axis there is a compute setting, not a sample count: the two runs are not on one numeric scale.
 *
 * Percentages are not comparable across benchmarks.
 */
export type Benchmark = 'aime2024' | 'arc-agi-1' | 'arc-agi-2'

export const benchmarkLabels: Record<Benchmark, Localized> = {
  'aime2024': localized('AIME 2024（美国数学邀请赛，15 题）', 'AIME 2024 (15 problems)'),
  'arc-agi-1': localized('ARC-AGI-1 半私有评测集（100 题）', 'ARC-AGI-1 Semi-Private (100 tasks)'),
  'arc-agi-2': localized('ARC-AGI-2 半私有评测集', 'ARC-AGI-2 Semi-Private'),
}

/** which legend button shows or hides a series (o3 on both benchmarks shares one) */
export type ToggleGroup = 'gpt-4o' | 'o1-preview' | 'o1' | 'o3-preview' | 'o3'

export interface SampleRow {
  /** samples per problem (x, log scale) */
  samples: number
  /** percent */
  accuracy: number
  /** how the samples become one answer, per edition */
  method: Localized
  /** the source's own name for the number */
  metric: string
  note?: Localized
}

export interface AimeSeries extends Series<SampleRow> {
  benchmark: 'aime2024'
  toggle: ToggleGroup
  /** the click step at which the series appears (slide `clicks: 2`) */
  revealAt: 0 | 1 | 2
}

/** one compute setting of one ARC-AGI run */
export type ArcSetting = 'preview-low' | 'preview-high' | 'release-low' | 'release-medium'

export interface ArcRow {
  setting: ArcSetting
  /** percent of tasks solved */
  score: number
  /** the setting as the source names it */
  metric: string
  /** cost per task in USD as the source gives it; undefined when not published */
  costPerTaskUsd?: number
  /** true when the run was within ARC-AGI-Pub's cost limit (eligible for the public leaderboard) */
  withinCostLimit: boolean
  note: Localized
}

export interface ArcSeries extends Series<ArcRow> {
  benchmark: 'arc-agi-1' | 'arc-agi-2'
  toggle: ToggleGroup
  /** o3-preview was never released; o3-2025-04-16 is the model OpenAI shipped */
  released: boolean
  /** tuned on the ARC-AGI-1 public training set, as ARC Prize states */
  tunedOnPublicTraining: boolean
  revealAt: 0 | 1 | 2
}

const githubModels: Source = {
  label: localized('OpenAI o1-preview 评测表（GitHub Models 转载）', 'OpenAI o1-preview evaluation table (via GitHub Models)'),
  url: 'https://github.com/marketplace/models/azure-openai/o1-preview',
  certainty: 'Q',
  note: '"Competition Math AIME (2024) | cons@64 | 13.4 | 56.7 | pass@1 | 9.3 | 44.6"',
}

const o1Post: Source = {
  label: 'OpenAI (2024-09), Learning to Reason with LLMs',
  url: 'https://openai.com/index/learning-to-reason-with-llms/',
  certainty: 'Q',
  note: '"o1 averaged 74% (11.1/15) with a single sample per problem, 83% (12.5/15) with consensus among 64 samples, and 93% (13.9/15) when re-ranking 1000 samples with a learned scoring function"',
}

const o3Post: Source = {
  label: 'OpenAI (2025-04-16), Introducing OpenAI o3 and o4-mini',
  url: 'https://openai.com/index/introducing-o3-and-o4-mini/',
  certainty: 'Q*',
  note: 'AIME 2024, no tools: o3 91.6% (o4-mini 93.4%). The figure is in the post\'s chart; read here through copies of it (llm-stats benchmarks.json, AI Index summaries), not from the post\'s text.',
}

const arcPreview: Source = {
  label: 'ARC Prize (2024-12-20), OpenAI o3 Breakthrough High Score on ARC-AGI-Pub',
  url: 'https://arcprize.org/blog/oai-o3-pub-breakthrough',
  certainty: 'Q',
  note: '"OpenAI\'s new o3 system - trained on the ARC-AGI-1 Public Training set - has scored a breakthrough 75.7% on the Semi-Private Evaluation set at our stated public leaderboard $10k compute limit. A high-compute (172x) o3 configuration scored 87.5%." Table: 6 samples, 33M tokens, $20/task, 1.3 min; 1024 samples, 5.7B tokens, cost not published, 13.8 min.',
}

const arcRelease: Source = {
  label: 'ARC Prize (2025-04-22), Analyzing o3 and o4-mini with ARC-AGI',
  url: 'https://arcprize.org/blog/analyzing-o3-with-arc-agi',
  certainty: 'Q',
  note: '"ARC-AGI-2 remains unsolved by the best version of o3, with scores below 3%." Scores and costs per task from ARC Prize\'s leaderboard data (arcprize.org/media/data/evaluations.json, read through a mirror): o3-2025-04-16 low 41.5% / medium 53.83% (ARC-AGI-1), 1.99% / 2.98% (ARC-AGI-2). The "high" setting was left off the April post (too many tasks returned no answer), so it is not charted.',
}

const PASS1 = { method: localized('每题采样 1 次', 'one sample per problem'), metric: 'pass@1' }
const CONS64 = { method: localized('64 次采样取多数（共识投票）', 'majority vote over 64 samples (consensus)'), metric: 'cons@64' }
const RERANK = { method: localized('1000 次采样，用学习到的打分函数重排序', '1000 samples re-ranked by a learned scoring function'), metric: 're-ranking 1000 samples' }

/** checked in both editions (checkEditions): every text filled in Chinese and in English */
const aimeRule = { positive: ['samples', 'accuracy'], text: ['method', 'metric'] } as const
const arcRule = { positive: ['score'], text: ['setting', 'metric', 'note'] } as const

export const gpt4o: AimeSeries = {
  ...checkEditions<SampleRow>({
    id: 'gpt-4o',
    label: 'GPT-4o',
    source: githubModels,
    rows: [
      { samples: 1, accuracy: 9.3, ...PASS1, note: localized('OpenAI 博文正文另称 GPT-4o“平均只解出 12%（1.8/15）”', 'The OpenAI post\'s text says GPT-4o "only solved on average 12% (1.8/15)"') },
      { samples: 64, accuracy: 13.4, ...CONS64 },
    ],
  }, aimeRule),
  benchmark: 'aime2024',
  toggle: 'gpt-4o',
  revealAt: 0,
}

export const o1Preview: AimeSeries = {
  ...checkEditions<SampleRow>({
    id: 'o1-preview',
    label: 'o1-preview',
    source: githubModels,
    rows: [
      { samples: 1, accuracy: 44.6, ...PASS1 },
      { samples: 64, accuracy: 56.7, ...CONS64 },
    ],
  }, aimeRule),
  benchmark: 'aime2024',
  toggle: 'o1-preview',
  revealAt: 0,
}

export const o1: AimeSeries = {
  ...checkEditions<SampleRow>({
    id: 'o1',
    label: 'o1',
    source: o1Post,
    rows: [
      // the post's bar chart shows 74.4 and 83.3; only the rounded text was read, so the text is used
      { samples: 1, accuracy: 74, ...PASS1, note: localized('11.1/15；博文柱状图标为 74.4（未核对）', '11.1/15; the post\'s bar chart shows 74.4 (not checked)') },
      { samples: 64, accuracy: 83, ...CONS64, note: localized('12.5/15；博文柱状图标为 83.3（未核对）', '12.5/15; the post\'s bar chart shows 83.3 (not checked)') },
      { samples: 1000, accuracy: 93, ...RERANK, note: localized('13.9/15，可进入全美前 500 名，超过美国数学奥赛（USAMO）晋级线', '13.9/15: among the top 500 in the US, above the cutoff for the USA Mathematical Olympiad (USAMO)') },
    ],
  }, aimeRule),
  benchmark: 'aime2024',
  toggle: 'o1',
  revealAt: 1,
}

export const o3Aime: AimeSeries = {
  ...checkEditions<SampleRow>({
    id: 'o3-aime',
    label: localized('o3（2025-04 发布版）', 'o3 (released 2025-04)'),
    source: o3Post,
    rows: [
      { samples: 1, accuracy: 91.6, method: localized('每题作答 1 次，不用工具', 'one answer per problem, no tools'), metric: 'accuracy (no tools)', note: localized('同一图表中 o4-mini 为 93.4%；数值读自博文图表的转载（未核对原图）', 'o4-mini scores 93.4% in the same chart; read from copies of the post\'s chart (original not checked)') },
    ],
  }, aimeRule),
  benchmark: 'aime2024',
  toggle: 'o3',
  revealAt: 2,
}

export const o3PreviewArc1: ArcSeries = {
  ...checkEditions<ArcRow>({
    id: 'o3-preview-arc1',
    label: localized('o3-preview（2024-12，未发布）', 'o3-preview (2024-12, not released)'),
    source: arcPreview,
    rows: [
      {
        setting: 'preview-low',
        score: 75.7,
        metric: 'Semi-Private, 6 samples (high-efficiency)',
        costPerTaskUsd: 20,
        withinCostLimit: true,
        note: localized('每题 6 次采样，共 3300 万 token，1.3 分钟/题；每题约 $20 为 2024-12 报告值（ARC Prize 排行榜数据后来改列约 $200/题）', '6 samples per task, 33M tokens in all, 1.3 min per task; about $20 per task as reported in 2024-12 (ARC Prize\'s leaderboard data later lists about $200 per task)'),
      },
      {
        setting: 'preview-high',
        score: 87.5,
        metric: 'Semi-Private, 1024 samples (low-efficiency, 172x compute)',
        withinCostLimit: false,
        note: localized('每题 1024 次采样，约 172 倍算力，共 57 亿 token，13.8 分钟/题；超出公开榜 $10k 成本上限，成本未公布', '1024 samples per task, about 172× the compute, 5.7B tokens in all, 13.8 min per task; over the public leaderboard\'s $10k cost limit, cost not published'),
      },
    ],
  }, arcRule),
  benchmark: 'arc-agi-1',
  toggle: 'o3-preview',
  released: false,
  tunedOnPublicTraining: true,
  revealAt: 2,
}

export const o3Arc1: ArcSeries = {
  ...checkEditions<ArcRow>({
    id: 'o3-arc1',
    label: localized('o3 发布版 · ARC-AGI-1', 'o3 released · ARC-AGI-1'),
    source: arcRelease,
    rows: [
      { setting: 'release-low', score: 41.5, metric: 'o3-2025-04-16, reasoning effort low', costPerTaskUsd: 0.18, withinCostLimit: true, note: localized('每题约 $0.18（排行榜数据，o3 降价后；ARC Prize 复测称成绩不变）', 'about $0.18 per task (leaderboard data, after o3\'s price cut; ARC Prize\'s retest found the same scores)') },
      { setting: 'release-medium', score: 53.83, metric: 'o3-2025-04-16, reasoning effort medium', costPerTaskUsd: 0.29, withinCostLimit: true, note: localized('每题约 $0.29（排行榜数据，o3 降价后）', 'about $0.29 per task (leaderboard data, after o3\'s price cut)') },
    ],
  }, arcRule),
  benchmark: 'arc-agi-1',
  toggle: 'o3',
  released: true,
  tunedOnPublicTraining: false,
  revealAt: 2,
}

export const o3Arc2: ArcSeries = {
  ...checkEditions<ArcRow>({
    id: 'o3-arc2',
    label: localized('o3 发布版 · ARC-AGI-2', 'o3 released · ARC-AGI-2'),
    source: arcRelease,
    rows: [
      { setting: 'release-low', score: 1.99, metric: 'o3-2025-04-16, reasoning effort low', costPerTaskUsd: 0.23, withinCostLimit: true, note: localized('ARC-AGI-2 于 2025-03 发布，同样格式，对人容易、对 AI 更难', 'ARC-AGI-2 came out in 2025-03: same format, easy for people, harder for AI') },
      { setting: 'release-medium', score: 2.98, metric: 'o3-2025-04-16, reasoning effort medium', costPerTaskUsd: 0.48, withinCostLimit: true, note: localized('ARC Prize：最好的 o3 版本“below 3%”', 'ARC Prize: the best version of o3 scores "below 3%"') },
    ],
  }, arcRule),
  benchmark: 'arc-agi-2',
  toggle: 'o3',
  released: true,
  tunedOnPublicTraining: false,
  revealAt: 2,
}

/** AIME 2024, in the order the slide reveals them */
export const aimeSeries: readonly AimeSeries[] = [gpt4o, o1Preview, o1, o3Aime]

/** ARC-AGI: o3-preview (Dec 2024) and the released o3 (Apr 2025) */
export const arcSeries: readonly ArcSeries[] = [o3PreviewArc1, o3Arc1, o3Arc2]

/** the ARC panel's x positions, left to right */
export const arcSettings: readonly ArcSetting[] = ['preview-low', 'preview-high', 'release-low', 'release-medium']

export const arcSettingLabels: Record<ArcSetting, Localized> = {
  'preview-low': localized('低算力', 'low'),
  'preview-high': localized('高算力', 'high'),
  'release-low': localized('low', 'low'),
  'release-medium': localized('medium', 'medium'),
}

/** What this module's figures run to (shown as “数据截至 …” on its chart): ARC Prize's o3 post of 2025-04-22. */
export const AS_OF = asOf('testTime', '2025-04')
