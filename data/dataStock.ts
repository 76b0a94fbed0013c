/**
 * Training-set sizes of landmark models, Epoch AI's stock of human text, and the two growth rates
 * (datasets ≈ 3×/yr vs the stock ≈ 7%/yr). Copied from the research notes (datasets.md §2c, §3a, §3b);
 * rows from 2025 on are the developers' own token counts (model card, tech report or blog), as quoted in
 * Epoch AI's Large-Scale AI Models table (export to 2026-04). Closed labs (OpenAI, Google, Anthropic, xAI)
 * publish no dataset sizes, so the newest points are all open-weight models: the largest *published* set
 * is Llama 4 Scout's ~40T (multimodal) tokens, April 2025; nothing larger was published up to April 2026.
 * Epoch's 2024 stock estimate is still its latest one we found.
 */
import type { Text } from '../i18n/lang'
import type { Certainty, Series, Source } from './types'
import { LANGS, localized, textIn } from '../i18n/lang'
import { decimalYear } from './compute'
import { asOf, checkSeries } from './types'

export interface TokenRow {
  model: string
  /** release date, ISO yyyy-mm-dd (dates from Epoch's database, datasets.md §2a) */
  date: string
  year: number
  /** training-set size as reported; `unit` says whether it counts tokens or words */
  tokens: number
  unit: 'tokens' | 'words'
  certainty: Certainty
  /** where the figure comes from, shown in the tooltip (per edition) */
  ref: Text
}

export const datasetSizesSource: Source = {
  label: localized('各模型论文 / Epoch AI 估计（训练数据量）', 'model papers / Epoch AI estimates (training-set sizes)'),
  url: 'https://epoch.ai/data/notable-ai-models',
  certainty: 'Q',
  note: '论文原文给出的为 Q；Epoch 或第三方估计为 E；早期模型以“词”计',
}

type RawToken = Omit<TokenRow, 'year'>

const raw: RawToken[] = [
  { model: 'Seq2Seq LSTM', date: '2014-09-10', tokens: 6.52e8, unit: 'words', certainty: 'Q', ref: localized('论文：348M 法语词 + 304M 英语词（WMT\'14）', 'paper: 348M French + 304M English words (WMT\'14)') },
  { model: 'Transformer', date: '2017-06-12', tokens: 1.9e9, unit: 'tokens', certainty: 'E', ref: localized('Epoch 估计（WMT\'14 句对数）', 'Epoch estimate (WMT\'14 sentence pairs)') },
  { model: 'GPT-1', date: '2018-06-01', tokens: 1e9, unit: 'words', certainty: 'E', ref: localized('Epoch 估计（BooksCorpus）', 'Epoch estimate (BooksCorpus)') },
  { model: 'BERT', date: '2018-10-11', tokens: 3.3e9, unit: 'words', certainty: 'Q', ref: localized('论文：BooksCorpus 800M + 维基百科 2,500M 词', 'paper: BooksCorpus 800M + Wikipedia 2,500M words') },
  { model: 'GPT-2', date: '2019-02-14', tokens: 1.07e10, unit: 'tokens', certainty: 'E', ref: localized('Epoch 估计（WebText 40 GB）', 'Epoch estimate (WebText, 40 GB)') },
  { model: 'GPT-3', date: '2020-05-28', tokens: 3e11, unit: 'tokens', certainty: 'Q', ref: localized('论文 Table 2.1：训练 300B tokens', 'paper, Table 2.1: trained on 300B tokens') },
  { model: 'MT-NLG 530B', date: '2021-10-11', tokens: 2.7e11, unit: 'tokens', certainty: 'Q', ref: localized('论文：270B tokens', 'paper: 270B tokens') },
  { model: 'Gopher', date: '2021-12-08', tokens: 3e11, unit: 'tokens', certainty: 'Q', ref: localized('论文：300B tokens', 'paper: 300B tokens') },
  { model: 'Chinchilla', date: '2022-03-29', tokens: 1.4e12, unit: 'tokens', certainty: 'Q', ref: localized('论文 Table 1：1.4T tokens', 'paper, Table 1: 1.4T tokens') },
  { model: 'PaLM 540B', date: '2022-04-04', tokens: 7.8e11, unit: 'tokens', certainty: 'Q', ref: localized('论文：780B tokens', 'paper: 780B tokens') },
  { model: 'LLaMA-65B', date: '2023-02-24', tokens: 1.4e12, unit: 'tokens', certainty: 'Q', ref: localized('论文：1.4T tokens', 'paper: 1.4T tokens') },
  { model: 'GPT-4', date: '2023-03-15', tokens: 1.3e13, unit: 'tokens', certainty: 'E', ref: localized('二手估计（SemiAnalysis），OpenAI 未证实', 'secondhand estimate (SemiAnalysis), not confirmed by OpenAI') },
  { model: 'Llama 2-70B', date: '2023-07-18', tokens: 2e12, unit: 'tokens', certainty: 'Q', ref: localized('论文：2T tokens', 'paper: 2T tokens') },
  { model: 'Llama 3-70B', date: '2024-04-18', tokens: 1.5e13, unit: 'tokens', certainty: 'Q', ref: localized('Meta：15T tokens', 'Meta: 15T tokens') },
  { model: 'Llama 3.1-405B', date: '2024-07-23', tokens: 1.56e13, unit: 'tokens', certainty: 'Q', ref: localized('论文：15.6T text tokens', 'paper: 15.6T text tokens') },
  { model: 'DeepSeek-V3', date: '2024-12-24', tokens: 1.48e13, unit: 'tokens', certainty: 'Q', ref: localized('论文：14.8T tokens', 'paper: 14.8T tokens') },
  { model: 'Llama 4 Scout', date: '2025-04-05', tokens: 4e13, unit: 'tokens', certainty: 'Q', ref: localized('Meta 模型卡：约 40T tokens（多模态，含图像）', 'Meta model card: about 40T tokens (multimodal, images included)') },
  { model: 'Qwen3', date: '2025-04-29', tokens: 3.6e13, unit: 'tokens', certainty: 'Q', ref: localized('Qwen3 博客：约 36T tokens，含合成的数学与代码数据', 'Qwen3 blog: about 36T tokens, synthetic math and code data included') },
  { model: 'Kimi K2', date: '2025-07-11', tokens: 1.55e13, unit: 'tokens', certainty: 'Q', ref: localized('Moonshot：15.5T tokens', 'Moonshot: 15.5T tokens') },
  { model: 'GLM-4.5', date: '2025-08-05', tokens: 2.3e13, unit: 'tokens', certainty: 'Q', ref: localized('技术报告：23T tokens', 'technical report: 23T tokens') },
  { model: 'GLM-5', date: '2026-02-17', tokens: 2.85e13, unit: 'tokens', certainty: 'Q', ref: localized('技术报告：28.5T tokens', 'technical report: 28.5T tokens') },
  { model: 'DeepSeek-V4', date: '2026-04-24', tokens: 3.2e13, unit: 'tokens', certainty: 'Q', ref: localized('技术报告：超过 32T tokens', 'technical report: over 32T tokens') },
]

