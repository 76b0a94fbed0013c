/**
 * The state one chart can be in, apart from the slide's clicks: its control values (sliders), the series
 * a reader hid, whether the 数据 table shows, and the mark that is highlighted. Pure functions only: the
 * same rules read a copied link, a message from the presenter's window and a chart's defaults, so
 * nothing malformed from any of them reaches a chart.
 */

export interface ControlSpec {
  min: number
  max: number
  step: number
  /** the value a chart opens with */
  value: number
}
export type ControlSpecs = Record<string, ControlSpec>

export type ChartView = 'chart' | 'table'

export interface ChartSnapshot {
  controls: Record<string, number>
  hidden: string[]
  view: ChartView
  /** key of the highlighted mark, or null */
  active: string | null
}

export interface StateRules {
  controls: ControlSpecs
  /** ids of the series a reader can hide */
  series: readonly string[]
}

/** query keys the kit itself uses; a chart's control names are the others */
export const HIDE_PARAM = 'hide'
export const VIEW_PARAM = 'view'
export const RESERVED_PARAMS = [HIDE_PARAM, VIEW_PARAM] as const

export function defaultSnapshot(rules: StateRules): ChartSnapshot {
  return {
    controls: Object.fromEntries(Object.entries(rules.controls).map(([k, c]) => [k, c.value])),
    hidden: [],
    view: 'chart',
    active: null,
  }
}

/** the number nearest `raw` on the control's grid (min + k·step), or undefined when it is not a number in range */
export function controlValue(spec: ControlSpec, raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN
  if (!Number.isFinite(n) || n < spec.min - 1e-9 || n > spec.max + 1e-9)
    return undefined
  const k = Math.round((n - spec.min) / spec.step)
  // the grid's decimals, so 2 + 7·0.1 is 2.7 and not 2.7000000000000002
  const decimals = (String(spec.step).split('.')[1] ?? '').length
  return Number((spec.min + k * spec.step).toFixed(decimals))
}

/** the known series among `ids`, each once, in the chart's order */
export function knownSeries(rules: StateRules, ids: readonly unknown[]): string[] {
  return rules.series.filter(s => ids.includes(s))
}

/**
 * A snapshot from anywhere (another window, storage), checked field by field: what is valid is kept,
 * the rest falls back to `base`.
 */
export function sanitizeSnapshot(rules: StateRules, input: unknown, base: ChartSnapshot = defaultSnapshot(rules)): ChartSnapshot {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof ChartSnapshot, unknown>>
  const controls = { ...base.controls }
  const inControls = (typeof o.controls === 'object' && o.controls !== null ? o.controls : {}) as Record<string, unknown>
  for (const [name, spec] of Object.entries(rules.controls)) {
    const v = controlValue(spec, inControls[name])
    if (v !== undefined)
      controls[name] = v
  }
  return {
    controls,
    hidden: Array.isArray(o.hidden) ? knownSeries(rules, o.hidden) : base.hidden,
    view: o.view === 'table' || o.view === 'chart' ? o.view : base.view,
    active: typeof o.active === 'string' || o.active === null ? o.active : base.active,
  }
}

type Query = Record<string, unknown>
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)

/**
 * What a link's query says about this chart: `?growth=2.5&hide=stock,trend&view=table`. Unknown keys,
 * values out of range and series the chart does not have are ignored; what is left overrides the defaults.
 */
export function snapshotFromQuery(rules: StateRules, query: Query): ChartSnapshot {
  const base = defaultSnapshot(rules)
  const controls = { ...base.controls }
  for (const [name, spec] of Object.entries(rules.controls)) {
    const v = controlValue(spec, first(query[name]))
    if (v !== undefined)
      controls[name] = v
  }
  const hide = first(query[HIDE_PARAM])
  const view = first(query[VIEW_PARAM])
  return {
    controls,
    hidden: typeof hide === 'string' ? knownSeries(rules, hide.split(',')) : [],
    view: view === 'table' ? 'table' : 'chart',
    active: null,
  }
}

/** the query keys this chart owns */
export function queryKeys(rules: StateRules): string[] {
  return [...Object.keys(rules.controls), ...RESERVED_PARAMS]
}

/** the chart's non-default state as query entries (the highlighted mark is not part of a link) */
export function queryFromSnapshot(rules: StateRules, snap: ChartSnapshot): Record<string, string> {
  const q: Record<string, string> = {}
  for (const [name, spec] of Object.entries(rules.controls)) {
    const v = snap.controls[name]
    if (v !== undefined && v !== spec.value)
      q[name] = String(v)
  }
  const hidden = knownSeries(rules, snap.hidden)
  if (hidden.length)
    q[HIDE_PARAM] = hidden.join(',')
  if (snap.view === 'table')
    q[VIEW_PARAM] = 'table'
  return q
}

export function sameSnapshot(a: ChartSnapshot, b: ChartSnapshot): boolean {
  return a.view === b.view && a.active === b.active
    && a.hidden.length === b.hidden.length && a.hidden.every((h, i) => b.hidden[i] === h)
    && Object.keys({ ...a.controls, ...b.controls }).every(k => a.controls[k] === b.controls[k])
}
