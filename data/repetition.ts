/**
 * Reference points for the "re-reading old data" chart: what Muennighoff et al. (2023) say about
 * 4 and 16 epochs, with where each statement comes from.
 */
import type { Certainty, Series, Source } from './types'
import { asOf, checkSeries } from './types'

export interface RepetitionNote {
  /** number of passes over the same unique data */
  epochs: number
  /** short Chinese label drawn next to the marker */
  label: string
  /** what the source says */
  claim: string
  certainty: Certainty
  /** where this particular statement was read */
  ref: string
}

export const muennighoffPaper: Source = {
  label: 'Muennighoff 等 (NeurIPS 2023), Scaling Data-Constrained Language Models',
  url: 'https://arxiv.org/abs/2305.16264',
  certainty: 'Q',
  note: '公式与 R*≈15.4 见作者仓库 huggingface/datablations 的 Parametric Fit 一节',
}

/** the formula and the fitted R*_D = 15.387756, as published by the authors */
export const datablationsFit: Source = {
  label: '作者仓库 huggingface/datablations：Parametric Fit（R*≈15.39）',
  url: 'https://github.com/huggingface/datablations#parametric-fit',
  certainty: 'Q',
}

export const repetitionNotes: Series<RepetitionNote> = checkSeries({
  id: 'repetition-notes',
  label: '论文结论',
  source: muennighoffPaper,
  rows: [
    {
      epochs: 4,
      label: '≤4 轮：几乎等同新数据',
      claim: '摘要：重复数据训练最多 4 轮，损失与使用全新数据相比变化可忽略',
      certainty: 'Q',
      ref: 'https://huggingface.co/papers/2305.16264',
    },
    {
      epochs: 16,
      label: '≈16 轮：收益明显递减',
      claim: '约 16 轮后重复的回报迅速下降（论文摘要的二手概述）',
      certainty: 'P',
      ref: 'https://hunterheidenreich.com/notes/natural-language-processing/language-models/scaling-data-constrained-language-models',
    },
  ],
}, { positive: ['epochs'], text: ['label', 'claim', 'ref'] })

/** The epochs at which the chart puts hoverable points on both lines (log₂ steps, 1 … 64). */
export const sampleEpochs: readonly number[] = [1, 2, 4, 8, 16, 32, 64]

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('repetition', '2023-05')
