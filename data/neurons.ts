import type { Series, Source } from './types'
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
  /** Chinese label shown on the slide */
  label: string
  /** milliseconds */
  ms: number
  /** the source's own wording */
  quote: string
}

export const talkSource: Source = {
  label: 'Sutskever，NeurIPS 2024 演讲转写',
  url: 'https://github.com/shun-liang/readable-talks-transcriptions/tree/main/neurips_2024',
  certainty: 'Q',
  note: 'machine transcript (Whisper) of the talk; "real neurons are slow", "the 0.1 second reaction time", "this was the neural networks we knew how to train back in the day"',
}

export const hundredStepSource: Source = {
  label: '“100 步”论证（Taylor & Francis 书章摘要）',
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
  label: '快速反应的时间预算',
  source: talkSource,
  rows: [
    { id: 'budget', label: '0.1 秒反应时间', ms: 100, quote: 'the 0.1 second reaction time' },
  ],
}, { positive: ['ms'], text: ['id', 'label', 'quote'] })

/** How long one neuron takes for one step of computation. */
export const neuronStep: Series<TimingRow> = checkSeries<TimingRow>({
  id: 'neuron-step',
  label: '神经元完成一步计算的时间',
  source: hundredStepSource,
  rows: [
    { id: 'fast', label: '快的神经元', ms: 1, quote: 'a neuron computes in 1–10 ms' },
    { id: 'slow', label: '慢的神经元', ms: 10, quote: 'a neuron computes in 1–10 ms' },
  ],
}, { positive: ['ms'], text: ['id', 'label', 'quote'] })

/** The 2014 model itself: how many LSTM layers it stacked. */
export const seq2seqDepth: Series<{ id: string, label: string, layers: number }> = checkSeries({
  id: 'seq2seq-depth',
  label: '2014 年 seq2seq 模型',
  source: seq2seqSource,
  rows: [{ id: 'seq2seq-lstm', label: '4 层 LSTM（编码器、解码器各 4 层）', layers: 4 }],
}, { positive: ['layers'], text: ['id', 'label'] })

/** Where the "10" came from: the depth that could be trained in 2014, in the talk's words. */
export const trainableDepth2014: Series<{ id: string, label: string, layers: number, quote: string }> = checkSeries({
  id: 'trainable-depth-2014',
  label: '2014 年能训练的深度',
  source: talkSource,
  rows: [{
    id: 'ten-layers',
    label: '10 层：当年知道怎么训练的深度',
    layers: 10,
    quote: 'We focused on 10 layer neural networks because this was the neural networks we knew how to train back in the day … back then, we could only do 10 layers',
  }],
}, { positive: ['layers'], text: ['id', 'label', 'quote'] })

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
