/**
 * Training compute of notable models, 2012 → 2026, and the compute trend line.
 *
 * Rows up to Grok-3 are from the project's research notes (datasets.md §2a/§2b), which took them from
 * Epoch AI's "Notable AI Models" database (CC BY), export dated 2025-03-16.
 * Rows from GPT-4.5 on are from a later export of Epoch's "Large-Scale AI Models" table (CC BY) whose
 * newest row is dated 2026-04-24 (read from the public copy in GitHub Jav97970/ai-frontier-concentration,
 * `large_scale_ai_models.csv`, commit 562717b7); each row's `note` carries Epoch's own reasoning.
 * Certainty per row: `Q` where Epoch's confidence is "Confident" (reported or directly computed), `E` where
 * Epoch marks it "Speculative" or "Likely" (its own estimate). Closed frontier models Epoch has no figure for
 * (Gemini 2.5/3, Claude 4.x, GPT-5.x after GPT-5) are left out rather than guessed.
 */
import type { Text } from '../i18n/lang'
import type { Certainty, Series, Source } from './types'
import { localized } from '../i18n/lang'
import { asOf, checkSeries } from './types'

export interface ComputeRow {
  model: string
  /** release date, ISO yyyy-mm-dd */
  date: string
  /** the same date as a fractional year, for the x axis */
  year: number
  /** total training compute, FLOP */
  flop: number
  certainty: Certainty
  /** Epoch's reasoning or the paper's wording, shown in the tooltip (per edition) */
  note?: Text
}

