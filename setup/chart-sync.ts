// Charts in step across windows and in the URL (issue 11). A chart's state (sliders, hidden series,
// 数据 view, the highlighted mark) travels in Slidev's own shared state, the object that carries the
// page and clicks between presenter and audience: a BroadcastChannel in the built deck, the dev
// server (also for a remote presenter under `slidev --remote`) when one runs. Only the presenter's
// window sends; every other window follows and sends nothing back.
import type { App } from 'vue'
import type { Router } from 'vue-router'
import type { ChartLink, ChartSync } from '../components/kit/sync'
import type { ChartSnapshot } from '../components/kit/state'
import { toRaw } from 'vue'
import { CHART_SYNC } from '../components/kit/sync'
import { PRESENTER_ROUTE, sharedState, syncDirections } from './slidev-internals'

/** the key the deck adds to Slidev's shared state */
export const SHARED_CHARTS_KEY = 'charts'
/** how long the address bar waits after the last change (a dragged slider changes it many times) */
export const URL_SETTLE_MS = 120

type SharedCharts = Record<string, ChartSnapshot & { at: number }>

export function setupChartSync(app: App, router: Router) {
  const store = sharedState as unknown as Record<string, SharedCharts | undefined>
  const links = new Map<number, Set<ChartLink>>()
  const route = () => router.currentRoute.value
  const slideOf = () => Number(route()?.params?.no) || 0
  const isPresenter = () => route().name === PRESENTER_ROUTE

  /** the query with every chart key removed, then the current slide's charts' state added */
  function wantedQuery() {
    const query = { ...route().query }
    for (const set of links.values()) {
      for (const l of set) {
        for (const k of l.keys)
          delete query[k]
      }
    }
    for (const l of links.get(slideOf()) ?? [])
      Object.assign(query, l.query())
    return query
  }
  const sameQuery = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const ka = Object.keys(a).filter(k => a[k] !== undefined)
    const kb = Object.keys(b).filter(k => b[k] !== undefined)
    return ka.length === kb.length && ka.every(k => String(a[k]) === String(b[k]))
  }
  let settle: ReturnType<typeof setTimeout> | undefined
  function syncUrl() {
    clearTimeout(settle)
    settle = setTimeout(() => {
      const query = wantedQuery()
      if (!sameQuery(query, route().query))
        void router.replace({ query })
    }, URL_SETTLE_MS)
  }
  // A URL typed, pasted or reached with Back/Forward (hashchange, popstate) says what the charts on its
  // slide show; Slidev's own moves (pushState) fire neither, and their query is only cleaned up. The
  // router may finish that navigation before or after these listeners run, so the charts hear of it
  // once the router's route is the one the address bar shows.
  const followers = new Set<() => void>()
  let linkOpened = false
  const arrived = () => router.resolve(router.options.history.location).fullPath === route().fullPath
  function tellCharts() {
    if (!linkOpened || !arrived())
      return
    linkOpened = false
    followers.forEach(f => f())
  }
  const outside = () => {
    linkOpened = true
    setTimeout(tellCharts, 0)
  }
  window.addEventListener('hashchange', outside)
  window.addEventListener('popstate', outside)
  router.afterEach((to, from) => {
    if (linkOpened)
      return tellCharts()
    if (to.params.no !== from.params.no)
      syncUrl()
  })

  const sync: ChartSync = {
    shared: id => store[SHARED_CHARTS_KEY]?.[id],
    publish(id, snapshot) {
      if (!sync.drives())
        return
      const current = toRaw(store[SHARED_CHARTS_KEY]) ?? {}
      // a new object each time: the dev server's sync sends on assignment to a top-level key
      store[SHARED_CHARTS_KEY] = {
        ...current,
        [id]: { ...snapshot, controls: { ...snapshot.controls }, hidden: [...snapshot.hidden], at: Date.now() },
      }
    },
    drives: () => isPresenter() && syncDirections.value.presenterSend,
    query: () => route().query,
    currentSlide: slideOf,
    link(slide, link) {
      const set = links.get(slide) ?? new Set()
      set.add(link)
      links.set(slide, set)
      return () => {
        set.delete(link)
        syncUrl()
      }
    },
    touch: syncUrl,
    onLinkOpened(fn) {
      followers.add(fn)
      return () => followers.delete(fn)
    },
  }
  app.provide(CHART_SYNC, sync)
}
