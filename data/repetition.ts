/**
 * Reference points for the repetition chart: what Muennighoff et al. (2023) say about 4 epochs (abstract,
 * quoted) and what their fitted law gives at ≈16 epochs (computed from R*≈15.4, tag C), with where each
 * statement comes from. Note what the chart measures: the *same* recipe run over the same data several
 * times. The article's 温故而知新 (re-reading old data with better algorithms and architectures) is a
 * different, open claim; the counter-evidence slide points to rephrasing and filtering results instead.
 */
import type { Text } from '../i18n/lang'
import type { Certainty, Series, Source } from './types'
import { LANGS, localized, textIn } from '../i18n/lang'
import { asOf, checkSeries } from './types'

export interface RepetitionNote {
  /** number of passes over the same unique data */
  epochs: number
  /** short label drawn next to the marker (per edition) */
  label: Text
  /** what the source says (per edition) */
  claim: Text
  certainty: Certainty
  /** where this particular statement was read */
  ref: string
}

export const muennighoffPaper: Source = {
  label: localized('Muennighoff 等 (NeurIPS 2023), Scaling Data-Constrained Language Models', 'Muennighoff et al. (NeurIPS 2023), Scaling Data-Constrained Language Models'),
  url: 'https://arxiv.org/abs/2305.16264',
  certainty: 'Q',
  note: '公式与 R*≈15.4 见作者仓库 huggingface/datablations 的 Parametric Fit 一节',
}

/** the formula and the fitted R*_D = 15.387756, as published by the authors */
export const datablationsFit: Source = {
  label: localized('作者仓库 huggingface/datablations：Parametric Fit（R*≈15.39）', 'authors\' repository huggingface/datablations: Parametric Fit (R* ≈ 15.39)'),
  url: 'https://github.com/huggingface/datablations#parametric-fit',
  certainty: 'Q',
}

export const repetitionNotes: Series<RepetitionNote> = checkSeries({
  id: 'repetition-notes',
  label: localized('论文结论', 'The paper\'s findings'),
  source: muennighoffPaper,
  rows: [
    {
      epochs: 4,
      label: localized('≤4 轮：几乎等同新数据', '≤4 epochs: almost as good as new data'),
      claim: localized('摘要：重复数据训练最多 4 轮，损失与使用全新数据相比变化可忽略', 'abstract: with up to 4 epochs of repeated data, the change in loss against unique data is negligible'),
      certainty: 'Q',
      ref: 'https://huggingface.co/papers/2305.16264',
    },
    {
      epochs: 16,
      label: localized('≈16 轮：收益明显递减', '≈16 epochs: clearly diminishing returns'),
      claim: localized(
        '由论文拟合的衰减尺度 R*≈15.4 推算：重复约 16 轮时，再多一轮只值新数据的约 38%；摘要的原话是“重复更多时，增加算力的价值最终衰减到零”',
        'computed from the paper\'s fitted decay constant R* ≈ 15.4: at about 16 epochs one more epoch is worth only about 38% of new data; the abstract says that with more repetition "the value of adding compute eventually decays to zero"',
      ),
      certainty: 'C',
      ref: 'https://github.com/huggingface/datablations#parametric-fit',
    },
  ],
}, { positive: ['epochs'], text: ['ref'] })

// the label and the claim are texts per edition (checkSeries' `text` rule takes plain strings only)
for (const [i, row] of repetitionNotes.rows.entries()) {
  if (LANGS.some(l => !textIn(row.label, l).trim() || !textIn(row.claim, l).trim()))
    throw new Error(`[${repetitionNotes.id}] row ${i}: label and claim must be non-empty texts in every edition`)
}

/** The epochs at which the chart puts hoverable points on both lines (log₂ steps, 1 … 64). */
export const sampleEpochs: readonly number[] = [1, 2, 4, 8, 16, 32, 64]

/** What this module's figures run to (shown as “数据截至 …” on its chart). */
export const AS_OF = asOf('repetition', '2023-05')