export const datasetSizes: Series<TokenRow> = checkSeries({
  id: 'tokens',
  label: localized('模型训练数据量', 'Training-set size'),
  source: datasetSizesSource,
  rows: raw.map(r => ({ ...r, year: decimalYear(r.date) })),
}, { positive: ['tokens', 'year'], text: ['model', 'date'] })

// each row's reference is a text per edition (checkSeries' `text` rule takes plain strings only)
for (const [i, row] of datasetSizes.rows.entries()) {
  if (LANGS.some(l => !textIn(row.ref, l).trim()))
    throw new Error(`[${datasetSizes.id}] row ${i} ${row.model}: ref must be a non-empty text in every edition`)
}

export const epochStockSource: Source = {
  label: localized('Villalobos 等 (Epoch AI, ICML 2024), Will we run out of data?', 'Villalobos et al. (Epoch AI, ICML 2024), Will we run out of data?'),
  url: 'https://epoch.ai/blog/will-we-run-out-of-data-limits-of-llm-scaling-based-on-human-generated-data',
  certainty: 'Q',
}

/**
 * Epoch's effective stock of quality-adjusted public human text (multi-epoch allowed), mid-2024:
 * ~300T tokens, 90% CI 100T–1000T. Exhaustion "between 2026 and 2032", median 2028, when datasets
 * reach ≈ 4e14 tokens (Fig. 1 caption).
 */
export const humanTextStock = {
  id: 'stock',
  label: localized('人类公开文本存量', 'Stock of public human text'),
  /** year the estimate refers to (paper published June 2024) */
  year: 2024,
  median: 3e14,
  low: 1e14,
  high: 1e15,
  exhaustion: { from: 2026, to: 2032, median: 2028, tokensAtMedian: 4e14 },
  source: epochStockSource,
} as const

/** the same estimate as a one-row series, the shape the charts' CSV download takes (one field per number) */
export const humanTextStockSeries: Series<{ year: number, tokens: number, low: number, high: number, exhaustion_from: number, exhaustion_median: number, exhaustion_to: number }> = checkSeries({
  id: humanTextStock.id,
  label: humanTextStock.label,
  source: humanTextStock.source,
  rows: [{
    year: humanTextStock.year,
    tokens: humanTextStock.median,
    low: humanTextStock.low,
    high: humanTextStock.high,
    exhaustion_from: humanTextStock.exhaustion.from,
    exhaustion_median: humanTextStock.exhaustion.median,
    exhaustion_to: humanTextStock.exhaustion.to,
  }],
}, { positive: ['year', 'tokens', 'low', 'high', 'exhaustion_from', 'exhaustion_median', 'exhaustion_to'] })

/** The two growth rates the chart compares. */
export const growthRates = {
  /** Epoch data insight "dataset-size-trend": 3×/yr (other copies 3.1× and 3.7×) */
  datasets: {
    perYear: 3,
    alternatives: [3.1, 3.7],
    source: {
      label: 'Epoch AI, Training datasets grow ~3x per year (data insight)',
      url: 'https://epoch.ai/data-insights/dataset-size-trend',
      certainty: 'Q',
    } satisfies Source,
  },
  /** stock of language data grows ~7%/yr (Epoch 2022 paper; Sevilla in Semafor, 2024) */
  stock: {
    perYear: 1.07,
    source: {
      label: localized('Villalobos 等 (2022)：文本存量每年约增长 7%', 'Villalobos et al. (2022): the text stock grows about 7% a year'),
      url: 'https://arxiv.org/abs/2211.04325',
      certainty: 'Q',
    } satisfies Source,
  },
} as const

/** Where the simple projection starts: the largest dataset with a quoted size (Llama 3.1-405B). */
export const projectionStart = (() => {
  const row = datasetSizes.rows.find(r => r.model === 'Llama 3.1-405B')
  if (!row)
    throw new Error('[tokens] Llama 3.1-405B row missing: the projection starts there')
  return { model: row.model, year: row.year, tokens: row.tokens }
})()

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('dataStock', '2026-04')
