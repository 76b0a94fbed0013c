import type { RenderContext } from '@slidev/types'
import type { InjectionKey, Ref } from 'vue'
import type { Source } from '../../data/types'
import type { CsvTable } from './csv'
import type { ChartSnapshot, ChartView, ControlSpecs } from './state'
import { injectionRenderContext, injectionRoute } from '@slidev/client/constants.ts'
import { quadtree } from 'd3-quadtree'
import { computed, inject, onBeforeUnmount, onMounted, provide, reactive, ref, shallowReactive, watch } from 'vue'
import { onPrintPage, useChartSteps } from '../../composables/useChartSteps'
import { defaultSnapshot, queryFromSnapshot, queryKeys, sameSnapshot, sanitizeSnapshot, snapshotFromQuery } from './state'
import { CHART_SYNC } from './sync'

/**
 * One chart's state, owned in one place and handed to the kit's parts (frame, axis, marks, toggles,
 * sliders, tooltip) by provide/inject. A chart component calls `useChart({...})` once, then draws its
 * scales, marks, annotations and copy; everything a reader does to it goes through here.
 */

/** a table shown in the 数据 view: display text, formatted for reading */
export interface ChartTable {
  columns: string[]
  rows: (string | number)[][]
}
export interface ChartTip {
  /** anchor in viewBox units */
  x: number
  y: number
  lines: string[]
}

/** one pointable, focusable mark */
export interface ChartMark<T = unknown> {
  key: string
  /** the mark's centre in the coordinates it is drawn in (ChartMarks adds its origin) */
  x: number
  y: number
  /** what a screen reader says for it */
  label: string
  /** the tooltip: first line bold */
  tip: string[]
  /** data-series on the element (tests and styles use it) */
  series?: string
  /** false while the slide's clicks have not revealed it */
  visible?: boolean
  data: T
}

export interface ChartSpec {
  id: string
  title: string
  description: string | (() => string)
  sources: readonly Source[]
  asOf: string
  /** clicks the chart steps through (the slide's `clicks:`) */
  steps: number
  width?: number
  height?: number
  /** sliders: name → range and opening value; the name is also the URL query key */
  controls?: ControlSpecs
  /** series a reader can hide with the legend */
  series?: readonly string[]
  table: () => ChartTable
  csv: () => CsvTable
}

/** how close (viewBox units) the pointer must come to a mark for it to count as pointed at */
export const POINT_RADIUS = 28

interface PlacedMark { key: string, x: number, y: number, tip: string[] }