/** 2024-07-23 → 2024.56: day of year over days in year (UTC). */
export function decimalYear(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`)
  const y = d.getUTCFullYear()
  const start = Date.UTC(y, 0, 1)
  const end = Date.UTC(y + 1, 0, 1)
  return y + (d.getTime() - start) / (end - start)
}

export const epochNotableModels: Source = {
  label: localized('Epoch AI, AI Models 数据库（Notable 2025-03 导出 + Large-Scale 2026-04 导出）', 'Epoch AI, AI Models database (Notable export 2025-03 + Large-Scale export 2026-04)'),
  url: 'https://epoch.ai/data/ai-models',
  certainty: 'Q',
  note: 'CC BY；Speculative/Likely 的行标为 E（Epoch 自己的估计）',
}

type RawCompute = Omit<ComputeRow, 'year'>

const raw: RawCompute[] = [
  { model: 'AlexNet', date: '2012-09-30', flop: 4.7e17, certainty: 'Q' },
  { model: 'DQN', date: '2013-12-19', flop: 2.3e15, certainty: 'Q' },
  { model: 'VGG16', date: '2014-09-04', flop: 1.2e19, certainty: 'Q' },
  { model: 'Seq2Seq LSTM', date: '2014-09-10', flop: 5.6e19, certainty: 'Q', note: localized('5 个模型的集成；单模型约 1.1e19', 'ensemble of 5 models; one model about 1.1e19') },
  { model: 'GoogLeNet', date: '2014-09-17', flop: 1.5e18, certainty: 'Q' },
  { model: 'ResNet-152', date: '2015-12-10', flop: 1.0e19, certainty: 'Q' },
  { model: 'Transformer (big)', date: '2017-06-12', flop: 7.4e18, certainty: 'Q' },
  { model: 'AlphaGo Zero', date: '2017-10-18', flop: 3.4e23, certainty: 'Q' },
  { model: 'GPT-1', date: '2018-06-01', flop: 1.8e19, certainty: 'E' },
  { model: 'BERT-Large', date: '2018-10-11', flop: 2.9e20, certainty: 'Q' },
  { model: 'GPT-2 (1.5B)', date: '2019-02-14', flop: 1.9e21, certainty: 'E' },
  { model: 'T5-11B', date: '2019-10-23', flop: 3.3e22, certainty: 'Q' },
  { model: 'GPT-3 175B', date: '2020-05-28', flop: 3.14e23, certainty: 'Q', note: localized('论文 Table D.1', 'paper, Table D.1') },
  { model: 'Megatron-Turing NLG 530B', date: '2021-10-11', flop: 1.17e24, certainty: 'Q' },
  { model: 'Gopher', date: '2021-12-08', flop: 6.31e23, certainty: 'Q' },
  { model: 'Chinchilla', date: '2022-03-29', flop: 5.76e23, certainty: 'Q' },
  { model: 'PaLM', date: '2022-04-04', flop: 2.53e24, certainty: 'Q' },
  { model: 'GPT-3.5', date: '2022-11-28', flop: 2.6e24, certainty: 'E' },
  { model: 'LLaMA-65B', date: '2023-02-24', flop: 5.5e23, certainty: 'Q' },
  { model: 'GPT-4', date: '2023-03-15', flop: 2.1e25, certainty: 'E', note: localized('Epoch 90% 区间 8.2e24–4.4e25', 'Epoch 90% CI 8.2e24–4.4e25') },
  { model: 'Llama 2-70B', date: '2023-07-18', flop: 8.1e23, certainty: 'Q' },
  { model: 'Gemini 1.0 Ultra', date: '2023-12-06', flop: 5.0e25, certainty: 'E' },
  { model: 'Claude 3 Opus', date: '2024-03-04', flop: 1.6e25, certainty: 'E' },
  { model: 'Llama 3-70B', date: '2024-04-18', flop: 7.9e24, certainty: 'Q' },
  { model: 'GPT-4o', date: '2024-05-13', flop: 3.8e25, certainty: 'E' },
  { model: 'Llama 3.1-405B', date: '2024-07-23', flop: 3.8e25, certainty: 'Q', note: localized('论文："3.8 × 10²⁵ FLOPs"', 'paper: "3.8 × 10²⁵ FLOPs"') },
  { model: 'Grok-2', date: '2024-08-13', flop: 3.0e25, certainty: 'Q' },
  { model: 'DeepSeek-V3', date: '2024-12-24', flop: 3.4e24, certainty: 'Q' },
  { model: 'Grok-3', date: '2025-02-17', flop: 4.6e26, certainty: 'Q', note: localized('按 10 万张 H100 集群估算', 'estimated from a 100,000-H100 cluster') },
  // Epoch Large-Scale AI Models, export to 2026-04
  { model: 'GPT-4.5', date: '2025-02-27', flop: 3.8e26, certainty: 'E', note: localized('Epoch 按训练集群估算（2.7–5.4e26 的几何均值）', 'Epoch estimate from the training cluster (geometric mean of 2.7–5.4e26)') },
  { model: 'Llama 4 Maverick', date: '2025-04-05', flop: 2.244e24, certainty: 'E', note: localized('6 × 17B 激活参数 × 22T tokens', '6 × 17B active parameters × 22T tokens') },
  { model: 'Qwen3-235B-A22B', date: '2025-04-29', flop: 4.752e24, certainty: 'E', note: localized('6 × 22B 激活参数 × 36T tokens', '6 × 22B active parameters × 36T tokens') },
  { model: 'Grok 4', date: '2025-07-09', flop: 5e26, certainty: 'E', note: localized('Epoch 推测：预训练同 Grok 3，另加大量强化学习', 'Epoch guess: pre-training as for Grok 3, plus heavy reinforcement learning') },
  { model: 'Kimi K2', date: '2025-07-11', flop: 2.976e24, certainty: 'Q', note: localized('6 × 32B 激活参数 × 15.5T tokens', '6 × 32B active parameters × 15.5T tokens') },
  { model: 'GPT-5', date: '2025-08-07', flop: 6.6e25, certainty: 'E', note: localized('Epoch 推测约 6e25（区间 2e25–2e26）', 'Epoch guess: about 6e25 (range 2e25–2e26)') },
  { model: 'GLM-5', date: '2026-02-17', flop: 6.84e24, certainty: 'E', note: localized('6 × 40B 激活参数 × 28.5T tokens', '6 × 40B active parameters × 28.5T tokens') },
  { model: 'DeepSeek-V4-Pro', date: '2026-04-24', flop: 9.702e24, certainty: 'E', note: localized('6 × 49B 激活参数 × 33T tokens（预训练）', '6 × 49B active parameters × 33T tokens (pre-training)') },
]

export const trainingCompute: Series<ComputeRow> = checkSeries({
  id: 'compute',
  label: localized('训练算力', 'Training compute'),
  source: epochNotableModels,
  rows: raw.map(r => ({ ...r, year: decimalYear(r.date) })),
}, { positive: ['flop', 'year'], text: ['model', 'date'] })

/**
 * Trend line for the top models: Epoch's "frontier model" subset since 2010, a least-squares fit in
 * log10 space done in the research notes on the same CSV (tag C):
 * log10(FLOP) ≈ 22.46 + 0.657 · (year − 2020), i.e. ×4.54 per year.
 * Epoch's own headline is 4–5× per year ("4.6x per year since 2010").
 */
export interface ComputeTrend {
  intercept2020: number
  slopePerYear: number
  /** growth factor per year, 10^slope */
  growthPerYear: number
  from: number
  to: number
  source: Source
  headline: Source
}

export const computeTrend: ComputeTrend = {
  intercept2020: 22.46,
  slopePerYear: 0.657,
  growthPerYear: 10 ** 0.657,
  from: 2012,
  to: 2025.3,
  source: {
    label: localized('对 Epoch 前沿模型（2010 年起，92 个）的 log10 回归', 'log10 regression on Epoch\'s frontier models (92, since 2010)'),
    url: 'https://epoch.ai/data/notable-ai-models',
    certainty: 'C',
  },
  headline: {
    label: 'Epoch AI (2024), Training compute of frontier AI models grows by 4-5x per year',
    url: 'https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year',
    certainty: 'Q',
  },
}

/** FLOP on the trend line in a given (fractional) year. */
export function computeTrendAt(year: number, trend: ComputeTrend = computeTrend): number {
  return 10 ** (trend.intercept2020 + trend.slopePerYear * (year - 2020))
}

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('compute', '2026-04')
