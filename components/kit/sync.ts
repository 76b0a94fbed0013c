import type { InjectionKey } from 'vue'
import type { ChartSnapshot } from './state'

/**
 * What a chart needs from the deck around it to follow the presenter and to live in the URL. The
 * deck's app setup (setup/chart-sync.ts) provides it from Slidev's own sync state and router; outside
 * Slidev (unit tests, a plain Vue app) nothing is provided and every chart keeps its state to itself.
 */
export interface ChartLink {
  /** the keys this chart owns in the query, and its non-default state as query entries */
  keys: readonly string[]
  query: () => Record<string, string>
}

export interface ChartSync {
  /** the last state the presenter's window sent for this chart (unchecked: it crossed a window) */
  shared: (id: string) => unknown
  /** send this window's state to the other windows; only the presenter's window may */
  publish: (id: string, snapshot: ChartSnapshot) => void
  /** true in the window whose charts drive the others */
  drives: () => boolean
  /** the current route's query, and the slide it shows */
  query: () => Record<string, unknown>
  currentSlide: () => number
  /** keep the address bar's query in line with the charts on `slide`; returns the unregister function */
  link: (slide: number, link: ChartLink) => () => void
  /** tell the URL keeper a linked chart changed */
  touch: () => void
  /** call `fn` after the reader opens a URL in this window (typed, pasted, Back/Forward); returns the unregister function */
  onLinkOpened: (fn: () => void) => () => void
}

export const CHART_SYNC: InjectionKey<ChartSync> = Symbol('deck-chart-sync')