export function useChart(spec: ChartSpec) {
  const width = spec.width ?? 800
  const height = spec.height ?? 400
  const rules = { controls: spec.controls ?? {}, series: spec.series ?? [] }
  const { step, live, animate, ready, reached } = useChartSteps(spec.steps)

  const start = defaultSnapshot(rules)
  const controls = reactive({ ...start.controls }) as Record<string, number>
  const hidden = ref<string[]>([])
  const view = ref<ChartView>('chart')
  const active = ref<string | null>(null)

  const snapshot = computed<ChartSnapshot>(() => ({
    controls: { ...controls },
    hidden: [...hidden.value],
    view: view.value,
    active: active.value,
  }))
  function apply(s: ChartSnapshot) {
    if (sameSnapshot(s, snapshot.value))
      return
    Object.assign(controls, s.controls)
    hidden.value = s.hidden
    view.value = s.view
    active.value = s.active
  }

  const isHidden = (series: string) => hidden.value.includes(series)
  function toggle(series: string) {
    const next = isHidden(series) ? hidden.value.filter(h => h !== series) : [...hidden.value, series]
    // kept in the legend's order, so the same set always makes the same link
    hidden.value = rules.series.length ? rules.series.filter(s => next.includes(s)) : next
  }
  function clear() {
    active.value = null
    view.value = 'chart'
  }

  // --- marks: registered by each <ChartMarks>, pointed at by the nearest one within POINT_RADIUS ---
  const groups = shallowReactive(new Map<symbol, () => PlacedMark[]>())
  function register(getMarks: () => PlacedMark[]) {
    const id = Symbol('marks')
    groups.set(id, getMarks)
    return () => groups.delete(id)
  }
  const placed = computed(() => [...groups.values()].flatMap(g => g()))
  const finder = computed(() => quadtree<PlacedMark>().x(m => m.x).y(m => m.y).addAll(placed.value))
  /** the mark nearest a point in viewBox units, if one is within POINT_RADIUS */
  const nearest = (x: number, y: number) => finder.value.find(x, y, POINT_RADIUS)?.key ?? null
  // the same object while the same mark stays put, so the frame does not redraw for nothing
  const tip = computed<ChartTip | null>((old) => {
    const m = active.value === null ? undefined : placed.value.find(p => p.key === active.value)
    if (!m)
      return null
    const same = old && old.x === m.x && old.y === m.y && old.lines.length === m.tip.length && old.lines.every((l, i) => l === m.tip[i])
    return same ? old : { x: m.x, y: m.y, lines: m.tip }
  })

  // --- windows and links ---
  const sync = inject(CHART_SYNC, null)
  const renderContext = inject(injectionRenderContext, null) as Ref<RenderContext> | null
  const slideNo = inject(injectionRoute, null)?.no ?? 0
  const context = computed(() => (onPrintPage() ? 'print' : renderContext?.value ?? 'none'))
  /** the window's own copy of the slide: in the presenter window, the current slide (not the preview) */
  const main = computed(() => context.value === 'slide' || context.value === 'presenter')

  if (sync && context.value !== 'print') {
    /** a link names this chart's state when it opens this chart's slide with any of its keys */
    const fromLink = () => {
      const q = sync.query()
      if (!main.value || sync.currentSlide() !== slideNo || !queryKeys(rules).some(k => q[k] !== undefined))
        return false
      apply(snapshotFromQuery(rules, q))
      return true
    }
    // the page opened on a link (else what the presenter last showed, when a window joins late)
    if (!fromLink() && main.value && sync.currentSlide() === slideNo && sync.shared(spec.id) !== undefined && !sync.drives())
      apply(sanitizeSnapshot(rules, sync.shared(spec.id), snapshot.value))
    // a link opened later in the same page (the hash router keeps the page)
    onBeforeUnmount(sync.onLinkOpened(fromLink))
    // follow the presenter: every window but the one that drives
    watch(() => sync.shared(spec.id), (s) => {
      if (s !== undefined && !sync.drives() && context.value !== 'overview')
        apply(sanitizeSnapshot(rules, s, snapshot.value))
    })
    // lead: the presenter window's own slide sends each change
    watch(snapshot, (s) => {
      if (context.value === 'presenter')
        sync.publish(spec.id, s)
      if (main.value)
        sync.touch()
    })
    if (main.value) {
      const unlink = sync.link(slideNo, { keys: queryKeys(rules), query: () => queryFromSnapshot(rules, snapshot.value) })
      onBeforeUnmount(unlink)
    }
  }

  // Escape clears the tooltip or the table wherever focus is (after a hover it is usually on the body)
  function onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && (active.value !== null || view.value === 'table'))
      clear()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))

  const description = computed(() => (typeof spec.description === 'function' ? spec.description() : spec.description))
  const chart = {
    spec,
    id: spec.id,
    width,
    height,
    step,
    live,
    animate,
    ready,
    reached,
    controls,
    controlSpecs: rules.controls,
    hidden,
    isHidden,
    toggle,
    view,
    active,
    tip,
    clear,
    register,
    nearest,
    description,
    table: computed(spec.table),
    csv: computed(spec.csv),
    snapshot,
  }
  provide(CHART, chart)
  return chart
}

export type Chart = ReturnType<typeof useChart>
export const CHART: InjectionKey<Chart> = Symbol('deck-chart')

export function injectChart(part: string): Chart {
  const chart = inject(CHART, null)
  if (!chart)
    throw new Error(`<${part}> must be inside a chart that calls useChart()`)
  return chart
}

