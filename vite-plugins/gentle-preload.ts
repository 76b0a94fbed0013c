// Build only (issue 14): Slidev mounts every slide of the deck 3 s after it starts (SlidesShow.vue,
// "preload all slides after 3s": `routes.forEach(preloadRoute)`), all in one task: on a phone's CPU that
// is seconds of main thread (every chart, every mermaid diagram) right when someone starts reading or
// pressing keys. Here the same preload waits until the page has loaded, then mounts one slide per idle
// period (requestIdleCallback), so input is never queued behind more than one slide. Navigation still
// preloads the current, previous and next slide at once, as before.
import type { Plugin } from 'vite'

export const SLIDEV_PRELOAD_ALL = `  const timeout = setTimeout(() => {
    routes.forEach(preloadRoute)
  }, 3000)
  onCleanup(() => clearTimeout(timeout))`

export const GENTLE_PRELOAD_ALL = `  let stopped = false
  const pending = [...routes]
  const step = () => {
    // one slide per idle period (a mounted slide is one task), the next in the next period
    while (!stopped && pending.length) {
      const route = pending.shift()!
      if (route.meta.__preloaded)
        continue
      preloadRoute(route)
      break
    }
    if (!stopped && pending.length)
      idle(step)
  }
  const idle = (fn: () => void) => 'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50)
  const start = () => idle(step)
  const timeout = setTimeout(() => {
    if (document.readyState === 'complete')
      start()
    else
      addEventListener('load', start, { once: true })
  }, 3000)
  onCleanup(() => {
    stopped = true
    clearTimeout(timeout)
    removeEventListener('load', start)
  })`

/** SlidesShow.vue with the gentle preload; throws when Slidev's code is not the one this was written for. */
export function gentlePreload(code: string): string {
  if (!code.includes(SLIDEV_PRELOAD_ALL))
    throw new Error('deck:gentle-preload: SlidesShow.vue no longer has Slidev 52\'s "preload all slides after 3s" block; update vite-plugins/gentle-preload.ts')
  return code.replace(SLIDEV_PRELOAD_ALL, GENTLE_PRELOAD_ALL)
}

export function gentlePreloadPlugin(): Plugin {
  return {
    name: 'deck:gentle-preload',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@slidev[\\/]client[\\/]internals[\\/]SlidesShow\.vue$/.test(id))
        return null
      return { code: gentlePreload(code), map: null }
    },
  }
}
