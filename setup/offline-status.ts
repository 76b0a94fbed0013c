// Slidev's PWA badge ("Caching for offline…" / "Ready offline", bottom right) only on the presenter
// window, and right there too. Slidev sets "caching" when it registers the service worker and clears it
// only when the worker finishes its *first* install, so on a reload, on a second window, or where no
// worker can register (plain http on a LAN address) the badge stayed on the projector for good.
// Here the real state comes from the service worker itself: an active worker means the deck is
// already available offline; a worker installing means caching; no worker means nothing to say.
// Slidev's two flags are then driven from that state, and stay false outside the presenter view
// (audience window, overview, print and export).
import type { Router } from 'vue-router'
import { computed, ref, watch } from 'vue'
import { PRESENTER_ROUTE, pwaCaching, pwaReady } from './slidev-internals'
import { whenRegistering } from './sw-deferral'

export type OfflineState = 'none' | 'caching' | 'ready'

/** how long "Ready offline" stays up in the presenter window */
const READY_MS = 4000

export function setupOfflineStatus(router: Router) {
  const state = ref<OfflineState>('none')
  const justReady = ref(false)
  const presenter = computed(() => router.currentRoute.value.name === PRESENTER_ROUTE)
  const show = () => {
    const caching = presenter.value && state.value === 'caching'
    const ready = presenter.value && state.value === 'ready' && justReady.value
    if (pwaCaching.value !== caching)
      pwaCaching.value = caching
    if (pwaReady.value !== ready)
      pwaReady.value = ready
  }
  // flush 'sync': whatever Slidev writes into its flags is corrected before anything renders
  watch([pwaCaching, pwaReady, presenter, state, justReady], show, { flush: 'sync', immediate: true })
  if (__SLIDEV_FEATURE_PWA__)
    void track(state, () => {
      justReady.value = true
      setTimeout(() => (justReady.value = false), READY_MS)
    })
}

async function track(state: { value: OfflineState }, onReady: () => void) {
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined
  if (!sw || !window.isSecureContext)
    return // e.g. http://192.168.…: browsers allow no service worker there, so the deck is not cached
  const ready = () => {
    state.value = 'ready'
    onReady()
  }
  // A worker from an earlier visit is there at once; a first one only once setup/sw-deferral.ts has
  // registered it (after load and idle), then within 10 s
  let reg = await sw.getRegistration().catch(() => undefined)
  if (!reg)
    await whenRegistering()
  for (let i = 0; i < 40 && !reg; i++) {
    reg = await sw.getRegistration().catch(() => undefined)
    if (!reg)
      await new Promise(r => setTimeout(r, 250))
  }
  if (!reg)
    return
  if (reg.active)
    return ready() // a later visit: the deck was cached before (an update installing does not change that)
  const worker = reg.installing ?? reg.waiting
  if (!worker)
    return
  state.value = 'caching'
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated')
      ready()
    else if (worker.state === 'redundant')
      state.value = 'none'
  })
}
