// Runs inside the page (added with addInitScript before any deck code): keeps every resource
// timing entry, records long tasks and the time of the last navigation key, and tells when a slide
// is fully drawn, with the same conditions as tests/e2e/fixtures.ts waitForSlide():
// .slidev-page-N visible, no .slidev-slide-loading, mermaid's rendering container empty,
// no [data-chart] without data-ready in that slide, and no font still loading.
export function pageProbe() {
  performance.setResourceTimingBufferSize(100_000)
  const bench = { longTasks: [], events: [], keyAt: Number.NaN }
  window.__bench = bench
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  }
  catch {
    bench.noLongTaskSupport = true
  }
  try {
    // Event Timing: how long the page's own handlers ran for slow input events (pointer moves on charts)
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.events.push({ start: e.startTime, name: e.name, processing: e.processingEnd - e.processingStart, duration: e.duration })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  }
  catch {
    bench.noEventTimingSupport = true
  }
  addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown')
      bench.keyAt = e.timeStamp
  }, { capture: true })

  function visible(el) {
    if (!el.isConnected || el.getClientRects().length === 0)
      return false
    const style = getComputedStyle(el)
    return style.visibility !== 'hidden' && style.display !== 'none'
  }
  // issue 14: the first slide prerendered into index.html counts as drawn (it is the same slide, checked
  // by tests/e2e/prerender.spec.ts) unless `appOnly`: then only Slidev's mounted slide does
  const prerendered = () => {
    const pre = document.getElementById('deck-prerender')
    return !!pre && visible(pre) && pre.getClientRects().length > 0
  }
  bench.drawn = (no, appOnly = false) => {
    if (no === 1 && !appOnly && prerendered()) {
      void document.getElementById('deck-prerender').getBoundingClientRect()
      return document.fonts.status === 'loaded'
    }
    const slide = [...document.querySelectorAll(`.slidev-page-${no}`)].find(visible)
    if (!slide)
      return false
    if (document.querySelector('.slidev-slide-loading'))
      return false
    const m = document.querySelector('#mermaid-rendering-container')
    if (m && m.children.length > 0)
      return false
    if (slide.querySelector('[data-chart]:not([data-ready])'))
      return false
    // lay the slide out now: the text's font files are only requested once it is laid out, so without
    // this, fonts.status can still say "loaded" in the frame before they start loading
    void slide.getBoundingClientRect()
    return document.fonts.status === 'loaded'
  }
  /**
   * resolves with performance.now() of the first animation frame in which slide `no` is drawn and stays
   * drawn in the next frame too (a font load that starts one frame late is not missed)
   */
  bench.waitDrawn = (no, timeoutMs = 30_000, appOnly = false) => new Promise((resolve, reject) => {
    const start = performance.now()
    let since = null
    const tick = () => {
      if (bench.drawn(no, appOnly)) {
        if (since !== null)
          return resolve(since)
        since = performance.now()
      }
      else {
        since = null
      }
      if (performance.now() - start > timeoutMs)
        return reject(new Error(`slide ${no} not drawn within ${timeoutMs} ms`))
      requestAnimationFrame(tick)
    }
    tick()
  })
  /** charts (data-chart ids) and mermaid diagrams on the visible slide `no` */
  bench.contents = (no) => {
    const slide = [...document.querySelectorAll(`.slidev-page-${no}`)].find(visible)
    return {
      charts: slide ? [...slide.querySelectorAll('[data-chart]')].map(e => e.getAttribute('data-chart')) : [],
      mermaid: slide ? slide.querySelectorAll('.mermaid').length : 0,
    }
  }
  /** bytes and requests: everything so far, and what started before `t` (ms since navigation start) */
  bench.traffic = (t = Number.POSITIVE_INFINITY) => {
    const nav = performance.getEntriesByType('navigation')[0]
    const res = performance.getEntriesByType('resource')
    const all = [nav, ...res].filter(Boolean)
    const before = all.filter(e => e.startTime < t)
    const sum = list => list.reduce((s, e) => s + (e.transferSize || 0), 0)
    const kind = (e) => {
      const path = new URL(e.name).pathname
      if (/\.(?:woff2?|ttf|otf)$/.test(path))
        return 'font'
      if (/\.m?js$/.test(path))
        return 'js'
      if (/\.css$/.test(path))
        return 'css'
      return 'other'
    }
    const byKind = (list) => {
      const out = {}
      for (const e of list) {
        const k = kind(e)
        out[k] ??= { bytes: 0, requests: 0 }
        out[k].bytes += e.transferSize || 0
        out[k].requests += 1
      }
      return out
    }
    return {
      before: { bytes: sum(before), requests: before.length, byKind: byKind(before), files: before.map(e => [new URL(e.name).pathname.split('/').pop(), e.transferSize || 0]) },
      total: { bytes: sum(all), requests: all.length, byKind: byKind(all) },
      lastResponseEnd: Math.max(0, ...all.map(e => e.responseEnd)),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      load: nav?.loadEventEnd ?? null,
    }
  }
}
