// The deck's charts by their id (the `id:` each passes to useChart): the reading view draws a slide's
// chart again at full column width when the scaled slide is too small to touch (readerLinks.ts).
import type { Component } from 'vue'
import BrainBodyScaling from '../charts/BrainBodyScaling.vue'
import ComputeDataRunway from '../charts/ComputeDataRunway.vue'
import DepthDecade from '../charts/DepthDecade.vue'
import EpochRepetition from '../charts/EpochRepetition.vue'
import SsiTimeline from '../charts/SsiTimeline.vue'
import TenLayerNet from '../charts/TenLayerNet.vue'
import TestTimeCompute from '../charts/TestTimeCompute.vue'

export const READER_CHARTS: Record<string, Component> = {
  'brain-body': BrainBodyScaling,
  'compute-data-runway': ComputeDataRunway,
  'depth-decade': DepthDecade,
  'epoch-repetition': EpochRepetition,
  'ssi-timeline': SsiTimeline,
  'ten-layer-net': TenLayerNet,
  'test-time-compute': TestTimeCompute,
}
