// Presenter and audience windows under the dev server (issue 10): after any burst of key presses they
// end on the same slide and click, and no press is undone.
//
// Slidev 52.20.1 syncs them through the dev server (a vite-plugin-vue-server-ref object: every change
// is POSTed, the server broadcasts it). Presses ~20–60 ms apart went wrong in two ways:
//   - undo: the other window follows step 1 and, following, sends step 1 back as its own update; that
//     echo arrives after step 2, and the window that was pressed jumps back to step 1;
//   - a step apart for good: two POSTs overtake each other, and the server's last word is the older step.
// So each window here
//   1. sends nothing while it follows the other window (no echo), and
//   2. REASSERT_MS after its last own move, sends its position once more, so the server (and every
//      window following it) ends on the newest step whatever order the POSTs arrived in.
// The built deck syncs through a BroadcastChannel, in order, so this only runs under a dev server.
import type { RouteLocationNormalized } from 'vue-router'
import { computed } from 'vue'
import { useRouter } from 'vue-router'
import { getSlide, SERVER_REF_SYNC_UP, sharedState, syncDirections, TRUST_ORIGINS, useNav } from './slidev-internals'

/** how long after following a move this window keeps quiet (Slidev echoes it in the same tick and the next) */
export const QUIET_MS = 60
export const REASSERT_MS = 250

export function keepWindowsInStep() {
  if (!import.meta.hot)
    return
  const nav = useNav()
  const router = useRouter()
  const mine = computed(() => (nav.isPresenter.value ? 'presenter' : 'viewer'))
  const mayDrive = () => nav.isPresenter.value
    ? syncDirections.value.presenterSend
    : syncDirections.value.viewerSend && TRUST_ORIGINS.includes(location.hostname)

  const clicksOf = (r: RouteLocationNormalized) => Number(r.query.clicks ?? 0) || 0
  const where = (r: RouteLocationNormalized) => {
    const no = r.params.no
    const slide = typeof no === 'string' ? getSlide(no) : undefined
    return slide ? `${slide.no}.${clicksOf(r)}` : null
  }
  /** a navigation Slidev makes to follow the other window: to the shared position, sent by the other kind */
  const following = (r: RouteLocationNormalized) =>
    !!sharedState.lastUpdate && sharedState.lastUpdate.type !== mine.value
    && where(r) === `${sharedState.page}.${Number(sharedState.clicks) || 0}`

  const flags = sharedState as unknown as Record<string, boolean>
  let quietUntil = 0
  let unmute: ReturnType<typeof setTimeout> | undefined
  let reassert: ReturnType<typeof setTimeout> | undefined
  const sendPosition = (pos: string) => {
    if (Date.now() < quietUntil) {
      reassert = setTimeout(() => sendPosition(pos), QUIET_MS)
      return
    }
    if (!mayDrive() || where(router.currentRoute.value) !== pos)
      return
    sharedState.page = nav.currentSlideNo.value
    sharedState.clicks = nav.clicks.value
    sharedState.lastUpdate = { id: sharedState.lastUpdate?.id ?? 'deck', type: mine.value, time: Date.now() }
  }

  // registered before Slidev's own afterEach (root setups run first), which sends the new position
  router.afterEach((to, _from, failure) => {
    if (failure || nav.isPrintMode.value || !where(to))
      return
    const pos = where(to)!
    if (following(to)) {
      // Slidev would now send this position back, as this window's update: keep it off the server
      flags[SERVER_REF_SYNC_UP] = false
      quietUntil = Date.now() + QUIET_MS
      clearTimeout(unmute)
      unmute = setTimeout(() => (flags[SERVER_REF_SYNC_UP] = true), QUIET_MS)
      return
    }
    clearTimeout(reassert)
    reassert = setTimeout(() => sendPosition(pos), REASSERT_MS)
  })
}
