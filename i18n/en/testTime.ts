// Strings of the testTime part, English edition: the keys of i18n/zh-CN/testTime.ts.
import type { Shape } from '../shape'
import type { testTime as zh } from '../zh-CN/testTime'

export const testTime: Shape<typeof zh> = {
  title: 'Inference-time compute: AIME and ARC-AGI',
  description: 'Left: AIME 2024, where more compute at inference time buys accuracy. GPT-4o scores 9.3% with one sample and 13.4% '
    + 'with a 64-sample vote; o1-preview 44.6% and 56.7%; o1 74% with one sample, 83% with a 64-sample vote and 93% re-ranking '
    + '1000 samples with a learned scorer; o3, released in April 2025, 91.6% with a single answer. '
    + 'Right: a different benchmark, the ARC-AGI Semi-Private set. o3-preview (December 2024) was trained on the ARC-AGI-1 public '
    + 'training set: 75.7% at low compute, 87.5% at about 172 times the compute (over the public leaderboard\'s cost limit). '
    + 'The o3 released in April 2025: 41.5% (low) and 53.8% (medium) on ARC-AGI-1, 2.0% and 3.0% on ARC-AGI-2.',
  toggles: {
    'gpt-4o': 'GPT-4o',
    'o1-preview': 'o1-preview',
    'o1': 'o1',
    'o3-preview': 'o3-preview (2024-12)',
    'o3': 'o3 released (2025-04)',
  },
  aime: {
    sub: 'x: samples per problem (log scale)',
    axisY: 'Accuracy (%)',
    axisX: 'Samples per problem',
    guides: { pass1: 'pass@1', vote: 'vote of 64', rerank: 're-rank 1000' },
    series: (model: string) => `${model}, AIME 2024`,
    point: (model: string, samples: string, metric: string, pct: string) => `${model}, AIME 2024, samples per problem: ${samples}, ${metric}, ${pct}%`,
    accuracy: (pct: string) => `Accuracy: ${pct}%`,
  },
  arc: {
    title: 'ARC-AGI: another benchmark',
    sub: 'Semi-Private set; y not comparable to left',
    point: (model: string, setting: string, pct: string) => `${model}, ${setting}, ${pct}%`,
    pointOverLimit: ', over the cost limit',
    score: (pct: string) => `Score: ${pct}%`,
    withinLimit: 'Within the public leaderboard\'s cost limit',
    overLimit: 'Over the public leaderboard\'s cost limit: not on the leaderboard',
    tuned: 'Trained on the ARC-AGI-1 public training set',
    arc2: (scores: string) => `ARC-AGI-2: ${scores}`,
    noteTuned: 'o3-preview: tuned on public set',
    noteCompute: '* ~172× compute, over cost limit',
    groups: {
      preview: { head: 'o3-preview', sub: '2024-12 · unreleased' },
      release: { head: 'o3 released', sub: '2025-04' },
    },
  },
  setting: (setting: string, metric: string) => `${setting} (${metric})`,
  source: (label: string) => `Source: ${label}`,
  table: {
    columns: ['Model', 'Benchmark', 'Setting', 'Score (%)', 'Cost per task', 'Notes'],
    samples: (n: string, metric: string) => `${n} per problem (${metric})`,
    unpublished: 'not published',
    overLimit: 'over the cost limit; ',
    tuned: 'tuned on the public training set; ',
  },
}
