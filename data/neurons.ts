import type { Text } from '../i18n/lang'
import type { Series, Source } from './types'
import { LANGS, localized, textIn } from '../i18n/lang'
import { asOf, checkSeries } from './types'

/**
 * Figures behind the 2014 "deep learning hypothesis" (section 4).
 *
 * The talk gives the budget ("the 0.1 second reaction time") and the premise that real neurons are slow;
 * the classic "100-step" argument gives the per-neuron figure (1–10 ms per step). Together they say that
 * a task done in a fraction of a second needs only a FEW serial steps (at most 10–100). They do not give
 * the number 10: the talk says 10 layers were simply what could be trained in 2014 (`trainableDepth2014`).
 */
export interface TimingRow {
  id: string
  /** label shown on the slide and in the CSV (per edition) */
  label: Text
  /** milliseconds */
  ms: number
  /** the source's own wording */
  quote: string
}

export const talkSource: Source = {
  label: localized('Sutskever，NeurIPS 2024 演讲转写', 'Sutskever, NeurIPS 2024 talk transcript'),
  url: 'https://github.com/shun-liang/readable-talks-transcriptions/tree/main/neurips_2024',
  certainty: 'Q',
  note: 'machine transcript (Whisper) of the talk; "real neurons are slow", "the 0.1 second reaction time", "this was the neural networks we knew how to train back in the day"',
}

export const hundredStepSource: Source = {
  label: localized('“100 步”论证（Taylor & Francis 书章摘要）', 'The “100-step” argument (Taylor & Francis chapter abstract)'),
  url: 'https://www.taylorfrancis.com/books/9780429208959/chapters/10.1201/b15416-16',
  certainty: 'Q',
  note: 'fastest human reaction about 100 ms, a neuron computes in 1–10 ms, "then the number of steps must be less than 100"',
}

export const seq2seqSource: Source = {
  label: 'Sutskever, Vinyals & Le (2014), Sequence to Sequence Learning with Neural Networks, §3.4',
  url: 'https://arxiv.org/abs/1409.3215',
  certainty: 'Q',
  note: '"deep LSTMs with 4 layers, with 1000 cells at each layer"',
}

/** The time budget: what a person can do "in a fraction of a second". */
export const reactionBudget: Series<TimingRow> = checkSeries<TimingRow>({
  id: 'reaction-budget',
  label: localized('快速反应的时间预算', 'Time budget of a fast reaction'),
  source: talkSource,
  rows: [
    { id: 'budget', label: localized('0.1 秒反应时间', '0.1 s reaction time'), ms: 100, quote: 'the 0.1 second reaction time' },
  ],
}, { positive: ['ms'], text: ['id', 'quote'] })

/** How long one neuron takes for one step of computation. */
export const neuronStep: Series<TimingRow> = checkSeries<TimingRow>({
  id: 'neuron-step',
  label: localized('神经元完成一步计算的时间', 'Time for one neuron step'),
  source: hundredStepSource,
  rows: [
    { id: 'fast', label: localized('快的神经元', 'Fast neuron'), ms: 1, quote: 'a neuron computes in 1–10 ms' },
    { id: 'slow', label: localized('慢的神经元', 'Slow neuron'), ms: 10, quote: 'a neuron computes in 1–10 ms' },
  ],
}, { positive: ['ms'], text: ['id', 'quote'] })

/** The 2014 model itself: how many LSTM layers it stacked. */
export const seq2seqDepth: Series<{ id: string, label: Text, layers: number }> = checkSeries({
  id: 'seq2seq-depth',
  label: localized('2014 年 seq2seq 模型', 'The 2014 seq2seq model'),
  source: seq2seqSource,
  rows: [{ id: 'seq2seq-lstm', label: localized('4 层 LSTM（编码器、解码器各 4 层）', '4 LSTM layers (4 each in encoder and decoder)'), layers: 4 }],
}, { positive: ['layers'], text: ['id'] })

/** Where the "10" came from: the depth that could be trained in 2014, in the talk's words. */
export const trainableDepth2014: Series<{ id: string, label: Text, layers: number, quote: string }> = checkSeries({
  id: 'trainable-depth-2014',
  label: localized('2014 年能训练的深度', 'Depth trainable in 2014'),
  source: talkSource,
  rows: [{
    id: 'ten-layers',
    label: localized('10 层：当年知道怎么训练的深度', '10 layers: the depth they knew how to train then'),
    layers: 10,
    quote: 'We focused on 10 layer neural networks because this was the neural networks we knew how to train back in the day … back then, we could only do 10 layers',
  }],
}, { positive: ['layers'], text: ['id', 'quote'] })

// the row labels are texts per edition (checkSeries' `text` rule takes plain strings only)
for (const s of [reactionBudget, neuronStep, seq2seqDepth, trainableDepth2014]) {
  for (const [i, row] of s.rows.entries()) {
    if (LANGS.some(l => !textIn(row.label, l).trim()))
      throw new Error(`[${s.id}] row ${i} ${row.id}: label must be a non-empty text in every edition`)
  }
}

function msOf(series: Series<TimingRow>, id: string): number {
  const row = series.rows.find(r => r.id === id)
  if (!row)
    throw new Error(`[${series.id}] has no row "${id}"`)
  return row.ms
}

/** 100 ms: the budget the chart compares against */
export const BUDGET_MS = msOf(reactionBudget, 'budget')
/** 1 ms and 10 ms: the quoted range for one neuron step */
export const NEURON_MS_MIN = msOf(neuronStep, 'fast')
export const NEURON_MS_MAX = msOf(neuronStep, 'slow')
/** 4: layers of the 2014 seq2seq LSTM */
export const SEQ2SEQ_LAYERS = seq2seqDepth.rows[0]?.layers ?? Number.NaN
/** 10: the depth the 2014 hypothesis named, because it was what could be trained then */
export const TRAINABLE_LAYERS_2014 = trainableDepth2014.rows[0]?.layers ?? Number.NaN

/** What this module's figures run to: the talk of 13 December 2024 (the other figures are older). */
export const AS_OF = asOf('neurons', '2024-12')
