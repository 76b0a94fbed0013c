/**
 * Reference points for the repetition chart: what Muennighoff et al. (2023) say about 4 epochs (abstract,
 * quoted) and what their fitted law gives at ≈16 epochs (computed from R*≈15.4, tag C), with where each
 * statement comes from. Note what the chart measures: the *same* recipe run over the same data several
 * times. The article's 温故而知新 (re-reading old data with better algorithms and architectures) is a
 * different, open claim; the counter-evidence slide points to rephrasing and filtering results instead.
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
      claim: '由论文拟合的衰减尺度 R*≈15.4 推算：重复约 16 轮时，再多一轮只值新数据的约 38%；摘要的原话是“重复更多时，增加算力的价值最终衰减到零”',
      certainty: 'C',
      ref: 'https://github.com/huggingface/datablations#parametric-fit',
    },
  ],
}, { positive: ['epochs'], text: ['label', 'claim', 'ref'] })

/** The epochs at which the chart puts hoverable points on both lines (log₂ steps, 1 … 64). */
export const sampleEpochs: readonly number[] = [1, 2, 4, 8, 16, 32, 64]

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('repetition', '2023-05')
