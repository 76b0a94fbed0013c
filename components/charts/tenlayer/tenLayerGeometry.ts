import type { ScaleLinear, ScalePoint } from 'd3-scale'
import { format } from 'd3-format'
import { scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { BUDGET_MS, NEURON_MS_MAX, NEURON_MS_MIN } from '../../../data/neurons'
import { arrivalMs, layersWithinBudget, stepsThatFit } from '../../../snippets/tenLayers'

/**
 * TenLayerNet's layout: where the layers, nodes, edges, signal and time strip sit for a network of
 * `layers` layers at `delay` ms per neuron step. Pure functions; the component wraps them in computeds.
 */
export const W = 800
export const H = 330
export const M = { left: 78, right: 24 }
/** the two bracket rows above the network: the 2014 trainable depth (outer), the seq2seq model (inner) */
export const OUTER_Y = 62
export const INNER_Y = 90
export const NET_TOP = 108
export const NET_BOTTOM = 194
export const TIME_Y = 250
export const TIME_AXIS_Y = 268

export const LAYER_MIN = 1
export const LAYER_MAX = 30
export const DELAY_MIN = NEURON_MS_MIN
export const DELAY_MAX = 20
const NODES_PER_LAYER = 4

export const int = format(',d')
export const ms = format(',~r')

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)))

export interface LayerView {
  index: number
  cx: number
  fit: boolean
  arrival: number
  nodes: { cy: number }[]
}
export interface Edge { key: string, x1: number, x2: number, y1: number, y2: number, fit: boolean }
export interface Segment { index: number, x0: number, x1: number, fit: boolean }

export interface NetLayout {
  layers: number
  delay: number
  fitSteps: number
  fitCount: number
  totalMs: number
  x: ScalePoint<number>
  radius: number
  layerViews: LayerView[]
  edges: Edge[]
  signalPath: string
  /** animation length grows with the simulated time, slowed down 25× so the eye can follow */
  signalSeconds: number
  t: ScaleLinear<number, number>
  segments: Segment[]
}

const y = scalePoint<number>()
  .domain(Array.from({ length: NODES_PER_LAYER }, (_, i) => i))
  .range([NET_TOP, NET_BOTTOM])
  .padding(0.3)

export function netLayout(layers: number, delay: number): NetLayout {
  const fitSteps = stepsThatFit(BUDGET_MS, delay)
  const fits = layersWithinBudget(layers, BUDGET_MS, delay)
  const fitCount = fits.filter(Boolean).length
  const totalMs = arrivalMs(layers, delay)

  const layerIds = Array.from({ length: layers }, (_, i) => i + 1)
  const x = scalePoint<number>()
    .domain(layerIds)
    .range([M.left, W - M.right])
    .padding(0.5)
  const radius = Math.max(3.5, Math.min(11, x.step() * 0.22))

  const layerViews: LayerView[] = layerIds.map((index, i) => ({
    index,
    cx: x(index) ?? 0,
    fit: fits[i] ?? false,
    arrival: arrivalMs(index, delay),
    nodes: y.domain().map(n => ({ cy: y(n) ?? 0 })),
  }))

  /** edges between every pair of nodes in adjacent layers */
  const edges: Edge[] = []
  for (let i = 0; i + 1 < layerViews.length; i++) {
    const a = layerViews[i]
    const b = layerViews[i + 1]
    if (!a || !b)
      continue
    for (const [ai, na] of a.nodes.entries()) {
      for (const [bi, nb] of b.nodes.entries())
        edges.push({ key: `${a.index}-${ai}-${bi}`, x1: a.cx, x2: b.cx, y1: na.cy, y2: nb.cy, fit: b.fit })
    }
  }

  /** the signal zig-zags between the two middle nodes of each layer */
  const pts: [number, number][] = layerViews.map((l, i) => [l.cx, y(i % 2 === 0 ? 1 : 2) ?? 0])
  if (pts.length === 1 && pts[0])
    pts.unshift([M.left - 30, pts[0][1]])
  const signalPath = line().x(p => p[0]).y(p => p[1])(pts) ?? ''
  const signalSeconds = Math.min(6, Math.max(0.8, (totalMs * 25) / 1000))

  /** time strip: one segment per layer on a linear millisecond axis */
  const t = scaleLinear()
    .domain([0, Math.max(BUDGET_MS, totalMs)])
    .range([M.left, W - M.right])
    .nice()
  const segments: Segment[] = layerViews.map(l => ({
    index: l.index,
    x0: t(l.arrival - delay),
    x1: t(l.arrival),
    fit: l.fit,
  }))

  return { layers, delay, fitSteps, fitCount, totalMs, x, radius, layerViews, edges, signalPath, signalSeconds, t, segments }
}

/** a bracket over layers 1…n, or null when the network is shallower than n */
export function spanOf(layout: NetLayout, n: number) {
  if (layout.layers < n)
    return null
  const a = layout.x(1) ?? 0
  const b = layout.x(n) ?? 0
  return { x0: a - layout.radius, x1: b + layout.radius }
}

/** the 0.1 s budget against 1 ms and 10 ms per step: "10–100" */
export const stepRange = `${int(stepsThatFit(BUDGET_MS, NEURON_MS_MAX))}–${int(stepsThatFit(BUDGET_MS, NEURON_MS_MIN))}`
